// The visitor requests as screens see them, with what sync adds: after every commit the sync
// client is woken, so a callback request or sign-up reaches the hub at once instead of at the next
// cycle; and the sync status decides what a visitor is told about their callback request.
#pragma once
#include "visitor_requests.h"

#include "buurtkiosk/domain/clock.h"

#include <functional>
#include <optional>

namespace bk {

class SyncedRequests final : public VisitorRequests {
public:
    // `status` returns nullopt when no hub is configured (as VolunteerSession::sync_status).
    SyncedRequests(VisitorRequests& inner, std::function<void()> wake,
                   std::function<std::optional<SyncStatus>()> status, const Clock& clock)
        : inner_(inner), wake_(std::move(wake)), status_(std::move(status)), clock_(clock) {}

    bool available() const override { return inner_.available(); }
    int places_taken(const std::string& activity_id, Date date) override {
        return inner_.places_taken(activity_id, date);
    }
    bool counted_by_hub(const std::string& activity_id, Date date) override {
        return inner_.counted_by_hub(activity_id, date);
    }
    SignUpResult sign_up(const SignUpRequest& request) override {
        return nudged(inner_.sign_up(request));
    }
    CodeLookup find_by_code(const std::string& code) override {
        return inner_.find_by_code(code); // nothing for the hub
    }
    CancelResult cancel_by_code(const std::string& code) override {
        return nudged(inner_.cancel_by_code(code));
    }
    CallbackReceipt request_callback(const CallbackRequest& request) override {
        return nudged(inner_.request_callback(request));
    }
    CallbackDelivery callback_delivery() const override {
        std::optional<SyncStatus> status = status_ ? status_() : std::nullopt;
        if (!status) return inner_.callback_delivery();
        return bk::callback_delivery(status, clock_.now());
    }
    std::string new_form_token() override { return inner_.new_form_token(); }

private:
    template <class T> T nudged(T result) {
        if (wake_) wake_(); // only reached after the commit returned
        return result;
    }

    VisitorRequests& inner_;
    std::function<void()> wake_;
    std::function<std::optional<SyncStatus>()> status_;
    const Clock& clock_;
};

} // namespace bk
