// Plays a UI test script against the running app, as its frame hook: taps and drags become
// real SDL mouse events at the target's centre (from the frame just drawn), typing taps the
// on-screen keyboard key by key, and "advance" moves the app's ManualClock. Each step waits
// until the frame after its events was drawn. A failed step prints "script:<line>: ..." and
// ends the app with exit code 3.
#pragma once
#include "script/script.h"

#include <chrono>
#include <deque>
#include <functional>
#include <imgui.h>
#include <optional>
#include <string>

namespace bk {

class App;

class ScriptPlayer {
public:
    explicit ScriptPlayer(ParsedScript script) : script_(std::move(script)) {}
    void on_frame(App& app); // the App's frame hook

    static constexpr int kFailed = 3;

private:
    using Action = std::function<void(App&)>;
    void start_step(App& app, const ScriptStep& step);
    void fail(App& app, const std::string& what);
    bool tap(App& app, const std::string& target, int repeats = 1);
    void queue_type_char(const std::string& ch, int page_turns = 0);
    void type_char(App& app, const std::string& ch, int page_turns);
    void push_mouse(App& app, unsigned type, float x, float y);
    bool push_keys(App& app, const std::string& combination);
    void drag(ImVec2 from, float dy, bool careful);
    void sleep_frames(int frames);
    void scroll_to(App& app, const std::string& target, int drags);
    std::string visible_labels() const;

    ParsedScript script_;
    std::size_t next_ = 0;
    int line_ = 0;
    int wait_frames_ = 2; // let the first frames settle
    // `wait-for <label>`: something a background worker brings (e.g. synced content), waited
    // for in real time, at most kWaitForSeconds.
    std::string waiting_for_;
    std::chrono::steady_clock::time_point waiting_deadline_;
    static constexpr int kWaitForSeconds = 30;
    std::optional<std::chrono::steady_clock::time_point> sleeping_until_; // `sleep <seconds>`
    std::deque<Action> actions_; // one per frame, then `settle` frames
    bool done_ = false;
};

} // namespace bk
