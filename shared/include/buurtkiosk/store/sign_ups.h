// Sign-ups for one occurrence of an activity (activity id + date): places, waiting list, codes.
// Every change is stored together with its outbox item in one transaction; a call returns only
// after COMMIT, so a confirmation on screen is a durable one.
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/clock.h"

#include <optional>
#include <string>
#include <vector>

namespace bk {

class Database;

enum class SignUpStatus { Confirmed, WaitingList, Cancelled };
const char* sign_up_status_id(SignUpStatus status); // "confirmed", "waiting_list", "cancelled"

struct SignUpRequest {
    std::string activity_id;
    Date date;
    std::string first_name;
    int people = 1;                   // 1..6
    std::optional<std::string> phone; // any Dutch form; stored normalised ("0612345678")
    int capacity = 0;                 // places of this occurrence, > 0
    std::string form_token;           // the form's UUID: a second call with it changes nothing
};

struct SignUpResult {
    SignUpStatus status = SignUpStatus::Confirmed;
    std::string code;      // e.g. "AC3D", read out to the visitor
    std::string id;        // UUID, also sent to the hub
    bool repeated = false; // true when this form token was already signed up (double tap)
};

// Someone who comes in without having signed up: a volunteer puts them on the list, present.
struct WalkInRequest {
    std::string activity_id;
    Date date;
    std::string first_name;
    int people = 1;             // 1..6
    int capacity = 0;           // places of this occurrence, > 0
    std::string form_token;     // the volunteer's form: a second call with it changes nothing
    bool over_capacity = false; // the volunteer answered "toch toevoegen?" with yes
};

struct WalkInResult {
    bool added = false;  // false: they do not fit and over_capacity was not set; nothing stored
    int places_left = 0; // when not added: how many people still fit
    std::string id;      // when added
};

struct SignUp {
    std::string id;
    std::string activity_id;
    Date date;
    std::string first_name;
    int people = 1;
    std::optional<std::string> phone;
    std::string code;
    SignUpStatus status = SignUpStatus::Confirmed;
    std::string created_at;                   // UTC
    std::optional<std::string> checked_in_at; // UTC, set when a volunteer checked them in
    // Confirmed here (perhaps offline), put on the waiting list by the hub because other kiosks
    // had filled the places first; volunteers see it, the visitor was told otherwise.
    bool moved_by_hub = false;
    std::optional<std::string> no_show_at; // UTC, set when a volunteer marked them as not come
    bool walk_in = false;                  // added by a volunteer on the spot (checked in at once)
    bool over_capacity = false;            // a walk-in added beyond the places ("toch toevoegen")
};

struct CancelResult {
    bool found = false; // false: no active sign-up has this code; nothing changed
    SignUp cancelled;   // as it was before the cancellation
    // Too many wrong codes (CodeCancellation): nothing was looked up; try again from then on.
    std::optional<TimePoint> try_again_at;
};

class SignUps {
public:
    explicit SignUps(Database& db) : db_(db) {}

    // Throws std::invalid_argument (nothing stored) for a bad request, StoreError when the
    // store fails (nothing stored either).
    SignUpResult sign_up(const SignUpRequest& request, TimePoint now);
    CancelResult cancel_by_code(const std::string& code, TimePoint now);
    // A volunteer adds a walk-in, confirmed and checked in at once, with its outbox item (a
    // "sign_up" marked walk_in). Beyond the places only when the request says so. Throws like
    // sign_up for a bad request.
    WalkInResult add_walk_in(const WalkInRequest& request, TimePoint now);
    // A volunteer gives a waiting-list entry (by id) a place; the kiosk never does so by itself
    // (a cancellation frees a place, a volunteer decides who gets it and tells them). False
    // when it is not on the waiting list (then nothing changes).
    bool move_up(const std::string& id, TimePoint now);
    // After the activity, a volunteer marks a confirmed sign-up that was not checked in as not
    // come: for the count, not for blame. False when it was checked in, not confirmed, or
    // already marked (then nothing changes).
    bool mark_no_show(const std::string& id, TimePoint now);
    // A volunteer marks a confirmed sign-up (by id) as present; false when there is no such
    // confirmed sign-up or it was already checked in (then nothing changes).
    bool check_in(const std::string& id, TimePoint now);

    // People confirmed: the other kiosks' as the hub last counted them (HubPlaces) plus this
    // kiosk's own, sent or not; only this kiosk's own while the hub has given no count.
    int places_taken(const std::string& activity_id, Date date) const;
    // True when places_taken starts from a count of the hub, false when it is this kiosk's own.
    bool counted_by_hub(const std::string& activity_id, Date date) const;
    // Active sign-ups for volunteers: confirmed first, then the waiting list, each in order.
    std::vector<SignUp> list_for(const std::string& activity_id, Date date) const;
    std::optional<SignUp> find_by_code(const std::string& code) const; // active ones only
    // Retention: deletes sign-ups of occurrences before `date`; returns how many. Outbox items
    // not yet delivered stay: the hub still has to receive them.
    int purge_older_than(Date date);

private:
    std::string unused_code();
    // The earlier result of this form token (a double tap), if any.
    std::optional<SignUpResult> by_form_token(const std::string& form_token) const;
    // Inserts one sign-up and its outbox item, in the caller's transaction. A walk-in passes
    // whether it goes beyond the places; a visitor's sign-up passes nullopt.
    SignUpResult record(const SignUpRequest& request, const std::optional<std::string>& phone,
                        SignUpStatus status, std::optional<bool> walk_in_over_capacity,
                        TimePoint now);
    // A volunteer's change to one sign-up: `sql` (?1 the time, ?2 the id) and its outbox item
    // {sign_up_id, <at_field>} in one transaction; false when `sql` changed nothing.
    bool volunteer_change(const char* kind, const char* at_field, const char* sql,
                          const std::string& id, TimePoint now);

    Database& db_;
};

} // namespace bk
