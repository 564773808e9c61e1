// The outbox table: enqueue inside the caller's transaction, then due / failed / delivered /
// quarantined bookkeeping for the sync client.
#include "buurtkiosk/store/outbox.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"

#include <chrono>

namespace bk {

namespace {

std::vector<OutboxItem> read_items(Statement& statement) {
    std::vector<OutboxItem> items;
    while (statement.step()) {
        OutboxItem item;
        item.id = statement.column_text(0);
        item.kind = statement.column_text(1);
        item.body = statement.column_text(2);
        item.created_at = statement.column_text(3);
        item.attempts = static_cast<int>(statement.column_int(4));
        item.last_error = statement.column_text(5);
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace

std::string Outbox::enqueue(const std::string& kind, const std::string& body_json, TimePoint now) {
    return enqueue(kind, body_json, now, std::string{});
}

std::string Outbox::enqueue(const std::string& kind, const std::string& body_json, TimePoint now,
                            const std::string& record_id) {
    std::string id = make_uuid_v4();
    std::optional<std::string> record;
    if (!record_id.empty()) record = record_id;
    db_.prepare("INSERT INTO outbox (id, kind, body, record_id, created_at, next_attempt_at) "
                "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, kind)
        .bind(3, body_json)
        .bind(4, record)
        .bind(5, format_utc(now))
        .bind(6, to_unix_millis(now))
        .run();
    return id;
}

std::vector<OutboxItem> Outbox::due(TimePoint now, int limit) const {
    Statement statement =
        db_.prepare("SELECT id, kind, body, created_at, attempts, last_error FROM outbox "
                    "WHERE quarantined = 0 AND next_attempt_at <= ? ORDER BY seq LIMIT ?");
    statement.bind(1, to_unix_millis(now)).bind(2, limit);
    return read_items(statement);
}

void Outbox::mark_delivered(const std::string& id, const std::function<void()>& with_it) {
    {
        Transaction transaction(db_);
        Statement find = db_.prepare("SELECT kind, record_id FROM outbox WHERE id = ?");
        find.bind(1, id);
        if (!find.step()) return; // already delivered: a retry after a lost answer is fine
        if (with_it) with_it();
        if (find.column_text(0) == "callback_request" && !find.column_is_null(1))
            db_.prepare("DELETE FROM callback_requests WHERE id = ?")
                .bind(1, find.column_text(1))
                .run();
        db_.prepare("DELETE FROM outbox WHERE id = ?").bind(1, id).run();
        transaction.commit();
    } // `find` is finalised here: an open statement would keep a checkpoint from finishing
}

void Outbox::mark_failed(const std::string& id, const std::string& error, TimePoint next_attempt) {
    db_.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                "WHERE id = ?")
        .bind(1, error)
        .bind(2, to_unix_millis(next_attempt))
        .bind(3, id)
        .run();
}

void Outbox::quarantine(const std::string& id, const std::string& reason) {
    db_.prepare("UPDATE outbox SET quarantined = 1, last_error = ? WHERE id = ?")
        .bind(1, reason)
        .bind(2, id)
        .run();
}

int Outbox::depth() const {
    return std::stoi(db_.query_text("SELECT count(*) FROM outbox WHERE quarantined = 0"));
}

int Outbox::quarantined_count() const {
    return std::stoi(db_.query_text("SELECT count(*) FROM outbox WHERE quarantined = 1"));
}

std::optional<TimePoint> Outbox::next_attempt() const {
    Statement statement =
        db_.prepare("SELECT min(next_attempt_at) FROM outbox WHERE quarantined = 0");
    if (!statement.step() || statement.column_is_null(0)) return std::nullopt;
    return from_unix_millis(statement.column_int(0));
}

std::vector<OutboxItem> Outbox::quarantined_items() const {
    Statement statement = db_.prepare("SELECT id, kind, body, created_at, attempts, last_error "
                                      "FROM outbox WHERE quarantined = 1 ORDER BY seq");
    return read_items(statement);
}

} // namespace bk
