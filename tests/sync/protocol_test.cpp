// Units of the protocol layer: signatures, base64, manifests, kiosk.json, hub URLs, backoff.
#include "buurtkiosk/protocol/manifest.h"
#include "buurtkiosk/protocol/signing.h"
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/sync/kiosk_config.h"
#include "buurtkiosk/sync/retry_delay.h"
#include "buurtkiosk/sync/sync_status_text.h"

#include <catch2/catch.hpp>

#include <set>

using namespace bk;

TEST_CASE("a detached signature verifies only the exact bytes with the matching key", "[sync]") {
    auto pair = generate_signing_keypair();
    auto other = generate_signing_keypair();
    std::string manifest = "{\"version\": 3}\n";
    auto sig = sign_detached(manifest, pair.secret_key);
    REQUIRE(sig);
    CHECK(verify_detached(manifest, *sig, pair.public_key));
    CHECK_FALSE(verify_detached("{\"version\": 4}\n", *sig, pair.public_key));
    CHECK_FALSE(verify_detached(manifest, *sig, other.public_key));
    CHECK_FALSE(verify_detached(manifest, "not base64!", pair.public_key));
    CHECK_FALSE(sign_detached(manifest, pair.public_key)); // a public key cannot sign
    CHECK(is_public_key(pair.public_key));
    CHECK_FALSE(is_public_key(pair.secret_key));
}

TEST_CASE("base64 round-trips bytes and rejects garbage", "[sync]") {
    std::string bytes("\x00\xff\x10 abc", 7);
    auto text = encode_base64(bytes);
    CHECK(decode_base64(text) == bytes);
    CHECK(decode_base64(" " + text + "\n") == bytes);
    CHECK_FALSE(decode_base64("@@@@"));
    CHECK(is_sha256_hex(sha256_hex("abc")));
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

namespace {

// A manifest's text with these files (a JSON list) and created/expires set.
std::string manifest_listing(const std::string& files) {
    return R"({"format":1,"kiosk_group":"demo","version":2,"created":"2026-11-24T12:00:00Z",)"
           R"("expires":"2026-12-24T12:00:00Z","files":)" +
           files + "}";
}

std::string file_entry(const std::string& path_json) {
    return R"({"path":)" + path_json + R"(,"size":1,"sha256":")" + std::string(64, 'a') + R"("})";
}

} // namespace

TEST_CASE("a manifest names the field that is wrong", "[sync]") {
    CHECK(wire::parse_manifest("nope").error.rfind("manifest.json: not valid JSON", 0) == 0);
    CHECK(wire::parse_manifest("[]").error == "manifest.json: must be a JSON object, not a list");
    auto bad_hash =
        wire::parse_manifest(manifest_listing(R"([{"path":"a.json","size":1,"sha256":"XYZ"}])"));
    CHECK_FALSE(bad_hash.manifest);
    CHECK(bad_hash.error == "manifest.json: files[0].sha256: must be 64 lowercase hex characters");
    auto escape =
        wire::parse_manifest(manifest_listing("[" + file_entry(R"("../etc/passwd")") + "]"));
    CHECK(escape.error.find("files[0].path") != std::string::npos);
    auto zero = wire::parse_manifest(R"({"format":1,"kiosk_group":"demo","version":0,"files":[]})");
    CHECK(zero.error.find("version") != std::string::npos);
    CHECK(wire::parse_manifest(manifest_listing("[" + file_entry(R"("a.json")") + "]")).manifest);

    wire::Manifest m;
    m.kiosk_group = "demo";
    m.version = 7;
    m.created = "2026-11-24T12:00:00Z";
    m.expires = "2026-12-24T12:00:00Z";
    m.files.push_back({"images/a.png", 12, std::string(64, 'b')});
    auto round = wire::parse_manifest(wire::serialize_manifest(m));
    REQUIRE(round.manifest);
    CHECK(round.manifest->version == 7);
    CHECK(round.manifest->files.at(0).path == "images/a.png");
}

TEST_CASE("the wire parser refuses what the bundle loader refuses, and the other way round",
          "[sync]") {
    // Once two parsers with different rules; each case was accepted by one of them.
    auto refused = [](const std::string& text) {
        auto parsed = wire::parse_manifest(text);
        CHECK_FALSE(parsed.manifest);
        return parsed.error;
    };
    CHECK(refused(manifest_listing("[" + file_entry(R"("a\u0000b.json")") + "]")) ==
          R"(manifest.json: files[0].path: "a\u0000b.json" must be a relative path inside the )"
          R"(bundle (no "..", no leading "/"))");
    CHECK(
        refused(manifest_listing("[" + file_entry(R"("a\tb.json")") + "]")).find("files[0].path") !=
        std::string::npos);
    CHECK(refused(manifest_listing("[" + file_entry(R"("manifest.json.sig")") + "]")) ==
          "manifest.json: files[0].path: \"manifest.json.sig\" is a reserved name; "
          "manifest.json cannot list itself or its signature");
    CHECK(refused(manifest_listing("[" + file_entry(R"("images/x.png")") + "," +
                                   file_entry(R"("images")") + "]")) ==
          "manifest.json: files[1].path: \"images\" is also a folder of other listed files");
    CHECK(refused(R"({"format":1,"kiosk_group":"demo","version":2,"files":[]})") ==
          "manifest.json: created: is required but missing");
    CHECK(
        refused(R"({"format":1,"kiosk_group":"demo","version":2,"created":"2026-11-24T12:00:00Z",)"
                R"("expires":"2026-11-24T12:00:00Z","files":[]})") ==
        "manifest.json: expires: must be after created (2026-11-24T12:00:00Z)");
    CHECK(refused(manifest_listing("[" + file_entry(R"("a.json")") + "," +
                                   file_entry(R"("a.json")") + "]")) ==
          "manifest.json: files[1].path: \"a.json\" is listed twice");
}

TEST_CASE("kiosk.json problems are named by file and field", "[sync]") {
    auto key = generate_signing_keypair().public_key;
    std::string good =
        R"({"hub_url":"https://hub.example.nl/","token":"abc","kiosk_group":"noord","public_key":")" +
        key + R"(","data_dir":"/var/lib/buurtkiosk"})";
    auto ok = parse_kiosk_config(good, "kiosk.json");
    REQUIRE(ok.config);
    CHECK(ok.config->hub_url == "https://hub.example.nl");

    CHECK(parse_kiosk_config("{", "kiosk.json")
              .error.rfind("kiosk.json: (bestand): geen geldige JSON", 0) == 0);
    CHECK(ok.config->kiosk_group == "noord");
    // A kiosk.json from before the group check must say what to add, not sync another group.
    auto no_group = parse_kiosk_config(R"({"hub_url":"https://h","token":"t","public_key":")" +
                                           key + R"(","data_dir":"/d"})",
                                       "kiosk.json");
    CHECK(no_group.error == "kiosk.json: kiosk_group: ontbreekt");
    // 100,000 nested arrays: refused by the size and depth check, not a stack overflow.
    auto deep =
        parse_kiosk_config(std::string(100'000, '[') + std::string(100'000, ']'), "kiosk.json");
    CHECK(deep.error.find("nested deeper than") != std::string::npos);
    auto missing = parse_kiosk_config(R"({"hub_url":"https://x"})", "kiosk.json");
    CHECK(missing.error == "kiosk.json: token: ontbreekt");
    auto http = parse_kiosk_config(
        R"({"hub_url":"http://hub.example.nl","token":"t","kiosk_group":"g","public_key":")" + key +
            R"(","data_dir":"/d"})",
        "kiosk.json");
    CHECK(http.error.rfind("kiosk.json: hub_url: alleen https://", 0) == 0);
    auto badkey = parse_kiosk_config(
        R"({"hub_url":"https://h","token":"t","kiosk_group":"g","public_key":"abc","data_dir":"/d"})",
        "kiosk.json");
    CHECK(badkey.error.rfind("kiosk.json: public_key:", 0) == 0);
}

TEST_CASE("plain http is allowed only on loopback", "[sync]") {
    CHECK(check_hub_url("https://hub.gemeente.nl").empty());
    CHECK(check_hub_url("http://127.0.0.1:8080").empty());
    CHECK(check_hub_url("http://localhost/x").empty());
    CHECK_FALSE(check_hub_url("http://127.0.0.1.evil.nl").empty());
    CHECK_FALSE(check_hub_url("http://hub.gemeente.nl").empty());
    CHECK_FALSE(check_hub_url("ftp://hub").empty());
}

TEST_CASE("retry delays grow, stay under the cap and are jittered", "[sync]") {
    RetryPolicy p{std::chrono::milliseconds(1000), std::chrono::milliseconds(60'000)};
    std::mt19937_64 random(42);
    for (int n = 1; n <= 12; ++n) {
        long long full = std::min<long long>(60'000, 1000LL << std::min(n - 1, 20));
        for (int i = 0; i < 50; ++i) {
            auto d = retry_delay(p, n, random).count();
            CHECK(d >= full / 2);
            CHECK(d <= full);
        }
    }
    std::set<long long> seen;
    for (int i = 0; i < 20; ++i)
        seen.insert(retry_delay(p, 5, random).count());
    CHECK(seen.size() > 5); // jitter, not one fixed value
}

TEST_CASE("submission bodies are checked by the hub's parser", "[sync]") {
    std::string error;
    wire::Submission s{"id-1", "sign_up", "2026-11-24T10:00:00Z", {{"people", 2}}};
    auto back = wire::parse_submission(wire::to_body(s), error);
    REQUIRE(back);
    CHECK(back->payload["people"] == 2);
    CHECK_FALSE(wire::parse_submission(R"({"id":"x","kind":"bribe","created_at":"t","payload":{}})",
                                       error));
    CHECK(error == "unknown kind 'bribe'");
}

TEST_CASE("the hub's counts of places round-trip, and garbage is refused", "[sync]") {
    std::string error;
    wire::Places places{"2026-11-24T10:05:00Z", {{"digicafe", "2026-11-24", 8, 1}}};
    auto back = wire::parse_places(wire::to_body(places), error);
    REQUIRE(back);
    CHECK(back->as_of == "2026-11-24T10:05:00Z");
    REQUIRE(back->places.size() == 1);
    CHECK(back->places[0].activity_id == "digicafe");
    CHECK(back->places[0].taken == 8);
    CHECK(back->places[0].waiting == 1);

    const std::string as_of = R"({"as_of":"2026-11-24T10:05:00Z","places":)";
    for (const std::string& garbage :
         {as_of + R"([{"activity_id":"a","date":"2026-11-24","taken":-1,"waiting":0}]})",
          as_of + R"([{"activity_id":"a","date":"2026-11-24","taken":2.5,"waiting":0}]})",
          as_of + R"([{"activity_id":"a","date":"2026-11-24","taken":true,"waiting":0}]})",
          as_of + R"([{"activity_id":"a","date":"2026-11-24","taken":4294967297,"waiting":0}]})",
          as_of + R"([{"activity_id":"a","date":"2026-11-24","taken":1}]})",
          as_of + R"({"x":{"activity_id":"a","date":"2026-11-24","taken":1,"waiting":0}}})",
          std::string(R"({"places":[]})"), std::string("not json")}) {
        INFO(garbage);
        error.clear();
        CHECK_FALSE(wire::parse_places(garbage, error));
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("a sign-up's outcome in the hub's answer is read strictly", "[sync]") {
    std::string error;
    const std::string accepted = R"({"id":"k","status":"accepted","received_at":"t")";
    auto outcome = wire::parse_sign_up_outcome(
        accepted + R"(,"sign_up":{"id":"s-1","status":"waiting_list","activity_id":"digicafe",)"
                   R"("date":"2026-11-24","taken":8,"waiting":1}})",
        error);
    REQUIRE(outcome);
    CHECK(outcome->id == "s-1");
    CHECK(outcome->status == "waiting_list");
    CHECK(outcome->count.taken == 8);
    CHECK(outcome->count.waiting == 1);

    // A hub from before shared places: no outcome, and no complaint either.
    error.clear();
    CHECK_FALSE(wire::parse_sign_up_outcome(accepted + "}", error));
    CHECK(error.empty());

    for (const char* garbage :
         {R"("sign_up":{"id":"s-1","status":"maybe","activity_id":"a","date":"2026-11-24",)"
          R"("taken":1,"waiting":0}})",
          R"("sign_up":{"id":"s-1","status":"confirmed","activity_id":"a","date":"2026-11-24",)"
          R"("taken":-3,"waiting":0}})",
          R"("sign_up":{"status":"confirmed","activity_id":"a","date":"2026-11-24",)"
          R"("taken":1,"waiting":0}})",
          R"("sign_up":{"id":"s-1","status":"confirmed","date":"2026-11-24",)"
          R"("taken":1,"waiting":0}})",
          R"("sign_up":"confirmed"})"}) {
        INFO(garbage);
        error.clear();
        CHECK_FALSE(wire::parse_sign_up_outcome(accepted + "," + garbage, error));
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("sync health reads as short Dutch lines for volunteers", "[sync]") {
    SyncStatus s;
    auto now = std::chrono::system_clock::now();
    auto fresh = sync_status_lines(s, now);
    CHECK(fresh.front() == "Nog geen verbinding met de centrale server gehad.");
    CHECK(fresh.back() == "Inhoud: de ingebouwde voorbeeldinhoud.");
    s.last_success = now - std::chrono::minutes(4);
    s.outbox_depth = 3;
    s.quarantined = 1;
    s.content_version = 12;
    s.last_error = "Geen verbinding met de centrale server.";
    auto lines = sync_status_lines(s, now);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "Laatste verbinding: 4 minuten geleden.");
    CHECK(lines[1] == "Nog te versturen: 3.");
    CHECK(lines[2] == "Apart gezet (meld dit aan de beheerder): 1.");
    CHECK(lines[3] == "Inhoud: versie 12.");
    CHECK(lines[4] == "Probleem: Geen verbinding met de centrale server.");
}
