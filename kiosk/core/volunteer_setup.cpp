#include "volunteer_setup.h"

#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/store/cached_sign_ups.h"
#include "buurtkiosk/store/callback_requests.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/private_files.h"
#include "buurtkiosk/store/sign_ups.h"

#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

namespace bk {

VolunteerSetup::VolunteerSetup(const KioskLayout& layout, Database* db, CachedSignUps* seen,
                               const Clock& clock)
    : clock_(clock), db_(db), seen_(seen) {
    std::string hash;
    if (auto bytes = read_file(layout.volunteer_pin())) hash = bytes->substr(0, bytes->find('\n'));
    if (!db_)
        std::fprintf(stderr, "buurtkiosk: volunteer lists unavailable: the store is closed\n");
    // Wrong PINs and the lockout live in the store: a restart gives no fresh guesses.
    session_.access = VolunteerAccess(hash, {}, db_);
    session_.list_sign_ups = [this](const std::string& activity_id, Date date) {
        if (!seen_) return std::vector<SignUp>{};
        try {
            return seen_->list_for(activity_id, date);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: reading sign-ups failed: %s\n", e.what());
            return std::vector<SignUp>{};
        }
    };
    session_.disk_free = [data = layout.data]() -> std::optional<std::uintmax_t> {
        std::error_code error;
        std::filesystem::space_info space = std::filesystem::space(data, error);
        if (error) return std::nullopt;
        return space.available;
    };
    session_.counted_by_hub = [this](const std::string& activity_id, Date date) {
        if (!seen_) return false;
        try {
            return seen_->counted_by_hub(activity_id, date);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: reading the hub's count failed: %s\n", e.what());
            return false;
        }
    };
    session_.callbacks_waiting = [this] {
        if (!db_) return 0;
        try {
            return CallbackRequests(*db_).pending();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: counting callback requests failed: %s\n", e.what());
            return 0;
        }
    };
    session_.waiting_callbacks = [this] {
        if (!db_) return std::vector<WaitingCallbackRequest>{};
        try {
            return CallbackRequests(*db_).waiting();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: reading callback requests failed: %s\n", e.what());
            return std::vector<WaitingCallbackRequest>{};
        }
    };
    session_.pass_on_callback = [this](const std::string& id) {
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
    session_.check_in = [this](const std::string& id) {
        if (!db_) return false;
        try {
            return SignUps(*db_).check_in(id, clock_.now());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: check-in failed: %s\n", e.what());
            return false;
        }
    };
    session_.mark_no_show = [this](const std::string& id) {
        if (!db_) return false;
        try {
            return SignUps(*db_).mark_no_show(id, clock_.now());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: marking a no-show failed: %s\n", e.what());
            return false;
        }
    };
    session_.move_up = [this](const std::string& id) {
        if (!db_) return false;
        try {
            return SignUps(*db_).move_up(id, clock_.now());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: moving up failed: %s\n", e.what());
            return false;
        }
    };
    session_.cancel_sign_up = [this](const std::string& code) {
        if (!db_) return false;
        try {
            return SignUps(*db_).cancel_by_code(code, clock_.now()).found;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: cancelling failed: %s\n", e.what());
            return false;
        }
    };
}

namespace {
// One line from standard input; on a terminal the PIN is asked for without echo, and twice,
// so a bystander does not read it and a typo does not lock the volunteers out.
std::optional<std::string> read_new_pin() {
    std::string pin;
    if (!isatty(STDIN_FILENO)) {
        if (!std::getline(std::cin, pin)) return std::nullopt;
        return pin;
    }
    termios before{};
    tcgetattr(STDIN_FILENO, &before);
    termios quiet = before;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string again;
    std::fprintf(stderr, "New volunteer PIN (4-8 digits): ");
    bool read = bool(std::getline(std::cin, pin));
    std::fprintf(stderr, "\nThe same PIN again: ");
    read = read && std::getline(std::cin, again);
    std::fprintf(stderr, "\n");
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    if (!read) return std::nullopt;
    if (pin != again) {
        std::fprintf(stderr, "buurtkiosk: the two PINs differ; nothing changed\n");
        return std::nullopt;
    }
    return pin;
}
} // namespace

int set_volunteer_pin(const KioskLayout& layout) {
    std::optional<std::string> typed = read_new_pin();
    if (!typed) return 2;
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
