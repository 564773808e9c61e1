// What the volunteer screen may ask: the PIN gate, today's sign-up lists, cancelling one, and
// the health of sync and content. main.cpp wires it to the store and the sync client.
#pragma once
#include "buurtkiosk/domain/local_activity.h"
#include "buurtkiosk/store/callback_requests.h"
#include "buurtkiosk/store/sign_ups.h"
#include "buurtkiosk/sync/callback_delivery.h"
#include "buurtkiosk/sync/sync_status.h"
#include "buurtkiosk/volunteer/volunteer_access.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bk {

// "Iemand toevoegen": a walk-in typed in by a volunteer, for one occurrence.
struct WalkInForm {
    std::string activity_id;
    Date date;
    std::string first_name;
    int people = 1;
    std::string token;  // the form's UUID: a double tap adds them once
    bool typing = true; // the name is typed first, over the whole screen
    std::string name_error;
    std::string error; // the store failed
    // Set when they do not fit: how many still do, while "toch toevoegen?" waits for an answer.
    std::optional<int> over_question;
};

// "Activiteit toevoegen": a quick activity for today.
struct QuickActivityForm {
    std::string title;
    bool typing = false; // typing a title of one's own
    int start = 14 * 60; // minutes since midnight
    int end = 16 * 60;
    int capacity = 0; // 0: come in, no sign-up
    Category category = Category::Ontmoeting;
    std::string pictogram;
    std::string error;
};

struct VolunteerSession {
    VolunteerAccess access{""};
    std::string pin_entry; // digits typed on the PIN pad so far
    std::string message;   // last answer of the PIN pad, in words

    std::function<std::vector<SignUp>(const std::string& activity_id, Date date)> list_sign_ups;
    // False while the places shown are only this kiosk's count (the hub has given none yet).
    std::function<bool(const std::string& activity_id, Date date)> counted_by_hub;
    std::function<bool(const std::string& code)> cancel_sign_up;
    std::function<bool(const std::string& id)> check_in;     // the person has arrived
    std::function<bool(const std::string& id)> move_up;      // a waiting one gets a freed place
    std::function<bool(const std::string& id)> mark_no_show; // after the activity: did not come
    // Throw std::invalid_argument for a bad request and StoreError when the store fails.
    std::function<WalkInResult(const WalkInRequest& request)> add_walk_in;
    std::function<LocalActivity(const LocalActivity& activity)> add_local_activity;
    std::function<std::optional<SyncStatus>()> sync_status; // nullopt: no hub configured
    std::function<void()> sync_now;                         // a cycle at once ("Nu synchroniseren")
    std::function<std::optional<std::uintmax_t>()> disk_free; // bytes free for the data folder
    // Callback requests still on this kiosk: a count only, so the overview shows no names or
    // phone numbers to whoever stands beside the volunteer.
    std::function<int()> callbacks_waiting;
    std::function<CallbackDelivery()> callback_delivery; // how they leave the kiosk
    // Passing requests on by hand, only while no hub is configured (see the hand-off screen).
    std::function<std::vector<WaitingCallbackRequest>()> waiting_callbacks;
    std::function<bool(const std::string& id)> pass_on_callback;
    std::string pass_on_question; // id of the request the hand-off screen asks about
    std::string cancel_question;  // id of the sign-up whose "Afmelden" waits for a yes or no
    WalkInForm walk_in;
    QuickActivityForm quick_activity;
    std::string
        done_message; // what the last form did, shown on the lists ("... staat op de lijst")

    // Leaving volunteer mode: no question stays open and no typed name stays behind.
    void forget_forms() {
        pass_on_question.clear();
        cancel_question.clear();
        walk_in = {};
        quick_activity = {};
        done_message.clear();
    }
};

} // namespace bk
