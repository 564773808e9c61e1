// Results from the speech and sync threads reach the UI thread through one queue
// (kiosk/ui_queue.cpp). A result that throws there must be logged and must not stop the others
// or the kiosk: it runs outside the frame's own guard.
#include "ui_queue.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <thread>
#include <vector>

using namespace bk;

TEST_CASE("a task that throws on the UI thread is dropped and the next ones still run",
          "[ui_queue]") {
    std::vector<int> ran;
    // Tried: a task that throws between two that do not, posted from another thread.
    std::thread worker([&] {
        post_to_ui([&] { ran.push_back(1); });
        post_to_ui([] { throw std::runtime_error("content bundle vanished"); });
        post_to_ui([&] { ran.push_back(3); });
    });
    worker.join();
    REQUIRE_NOTHROW(run_ui_tasks());
    CHECK(ran == std::vector<int>{1, 3});
    run_ui_tasks(); // nothing left
    CHECK(ran.size() == 2);
}
