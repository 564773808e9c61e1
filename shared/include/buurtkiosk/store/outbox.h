// The durable outbox: every submission is stored here in the same transaction as the record
// itself, then delivered to the hub by the sync client with its id as Idempotency-Key.
#pragma once
#include "buurtkiosk/domain/clock.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bk {

class Database;

struct OutboxItem {
    std::string id;         // UUID v4, also the Idempotency-Key
    std::string kind;       // "sign_up", "cancellation", "check_in", "callback_request"
    std::string body;       // JSON as sent to the hub
    std::string created_at; // UTC, when it happened at the kiosk
    int attempts = 0;
    std::string last_error;
};

class Outbox {
public:
    explicit Outbox(Database& db) : db_(db) {}

    // Call inside the caller's transaction so the record and its outbox item commit together.
    std::string enqueue(const std::string& kind, const std::string& body_json, TimePoint now);
    // The same, remembering which local record (e.g. a callback request) the item carries, so
    // mark_delivered can delete that record too.
    std::string enqueue(const std::string& kind, const std::string& body_json, TimePoint now,
                        const std::string& record_id);
    // Items whose next attempt is due, oldest first; quarantined items are never due.
    std::vector<OutboxItem> due(TimePoint now, int limit) const;
    // The hub acknowledged the item: it leaves the outbox; a callback request's personal data
    // leaves the kiosk with it. Deleted bytes are zeroed (secure_delete) but stay in the WAL
    // until Database::checkpoint(): the sync client checkpoints once after a batch of these.
    // `with_it` runs in the same transaction (what the hub's answer changes, see HubPlaces).
    void mark_delivered(const std::string& id, const std::function<void()>& with_it = {});
    // Delivery failed; try again at `next_attempt`.
    void mark_failed(const std::string& id, const std::string& error, TimePoint next_attempt);
    // The hub said the item can never succeed (e.g. 422): keep it aside, report it, stop retrying.
    void quarantine(const std::string& id, const std::string& reason);
    int depth() const; // waiting to be delivered
    int quarantined_count() const;
    std::optional<TimePoint> next_attempt() const; // earliest due time of any waiting item
    // Items the hub refused for good, oldest first, for the volunteers' sync health screen.
    std::vector<OutboxItem> quarantined_items() const;

private:
    Database& db_;
};

} // namespace bk
