// Reading and checking kiosk.json.
#include "buurtkiosk/sync/kiosk_config.h"

#include "buurtkiosk/files/file_bytes.h"

#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/signing.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace bk {
namespace {

bool starts_with(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

} // namespace

std::string check_hub_url(const std::string& url) {
    if (starts_with(url, "https://")) {
        if (url.size() <= 8) return "er staat geen servernaam na https://";
        return "";
    }
    if (starts_with(url, "http://")) {
        std::string rest = url.substr(7);
        std::string host = rest.substr(0, rest.find_first_of(":/"));
        if (host == "127.0.0.1" || host == "localhost") return "";
        return "alleen https:// is toegestaan (http:// alleen voor 127.0.0.1 of localhost)";
    }
    return "moet beginnen met https://";
}

KioskConfigParse parse_kiosk_config(const std::string& text, const std::string& file_name) {
    KioskConfigParse out;
    auto fail = [&](const std::string& field, const std::string& message) {
        out.error = file_name + ": " + field + ": " + message;
        return out;
    };
    std::string why;
    auto parsed = parse_bounded_json(text, kProtocolJson, why);
    if (!parsed) return fail("(bestand)", "geen geldige JSON (" + why + ")");
    if (!parsed->is_object()) return fail("(bestand)", "moet een JSON-object zijn");
    const nlohmann::json& j = *parsed;
    KioskConfig c;
    for (const char* key : {"hub_url", "token", "kiosk_group", "public_key", "data_dir"}) {
        if (!j.contains(key)) return fail(key, "ontbreekt");
        if (!j[key].is_string() || j[key].get<std::string>().empty())
            return fail(key, "moet tekst zijn en mag niet leeg zijn");
    }
    c.hub_url = j["hub_url"].get<std::string>();
    while (!c.hub_url.empty() && c.hub_url.back() == '/')
        c.hub_url.pop_back();
    if (auto why = check_hub_url(c.hub_url); !why.empty()) return fail("hub_url", why);
    c.token = j["token"].get<std::string>();
    if (c.token.find_first_of(" \t\r\n") != std::string::npos)
        return fail("token", "mag geen spaties of regeleinden bevatten");
    c.kiosk_group = j["kiosk_group"].get<std::string>();
    c.public_key = j["public_key"].get<std::string>();
    if (!is_public_key(c.public_key))
        return fail("public_key", "is geen ed25519 publieke sleutel (base64, 32 bytes)");
    c.data_dir = j["data_dir"].get<std::string>();
    if (j.contains("sync_interval_seconds")) {
        if (!j["sync_interval_seconds"].is_number_integer() ||
            j["sync_interval_seconds"].get<int>() < 1)
            return fail("sync_interval_seconds", "moet een geheel getal van 1 of meer zijn");
        c.sync_interval_seconds = j["sync_interval_seconds"].get<int>();
    }
    out.config = std::move(c);
    return out;
}

KioskConfigParse load_kiosk_config(const std::filesystem::path& file) {
    std::optional<std::string> bytes = read_file(file);
    if (!bytes) {
        KioskConfigParse out;
        out.error = file.string() + ": (bestand): kan niet worden gelezen";
        return out;
    }
    return parse_kiosk_config(*bytes, file.filename().string());
}

} // namespace bk
