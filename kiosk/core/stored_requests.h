// The VisitorRequests on the kiosk's SQLite store (KioskLayout::store()), using the shared/ store
// classes; when the file cannot be opened they are "not available" and say why once. Its
// connection is the one the UI thread uses: retention and the volunteer session share it.
#pragma once
#include "visitor_requests.h"

#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/store/cached_sign_ups.h"
#include "buurtkiosk/store/code_cancellation.h"
#include "buurtkiosk/store/database.h"

#include <filesystem>
#include <memory>

namespace bk {

class StoredRequests final : public VisitorRequests {
public:
    StoredRequests(const std::filesystem::path& file, const Clock& clock);
    bool available() const override { return db_ != nullptr; }
    int places_taken(const std::string& activity_id, Date date) override;
    bool counted_by_hub(const std::string& activity_id, Date date) override;
    SignUpResult sign_up(const SignUpRequest& request) override;
    CodeLookup find_by_code(const std::string& code) override;
    CancelResult cancel_by_code(const std::string& code) override;
    CallbackReceipt request_callback(const CallbackRequest& request) override;
    // The store alone sends nothing: without sync a volunteer passes requests on.
    CallbackDelivery callback_delivery() const override { return CallbackDelivery::ByVolunteer; }
    std::string new_form_token() override;
    // The UI thread's connection; null when the store could not be opened.
    Database* database() { return db_.get(); }
    // Counts and lists the screens read each frame; null when the store could not be opened.
    CachedSignUps* sign_ups_seen() { return seen_.get(); }
    // Once per frame: forgets what sign_ups_seen() remembered if the store changed.
    void refresh();

private:
    const Clock& clock_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<CodeCancellation> cancellation_; // set when db_ is
    std::unique_ptr<CachedSignUps> seen_;            // set when db_ is
};

} // namespace bk
