#include "volunteer_setup.h"

#include "buurtkiosk/terminal/secret_input.h"

#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/store/cached_sign_ups.h"
#include "buurtkiosk/store/callback_requests.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/local_activities.h"
#include "buurtkiosk/store/private_files.h"
#include "buurtkiosk/store/sign_ups.h"
#include "buurtkiosk/store/store_error.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>

namespace bk {

namespace {

// A store call for the volunteer screen: a closed or failing store gives `fallback` and a log
// line, never an exception in the frame.
template <class Result, class Call>
Result from_store(bool open, const char* doing, Result fallback, const Call& call) {
    if (!open) return fallback;
    try {
        return call();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: %s failed: %s\n", doing, e.what());
        return fallback;
    }
}

// Free space is a statvfs call: asked once a minute, not on every frame the status is drawn.
std::function<std::optional<std::uintmax_t>()> disk_free_of(std::filesystem::path data) {
    struct Seen {
        std::chrono::steady_clock::time_point at;
        std::optional<std::uintmax_t> bytes;
    };
    return [data = std::move(data), seen = std::optional<Seen>{}]() mutable {
        const auto now = std::chrono::steady_clock::now();
        if (!seen || now - seen->at > std::chrono::minutes(1)) {
            std::error_code error;
            std::filesystem::space_info space = std::filesystem::space(data, error);
            seen = Seen{now, error ? std::nullopt : std::optional<std::uintmax_t>(space.available)};
        }
        return seen->bytes;
    };
}

} // namespace

VolunteerSetup::VolunteerSetup(const KioskLayout& layout, Database* db, CachedSignUps* seen,
                               const Clock& clock, std::function<void()> stored)
    : clock_(clock), db_(db), stored_(std::move(stored)), seen_(seen) {
    // A change the outbox now holds: the sync need not wait for its next cycle.
    auto told = [this](bool changed) {
        if (changed && stored_) stored_();
        return changed;
    };
    std::string hash;
    if (auto bytes = read_file(layout.volunteer_pin())) hash = bytes->substr(0, bytes->find('\n'));
    if (!db_)
        std::fprintf(stderr, "buurtkiosk: volunteer lists unavailable: the store is closed\n");
    // Wrong PINs and the lockout live in the store: a restart gives no fresh guesses.
    session_.access = VolunteerAccess(hash, {}, db_);
    session_.disk_free = disk_free_of(layout.data);
    session_.list_sign_ups = [this](const std::string& activity_id, Date date) {
        return from_store(seen_ != nullptr, "reading sign-ups", std::vector<SignUp>{},
                          [&] { return seen_->list_for(activity_id, date); });
    };
    session_.counted_by_hub = [this](const std::string& activity_id, Date date) {
        return from_store(seen_ != nullptr, "reading the hub's count", false,
                          [&] { return seen_->counted_by_hub(activity_id, date); });
    };
    session_.callbacks_waiting = [this] {
        return from_store(db_ != nullptr, "counting callback requests", 0,
                          [&] { return CallbackRequests(*db_).pending(); });
    };
    session_.waiting_callbacks = [this] {
        return from_store(db_ != nullptr, "reading callback requests",
                          std::vector<WaitingCallbackRequest>{},
                          [&] { return CallbackRequests(*db_).waiting(); });
    };
    session_.pass_on_callback = [this](const std::string& id) {
        return from_store(db_ != nullptr, "passing on a callback request", false, [&] {
            bool gone = CallbackRequests(*db_).passed_on(id);
            // The name and number leave the WAL too, not only the table.
            if (gone) db_->checkpoint();
            return gone;
        });
    };
    session_.check_in = [this, told](const std::string& id) {
        return from_store(db_ != nullptr, "check-in", false,
                          [&] { return told(SignUps(*db_).check_in(id, clock_.now())); });
    };
    session_.mark_no_show = [this, told](const std::string& id) {
        return from_store(db_ != nullptr, "marking a no-show", false,
                          [&] { return told(SignUps(*db_).mark_no_show(id, clock_.now())); });
    };
    session_.move_up = [this, told](const std::string& id) {
        return from_store(db_ != nullptr, "moving up", false,
                          [&] { return told(SignUps(*db_).move_up(id, clock_.now())); });
    };
    // These two throw: the screens tell the volunteer what went wrong.
    session_.add_walk_in = [this, told](const WalkInRequest& request) {
        if (!db_) throw StoreError("store: the store is closed", 0);
        WalkInResult result = SignUps(*db_).add_walk_in(request, clock_.now());
        told(result.added);
        return result;
    };
    session_.add_local_activity = [this, told](const LocalActivity& activity) {
        if (!db_) throw StoreError("store: the store is closed", 0);
        LocalActivity added = LocalActivities(*db_).add(activity, clock_.now());
        told(true);
        return added;
    };
    session_.cancel_sign_up = [this, told](const std::string& code) {
        return from_store(db_ != nullptr, "cancelling", false, [&] {
            return told(SignUps(*db_).cancel_by_code(code, clock_.now()).found);
        });
    };
}

int set_volunteer_pin(const KioskLayout& layout) {
    std::string problem;
    std::optional<std::string> typed = read_new_secret("volunteer PIN (4-8 digits)", problem);
    if (!typed) {
        std::fprintf(stderr, "buurtkiosk: %s; nothing changed\n", problem.c_str());
        return 2;
    }
    const std::string& pin = *typed;
    bool digits = pin.size() >= 4 && pin.size() <= 8 &&
                  pin.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) {
        std::fprintf(stderr, "buurtkiosk: a volunteer PIN is 4 to 8 digits; nothing changed\n");
        return 2;
    }
    create_private_directories(layout.data);
    std::filesystem::path file = layout.volunteer_pin();
    try {
        write_file_durably(file, hash_pin(pin) + "\n", 0600);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: %s; nothing changed\n", e.what());
        return 1;
    }
    std::printf("volunteer PIN stored in %s\n", file.c_str());
    return 0;
}

} // namespace bk
