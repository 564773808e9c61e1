// keygen, provision, export-callbacks, export-attendance, kiosks, submissions,
// local-activities.
#include "admin_commands.h"

#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/signing.h"
#include "hub_layout.h"
#include "hub_store.h"

#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

std::string now_utc() {
    return format_utc(std::chrono::system_clock::now());
}

std::string csv_field(const std::string& v) {
    // Quote every field; a leading =,+,-,@ gets a quote so a spreadsheet does not run it.
    std::string s = v;
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) s = "'" + s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string text_of(const nlohmann::json& j, const char* key) {
    if (!j.contains(key)) return "";
    return j[key].is_string() ? j[key].get<std::string>() : j[key].dump();
}

} // namespace

int keygen(const fs::path& out) {
    create_private_folder(out);
    fs::path pub = out / "signing.pub", key = out / "signing.key";
    if (fs::exists(pub) || fs::exists(key)) {
        std::cerr << "keygen: " << out << " already holds a key pair; not overwriting it\n";
        return 1;
    }
    auto pair = generate_signing_keypair();
    {
        std::ofstream k(key, std::ios::binary);
        k << pair.secret_key << "\n";
        if (!k) {
            std::cerr << "keygen: cannot write " << key << "\n";
            return 1;
        }
    }
    ::chmod(key.c_str(), 0600);
    std::ofstream(pub, std::ios::binary) << pair.public_key << "\n";
    std::cout << "public key (pin this in every kiosk.json): " << pair.public_key << "\n"
              << "secret key: " << key.string() << " (keep it off the web server if you can)\n";
    return 0;
}

int provision(const fs::path& data, const std::string& kiosk, const std::string& group,
              const std::string& hub_url, const fs::path& public_key_file) {
    if (!is_plain_name(kiosk) || !is_plain_name(group)) {
        std::cerr << "provision: kiosk and group names use a-z, 0-9, '-' or '_' (at most 64)\n";
        return 2;
    }
    std::string public_key;
    if (!public_key_file.empty()) {
        std::ifstream in(public_key_file);
        std::getline(in, public_key);
        if (!is_public_key(public_key)) {
            std::cerr << "provision: " << public_key_file << " holds no public key from keygen\n";
            return 2;
        }
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    std::string token = hex;
    create_private_folder(data);
    HubStore store(HubLayout{data}.database());
    try {
        store.add_kiosk(kiosk, group, sha256_hex(token), now_utc());
    } catch (const std::exception& e) {
        std::cerr << "provision: " << e.what() << "\n";
        return 1;
    }
    nlohmann::ordered_json snippet{
        {"hub_url", hub_url.empty() ? "https://hub.example.nl" : hub_url},
        {"token", token},
        {"kiosk_group", group},
        {"public_key", public_key.empty() ? "<signing.pub>" : public_key},
        {"data_dir", "/var/lib/buurtkiosk"}};
    std::cout << "kiosk '" << kiosk << "' in group '" << group << "' provisioned.\n"
              << "token (shown once; the hub keeps only its hash): " << token << "\n"
              << "put this in /etc/buurtkiosk/kiosk.json on the kiosk:\n"
              << snippet.dump(2) << "\n";
    return 0;
}

int export_callbacks(const fs::path& data, const fs::path& csv) {
    HubStore store(HubLayout{data}.database());
    auto rows = store.records("callback_request");
    std::ostringstream out;
    out << "received_at,kiosk,created_at,first_name,phone,topic,part_of_day,id\r\n";
    for (const auto& r : rows) {
        // Stored payloads passed the same limits on the way in; check anyway, they came
        // from outside.
        std::string ignored;
        auto p = parse_bounded_json(r.payload, kProtocolJson, ignored)
                     .value_or(nlohmann::json::object());
        out << csv_field(r.received_at) << "," << csv_field(r.kiosk) << ","
            << csv_field(r.created_at) << "," << csv_field(text_of(p, "first_name")) << ","
            << csv_field(text_of(p, "phone")) << "," << csv_field(text_of(p, "topic_id")) << ","
            << csv_field(text_of(p, "part_of_day")) << "," << csv_field(r.submission_id) << "\r\n";
    }
    // The requests leave the hub only once the file is safely on disk: after a power cut there
    // is either the complete file or the requests are still here.
    try {
        write_file_durably(csv, out.str(), 0600);
    } catch (const std::exception& e) {
        std::cerr << "export-callbacks: " << e.what() << "; nothing was removed from the hub\n";
        return 1;
    }
    std::vector<std::int64_t> seqs;
    seqs.reserve(rows.size());
    for (const auto& r : rows)
        seqs.push_back(r.seq);
    store.purge_records(seqs);
    std::cout << "exported " << rows.size() << " callback requests to " << csv.string()
              << " and removed them from the hub\n";
    return 0;
}

int export_attendance(const fs::path& data, const fs::path& csv) {
    HubStore store(HubLayout{data}.database());
    std::ostringstream out;
    out << "date,activity_id,kiosk_group,signed_up,waiting,checked_in,no_shows,walk_ins,"
           "over_capacity\r\n";
    const auto rows = store.attendance();
    for (const AttendanceRow& r : rows)
        out << csv_field(r.date) << "," << csv_field(r.activity_id) << "," << csv_field(r.group)
            << "," << r.signed_up << "," << r.waiting << "," << r.checked_in << "," << r.no_shows
            << "," << r.walk_ins << "," << r.over_capacity << "\r\n";
    try {
        write_file_durably(csv, out.str(), 0644);
    } catch (const std::exception& e) {
        std::cerr << "export-attendance: " << e.what() << "\n";
        return 1;
    }
    std::cout << "exported " << rows.size() << " occurrences to " << csv.string() << "\n";
    return 0;
}

int list_kiosks(const fs::path& data) {
    HubStore store(HubLayout{data}.database());
    for (const auto& k : store.kiosks()) {
        std::cout << k.name << "\tgroup=" << k.group << "\tlast_heartbeat="
                  << (k.last_heartbeat_at.empty() ? "never" : k.last_heartbeat_at);
        std::string ignored;
        auto h =
            parse_bounded_json(k.last_heartbeat, kProtocolJson, ignored).value_or(nlohmann::json());
        if (h.is_object())
            std::cout << "\tcontent=" << h.value("content_version", 0)
                      << "\toutbox=" << h.value("outbox_depth", 0)
                      << "\tquarantined=" << h.value("quarantined", 0)
                      << "\tversion=" << h.value("kiosk_version", "")
                      << "\tlast_error=" << h.value("last_error", "");
        std::cout << "\n";
    }
    return 0;
}

int list_submissions(const fs::path& data) {
    HubStore store(HubLayout{data}.database());
    for (const auto& r : store.records())
        std::cout << r.kiosk << "\t" << r.submission_id << "\t" << r.kind << "\t" << r.created_at
                  << "\t" << r.received_at << "\n";
    return 0;
}

int list_local_activities(const fs::path& data) {
    HubStore store(HubLayout{data}.database());
    for (const KeptLocalActivity& kept : store.local_activities("", "")) {
        const LocalActivity& a = kept.activity;
        std::cout << format_date_iso(a.date) << "\t" << format_time(a.start) << "-"
                  << format_time(a.end) << "\t" << a.title << "\tkiosk=" << kept.kiosk
                  << "\tgroup=" << kept.group
                  << "\tcapacity=" << (a.capacity ? std::to_string(*a.capacity) : "none") << "\n";
    }
    return 0;
}

} // namespace bk::hub
