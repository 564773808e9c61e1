// The guess_limits table: one row per secret, times in milliseconds since the epoch.
#include "buurtkiosk/store/guess_limit.h"

#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/store_error.h"

#include <algorithm>

namespace bk {

namespace {

std::optional<TimePoint> optional_time(const Statement& statement, int column) {
    if (statement.column_is_null(column)) return std::nullopt;
    return from_unix_millis(statement.column_int(column));
}

std::optional<std::int64_t> optional_millis(std::optional<TimePoint> t) {
    if (!t) return std::nullopt;
    return to_unix_millis(*t);
}

} // namespace

GuessLimit::GuessLimit(std::string name, GuessPolicy policy, Database* db)
    : name_(std::move(name)), policy_(policy), db_(db) {
    load();
}

std::optional<TimePoint> GuessLimit::locked_until(TimePoint now) const {
    if (locked_until_ && now < *locked_until_) return locked_until_;
    return std::nullopt;
}

bool GuessLimit::wrong(TimePoint now) {
    if (last_wrong_ && now - *last_wrong_ >= policy_.forget_after) {
        wrong_ = 0;
        lockouts_ = 0;
    }
    last_wrong_ = now;
    bool locks = ++wrong_ >= policy_.attempts_before_lockout;
    if (locks) {
        wrong_ = 0;
        locked_until_ = now + policy_.first_lockout * (1 << std::min(lockouts_, 6));
        ++lockouts_;
    }
    save();
    return locks;
}

void GuessLimit::right() {
    wrong_ = 0;
    lockouts_ = 0;
    locked_until_.reset();
    last_wrong_.reset();
    save();
}

void GuessLimit::load() {
    if (!db_) return;
    try {
        Statement statement = db_->prepare("SELECT wrong, lockouts, locked_until, last_wrong "
                                           "FROM guess_limits WHERE name = ?");
        statement.bind(1, name_);
        if (!statement.step()) return;
        wrong_ = static_cast<int>(statement.column_int(0));
        lockouts_ = static_cast<int>(statement.column_int(1));
        locked_until_ = optional_time(statement, 2);
        last_wrong_ = optional_time(statement, 3);
    } catch (const StoreError&) {
        // Counting from zero in memory beats refusing every guess on a broken store.
    }
}

void GuessLimit::save() {
    if (!db_) return;
    try {
        db_->prepare("INSERT INTO guess_limits (name, wrong, lockouts, locked_until, last_wrong) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                     "wrong = excluded.wrong, lockouts = excluded.lockouts, "
                     "locked_until = excluded.locked_until, last_wrong = excluded.last_wrong")
            .bind(1, name_)
            .bind(2, wrong_)
            .bind(3, lockouts_)
            .bind(4, optional_millis(locked_until_))
            .bind(5, optional_millis(last_wrong_))
            .run();
    } catch (const StoreError&) {
        // The limit still holds in memory; only a restart would forget it.
    }
}

} // namespace bk
