#include "script/script_player.h"

#include "screens/screens.h"
#include "script/layout_check.h"

#include "app.h"
#include "read_aloud.h"
#include "widgets/keyboard.h"
#include "widgets/tap_targets.h"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

namespace bk {

namespace {
constexpr int kSettleFrames = 2; // the frame that acts on the events, then the one that shows it

// The key id on the on-screen keyboard for one typed character, and what it needs.
struct KeyFor {
    std::string id;
    bool shift = false;
    bool digits_page = false; // only on the "123" page
};

// On the Latin keyboard of Dutch and English.
std::optional<KeyFor> latin_key_for(const std::string& ch) {
    if (ch.size() == 1) {
        char c = ch[0];
        if (c >= 'a' && c <= 'z') return KeyFor{std::string("key-") + c};
        if (c >= 'A' && c <= 'Z') return KeyFor{std::string("key-") + char(c - 'A' + 'a'), true};
        if (c >= '0' && c <= '9') return KeyFor{std::string("key-") + c, false, true};
        if (c == '+') return KeyFor{"key-plus", false, true};
        if (c == '-') return KeyFor{"key-minus"};
        if (c == ' ') return KeyFor{"key-space"};
        if (c == '\'') return KeyFor{"key-apostrophe"};
        return std::nullopt;
    }
    static const std::pair<const char*, KeyFor> accents[] = {
        {"\xc3\xa9", {"key-e-acute"}},     {"\xc3\x89", {"key-e-acute", true}},
        {"\xc3\xab", {"key-e-diaeresis"}}, {"\xc3\x8b", {"key-e-diaeresis", true}},
        {"\xc3\xaf", {"key-i-diaeresis"}}, {"\xc3\x8f", {"key-i-diaeresis", true}},
        {"\xc3\xb6", {"key-o-diaeresis"}}, {"\xc3\x96", {"key-o-diaeresis", true}},
        {"\xc3\xbc", {"key-u-diaeresis"}}, {"\xc3\x9c", {"key-u-diaeresis", true}},
    };
    for (const auto& [text, key] : accents)
        if (ch == text) return key;
    return std::nullopt;
}

bool drawn(const std::string& id);

// The key of the visitor's own alphabet where its keyboard shows ("I" is the capital of
// Turkish "ı"), else the Latin one (a code typed in Latin letters), else the one to turn pages
// towards.
std::optional<KeyFor> key_for(const std::string& ch, const std::string& language) {
    std::optional<KeyFor> own;
    if (auto letter = key_of_letter(ch, language)) own = KeyFor{"key-" + letter->id, letter->shift};
    std::optional<KeyFor> latin = latin_key_for(ch);
    if (own && drawn(own->id)) return own;
    if (latin && drawn(latin->id)) return latin;
    return own ? own : latin;
}

bool drawn(const std::string& id) {
    for (const TapTarget& t : TapTargets::frame().drawn())
        if (t.id == id) return true;
    return false;
}

const TapTarget* find_drawn(const std::string& id_or_label) {
    const auto& all = TapTargets::frame().drawn();
    for (const auto& t : all)
        if (t.id == id_or_label) return &t;
    for (const auto& t : all)
        if (t.label == id_or_label) return &t;
    for (const auto& t : all)
        if (!t.label.empty() && t.label.rfind(id_or_label, 0) == 0) return &t;
    return nullptr;
}

bool text_visible(App& app, const std::string& text) {
    if (find_drawn(text)) return true;
    for (const Speakable& s : app.speakables())
        if (s.text.find(text) != std::string::npos) return true;
    return false;
}
} // namespace

std::string ScriptPlayer::visible_labels() const {
    std::string out;
    for (const TapTarget& t : TapTargets::frame().drawn()) {
        if (t.id.rfind("key-", 0) == 0) continue; // the keyboard would drown the rest
        out += "\n  " + t.id + (t.label.empty() ? "" : " \"" + t.label + "\"");
    }
    return out.empty() ? " (none)" : out;
}

void ScriptPlayer::fail(App& app, const std::string& what) {
    std::fprintf(stderr, "script:%d: %s\n", line_, what.c_str());
    std::fflush(stderr);
    done_ = true;
    actions_.clear();
    app.quit(kFailed);
}

void ScriptPlayer::push_mouse(App& app, unsigned type, float x, float y) {
    SDL_Event e{};
    e.type = type;
    Uint32 window = SDL_GetWindowID(app.window());
    if (type == SDL_MOUSEMOTION) {
        e.motion.windowID = window;
        e.motion.x = int(x);
        e.motion.y = int(y);
    } else {
        e.button.windowID = window;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = int(x);
        e.button.y = int(y);
    }
    SDL_PushEvent(&e);
}

// "alt+f4", "ctrl+alt+f2", "ctrl+c": the modifiers pressed, the key pressed and released, the
// modifiers released, as a keyboard would send them.
bool ScriptPlayer::push_keys(App& app, const std::string& combination) {
    std::vector<std::string> parts;
    for (std::size_t at = 0; at <= combination.size();) {
        std::size_t plus = combination.find('+', at);
        if (plus == std::string::npos) plus = combination.size();
        parts.push_back(combination.substr(at, plus - at));
        at = plus + 1;
    }
    static const std::pair<const char*, std::pair<SDL_Keycode, Uint16>> modifiers[] = {
        {"ctrl", {SDLK_LCTRL, KMOD_LCTRL}},
        {"alt", {SDLK_LALT, KMOD_LALT}},
        {"shift", {SDLK_LSHIFT, KMOD_LSHIFT}},
        {"super", {SDLK_LGUI, KMOD_LGUI}}};
    std::vector<SDL_Keycode> held;
    Uint16 mod = 0;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        auto found = std::find_if(std::begin(modifiers), std::end(modifiers),
                                  [&](const auto& m) { return parts[i] == m.first; });
        if (found == std::end(modifiers)) return false;
        held.push_back(found->second.first);
        mod = static_cast<Uint16>(mod | found->second.second);
    }
    SDL_Keycode key = SDL_GetKeyFromName(parts.back().c_str());
    if (key == SDLK_UNKNOWN) return false;
    Uint32 window = SDL_GetWindowID(app.window());
    auto push = [&](Uint32 type, SDL_Keycode code, Uint16 with) {
        SDL_Event e{};
        e.type = type;
        e.key.windowID = window;
        e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.key.keysym.sym = code;
        e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
        e.key.keysym.mod = with;
        SDL_PushEvent(&e);
    };
    for (SDL_Keycode m : held)
        push(SDL_KEYDOWN, m, mod);
    push(SDL_KEYDOWN, key, mod);
    push(SDL_KEYUP, key, mod);
    for (auto m = held.rbegin(); m != held.rend(); ++m)
        push(SDL_KEYUP, *m, 0);
    return true;
}

// Queues a tap (move + down, then up a frame later) on a target of the frame just drawn.
bool ScriptPlayer::tap(App& app, const std::string& target, int repeats) {
    const TapTarget* t = find_drawn(target);
    if (!t) {
        fail(app,
             "expected something to tap called '" + target + "', visible were:" + visible_labels());
        return false;
    }
    ImVec2 c = t->center();
    for (int i = 0; i < repeats; ++i) {
        actions_.push_back([this, c](App& a) {
            push_mouse(a, SDL_MOUSEMOTION, c.x, c.y);
            push_mouse(a, SDL_MOUSEBUTTONDOWN, c.x, c.y);
        });
        actions_.push_back([this, c](App& a) { push_mouse(a, SDL_MOUSEBUTTONUP, c.x, c.y); });
    }
    // One frame acts on the release; the next shows the result, which later actions read.
    actions_.push_back([](App&) {});
    return true;
}

void ScriptPlayer::queue_type_char(const std::string& ch, int page_turns) {
    actions_.push_back([this, ch, page_turns](App& a) { type_char(a, ch, page_turns); });
}

// Decided when it runs, from the keyboard drawn then: turn the page or shift first if needed,
// as a finger would. Three page turns without finding the key means the keyboard lacks it.
void ScriptPlayer::type_char(App& app, const std::string& ch, int page_turns) {
    auto key = key_for(ch, app.visitor().language);
    if (!key) {
        fail(app, "cannot type '" + ch + "': the on-screen keyboard has no key for it");
        return;
    }
    std::deque<Action> later;
    later.swap(actions_);
    bool ok = true;
    if (drawn(key->id)) {
        if (key->shift) ok = tap(app, "key-shift");
        ok = ok && tap(app, key->id);
    } else {
        const char* turn = key->digits_page ? "key-123" : drawn("key-abc") ? "key-abc" : "key-more";
        if (page_turns >= 3 || !drawn(turn)) {
            fail(app, "expected the on-screen keyboard to type '" + ch +
                          "', visible were:" + visible_labels());
            return;
        }
        ok = tap(app, turn);
        queue_type_char(ch, page_turns + 1); // again, on the page turned to
    }
    if (!ok) return;
    for (auto& a : later)
        actions_.push_back(std::move(a));
}

// A finger put down at `from`, moved `dy` pixels in eight steps, and lifted; a `careful` finger
// rests a moment before it lifts, so the list does not glide on.
void ScriptPlayer::drag(ImVec2 from, float dy, bool careful) {
    actions_.push_back([this, from](App& a) {
        push_mouse(a, SDL_MOUSEMOTION, from.x, from.y);
        push_mouse(a, SDL_MOUSEBUTTONDOWN, from.x, from.y);
    });
    constexpr int kMoves = 8;
    for (int i = 1; i <= kMoves; ++i)
        actions_.push_back([this, from, dy, i](App& a) {
            push_mouse(a, SDL_MOUSEMOTION, from.x, from.y + dy * float(i) / kMoves);
        });
    if (careful) sleep_frames(10);
    actions_.push_back(
        [this, from, dy](App& a) { push_mouse(a, SDL_MOUSEBUTTONUP, from.x, from.y + dy); });
}

void ScriptPlayer::sleep_frames(int frames) {
    for (int i = 0; i < frames; ++i)
        actions_.push_back([](App&) {});
}

// Scrolls as a finger does until `target` is wholly in sight: drags the list it is in, half
// of the list's height at a time towards it, at most thirty times.
void ScriptPlayer::scroll_to(App& app, const std::string& target, int drags) {
    std::deque<Action> later;
    later.swap(actions_);
    const TapTarget* t = find_drawn(target);
    if (!t)
        for (const TapTarget& h : TapTargets::frame().hidden())
            if (h.id == target || h.label == target) t = &h;
    if (!t) {
        fail(app, "expected to scroll to '" + target + "', visible were:" + visible_labels());
        return;
    }
    bool whole = t->min.y == t->full_min.y && t->max.y == t->full_max.y;
    if (!whole && drags < 30) {
        // The finger goes down in the middle of the area the target scrolls in and moves half
        // that area towards it.
        float top = t->area_min.y, bottom = t->area_max.y;
        float x = (t->area_min.x + t->area_max.x) / 2;
        if (bottom - top < 40) { // in a list inside a list, out of sight: the outer one scrolls
            ImVec2 screen = ImGui::GetIO().DisplaySize;
            top = screen.y / 3;
            bottom = screen.y;
            x = screen.x / 2;
            for (const TapTarget& d : TapTargets::frame().drawn())
                if (d.in_scroll_area && d.area_max.y - d.area_min.y > bottom - top) {
                    top = d.area_min.y;
                    bottom = d.area_max.y;
                    x = (d.area_min.x + d.area_max.x) / 2;
                }
        }
        float middle = (top + bottom) / 2;
        bool down = t->full_min.y > middle;
        float step = (bottom - top) / 2;
        drag(ImVec2(x, middle), down ? -step : step, true);
        sleep_frames(5);
        actions_.push_back([this, target, drags](App& a) { scroll_to(a, target, drags + 1); });
    }
    for (auto& a : later)
        actions_.push_back(std::move(a));
}

void ScriptPlayer::start_step(App& app, const ScriptStep& step) {
    line_ = step.line;
    const std::string& v = step.verb;
    if (v == "tap") {
        tap(app, step.arg);
    } else if (v == "tap-if-visible") {
        // One script for screens laid out per size: "Klaar" exists only on a typing step.
        if (find_drawn(step.arg)) tap(app, step.arg);
    } else if (v == "double-tap") {
        tap(app, step.arg, 2); // two taps on the same spot, one frame apart, as fast as a finger
    } else if (v == "drag") {
        const TapTarget* t = find_drawn(step.arg);
        if (!t) {
            fail(app, "expected something to drag called '" + step.arg +
                          "', visible were:" + visible_labels());
            return;
        }
        drag(t->center(), float(step.number), false);
    } else if (v == "scroll-to") {
        scroll_to(app, step.arg, 0);
    } else if (v == "hold") {
        // A finger that stays down: the press lasts real time, as Dear ImGui measures it.
        const TapTarget* t = find_drawn(step.arg);
        if (!t) {
            fail(app, "expected something to hold called '" + step.arg +
                          "', visible were:" + visible_labels());
            return;
        }
        ImVec2 c = t->center();
        auto held = std::chrono::milliseconds(long(step.number * 1000));
        actions_.push_back([this, c](App& a) {
            push_mouse(a, SDL_MOUSEMOTION, c.x, c.y);
            push_mouse(a, SDL_MOUSEBUTTONDOWN, c.x, c.y);
        });
        actions_.push_back(
            [this, held](App&) { sleeping_until_ = std::chrono::steady_clock::now() + held; });
        actions_.push_back([this, c](App& a) { push_mouse(a, SDL_MOUSEBUTTONUP, c.x, c.y); });
    } else if (v == "type") {
        const std::string& text = step.arg;
        for (std::size_t i = 0; i < text.size();) {
            std::size_t n = 1;
            unsigned char c = static_cast<unsigned char>(text[i]);
            if (c >= 0xC0) n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            queue_type_char(text.substr(i, n));
            i += n;
        }
    } else if (v == "advance") {
        if (!app.manual_clock()) return fail(app, "expected a ManualClock to advance");
        app.manual_clock()->advance(std::chrono::milliseconds(long(step.number * 1000)));
        app.wake_within(0);
    } else if (v == "wait") {
        wait_frames_ = int(step.number);
    } else if (v == "sleep") {
        // Real time passes while frames keep being drawn (speech plays on the real clock).
        sleeping_until_ =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(long(step.number * 1000));
    } else if (v == "wait-for") {
        waiting_for_ = step.arg;
        waiting_deadline_ =
            std::chrono::steady_clock::now() + std::chrono::seconds(kWaitForSeconds);
    } else if (v == "screenshot") {
        std::string error;
        if (!app.screenshot(step.arg, error)) return fail(app, "screenshot failed: " + error);
        std::printf("screenshot: %s\n", step.arg.c_str());
    } else if (v == "say") {
        // Flushed at once: a test that kills the kiosk from outside reads how far it came.
        std::printf("say: %s\n", step.arg.c_str());
        std::fflush(stdout);
    } else if (v == "print-labels") {
        // Every label drawn on a button or field, one per line: tests check which language
        // each is in.
        for (const TapTarget& t : TapTargets::frame().drawn())
            if (!t.label.empty()) std::printf("label: %s: %s\n", t.id.c_str(), t.label.c_str());
        std::fflush(stdout);
    } else if (v == "print-places") {
        // Where each target is, left and right edge in pixels: tests check the mirrored layout
        // of right-to-left languages.
        for (const TapTarget& t : TapTargets::frame().drawn())
            std::printf("place: %s: %.0f %.0f\n", t.id.c_str(), t.min.x, t.max.x);
        std::fflush(stdout);
    } else if (v == "print-spoken") {
        // What the screen's speaker would read now, one line per text: tests check what
        // bystanders would hear without a sound card.
        for (const Speakable& s : to_read(app.speakables(), step.arg))
            std::printf("spoken: %s: %s\n", s.id.c_str(), s.text.c_str());
        std::fflush(stdout);
    } else if (v == "expect-screen") {
        std::string now = screen_name(app.navigation().current());
        if (now != step.arg)
            fail(app, "expected screen '" + step.arg + "', but '" + now + "' was shown");
    } else if (v == "expect-visible") {
        if (!text_visible(app, step.arg))
            fail(app, "expected '" + step.arg + "' to be visible on '" +
                          screen_name(app.navigation().current()) +
                          "', visible were:" + visible_labels());
    } else if (v == "expect-not-visible") {
        if (text_visible(app, step.arg))
            fail(app, "expected '" + step.arg + "' not to be visible on '" +
                          screen_name(app.navigation().current()) + "', but it was");
    } else if (v == "check-layout") {
        // Printed, not failed: a test walks every screen and reports all problems at once.
        const Theme& t = app.theme();
        LayoutRules rules{t.px_per_mm(), float(t.width()), float(t.height())};
        std::string screen = screen_name(app.navigation().current());
        // An info page may offer nothing to tap; a list that scrolls to its buttons is not blank.
        rules.reading_only = screen == "info-page" || !TapTargets::frame().hidden().empty();
        auto problems = layout_problems(TapTargets::frame().drawn(),
                                        TapTargets::frame().drawn_problems(), rules);
        for (const std::string& p : problems)
            std::printf("layout: %s: %s\n", screen.c_str(), p.c_str());
        std::printf("layout checked: %s, %zu problem(s), capitals %.1f mm\n", screen.c_str(),
                    problems.size(), t.body_capital_mm());
        std::fflush(stdout);
    } else if (v == "kill") {
        std::fflush(stdout);
        std::fflush(stderr);
        std::raise(SIGKILL); // the crash test: no destructors, no clean shutdown
    } else if (v == "key") {
        if (!push_keys(app, step.arg)) fail(app, "'" + step.arg + "' is not a key combination");
    } else if (v == "touch-screen") {
        // A finger anywhere, in the middle: what wakes a dark screen.
        int w = 0, h = 0;
        SDL_GetWindowSize(app.window(), &w, &h);
        push_mouse(app, SDL_MOUSEBUTTONDOWN, float(w) / 2, float(h) / 2);
        push_mouse(app, SDL_MOUSEBUTTONUP, float(w) / 2, float(h) / 2);
    } else if (v == "expect-dark" || v == "expect-lit") {
        if (app.dark() != (v == "expect-dark"))
            fail(app, std::string("expected the screen ") + (v == "expect-dark" ? "dark" : "lit") +
                          ", but it was " + (app.dark() ? "dark" : "lit"));
    } else if (v == "close-window") {
        // What a window manager sends for Alt+F4 or the title bar's close button.
        SDL_Event e{};
        e.type = SDL_WINDOWEVENT;
        e.window.event = SDL_WINDOWEVENT_CLOSE;
        e.window.windowID = SDL_GetWindowID(app.window());
        SDL_PushEvent(&e);
    } else if (v == "signal") {
        // As a terminal sends them (Ctrl+C: INT, Ctrl+Backslash: QUIT, Ctrl+Z: TSTP, hang-up: HUP).
        static const std::pair<const char*, int> signals[] = {{"INT", SIGINT},
                                                              {"QUIT", SIGQUIT},
                                                              {"TSTP", SIGTSTP},
                                                              {"HUP", SIGHUP},
                                                              {"TERM", SIGTERM}};
        auto found = std::find_if(std::begin(signals), std::end(signals),
                                  [&](const auto& s) { return step.arg == s.first; });
        if (found == std::end(signals))
            fail(app, "'" + step.arg + "' is not one of INT, QUIT, TSTP, HUP, TERM");
        else
            std::raise(found->second);
    } else if (v == "hang") {
        // A frame that hangs (the watchdog test): the main thread does nothing for this long.
        std::this_thread::sleep_for(std::chrono::milliseconds(long(step.number * 1000)));
    } else if (v == "quit") {
        done_ = true;
        app.quit(0);
    }
}

void ScriptPlayer::on_frame(App& app) {
    if (done_) return;
    if (sleeping_until_ && std::chrono::steady_clock::now() < *sleeping_until_) {
        app.wake_within(10);
        return;
    }
    sleeping_until_.reset();
    if (!waiting_for_.empty()) {
        if (text_visible(app, waiting_for_)) {
            waiting_for_.clear();
        } else if (std::chrono::steady_clock::now() > waiting_deadline_) {
            std::string label = waiting_for_;
            waiting_for_.clear();
            fail(app, "waited " + std::to_string(kWaitForSeconds) + " s for '" + label +
                          "', visible were:" + visible_labels());
        } else {
            app.wake_within(20);
        }
        return;
    }
    if (wait_frames_ > 0) {
        --wait_frames_;
        return;
    }
    if (!actions_.empty()) {
        Action a = std::move(actions_.front());
        actions_.pop_front();
        a(app);
        if (actions_.empty() && !done_) wait_frames_ = kSettleFrames;
        return;
    }
    if (next_ >= script_.steps.size()) {
        done_ = true;
        app.quit(0);
        return;
    }
    const ScriptStep& step = script_.steps[next_++];
    start_step(app, step);
    if (actions_.empty() && !done_ && wait_frames_ == 0) wait_frames_ = kSettleFrames;
}

} // namespace bk
