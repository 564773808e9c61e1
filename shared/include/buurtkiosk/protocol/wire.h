// Protocol v1 between kiosk and hub: paths, headers and the JSON bodies both sides exchange
// (docs/protocol.md is the prose version of this file).
#pragma once
#include "buurtkiosk/domain/local_activity.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bk::wire {

inline constexpr const char* kManifestPath = "/v1/manifest";
inline constexpr const char* kManifestSigPath = "/v1/manifest.sig";
inline constexpr const char* kFilesPrefix = "/v1/files/"; // + sha256
inline constexpr const char* kSubmissionsPath = "/v1/submissions";
inline constexpr const char* kHeartbeatPath = "/v1/heartbeat";
inline constexpr const char* kHealthPath = "/v1/health";
inline constexpr const char* kPlacesPath = "/v1/places";
// The largest /v1/places answer a kiosk takes (some 13,000 booked occurrences); the hub keeps
// its answer below it.
inline constexpr std::size_t kPlacesMaxBytes = 1 << 20;
inline constexpr const char* kLocalActivitiesPath = "/v1/local-activities";
// The largest /v1/local-activities answer a kiosk takes; the hub keeps its answer below it.
inline constexpr std::size_t kLocalActivitiesMaxBytes = 1 << 20;

inline constexpr const char* kIdempotencyKey = "Idempotency-Key";
// The manifest response carries its signature too, so a publish between two requests can never
// pair a manifest with another version's signature.
inline constexpr const char* kSignatureHeader = "X-Manifest-Signature";

// What the kiosk POSTs for one outbox item. `payload` is the outbox body, untouched.
struct Submission {
    std::string id;         // UUID, equal to the Idempotency-Key
    std::string kind;       // sign_up, cancellation, move_up, check_in, no_show, callback_request,
                            // local_activity
    std::string created_at; // UTC, when it happened at the kiosk
    nlohmann::json payload; // the record itself
};

std::string to_body(const Submission& submission);
// nullopt with `error` set when a field is missing or of the wrong type.
std::optional<Submission> parse_submission(const std::string& body, std::string& error);

// A kiosk's sign of life. Never personal data: counts, versions and technical error text only.
struct Heartbeat {
    std::string kiosk_version;
    std::int64_t uptime_seconds = 0;
    std::int64_t content_version = 0;
    int outbox_depth = 0;
    int quarantined = 0;
    std::string last_error;
    std::string sent_at; // UTC
};

std::string to_body(const Heartbeat& heartbeat);
std::optional<Heartbeat> parse_heartbeat(const std::string& body, std::string& error);

// The hub's count of one occurrence: people on confirmed sign-ups, and people waiting.
struct PlaceCount {
    std::string activity_id;
    std::string date; // "YYYY-MM-DD"
    int taken = 0;
    int waiting = 0;
};

// What the hub decided for a sign-up: "sign_up" in the answer to a sign_up or cancellation.
struct SignUpOutcome {
    std::string id;     // the sign-up's id (the kiosk's record)
    std::string status; // confirmed, waiting_list, cancelled
    PlaceCount count;   // its occurrence after the decision
};

nlohmann::json to_json(const SignUpOutcome& outcome);
// The "sign_up" of an accepted-submission answer; nullopt when the answer has none (other kinds,
// or a hub from before shared places) or it is malformed (`error` set then).
std::optional<SignUpOutcome> parse_sign_up_outcome(const std::string& answer_body,
                                                   std::string& error);

// GET /v1/places: the counts of the kiosk's group from yesterday on.
struct Places {
    std::string as_of; // UTC, when the hub counted
    std::vector<PlaceCount> places;
};

std::string to_body(const Places& places);
std::optional<Places> parse_places(const std::string& body, std::string& error);

// A quick activity as it travels: the payload of a "local_activity" submission and an item of
// GET /v1/local-activities.
nlohmann::json to_json(const LocalActivity& activity);
// nullopt with `error` set when a field is missing, of the wrong type, or the activity is not
// one to keep (local_activity_problem).
std::optional<LocalActivity> read_local_activity(const nlohmann::json& j, std::string& error);

// GET /v1/local-activities: the group's quick activities from yesterday on.
std::string to_body(const std::vector<LocalActivity>& activities);
std::optional<std::vector<LocalActivity>> parse_local_activities(const std::string& body,
                                                                 std::string& error);

// {"error": "..."}: the body of every 4xx/5xx answer.
std::string error_body(const std::string& message);
// The "error" field of such a body, or the body itself (shortened) when it is not one.
std::string error_message(const std::string& body);

} // namespace bk::wire
