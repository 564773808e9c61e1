// Callback requests ("bel mij terug"): stored with their outbox item in one transaction and
// never shown again; the row is deleted once the hub acknowledged it (see Outbox).
#pragma once
#include "buurtkiosk/domain/clock.h"

#include <string>
#include <vector>

namespace bk {

class Database;

// When the visitor would like to be called: "morning", "afternoon", "evening" or "any".
bool is_part_of_day(const std::string& id);

struct CallbackRequest {
    std::string topic_id; // an info page id or a topic from the content
    std::string first_name;
    std::string phone;       // any Dutch form; stored normalised
    std::string part_of_day; // see is_part_of_day
    std::string form_token;  // the form's UUID: a second submit with it changes nothing
};

// A request as it waits on this kiosk, for the volunteer who passes it on by hand.
struct WaitingCallbackRequest {
    std::string id;
    std::string topic_id;
    std::string first_name;
    std::string phone; // normalised: 0612345678 or +48601234567
    std::string part_of_day;
    TimePoint created_at{};
};

struct CallbackReceipt {
    std::string id;        // UUID, also sent to the hub
    bool repeated = false; // this form token was already submitted
};

class CallbackRequests {
public:
    explicit CallbackRequests(Database& db) : db_(db) {}

    // Throws std::invalid_argument (nothing stored) for a bad request, StoreError when the
    // store fails. Returns after COMMIT.
    CallbackReceipt submit(const CallbackRequest& request, TimePoint now);
    // How many are still on this kiosk (not yet acknowledged by the hub); no contents.
    int pending() const;
    // Oldest first. Only for passing requests on by hand when no hub is configured: anywhere
    // else the kiosk shows no names or numbers.
    std::vector<WaitingCallbackRequest> waiting() const;
    // A volunteer passed the request on: it and its outbox item are deleted together, so it is
    // never sent as well. False when it was already gone (delivered, or passed on twice).
    bool passed_on(const std::string& id);

private:
    Database& db_;
};

} // namespace bk
