// Background workers (speech, sync) hand results to the UI thread here; posting wakes the
// sleeping main loop with an SDL user event.
#pragma once
#include <cstdint>
#include <functional>

namespace bk {

void post_to_ui(std::function<void()> task); // any thread
void run_ui_tasks(); // UI thread, once per loop iteration; a task that throws is logged
std::uint32_t ui_wake_event_type(); // the SDL event type used to wake the loop

} // namespace bk
