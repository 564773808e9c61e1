// Callback requests ("bel mij terug"): stored with their outbox item in one transaction and
// never shown again; the row is deleted once the hub acknowledged it (see Outbox).
#pragma once
#include "domain/clock.h"

#include <string>

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

private:
    Database& db_;
};

} // namespace bk
