// Import speed: `buurtkiosk-hub import-ics` on generated calendars of 500 to 50,000 events,
// beside the independent Python reader the tests compare with (python3-icalendar with
// python3-recurring-ical-events), on the same file and the same 13 weeks. Prints wall time and
// peak memory per run; nothing passes or fails on time.
//
// Usage: bench_ics_import [--hub PATH] [--events N ...] [--no-python]
#include <sys/resource.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <string>
#include <vector>

extern char** environ;
namespace fs = std::filesystem;

namespace {

const fs::path kBuild = fs::read_symlink("/proc/self/exe").parent_path().parent_path();
fs::path hub_binary = kBuild / "hub" / "buurtkiosk-hub";
const fs::path kReference =
    fs::path(BUURTKIOSK_SOURCE_DIR) / "tests" / "ics" / "reference_occurrences.py";

// Real agendas: mostly one-off events, some weekly series with a removed and a cancelled date,
// some all-day ones; spread over the 13 weeks from 4 January 2027, in two time zones.
void write_calendar(const fs::path& file, int events) {
    std::ofstream out(file, std::ios::binary);
    out << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//buurtkiosk//bench//NL\r\n";
    for (int i = 0; i < events; ++i) {
        int day = 4 + i % 87; // 4 January to 31 March
        int month = day <= 31 ? 1 : day <= 59 ? 2 : 3;
        int mday = day <= 31 ? day : day <= 59 ? day - 31 : day - 59;
        int hour = 9 + i % 10;
        char date[16];
        std::snprintf(date, sizeof date, "2027%02d%02d", month, mday);
        char start[32], end[32];
        std::snprintf(start, sizeof start, "%sT%02d0000", date, hour);
        std::snprintf(end, sizeof end, "%sT%02d3000", date, hour + 1);
        out << "BEGIN:VEVENT\r\nUID:bench-" << i << "@example.org\r\n";
        out << "SUMMARY:Activiteit " << i << "\r\nLOCATION:Zaal " << i % 7 << "\r\n";
        out << "DESCRIPTION:Een middag samen\\, met koffie en thee. Iedereen is welkom.\r\n";
        if (i % 20 == 0) { // a weekly series with one removed and one cancelled date
            out << "DTSTART;TZID=Europe/Amsterdam:" << start << "\r\n";
            out << "DTEND;TZID=Europe/Amsterdam:" << end << "\r\n";
            out << "RRULE:FREQ=WEEKLY;COUNT=12\r\n";
            out << "EXDATE;TZID=Europe/Amsterdam:" << start << "\r\nEND:VEVENT\r\n";
            out << "BEGIN:VEVENT\r\nUID:bench-" << i << "@example.org\r\n";
            out << "SUMMARY:Activiteit " << i << "\r\nSTATUS:CANCELLED\r\n";
            out << "RECURRENCE-ID;TZID=Europe/Amsterdam:" << start << "\r\n";
            out << "DTSTART;TZID=Europe/Amsterdam:" << start << "\r\n";
        } else if (i % 20 == 1) { // all day
            out << "DTSTART;VALUE=DATE:" << date << "\r\n";
        } else if (i % 2 == 0) {
            out << "DTSTART;TZID=Europe/Amsterdam:" << start << "\r\n";
            out << "DTEND;TZID=Europe/Amsterdam:" << end << "\r\n";
        } else {
            out << "DTSTART:" << start << "Z\r\nDTEND:" << end << "Z\r\n";
        }
        out << "END:VEVENT\r\n";
    }
    out << "END:VCALENDAR\r\n";
}

struct Run {
    bool ok = false;
    double seconds = 0;
    double peak_mib = 0;
};

// The command to completion, its output thrown away; wall time and the child's peak RSS.
Run run(std::vector<std::string> args) {
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    auto begin = std::chrono::steady_clock::now();
    pid_t pid = -1;
    Run result;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        result.peak_mib = usage.ru_maxrss / 1024.0;
    }
    posix_spawn_file_actions_destroy(&actions);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    return result;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes;
    bool python = true;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--hub" && i + 1 < argc)
            hub_binary = argv[++i];
        else if (a == "--events" && i + 1 < argc)
            sizes.push_back(std::atoi(argv[++i]));
        else if (a == "--no-python")
            python = false;
    }
    if (sizes.empty()) sizes = {500, 5000, 50000};
    const fs::path folder = fs::temp_directory_path() / ("bench-ics-" + std::to_string(getpid()));
    fs::create_directories(folder);
    std::printf("import of a generated calendar, 13 weeks from 2027-01-04 (%s)\n",
                hub_binary.c_str());
    std::printf("%8s %9s | %12s %10s | %12s %10s\n", "events", "file KiB", "hub s", "hub MiB",
                "python s", "python MiB");
    for (int events : sizes) {
        fs::path ics = folder / ("agenda-" + std::to_string(events) + ".ics");
        write_calendar(ics, events);
        fs::path content = folder / ("content-" + std::to_string(events));
        fs::remove_all(content);
        Run hub = run({hub_binary.string(), "import-ics", ics.string(), content.string(), "--today",
                       "2027-01-04", "--weeks", "13"});
        Run reference;
        if (python)
            reference =
                run({"/usr/bin/python3", kReference.string(), ics.string(), "2027-01-04", "91"});
        auto figure = [](const Run& r, bool wanted) {
            char text[32];
            if (!wanted)
                std::snprintf(text, sizeof text, "-");
            else if (!r.ok)
                std::snprintf(text, sizeof text, "failed");
            else
                std::snprintf(text, sizeof text, "%.2f", r.seconds);
            return std::string(text);
        };
        std::printf("%8d %9.0f | %12s %10.1f | %12s %10.1f\n", events, fs::file_size(ics) / 1024.0,
                    figure(hub, true).c_str(), hub.peak_mib, figure(reference, python).c_str(),
                    reference.peak_mib);
        std::fflush(stdout);
    }
    fs::remove_all(folder);
    return 0;
}
