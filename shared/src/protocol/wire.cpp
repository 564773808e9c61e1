// JSON encoding of the protocol v1 bodies.
#include "protocol/wire.h"

#include "protocol/bounded_json.h"

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
    if (s.kind != "sign_up" && s.kind != "cancellation" && s.kind != "check_in" &&
        s.kind != "callback_request") {
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
