// A kiosk group's agenda feeds (docs/desk.md, "Agenda feeds"): iCalendar URLs of, say, a welfare
// organisation, fetched by the hub on a schedule and merged into every version the desk
// publishes for the group. A feed that fails keeps its last good copy, and its error is shown on
// the desk, so a broken agenda server never empties the kiosks' agenda.
//
//   <data>/feeds/<group>/feeds.json     the feeds, with what the last fetch found
//   <data>/feeds/<group>/<name>.ics     each feed's last good copy
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/clock.h"

#include <cstddef>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace bk {
class HttpClient;
}

namespace bk::hub {

struct AgendaFeed {
    std::string name; // a-z, 0-9, '-': the activities' "source" is "ics:<name>"
    std::string url;
    std::string etag, last_modified; // from the last good answer, sent back to ask "changed?"
    std::string checked_at;          // UTC of the last fetch, "" never
    std::string good_at;             // UTC of the last good copy, "" never
    std::string error;               // the last fetch's problem in Dutch, "" when it went well
    std::size_t activities = 0;      // in the last good copy
};

struct FeedLimits {
    std::chrono::seconds total{20};          // a hanging server costs one fetch this long
    std::size_t max_bytes = 4 * 1024 * 1024; // a calendar larger than this is refused
    bool allow_http = false;                 // plain http:// feeds (tests on 127.0.0.1)
};

class AgendaFeeds {
public:
    AgendaFeeds(const std::filesystem::path& data, std::string group);

    std::vector<AgendaFeed> list() const;
    // "" or, adding nothing, why not (in Dutch, for the form).
    std::string add(const std::string& name, const std::string& url, const FeedLimits& limits);
    bool remove(const std::string& name);

    // Fetches every feed, asking only for a changed copy (If-None-Match, If-Modified-Since). A
    // copy is good when libical reads it as the kiosk's importer does; then it replaces the last
    // good one. Anything else only sets the feed's error.
    void refresh(HttpClient& client, const FeedLimits& limits, TimePoint now);

    // Puts every feed's last good events, for `weeks` from `today`, into folder/activities.json
    // (a copy of the draft that is about to be previewed or published). "" or what went wrong.
    std::string merge_into(const std::filesystem::path& folder, Date today, int weeks = 13) const;

    // The groups that have feeds.
    static std::vector<std::string> groups(const std::filesystem::path& data);

private:
    // Every group's feeds are read and written under this lock (the schedule and the desk
    // alongside); never held while a feed is fetched.
    static std::mutex& mutex();
    std::vector<AgendaFeed> read_list() const;
    void save(const std::vector<AgendaFeed>& feeds) const;

    std::filesystem::path folder_;
};

} // namespace bk::hub
