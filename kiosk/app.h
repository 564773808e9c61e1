// The kiosk app: one SDL window drawn by SDL_Renderer and Dear ImGui, a main loop that sleeps
// when nothing changes, and the visitor's session state.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/domain/content.h"
#include "glyph_texture.h"
#include "navigation.h"
#include "options.h"
#include "privacy_reset.h"
#include "renderer.h"
#include "screen_context.h"
#include "service_notify.h"
#include "theme.h"

#include <SDL.h>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bk {

class App {
public:
    explicit App(Options options);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Opens the window; false with a message on stderr when there is no display or renderer.
    bool open();
    // Runs until the window closes (or the screenshot is saved). Returns the exit code.
    int run();

    // For scripted tests and other drivers: called after every drawn frame; while a hook is
    // set the loop never sleeps longer than a frame.
    void set_frame_hook(std::function<void(App&)> hook) { frame_hook_ = std::move(hook); }
    void quit(int code) { quit_code_ = code; }
    bool screenshot(const std::string& path, std::string& error) const;

    Navigation& navigation() { return nav_; }
    VisitorState& visitor() { return visitor_; }
    const Content& content() const { return content_; }
    const Theme& theme() const { return theme_; }
    const Options& options() const { return options_; }
    Clock& clock() { return *clock_; }
    ManualClock* manual_clock() { return manual_clock_; } // set with --now or --script
    SDL_Window* window() { return window_; }
    bool dark() const { return dark_; } // outside the screen hours, untouched: nothing drawn

    // Ask the loop to wake up within `ms` (e.g. a countdown); cleared after each sleep.
    void wake_within(int ms);
    // Extra providers for the screen context (sign-ups, speech) are wired here by main.
    std::function<void(ScreenContext&)> provide_services;
    // Called when the privacy reset forgets the visitor (e.g. to stop speech, reset volume).
    std::function<void()> on_visitor_reset;
    // Called when SDL sees an audio output come or go (a headset plugged in or out).
    std::function<void()> on_audio_outputs_changed;
    // True while the visitor hears the kiosk read: listening counts as being there, so the
    // privacy countdown waits until idle_seconds after the speech ended.
    std::function<bool()> visitor_listening;
    // On every pass of the main loop, drawn or not (the health report for the update guard).
    std::function<void()> on_loop_pass;
    // What the last frame offered to read aloud (scripts check visible text with it).
    const std::vector<Speakable>& speakables() const { return speakables_; }
    // The previous frame's complete list, while the current frame is being drawn.
    const std::vector<Speakable>& last_speakables() const { return last_speakables_; }
    // Forgets the visitor now: home, forms wiped, Dutch, default choices.
    void reset_visitor();
    // New content from sync: shown once the visitor is back on the home screen, so nobody
    // loses a half-filled form or the activity they were reading.
    void offer_bundle(const std::string& dir);
    // Quick activities a volunteer made (LocalAgenda): shown after the bundle's, also after a
    // new bundle. Call between frames: the screens keep no pointer into the list across one.
    void set_local_activities(std::vector<Activity> activities);

private:
    void load_content();
    bool show_bundle(const std::string& dir);
    void draw_frame();
    Look look(int width, int height) const; // what the theme is built for this frame
    void note_input(const SDL_Event& event);
    int wait_timeout_ms() const;
    const std::vector<Occurrence>& occurrences(Date first, Date last);

    Options options_;
    std::unique_ptr<Clock> clock_;
    ManualClock* manual_clock_ = nullptr;
    Content content_;
    std::size_t bundle_activities_ = 0; // content_.activities holds these, then the local ones
    std::vector<Activity> local_activities_;
    std::vector<std::string> content_problems_;
    std::optional<std::string> pending_bundle_;
    Theme theme_;
    GlyphTexture glyph_texture_;
    Navigation nav_;
    VisitorState visitor_;
    std::vector<Speakable> speakables_;
    std::vector<Speakable> last_speakables_;

    SDL_Window* window_ = nullptr;
    std::unique_ptr<Renderer> renderer_; // goes before the window (see ~App)
    bool imgui_ready_ = false;
    std::function<void(App&)> frame_hook_;
    ServiceNotify service_; // systemd: ready after the first frame, then the watchdog's pets
    // Outside the screen hours and untouched for a while: black, backlight off, nothing drawn.
    void update_screen_hours();
    bool dark_ = false;
    int save_requested_screenshot() const; // --screenshot: saves it; the exit code
    TimePoint last_press_{};               // the last touch, click or key: long ago at start
    std::optional<int> quit_code_;
    int frames_to_draw_ = 3;
    int wake_within_ms_ = -1;
    int failed_frames_ = 0;
    // The frame guard: a step that throws is logged and counted; too many failed frames in a row
    // end the process (exit 70) so systemd starts a clean one.
    void failed(const char* doing, const std::exception& e);
    template <typename Step> void guarded(const char* doing, Step&& step) {
        try {
            step();
        } catch (const std::exception& e) {
            failed(doing, e);
        }
    }
    int last_minute_ = -1;
    PrivacyReset privacy_;
    bool countdown_shown_ = false;
    // The pointer as SDL's events tell it (touch arrives as mouse events, scripts push them):
    // Dear ImGui 1.86's SDL backend polls global mouse state, which pushed events never move.
    struct Pointer {
        bool seen = false, down = false, pressed = false;
        float x = 0, y = 0;
    } pointer_;

    struct OccurrenceCache {
        Date first{}, last{};
        bool valid = false;
        std::vector<Occurrence> list;
    } occurrence_cache_;
};

} // namespace bk
