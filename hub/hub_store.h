// The hub's own SQLite file: provisioned kiosks (token hashes only), every submission key ever
// seen (permanent, unique per kiosk), the records they carried, the count of places per group,
// heartbeats, and the desk's accounts and sessions.
#pragma once
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"
#include "hub_local_activities.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

struct KioskRow {
    std::string name;
    std::string group;
    std::string created_at;
    std::string last_heartbeat_at; // "" when never seen
    std::string last_heartbeat;    // JSON as the kiosk sent it
};

struct RecordRow {
    std::int64_t seq = 0;
    std::string kiosk;
    std::string submission_id;
    std::string kind;
    std::string created_at;  // when it happened at the kiosk
    std::string received_at; // when the hub stored it
    std::string payload;     // JSON
};

// One occurrence as the hub counted it, in people (no names): for the municipality's figures.
struct AttendanceRow {
    std::string group;
    std::string activity_id;
    std::string date;
    int signed_up = 0;     // confirmed (walk-ins and moved-up ones included)
    int waiting = 0;       // still on the waiting list
    int checked_in = 0;    // confirmed and checked in by a volunteer (walk-ins included)
    int no_shows = 0;      // confirmed and marked "niet gekomen" after the activity
    int walk_ins = 0;      // added by a volunteer on the spot
    int over_capacity = 0; // walk-ins added beyond the places ("toch toevoegen")
};

// The stored answer to one Idempotency-Key.
struct SubmissionAnswer {
    int status = 0;
    std::string body;
};

class HubStore {
public:
    explicit HubStore(const std::filesystem::path& file);
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    // Throws std::runtime_error when the name is taken.
    void add_kiosk(const std::string& name, const std::string& group,
                   const std::string& token_sha256, const std::string& now);
    std::optional<KioskRow> kiosk_by_token(const std::string& token_sha256);
    std::vector<KioskRow> kiosks();

    // Once per (kiosk, key): the first call stores the record and answers 201; a replay with the
    // same body gets the stored answer with 200; the same key with another body gets 422.
    // A sign_up or cancellation is counted in the same transaction, and its outcome is part of
    // the stored answer ("sign_up"), so a replay tells the kiosk the same thing. A
    // local_activity is kept for the kiosk's group in it too; one that is not a quick activity
    // to keep gets 422 and nothing is stored, key included.
    SubmissionAnswer take_submission(const std::string& kiosk, const std::string& key,
                                     const std::string& body_sha256, const std::string& kind,
                                     const std::string& created_at, const std::string& payload,
                                     const std::string& now);
    void record_heartbeat(const std::string& kiosk, const std::string& body,
                          const std::string& now);

    // GET /v1/places for `kiosk`: the group's counts from `from_date` ("YYYY-MM-DD") on,
    // soonest first, without that kiosk's own sign-ups (see hub_places.h).
    std::vector<wire::PlaceCount> places(const std::string& group, const std::string& from_date,
                                         const std::string& kiosk);

    // GET /v1/local-activities (`group` set) and the municipality's list (every group): the
    // quick activities from `from_date` ("YYYY-MM-DD") on, by date and start.
    std::vector<KeptLocalActivity> local_activities(const std::string& group,
                                                    const std::string& from_date);

    std::vector<RecordRow> records(const std::string& kind = "");
    // Every counted occurrence, by date, activity and group.
    std::vector<AttendanceRow> attendance();
    // Removes the records (personal data) but keeps the keys, so a late retry is still answered.
    void purge_records(const std::vector<std::int64_t>& seqs);

    // The connection under the store's lock, for the parts of the hub that keep tables of their
    // own in hub.db (the desk's accounts and sessions, desk_accounts.h and desk_sessions.h).
    // Hold it for one short piece of work: every request of every kiosk waits for it.
    struct Locked {
        std::unique_lock<std::mutex> hold;
        Database& db;
    };
    Locked lock();

private:
    // The "sign_up" of a new submission's answer; nullopt for other kinds and uncounted ones.
    std::optional<wire::SignUpOutcome> decide_places(const std::string& kiosk,
                                                     const std::string& kind,
                                                     const std::string& payload,
                                                     const std::string& now);
    // The kiosk's group as the hub has it now; nullopt for a kiosk removed since it was
    // authenticated.
    std::optional<std::string> group_of(const std::string& kiosk);

    Database db_;
    std::mutex mutex_; // one connection shared by the server's worker threads
};

} // namespace bk::hub
