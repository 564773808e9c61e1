#include "ui_queue.h"

#include <SDL.h>

#include <cstdio>
#include <exception>
#include <mutex>
#include <vector>

namespace bk {

namespace {
std::mutex mutex;
std::vector<std::function<void()>> tasks;
} // namespace

std::uint32_t ui_wake_event_type() {
    static const std::uint32_t type = SDL_RegisterEvents(1);
    return type;
}

void post_to_ui(std::function<void()> task) {
    {
        std::lock_guard lock(mutex);
        tasks.push_back(std::move(task));
    }
    SDL_Event event{};
    event.type = ui_wake_event_type();
    SDL_PushEvent(&event);
}

void run_ui_tasks() {
    std::vector<std::function<void()>> now;
    {
        std::lock_guard lock(mutex);
        now.swap(tasks);
    }
    for (auto& task : now) {
        // One failing task (a result that cannot be shown) must not drop the others, nor take
        // the kiosk down.
        try {
            task();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "buurtkiosk: a background result failed on the UI thread: %s\n",
                         e.what());
        }
    }
}

} // namespace bk
