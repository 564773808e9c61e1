// AgendaFeeds: the feeds' list and copies in files, fetched with the kiosk's own HttpClient
// (libcurl with its limits) and read with the importer's convert_calendar (libical).
#include "agenda_feeds.h"

#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/sync/http_client.h"
#include "hub_layout.h"
#include "ics_categories.h"
#include "ics_import.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

using Json = nlohmann::json;

Json to_json(const AgendaFeed& f) {
    return {{"name", f.name},
            {"url", f.url},
            {"etag", f.etag},
            {"last_modified", f.last_modified},
            {"checked_at", f.checked_at},
            {"good_at", f.good_at},
            {"error", f.error},
            {"activities", f.activities}};
}

AgendaFeed from_json(const Json& j) {
    AgendaFeed f;
    f.name = j.value("name", "");
    f.url = j.value("url", "");
    f.etag = j.value("etag", "");
    f.last_modified = j.value("last_modified", "");
    f.checked_at = j.value("checked_at", "");
    f.good_at = j.value("good_at", "");
    f.error = j.value("error", "");
    f.activities = j.value("activities", std::size_t{0});
    return f;
}

// Why an answer is not a calendar to keep, in Dutch for the desk; "" when it is one.
std::string problem_of(const HttpResponse& r, const FeedLimits& limits) {
    if (r.too_large)
        return "De agenda is groter dan " + std::to_string(limits.max_bytes / (1024 * 1024)) +
               " MB; de hub neemt hem niet over.";
    if (r.timed_out)
        return "De agendaserver gaf binnen " + std::to_string(limits.total.count()) +
               " seconden geen volledig antwoord.";
    if (!r.answered()) return "De agendaserver is niet bereikbaar (" + r.transport_error + ").";
    if (r.status >= 300 && r.status < 400)
        return "De agenda is verhuisd" +
               (r.header("location").empty()
                    ? std::string(".")
                    : " naar " + r.header("location") + ". Vul dat adres in.");
    if (r.status != 200)
        return "De agendaserver antwoordde met foutcode " + std::to_string(r.status) + ".";
    return "";
}

} // namespace

AgendaFeeds::AgendaFeeds(const fs::path& data, std::string group)
    : folder_(data / "feeds" / group) {}

std::mutex& AgendaFeeds::mutex() {
    static std::mutex m;
    return m;
}

std::vector<std::string> AgendaFeeds::groups(const fs::path& data) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(data / "feeds", ec))
        if (e.is_directory() && is_plain_name(e.path().filename().string()))
            out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<AgendaFeed> AgendaFeeds::list() const {
    std::lock_guard lock(mutex());
    return read_list();
}

std::vector<AgendaFeed> AgendaFeeds::read_list() const {
    std::vector<AgendaFeed> feeds;
    Json all = Json::parse(read_file(folder_ / "feeds.json").value_or("[]"), nullptr, false);
    if (!all.is_array()) return feeds;
    for (const Json& j : all)
        if (j.is_object()) feeds.push_back(from_json(j));
    return feeds;
}

void AgendaFeeds::save(const std::vector<AgendaFeed>& feeds) const {
    Json all = Json::array();
    for (const AgendaFeed& f : feeds)
        all.push_back(to_json(f));
    create_private_folder(folder_);
    write_file_durably(folder_ / "feeds.json", all.dump(2) + "\n", 0600);
}

std::string AgendaFeeds::add(const std::string& name, const std::string& url,
                             const FeedLimits& limits) {
    std::lock_guard lock(mutex());
    if (name.empty() || name.size() > 40 || !is_content_id(name))
        return "Geef de agenda een korte naam van kleine letters, cijfers en streepjes, zoals "
               "\"welzijn-noord\".";
    const bool https = url.rfind("https://", 0) == 0;
    const bool http = url.rfind("http://", 0) == 0;
    if (!https && !(http && limits.allow_http))
        return "Vul een adres in dat met https:// begint (de hub haalt agenda's alleen "
               "versleuteld op).";
    if (url.size() > 2000 || url.find_first_of(" \t\r\n") != std::string::npos)
        return "Dit is geen bruikbaar webadres.";
    std::vector<AgendaFeed> feeds = read_list();
    if (std::any_of(feeds.begin(), feeds.end(),
                    [&](const AgendaFeed& f) { return f.name == name; }))
        return "Er is al een agenda met de naam \"" + name + "\".";
    if (feeds.size() >= 20) return "Een kioskgroep heeft hoogstens 20 agenda's.";
    AgendaFeed feed;
    feed.name = name;
    feed.url = url;
    feeds.push_back(feed);
    save(feeds);
    return "";
}

bool AgendaFeeds::remove(const std::string& name) {
    std::lock_guard lock(mutex());
    std::vector<AgendaFeed> feeds = read_list();
    auto it = std::find_if(feeds.begin(), feeds.end(),
                           [&](const AgendaFeed& f) { return f.name == name; });
    if (it == feeds.end()) return false;
    feeds.erase(it);
    save(feeds);
    std::error_code ec;
    fs::remove(folder_ / (name + ".ics"), ec);
    return true;
}

void AgendaFeeds::refresh(HttpClient& client, const FeedLimits& limits, TimePoint now) {
    // Fetched without the lock (a hanging server takes limits.total), then written back under
    // it, onto the list as it is by then: a feed added or removed on the desk meanwhile stays so.
    std::vector<AgendaFeed> fetched;
    {
        std::lock_guard lock(mutex());
        fetched = read_list();
    }
    std::map<std::string, std::string> good_copies; // name -> calendar
    const IcsCategories categories;
    const Date today = today_in_amsterdam();
    for (AgendaFeed& feed : fetched) {
        HttpRequest request;
        request.url = feed.url;
        request.total_timeout = limits.total;
        request.max_body_bytes = limits.max_bytes;
        const bool have_copy = fs::exists(folder_ / (feed.name + ".ics"));
        if (have_copy && !feed.etag.empty())
            request.headers.emplace_back("If-None-Match", feed.etag);
        if (have_copy && !feed.last_modified.empty())
            request.headers.emplace_back("If-Modified-Since", feed.last_modified);
        const HttpResponse answer = client.perform(request);
        feed.checked_at = format_utc(now);
        if (answer.answered() && answer.status == 304 && have_copy) {
            feed.error.clear();
            continue;
        }
        feed.error = problem_of(answer, limits);
        if (!feed.error.empty()) continue;
        const IcsImport imported = convert_calendar(answer.body, feed.name, categories, today,
                                                    add_days(today, 13 * 7 - 1));
        if (!imported.error.empty()) {
            feed.error = "Dit is geen agenda die de hub kan lezen: " + imported.error;
            continue;
        }
        good_copies[feed.name] = answer.body;
        feed.etag = answer.header("etag");
        feed.last_modified = answer.header("last-modified");
        feed.good_at = feed.checked_at;
        feed.activities = imported.activities.size();
    }
    std::lock_guard lock(mutex());
    std::vector<AgendaFeed> feeds = read_list();
    for (AgendaFeed& feed : feeds) {
        auto it = std::find_if(fetched.begin(), fetched.end(), [&](const AgendaFeed& f) {
            return f.name == feed.name && f.url == feed.url;
        });
        if (it == fetched.end()) continue;
        if (auto copy = good_copies.find(feed.name); copy != good_copies.end())
            write_file_durably(folder_ / (feed.name + ".ics"), copy->second, 0600);
        feed = *it;
    }
    save(feeds);
}

std::string AgendaFeeds::merge_into(const fs::path& folder, Date today, int weeks) const {
    std::lock_guard lock(mutex());
    const std::vector<AgendaFeed> feeds = read_list();
    if (feeds.empty()) return "";
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(
        read_file(folder / "activities.json").value_or("{}"), nullptr, false);
    if (!doc.is_object() || !doc.contains("activities") || !doc["activities"].is_array())
        return "activities.json of the draft is not readable";
    const IcsCategories categories;
    for (const AgendaFeed& feed : feeds) {
        auto bytes = read_file(folder_ / (feed.name + ".ics"));
        if (!bytes) continue; // never fetched well: nothing to add yet
        IcsImport imported =
            convert_calendar(*bytes, feed.name, categories, today, add_days(today, weeks * 7 - 1));
        if (!imported.error.empty()) return feed.name + ": " + imported.error;
        if (std::string why = replace_source_activities(doc["activities"], feed.name,
                                                        std::move(imported.activities));
            !why.empty())
            return why;
    }
    write_file_durably(folder / "activities.json", doc.dump(2) + "\n", 0600);
    return "";
}

} // namespace bk::hub
