// HubWorld: keys, kiosks and content for one hub test, and short-timeout HTTP to the hub.
#include "hub_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace bk::test {
namespace {

HttpResponse perform(HttpRequest request) {
    // Short limits: a hub that hangs must fail the test in seconds, not stall it.
    HttpClient http(HttpTimeouts{std::chrono::milliseconds(2000), 1, std::chrono::seconds(3)});
    request.total_timeout = std::chrono::milliseconds(4000);
    return http.perform(request);
}

} // namespace

HubWorld::HubWorld() : hub(tmp / "hub") {
    REQUIRE(run_hub({"keygen", "--out", (tmp / "keys").string()}).exit_code == 0);
    key_file = tmp / "keys" / "signing.key";
    hub.start();
}

std::string HubWorld::provision(const std::string& kiosk, const std::string& group) {
    auto r =
        run_hub({"--data", hub.data().string(), "provision", "--kiosk", kiosk, "--group", group});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::string token = line_after(r.out, "token (shown once; the hub keeps only its hash): ");
    REQUIRE(token.size() == 64);
    return token;
}

std::string HubWorld::publish(const std::string& group, const fs::path& content_dir) {
    auto r = run_hub({"--data", hub.data().string(), "publish", "--group", group, "--key",
                      key_file.string(), content_dir.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

fs::path HubWorld::copy_demo_content(const std::string& name) const {
    fs::path to = tmp / name;
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", to, fs::copy_options::recursive);
    return to;
}

HttpResponse HubWorld::get(const std::string& path, const std::string& token) const {
    HttpRequest r;
    r.url = hub.url() + path;
    if (!token.empty()) r.headers.emplace_back("Authorization", "Bearer " + token);
    return perform(r);
}

HttpResponse HubWorld::post(const std::string& path, const std::string& token,
                            const std::string& body, const std::string& idempotency_key) const {
    HttpRequest r;
    r.method = "POST";
    r.url = hub.url() + path;
    r.body = body;
    r.headers.emplace_back("Authorization", "Bearer " + token);
    r.headers.emplace_back("Content-Type", "application/json");
    if (!idempotency_key.empty()) r.headers.emplace_back("Idempotency-Key", idempotency_key);
    return perform(r);
}

std::string HubWorld::sign_up_body(const std::string& id) {
    return nlohmann::json{{"id", id},
                          {"kind", "sign_up"},
                          {"created_at", "2026-11-24T10:00:00Z"},
                          {"payload",
                           {{"activity_id", "koffieochtend-maandag"},
                            {"date", "2026-11-30"},
                            {"first_name", "Test"},
                            {"people", 1}}}}
        .dump();
}

} // namespace bk::test
