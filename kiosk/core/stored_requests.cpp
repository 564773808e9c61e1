#include "stored_requests.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/private_files.h"
#include "buurtkiosk/store/store_error.h"

#include <cstdio>
#include <stdexcept>

namespace bk {

StoredRequests::StoredRequests(const std::filesystem::path& file, const Clock& clock)
    : clock_(clock) {
    try {
        create_private_directories(file.parent_path());
        db_ = std::make_unique<Database>(file);
        cancellation_ = std::make_unique<CodeCancellation>(*db_);
        seen_ = std::make_unique<CachedSignUps>(*db_);
        std::fprintf(stderr, "buurtkiosk: store %s\n", file.string().c_str());
    } catch (const std::exception& e) {
        // The kiosk still shows its content; the sign-up screens say plainly it is not possible.
        std::fprintf(stderr, "buurtkiosk: cannot open store %s: %s\n", file.string().c_str(),
                     e.what());
        seen_.reset();
        cancellation_.reset();
        db_.reset();
    }
}

void StoredRequests::refresh() {
    if (!seen_) return;
    try {
        seen_->refresh();
    } catch (const StoreError& e) {
        std::fprintf(stderr, "buurtkiosk: looking for store changes failed: %s\n", e.what());
    }
}

int StoredRequests::places_taken(const std::string& activity_id, Date date) {
    if (!seen_) return 0;
    try {
        return seen_->places_taken(activity_id, date);
    } catch (const StoreError& e) {
        std::fprintf(stderr, "buurtkiosk: reading places failed: %s\n", e.what());
        return 0;
    }
}

bool StoredRequests::counted_by_hub(const std::string& activity_id, Date date) {
    if (!seen_) return false;
    try {
        return seen_->counted_by_hub(activity_id, date);
    } catch (const StoreError& e) {
        std::fprintf(stderr, "buurtkiosk: reading the hub's count failed: %s\n", e.what());
        return false;
    }
}

SignUpResult StoredRequests::sign_up(const SignUpRequest& request) {
    if (!db_) throw StoreError("the store is not open", 14);
    return SignUps(*db_).sign_up(request, clock_.now());
}

CodeLookup StoredRequests::find_by_code(const std::string& code) {
    if (!db_) throw StoreError("the store is not open", 14);
    return cancellation_->find(code, clock_.now());
}

CancelResult StoredRequests::cancel_by_code(const std::string& code) {
    if (!db_) throw StoreError("the store is not open", 14);
    return cancellation_->cancel(code, clock_.now());
}

CallbackReceipt StoredRequests::request_callback(const CallbackRequest& request) {
    if (!db_) throw StoreError("the store is not open", 14);
    return CallbackRequests(*db_).submit(request, clock_.now());
}

std::string StoredRequests::new_form_token() {
    return make_uuid_v4();
}

} // namespace bk
