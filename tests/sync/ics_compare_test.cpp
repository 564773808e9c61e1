// The collected calendars (tests/data/ics/, real exports and libraries' test files) imported by
// `buurtkiosk-hub import-ics` on a hub set to UTC, then expanded by the kiosk's own code, against
// an independent reader (python3-icalendar with python3-recurring-ical-events,
// tests/ics/reference_occurrences.py): for each file, the same occurrences in an 8-week window,
// with the same local start and end, title, all-day flag and cancellation.
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/content/occurrences.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;
using nlohmann::json;

namespace {

const fs::path kCalendars = fs::path(BUURTKIOSK_SOURCE_DIR) / "tests" / "data" / "ics";
const fs::path kReference =
    fs::path(BUURTKIOSK_SOURCE_DIR) / "tests" / "ics" / "reference_occurrences.py";
constexpr int kWindowDays = 56;

// "2026-12-07 13:00 - 2026-12-07 15:00 Spreekuur [cancelled]": the same words on both sides.
std::string line(const std::string& date, const std::string& start, const std::string& end_date,
                 const std::string& end, const std::string& title, bool all_day, bool cancelled) {
    return date + " " + (all_day ? "all-day" : start) + " - " + end_date + " " +
           (all_day ? "" : end) + " " + title + (cancelled ? " [cancelled]" : "");
}

std::vector<std::string> kiosk_lines(const fs::path& content, Date first) {
    std::vector<BundleProblem> problems;
    FieldReader reader("activities.json", problems);
    Content loaded;
    read_activities_file(json::parse(read_text(content / "activities.json")), reader, Manifest{},
                         content, loaded.activities);
    for (const auto& p : problems)
        FAIL_CHECK("the kiosk refuses the import: " << p.to_string());
    std::vector<std::string> lines;
    for (const Occurrence& o :
         occurrences_between(loaded, first, add_days(first, kWindowDays - 1))) {
        if (o.when.date < first) continue; // started before the window: not the reader's
        const DatedTime& w = o.when;
        lines.push_back(line(format_date_iso(w.date), format_time(w.start),
                             format_date_iso(w.end_date), w.end ? format_time(*w.end) : "",
                             o.activity->title.in("nl"), w.all_day, w.cancelled));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> reference_lines(const fs::path& ics, Date first) {
    auto r = run_command({"/usr/bin/python3", kReference.string(), ics.string(),
                          format_date_iso(first), std::to_string(kWindowDays)});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    for (std::string text; std::getline(in, text);) {
        if (text.empty()) continue;
        json o = json::parse(text);
        auto or_empty = [&](const char* key) {
            return o[key].is_string() ? o[key].get<std::string>() : std::string();
        };
        lines.push_back(line(o["date"], or_empty("start"), o["end_date"], or_empty("end"),
                             o["title"], o["all_day"], o["cancelled"]));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& l : lines)
        text += "  " + l + "\n";
    return text;
}

} // namespace

TEST_CASE("every collected calendar imports to the occurrences an independent reader finds",
          "[sync][ics]") {
    json calendars = json::parse(read_text(kCalendars / "calendars.json"));
    REQUIRE(calendars.size() >= 25);
    // The hub's own TZ must not matter (the reader converts to Europe/Amsterdam itself).
    setenv("TZ", "UTC", 1);
    for (const auto& entry : calendars) {
        const std::string file = entry["file"];
        const std::string window = entry["window_start"];
        DYNAMIC_SECTION(file) {
            Date first = *parse_date(window);
            TempDir tmp;
            auto r = run_hub({"import-ics", (kCalendars / file).string(),
                              (tmp / "content").string(), "--today", window, "--weeks",
                              std::to_string(kWindowDays / 7), "--source", "test"});
            INFO(file << " (" << entry.value("covers", "") << ")\n" << r.out << r.err);
            REQUIRE(r.exit_code == 0);
            auto kiosk = kiosk_lines(tmp / "content", first);
            auto reference = reference_lines(kCalendars / file, first);
            INFO("kiosk:\n" << joined(kiosk) << "reference:\n" << joined(reference));
            CHECK(kiosk == reference);
            CHECK_FALSE(reference.empty());
        }
    }
    unsetenv("TZ");
}

TEST_CASE("a calendar imported again without one event shows what the reader finds in the new "
          "file",
          "[sync][ics]") {
    // The collected pair: the same calendar before and after "Repair Café" was deleted from it.
    TempDir tmp;
    const Date first = *parse_date("2026-03-30");
    for (const char* file : {"synthetic-removed-before.ics", "synthetic-removed-after.ics"}) {
        fs::copy_file(kCalendars / file, tmp / "agenda.ics", fs::copy_options::overwrite_existing);
        auto r = run_hub({"import-ics", (tmp / "agenda.ics").string(), (tmp / "content").string(),
                          "--today", "2026-03-30", "--weeks", "8"});
        INFO(file << "\n" << r.out << r.err);
        REQUIRE(r.exit_code == 0);
        auto kiosk = kiosk_lines(tmp / "content", first);
        CHECK(kiosk == reference_lines(kCalendars / file, first));
        bool repair = std::any_of(kiosk.begin(), kiosk.end(), [](const std::string& l) {
            return l.find("Repair Caf") != std::string::npos;
        });
        CHECK(repair == (std::string(file) == "synthetic-removed-before.ics"));
    }
}
