// What the volunteer screen may ask: the PIN gate, today's sign-up lists, cancelling one, and
// the health of sync and content. main.cpp wires it to the store and the sync client.
#pragma once
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
    std::function<std::optional<SyncStatus>()> sync_status;  // nullopt: no hub configured
    std::function<void()> sync_now; // a cycle at once ("Nu synchroniseren")
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
};

} // namespace bk
