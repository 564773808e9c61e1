// FeedSchedule: a loop that sleeps until the next round or until it is stopped.
#include "feed_schedule.h"

#include "buurtkiosk/sync/http_client.h"

#include <iostream>

namespace bk::hub {

FeedSchedule::FeedSchedule(std::filesystem::path data, FeedLimits limits,
                           std::chrono::minutes interval)
    : data_(std::move(data)), limits_(limits), interval_(interval), thread_([this] { run(); }) {}

FeedSchedule::~FeedSchedule() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void FeedSchedule::run() {
    HttpClient client(HttpTimeouts{std::chrono::milliseconds(10'000), 100, limits_.total});
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            if (wake_.wait_for(lock, interval_, [this] { return stopping_; })) return;
        }
        for (const std::string& group : AgendaFeeds::groups(data_)) {
            try {
                AgendaFeeds(data_, group)
                    .refresh(client, limits_, std::chrono::system_clock::now());
            } catch (const std::exception& e) {
                std::cerr << "hub: agenda feeds of group " << group << ": " << e.what() << "\n";
            }
        }
    }
}

} // namespace bk::hub
