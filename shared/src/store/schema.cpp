// Schema v1: sign-ups, callback requests, the outbox and the sync client's key/value state;
// v2: the guess limits of the volunteer PIN and of sign-up codes.
#include "buurtkiosk/store/schema.h"

namespace bk {

namespace {

// Dates are ISO text ("2026-11-24"), moments are UTC text ("2026-11-24T19:03:11Z"), except
// outbox.next_attempt_at, in milliseconds since the epoch because it is compared on every poll.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE sign_ups (
    id           TEXT PRIMARY KEY,
    activity_id  TEXT NOT NULL,
    date         TEXT NOT NULL,
    first_name   TEXT NOT NULL,
    people       INTEGER NOT NULL CHECK (people BETWEEN 1 AND 6),
    phone        TEXT,
    code         TEXT NOT NULL,
    capacity     INTEGER NOT NULL CHECK (capacity > 0),
    status       TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting_list', 'cancelled')),
    form_token   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    cancelled_at TEXT,
    checked_in_at TEXT
);
CREATE UNIQUE INDEX sign_ups_active_code ON sign_ups (code) WHERE status <> 'cancelled';
CREATE INDEX sign_ups_occurrence ON sign_ups (activity_id, date, status);
CREATE INDEX sign_ups_date ON sign_ups (date);

CREATE TABLE callback_requests (
    id          TEXT PRIMARY KEY,
    topic_id    TEXT NOT NULL,
    first_name  TEXT NOT NULL,
    phone       TEXT NOT NULL,
    part_of_day TEXT NOT NULL,
    form_token  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    body            TEXT NOT NULL,
    record_id       TEXT,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    quarantined     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_due ON outbox (quarantined, next_attempt_at);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

// Wrong guesses at the volunteer PIN and at sign-up codes (see GuessLimit); times in
// milliseconds since the epoch.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE guess_limits (
    name         TEXT PRIMARY KEY,
    wrong        INTEGER NOT NULL,
    lockouts     INTEGER NOT NULL,
    locked_until INTEGER,
    last_wrong   INTEGER
);
)sql";

// Places shared with the hub (docs/protocol.md): what the hub decided for each sign-up this
// kiosk sent, and the hub's counts of the group's occurrences. And who did not come.
constexpr const char* kVersion3 = R"sql(
ALTER TABLE sign_ups ADD COLUMN hub_status TEXT;
ALTER TABLE sign_ups ADD COLUMN moved_by_hub_at TEXT;
ALTER TABLE sign_ups ADD COLUMN no_show_at TEXT;
CREATE TABLE hub_places (
    activity_id TEXT NOT NULL,
    date        TEXT NOT NULL,
    taken       INTEGER NOT NULL,
    waiting     INTEGER NOT NULL,
    as_of       TEXT NOT NULL,
    PRIMARY KEY (activity_id, date)
);
CREATE INDEX outbox_record ON outbox (record_id, kind);
)sql";

// Walk-ins a volunteer added (checked in at once, over capacity only when the volunteer said
// "toch toevoegen"), and quick activities (LocalActivity), this kiosk's and the hub's.
constexpr const char* kVersion4 = R"sql(
ALTER TABLE sign_ups ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sign_ups ADD COLUMN over_capacity INTEGER NOT NULL DEFAULT 0;
CREATE TABLE local_activities (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    date       TEXT NOT NULL,
    start      TEXT NOT NULL,
    end        TEXT NOT NULL,
    capacity   INTEGER,
    category   TEXT NOT NULL,
    pictogram  TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX local_activities_date ON local_activities (date);
)sql";

} // namespace

const std::vector<Migration>& store_migrations() {
    static const std::vector<Migration> migrations{
        {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}};
    return migrations;
}

} // namespace bk
