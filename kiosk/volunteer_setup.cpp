#include "volunteer_setup.h"

#include "files/file_bytes.h"
#include "store/callback_requests.h"
#include "store/database.h"
#include "store/private_files.h"
#include "store/sign_ups.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace bk {

VolunteerSetup::VolunteerSetup(const KioskLayout& layout, Database* db, const Clock& clock)
    : clock_(clock), db_(db) {
    std::string hash;
    if (auto bytes = read_file(layout.volunteer_pin())) hash = bytes->substr(0, bytes->find('\n'));
    if (!db_)
        std::fprintf(stderr, "buurtkiosk: volunteer lists unavailable: the store is closed\n");
    // Wrong PINs and the lockout live in the store: a restart gives no fresh guesses.
    desk_.access = VolunteerAccess(hash, {}, db_);
    desk_.list_sign_ups = [this](const std::string& activity_id, Date date) {
        if (!db_) return std::vector<SignUp>{};
        try {
            return SignUps(*db_).list_for(activity_id, date);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: reading sign-ups failed: %s\n", e.what());
            return std::vector<SignUp>{};
        }
    };
    desk_.callbacks_waiting = [this] {
        if (!db_) return 0;
        try {
            return CallbackRequests(*db_).pending();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: counting callback requests failed: %s\n", e.what());
            return 0;
        }
    };
    desk_.waiting_callbacks = [this] {
        if (!db_) return std::vector<WaitingCallbackRequest>{};
        try {
            return CallbackRequests(*db_).waiting();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: reading callback requests failed: %s\n", e.what());
            return std::vector<WaitingCallbackRequest>{};
        }
    };
    desk_.pass_on_callback = [this](const std::string& id) {
        if (!db_) return false;
        try {
            bool gone = CallbackRequests(*db_).passed_on(id);
            // The name and number leave the WAL too, not only the table.
            if (gone) db_->checkpoint();
            return gone;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: passing on a callback request failed: %s\n",
                         e.what());
            return false;
        }
    };
    desk_.check_in = [this](const std::string& id) {
        if (!db_) return false;
        try {
            return SignUps(*db_).check_in(id, clock_.now());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: check-in failed: %s\n", e.what());
            return false;
        }
    };
    desk_.cancel_sign_up = [this](const std::string& code) {
        if (!db_) return false;
        try {
            return SignUps(*db_).cancel_by_code(code, clock_.now()).found;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: cancelling failed: %s\n", e.what());
            return false;
        }
    };
}

int set_volunteer_pin(const KioskLayout& layout) {
    std::string pin;
    std::getline(std::cin, pin);
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
