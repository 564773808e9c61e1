// The visitor desk as screens see it, with one addition: after every commit the sync client is
// woken, so a callback request or sign-up reaches the hub at once instead of at the next cycle.
#pragma once
#include "visitor_desk.h"

#include <functional>

namespace bk {

class SyncNudgingDesk final : public VisitorDesk {
public:
    SyncNudgingDesk(VisitorDesk& inner, std::function<void()> wake)
        : inner_(inner), wake_(std::move(wake)) {}

    bool available() const override { return inner_.available(); }
    int places_taken(const std::string& activity_id, Date date) override {
        return inner_.places_taken(activity_id, date);
    }
    SignUpResult sign_up(const SignUpRequest& request) override {
        return nudged(inner_.sign_up(request));
    }
    CancelResult cancel_by_code(const std::string& code) override {
        return nudged(inner_.cancel_by_code(code));
    }
    CallbackReceipt request_callback(const CallbackRequest& request) override {
        return nudged(inner_.request_callback(request));
    }
    std::string new_form_token() override { return inner_.new_form_token(); }

private:
    template <class T> T nudged(T result) {
        if (wake_) wake_(); // only reached after the commit returned
        return result;
    }

    VisitorDesk& inner_;
    std::function<void()> wake_;
};

} // namespace bk
