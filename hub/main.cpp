// buurtkiosk-hub: the reference central endpoint and content tool (docs/operations.md).
#include "admin_commands.h"
#include "desk_commands.h"
#include "ics_import.h"
#include "publish.h"
#include "server.h"

#include <sys/stat.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

const char* kUsage = R"(usage: buurtkiosk-hub [--data DIR] COMMAND ...
  keygen --out DIR                          make a signing key pair (signing.key, signing.pub)
  provision --kiosk NAME --group G [--hub-url URL] [--public-key FILE]
                                            register a kiosk; prints its token and kiosk.json
  publish --group G --key SECRETKEY CONTENT_DIR
                                            check, version, sign and publish a content folder
  import-ics FILE.ics CONTENT_DIR [--source NAME] [--categories FILE.json] [--weeks N]
            [--today YYYY-MM-DD]            a calendar's next N weeks (13) into
                                            CONTENT_DIR/activities.json, replacing what
                                            the same source gave last time
  export-callbacks --out FILE.csv           write callback requests to CSV, then purge them
  export-attendance --out FILE.csv          per activity and date: signed up, waiting,
                                            checked in, no-shows (people, no names)
  kiosks                                    list kiosks with their last heartbeat
  submissions                               list received submissions (no personal data)
  local-activities                          list the quick activities kiosks' volunteers made
  serve [--port P] [--bind ADDR] [--signing-key FILE] [--kiosk-program FILE]
        [--feed-interval-minutes N] [--feed-timeout-seconds S] [--allow-http-feeds]
                                            run the endpoint and the desk (SIGTERM stops it
                                            cleanly); the desk publishes with the key
                                            (default DATA/keys/signing.key) and draws its
                                            previews with the kiosk program; it fetches
                                            the agenda feeds every N minutes (60), each
                                            within S seconds (20), over https only unless
                                            http is allowed
  user add NAME --role editor|sociaal-team|admin [--group G]...
  user list | remove NAME | passwd NAME | unlock NAME
                                            the desk's accounts (`user --help` says more);
                                            passwords are read from standard input
--data defaults to $BUURTKIOSK_HUB_DATA or /var/lib/buurtkiosk-hub.
)";

struct Args {
    std::map<std::string, std::string> options; // "--port" -> "8080"
    std::vector<std::string> positional;
};

// Options that are on or off, given without a value.
bool is_flag(const std::string& option) {
    return option == "--allow-http-feeds";
}

// Every other option takes a value; returns false (with a message) on a dangling option.
bool parse(int argc, char** argv, int from, Args& args) {
    for (int i = from; i < argc; ++i) {
        std::string a = argv[i];
        if (is_flag(a)) {
            args.options[a] = "";
        } else if (a.rfind("--", 0) == 0) {
            if (i + 1 >= argc) {
                std::cerr << "buurtkiosk-hub: " << a << " needs a value\n";
                return false;
            }
            args.options[a] = argv[++i];
        } else {
            args.positional.push_back(a);
        }
    }
    return true;
}

std::string opt(const Args& a, const char* name, const std::string& fallback = "") {
    auto it = a.options.find(name);
    return it == a.options.end() ? fallback : it->second;
}

bool need(const Args& a, std::initializer_list<const char*> names, size_t positional) {
    for (auto n : names)
        if (!a.options.count(n)) {
            std::cerr << "buurtkiosk-hub: missing " << n << "\n" << kUsage;
            return false;
        }
    if (a.positional.size() != positional) {
        std::cerr << "buurtkiosk-hub: expected " << positional << " argument(s)\n" << kUsage;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    // Everything the hub creates is for its own user only (hub.db holds names and phone numbers,
    // the keys sign content), also when it is started without systemd's UMask=0077.
    ::umask(077);
    // --data may come before the command.
    std::string data = std::getenv("BUURTKIOSK_HUB_DATA") ? std::getenv("BUURTKIOSK_HUB_DATA")
                                                          : "/var/lib/buurtkiosk-hub";
    int i = 1;
    if (i + 1 < argc && std::string(argv[i]) == "--data") {
        data = argv[i + 1];
        i += 2;
    }
    if (i >= argc || std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
        std::cout << kUsage;
        return i >= argc ? 2 : 0;
    }
    std::string command = argv[i];
    // `user` parses its own options (--group comes more than once).
    if (command == "user") return bk::hub::user_command(data, {argv + i + 1, argv + argc});
    Args a;
    if (!parse(argc, argv, i + 1, a)) return 2;
    data = opt(a, "--data", data);
    try {
        using namespace bk::hub;
        if (command == "keygen") return need(a, {"--out"}, 0) ? keygen(opt(a, "--out")) : 2;
        if (command == "provision")
            return need(a, {"--kiosk", "--group"}, 0)
                       ? provision(data, opt(a, "--kiosk"), opt(a, "--group"), opt(a, "--hub-url"),
                                   opt(a, "--public-key"))
                       : 2;
        if (command == "publish") {
            if (!need(a, {"--group", "--key"}, 1)) return 2;
            return publish({data, opt(a, "--group"), opt(a, "--key"), a.positional[0]});
        }
        if (command == "import-ics") {
            if (!need(a, {}, 2)) return 2;
            IcsImportOptions o{a.positional[0], a.positional[1], opt(a, "--source")};
            if (a.options.count("--categories")) o.categories = opt(a, "--categories");
            if (a.options.count("--today")) {
                o.today = bk::parse_date(opt(a, "--today"));
                if (!o.today) {
                    std::cerr << "buurtkiosk-hub: --today needs a date YYYY-MM-DD\n";
                    return 2;
                }
            }
            if (a.options.count("--weeks")) {
                const std::string weeks = opt(a, "--weeks");
                if (weeks.empty() || weeks.size() > 3 ||
                    weeks.find_first_not_of("0123456789") != std::string::npos) {
                    std::cerr << "buurtkiosk-hub: --weeks needs a number of weeks (1 to 104)\n";
                    return 2;
                }
                o.weeks = std::stoi(weeks);
            }
            return import_ics(o);
        }
        if (command == "export-callbacks")
            return need(a, {"--out"}, 0) ? export_callbacks(data, opt(a, "--out")) : 2;
        if (command == "export-attendance")
            return need(a, {"--out"}, 0) ? export_attendance(data, opt(a, "--out")) : 2;
        if (command == "kiosks") return need(a, {}, 0) ? list_kiosks(data) : 2;
        if (command == "submissions") return need(a, {}, 0) ? list_submissions(data) : 2;
        if (command == "local-activities") return need(a, {}, 0) ? list_local_activities(data) : 2;
        if (command == "serve") {
            if (!need(a, {}, 0)) return 2;
            ServeOptions s;
            s.data = data;
            s.bind = opt(a, "--bind", "127.0.0.1");
            std::string port = opt(a, "--port", "8080");
            char* end = nullptr;
            long p = std::strtol(port.c_str(), &end, 10);
            if (*end || p < 0 || p > 65535) {
                std::cerr << "buurtkiosk-hub: --port " << port << " is not a port number\n";
                return 2;
            }
            s.port = static_cast<int>(p);
            s.signing_key = opt(a, "--signing-key",
                                (std::filesystem::path(data) / "keys" / "signing.key").string());
            if (a.options.count("--kiosk-program")) s.kiosk_program = opt(a, "--kiosk-program");
            s.feeds.allow_http = a.options.count("--allow-http-feeds") > 0;
            if (a.options.count("--feed-timeout-seconds")) {
                const long t = std::strtol(opt(a, "--feed-timeout-seconds").c_str(), nullptr, 10);
                if (t < 1 || t > 300) {
                    std::cerr << "buurtkiosk-hub: --feed-timeout-seconds needs 1 to 300\n";
                    return 2;
                }
                s.feeds.total = std::chrono::seconds(t);
            }
            if (a.options.count("--feed-interval-minutes")) {
                const std::string minutes = opt(a, "--feed-interval-minutes");
                char* rest = nullptr;
                const long m = std::strtol(minutes.c_str(), &rest, 10);
                if (*rest || m < 1 || m > 24 * 60) {
                    std::cerr << "buurtkiosk-hub: --feed-interval-minutes needs 1 to 1440\n";
                    return 2;
                }
                s.feed_interval = std::chrono::minutes(m);
            }
            return serve(s);
        }
        std::cerr << "buurtkiosk-hub: unknown command '" << command << "'\n" << kUsage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "buurtkiosk-hub " << command << ": " << e.what() << "\n";
        return 1;
    }
}
