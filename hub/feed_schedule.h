// The hub's own clock for agenda feeds: every `interval` it fetches the feeds of every group
// (AgendaFeeds::refresh), on a thread of its own, until it is stopped.
#pragma once
#include "agenda_feeds.h"

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

namespace bk::hub {

class FeedSchedule {
public:
    FeedSchedule(std::filesystem::path data, FeedLimits limits, std::chrono::minutes interval);
    ~FeedSchedule(); // stops and waits for a fetch under way (at most limits.total per feed)
    FeedSchedule(const FeedSchedule&) = delete;
    FeedSchedule& operator=(const FeedSchedule&) = delete;

private:
    void run();

    std::filesystem::path data_;
    FeedLimits limits_;
    std::chrono::minutes interval_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace bk::hub
