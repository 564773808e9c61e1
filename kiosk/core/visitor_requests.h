// What visitor screens may ask of the store, as a small interface: screens never open SQLite.
// main.cpp wires the real one (StoredRequests); every call returns only after the durable COMMIT.
#pragma once
#include "buurtkiosk/store/callback_requests.h"
#include "buurtkiosk/store/code_cancellation.h"
#include "buurtkiosk/store/sign_ups.h"
#include "buurtkiosk/sync/callback_delivery.h"

#include <string>

namespace bk {

class VisitorRequests {
public:
    virtual ~VisitorRequests() = default;
    // False when the store could not be opened: screens then say signing up is not possible.
    virtual bool available() const = 0;
    virtual int places_taken(const std::string& activity_id, Date date) = 0;
    // False while places_taken is only this kiosk's count (no hub count yet, see SignUps).
    virtual bool counted_by_hub(const std::string& activity_id, Date date) = 0;
    // Throw std::invalid_argument for a bad request and StoreError when the store fails;
    // nothing is stored in either case.
    virtual SignUpResult sign_up(const SignUpRequest& request) = 0;
    // What a code belongs to, before the visitor confirms; a wrong code counts as a guess.
    virtual CodeLookup find_by_code(const std::string& code) = 0;
    // A visitor's cancellation: wrong codes are limited (see CancelResult::try_again_at).
    virtual CancelResult cancel_by_code(const std::string& code) = 0;
    virtual CallbackReceipt request_callback(const CallbackRequest& request) = 0;
    // What the visitor may be told after a callback request: "sent" only when a working sync
    // will deliver it.
    virtual CallbackDelivery callback_delivery() const = 0;
    // A fresh UUID for a form's token.
    virtual std::string new_form_token() = 0;
};

} // namespace bk
