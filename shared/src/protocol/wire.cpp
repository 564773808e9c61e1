// JSON encoding of the protocol v1 bodies.
#include "buurtkiosk/protocol/wire.h"

#include "buurtkiosk/protocol/bounded_json.h"

#include <climits>
#include <set>
#include <stdexcept>

namespace bk::wire {
namespace {

bool string_field(const nlohmann::json& j, const char* key, std::string& out, std::string& error) {
    if (!j.contains(key) || !j[key].is_string()) {
        error = std::string("field '") + key + "' is missing or not a string";
        return false;
    }
    out = j[key].get<std::string>();
    return true;
}

// A request body as a JSON object within the protocol's limits, or nullopt with `error` set.
std::optional<nlohmann::json> parse_body_object(const std::string& body, std::string& error) {
    auto parsed = parse_bounded_json(body, kProtocolJson, error);
    if (!parsed) {
        error = "body is not accepted JSON: " + error;
        return std::nullopt;
    }
    if (!parsed->is_object()) {
        error = "body is not a JSON object";
        return std::nullopt;
    }
    return parsed;
}

} // namespace

std::string to_body(const Submission& s) {
    nlohmann::ordered_json j;
    j["id"] = s.id;
    j["kind"] = s.kind;
    j["created_at"] = s.created_at;
    j["payload"] = nlohmann::ordered_json::parse(s.payload.dump());
    return j.dump();
}

std::optional<Submission> parse_submission(const std::string& body, std::string& error) {
    auto parsed = parse_body_object(body, error);
    if (!parsed) return std::nullopt;
    const nlohmann::json& j = *parsed;
    Submission s;
    if (!string_field(j, "id", s.id, error) || !string_field(j, "kind", s.kind, error) ||
        !string_field(j, "created_at", s.created_at, error))
        return std::nullopt;
    static const std::set<std::string> kinds{"sign_up",       "cancellation", "move_up",
                                             "check_in",      "no_show",      "callback_request",
                                             "local_activity"};
    if (!kinds.count(s.kind)) {
        error = "unknown kind '" + s.kind + "'";
        return std::nullopt;
    }
    if (!j.contains("payload") || !j["payload"].is_object()) {
        error = "field 'payload' is missing or not an object";
        return std::nullopt;
    }
    s.payload = j["payload"];
    return s;
}

std::string to_body(const Heartbeat& h) {
    nlohmann::ordered_json j;
    j["kiosk_version"] = h.kiosk_version;
    j["uptime_seconds"] = h.uptime_seconds;
    j["content_version"] = h.content_version;
    j["outbox_depth"] = h.outbox_depth;
    j["quarantined"] = h.quarantined;
    j["last_error"] = h.last_error;
    j["sent_at"] = h.sent_at;
    return j.dump();
}

std::optional<Heartbeat> parse_heartbeat(const std::string& body, std::string& error) {
    auto parsed = parse_body_object(body, error);
    if (!parsed) return std::nullopt;
    const nlohmann::json& j = *parsed;
    Heartbeat h;
    try {
        h.kiosk_version = j.value("kiosk_version", "");
        h.uptime_seconds = j.value("uptime_seconds", std::int64_t{0});
        h.content_version = j.value("content_version", std::int64_t{0});
        h.outbox_depth = j.value("outbox_depth", 0);
        h.quarantined = j.value("quarantined", 0);
        h.last_error = j.value("last_error", "");
        h.sent_at = j.value("sent_at", "");
    } catch (const nlohmann::json::exception& e) {
        error = std::string("wrong type: ") + e.what();
        return std::nullopt;
    }
    return h;
}

namespace {

nlohmann::json count_json(const PlaceCount& count) {
    return {{"activity_id", count.activity_id},
            {"date", count.date},
            {"taken", count.taken},
            {"waiting", count.waiting}};
}

// nlohmann's get<int>() takes true as 1, 2.7 as 2 and wraps numbers past int: a count is
// a whole number or nothing.
int read_people(const nlohmann::json& j, const char* key) {
    const nlohmann::json& value = j.at(key);
    const bool whole_and_in_range =
        value.is_number_unsigned() ? value.get<std::uint64_t>() <= INT_MAX
                                   : value.is_number_integer() && value.get<std::int64_t>() >= 0 &&
                                         value.get<std::int64_t>() <= INT_MAX;
    if (!whole_and_in_range)
        throw std::invalid_argument(std::string(key) + " is not a count of people");
    return static_cast<int>(value.get<std::int64_t>());
}

// Throws on a missing field, a wrong type or a count out of range.
PlaceCount read_count(const nlohmann::json& j) {
    PlaceCount count;
    count.activity_id = j.at("activity_id").get<std::string>();
    count.date = j.at("date").get<std::string>();
    count.taken = read_people(j, "taken");
    count.waiting = read_people(j, "waiting");
    if (count.activity_id.empty() || count.date.size() != 10)
        throw std::invalid_argument("a count has no activity or no date");
    return count;
}

} // namespace

nlohmann::json to_json(const SignUpOutcome& outcome) {
    nlohmann::json j = count_json(outcome.count);
    j["id"] = outcome.id;
    j["status"] = outcome.status;
    return j;
}

std::optional<SignUpOutcome> parse_sign_up_outcome(const std::string& answer_body,
                                                   std::string& error) {
    auto parsed = parse_body_object(answer_body, error);
    if (!parsed || !parsed->contains("sign_up")) return std::nullopt;
    try {
        const nlohmann::json& j = parsed->at("sign_up");
        SignUpOutcome outcome;
        outcome.id = j.at("id").get<std::string>();
        outcome.status = j.at("status").get<std::string>();
        if (outcome.status != "confirmed" && outcome.status != "waiting_list" &&
            outcome.status != "cancelled") {
            error = "sign_up.status: unknown status \"" + outcome.status + "\"";
            return std::nullopt;
        }
        outcome.count = read_count(j);
        return outcome;
    } catch (const std::exception& e) {
        error = std::string("sign_up: ") + e.what();
        return std::nullopt;
    }
}

std::string to_body(const Places& places) {
    nlohmann::json list = nlohmann::json::array();
    for (const PlaceCount& count : places.places)
        list.push_back(count_json(count));
    return nlohmann::json{{"as_of", places.as_of}, {"places", list}}.dump();
}

std::optional<Places> parse_places(const std::string& body, std::string& error) {
    auto parsed = parse_body_object(body, error);
    if (!parsed) return std::nullopt;
    try {
        Places places;
        places.as_of = parsed->at("as_of").get<std::string>();
        // Iterating an object or a number would read its values as if it were the list.
        if (!parsed->at("places").is_array())
            throw std::invalid_argument("\"places\" is not a list");
        for (const nlohmann::json& count : parsed->at("places"))
            places.places.push_back(read_count(count));
        return places;
    } catch (const std::exception& e) {
        error = std::string("places: ") + e.what();
        return std::nullopt;
    }
}

nlohmann::json to_json(const LocalActivity& a) {
    nlohmann::json j{{"id", a.id},
                     {"title", a.title},
                     {"date", format_date_iso(a.date)},
                     {"start", format_time(a.start)},
                     {"end", format_time(a.end)},
                     {"category", category_id(a.category)},
                     {"pictogram", a.pictogram},
                     {"created_at", a.created_at}};
    if (a.capacity) j["capacity"] = *a.capacity;
    return j;
}

std::optional<LocalActivity> read_local_activity(const nlohmann::json& j, std::string& error) {
    try {
        LocalActivity a;
        a.id = j.at("id").get<std::string>();
        a.title = j.at("title").get<std::string>();
        auto date = parse_date(j.at("date").get<std::string>());
        auto start = parse_time(j.at("start").get<std::string>());
        auto end = parse_time(j.at("end").get<std::string>());
        auto category = parse_category(j.at("category").get<std::string>());
        if (!date || !start || !end || !category)
            throw std::invalid_argument("date, start, end or category is malformed");
        a.date = *date;
        a.start = *start;
        a.end = *end;
        a.category = *category;
        a.pictogram = j.value("pictogram", std::string());
        a.created_at = j.at("created_at").get<std::string>();
        if (j.contains("capacity")) a.capacity = read_people(j, "capacity");
        if (auto problem = local_activity_problem(a)) throw std::invalid_argument(*problem);
        return a;
    } catch (const std::exception& e) {
        error = std::string("local activity: ") + e.what();
        return std::nullopt;
    }
}

std::string to_body(const std::vector<LocalActivity>& activities) {
    nlohmann::json list = nlohmann::json::array();
    for (const LocalActivity& a : activities)
        list.push_back(to_json(a));
    return nlohmann::json{{"activities", list}}.dump();
}

std::optional<std::vector<LocalActivity>> parse_local_activities(const std::string& body,
                                                                 std::string& error) {
    auto parsed = parse_body_object(body, error);
    if (!parsed) return std::nullopt;
    if (!parsed->contains("activities") || !(*parsed)["activities"].is_array()) {
        error = "local activities: \"activities\" is missing or not a list";
        return std::nullopt;
    }
    std::vector<LocalActivity> list;
    for (const nlohmann::json& item : (*parsed)["activities"]) {
        auto a = read_local_activity(item, error);
        if (!a) return std::nullopt;
        list.push_back(std::move(*a));
    }
    return list;
}

std::string error_body(const std::string& message) {
    return nlohmann::json{{"error", message}}.dump();
}

std::string error_message(const std::string& body) {
    std::string ignored;
    auto j = parse_bounded_json(body, kProtocolJson, ignored);
    if (j && j->is_object() && j->contains("error") && (*j)["error"].is_string())
        return (*j)["error"].get<std::string>();
    return body.substr(0, 200);
}

} // namespace bk::wire
