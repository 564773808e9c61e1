#include "app.h"

#include "backlight.h"
#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/content/screen_hours.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "frame_pacing.h"
#include "kiosk_layout.h"
#include "screens/screens.h"
#include "screenshot.h"
#include "ui_queue.h"
#include "widgets/privacy_countdown.h"
#include "widgets/speech_bar.h"
#include "widgets/tap_targets.h"
#include "widgets/text_line.h"

#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <stdexcept>

namespace bk {

namespace {
// "2026-11-24T10:15" as local time.
std::optional<TimePoint> parse_local(const std::string& text) {
    std::tm tm{};
    if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                    &tm.tm_hour, &tm.tm_min) != 5)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1;
    std::time_t t = std::mktime(&tm);
    if (t == -1) return std::nullopt;
    return std::chrono::system_clock::from_time_t(t);
}

std::string default_content_dir() {
    for (const char* dir :
         {BUURTKIOSK_SOURCE_DIR "/content/demo", "/usr/share/buurtkiosk/content/demo"})
        if (std::filesystem::exists(std::filesystem::path(dir) / "manifest.json")) return dir;
    return BUURTKIOSK_SOURCE_DIR "/content/demo";
}

constexpr int kMaxFailedFrames = 60; // then exit so systemd restarts a clean process
} // namespace

App::App(Options options) : options_(std::move(options)) {
    if (options_.now) {
        if (auto t = parse_local(*options_.now)) {
            auto manual = std::make_unique<ManualClock>(*t);
            manual_clock_ = manual.get();
            clock_ = std::move(manual);
        } else {
            std::fprintf(stderr,
                         "buurtkiosk: ignoring bad --now '%s' (expected YYYY-MM-DDTHH:MM)\n",
                         options_.now->c_str());
        }
    }
    if (!clock_ && !options_.script.empty()) {
        // Scripts move time themselves ("advance 61"), so they always get a ManualClock.
        auto manual = std::make_unique<ManualClock>(std::chrono::system_clock::now());
        manual_clock_ = manual.get();
        clock_ = std::move(manual);
    }
    if (!clock_) clock_ = std::make_unique<SystemClock>();
    visitor_.language = options_.language;
    visitor_.agenda_week = options_.agenda_range == "week";
    if (!options_.category.empty()) visitor_.agenda_category = parse_category(options_.category);
    load_content();
}

App::~App() {
    if (imgui_ready_) {
        glyph_texture_.destroy();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    renderer_.reset();
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

void App::load_content() {
    std::string dir = options_.content_dir.empty() ? default_content_dir() : options_.content_dir;
    if (!show_bundle(dir) && content_problems_.empty())
        content_problems_.push_back("bundle could not be loaded");
}

bool App::show_bundle(const std::string& dir) {
    BundleLoadResult result = load_bundle(dir);
    if (result.ok()) {
        content_ = std::move(*result.content);
        use_ui_texts(std::make_shared<const UiTexts>(content_.catalogues));
        for (const std::string& problem : content_.catalogue_problems)
            std::fprintf(stderr, "buurtkiosk: content %s: %s\n", dir.c_str(), problem.c_str());
        bundle_activities_ = content_.activities.size();
        content_.activities.insert(content_.activities.end(), local_activities_.begin(),
                                   local_activities_.end());
        content_problems_.clear();
        occurrence_cache_.valid = false;
        frames_to_draw_ = std::max(frames_to_draw_, 2);
        return true;
    }
    for (const auto& problem : result.problems)
        std::fprintf(stderr, "buurtkiosk: content %s: %s\n", dir.c_str(),
                     problem.to_string().c_str());
    // Keep showing good content; with none yet, an empty agenda and a message for volunteers
    // beat a crash or a blank screen.
    if (content_.version == 0 && content_.activities.empty()) {
        content_ = Content{};
        content_problems_.clear();
        for (const auto& problem : result.problems)
            content_problems_.push_back(problem.to_string());
    }
    return false;
}

void App::set_local_activities(std::vector<Activity> activities) {
    local_activities_ = std::move(activities);
    content_.activities.resize(bundle_activities_);
    content_.activities.insert(content_.activities.end(), local_activities_.begin(),
                               local_activities_.end());
    occurrence_cache_.valid = false;
    frames_to_draw_ = std::max(frames_to_draw_, 2);
}

void App::offer_bundle(const std::string& dir) {
    pending_bundle_ = dir;
    frames_to_draw_ = std::max(frames_to_draw_, 1);
}

bool App::open() {
    if (options_.fullscreen) {
        // A kiosk: no key, terminal or window manager ends it, only the service manager's
        // SIGTERM (which SDL turns into SDL_QUIT). SDL leaves a signal alone that is not at its
        // default, so these are ignored before SDL starts.
        for (int sig : {SIGINT, SIGQUIT, SIGHUP, SIGTSTP})
            std::signal(sig, SIG_IGN);
        SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    }
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "buurtkiosk: cannot start SDL video: %s\n", SDL_GetError());
        return false;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (options_.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    window_ = SDL_CreateWindow("buurtkiosk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               options_.width, options_.height, flags);
    if (!window_) {
        std::fprintf(stderr, "buurtkiosk: cannot open a window: %s\n", SDL_GetError());
        return false;
    }
    renderer_ = std::make_unique<Renderer>();
    std::string error;
    // Screenshots and scripts run as fast as frames can be drawn; a visitor gets vsync.
    bool vsync = options_.vsync && options_.screenshot.empty() && options_.script.empty();
    if (!renderer_->open(window_, options_.renderer, vsync, error)) {
        std::fprintf(stderr, "buurtkiosk: %s\n", error.c_str());
        return false;
    }
    // A kiosk has no mouse pointer to show; SDL turns touch into mouse events.
    if (options_.fullscreen) SDL_ShowCursor(SDL_DISABLE);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing about visitors is written to disk
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    imgui_ready_ = true;
    int w = 0, h = 0;
    renderer_->output_size(w, h);
    theme_.keep_fonts_in(KioskLayout::from_option(options_.data_dir).font_cache());
    theme_.build(look(w, h));
    if (!renderer_->upload_fonts(error)) {
        std::fprintf(stderr, "buurtkiosk: %s\n", error.c_str());
        return false;
    }
    glyph_texture_.create(arabic_glyph_atlas(), *renderer_);

    // main() has checked the name against the screen table.
    const std::string& start = options_.start_screen;
    if (start == "detail") {
        visitor_.activity_id = options_.activity;
        visitor_.activity_date = to_local(clock_->now()).date;
        if (const Activity* a = content_.find_activity(options_.activity)) {
            // The next date it happens, so a screenshot shows a real occurrence.
            auto next = occurrences_between(content_, visitor_.activity_date,
                                            add_days(visitor_.activity_date, 13));
            for (const auto& o : next)
                if (o.activity->id == a->id) {
                    visitor_.activity_date = o.when.date;
                    break;
                }
        }
        nav_.go(Screen::ActivityDetail);
    } else if (start == "info" || start == "info-list") {
        visitor_.page_id = options_.page;
        nav_.go(options_.page.empty() ? Screen::InfoList : Screen::InfoPage);
    } else if (auto screen = screen_named(start)) {
        nav_.go(*screen);
    }
    return true;
}

const std::vector<Occurrence>& App::occurrences(Date first, Date last) {
    auto& c = occurrence_cache_;
    if (!c.valid || c.first != first || c.last != last) {
        c.list = occurrences_between(content_, first, last);
        c.first = first;
        c.last = last;
        c.valid = true;
    }
    return c.list;
}

void App::wake_within(int ms) {
    if (wake_within_ms_ < 0 || ms < wake_within_ms_) wake_within_ms_ = ms;
}

int App::wait_timeout_ms() const {
    // Wake for the clock's next minute; sooner if something asked.
    auto now = clock_->now();
    auto secs =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    int to_minute = int(60000 - secs % 60000) + 5;
    if (wake_within_ms_ >= 0 && wake_within_ms_ < to_minute) return wake_within_ms_;
    return to_minute;
}

Look App::look(int width, int height) const {
    return {width,
            height,
            options_.screen_mm.value_or(default_screen_size(width, height)),
            visitor_.high_contrast.value_or(options_.high_contrast),
            visitor_.text_size.value_or(options_.text_size),
            visitor_.language == "uk",
            visitor_.language == "ar"};
}

void App::draw_frame() {
    int w = 0, h = 0;
    renderer_->output_size(w, h);
    if (Look wanted = look(w, h); theme_.needs_rebuild(wanted)) {
        theme_.build(wanted);
        if (std::string error; !renderer_->upload_fonts(error)) throw std::runtime_error(error);
    }
    TapTargets::frame().begin_frame();
    glyph_texture_.start_frame();
    last_speakables_.swap(speakables_);
    speakables_.clear();
    // Once the renderer has the atlas, its CPU copies and the font files are dead weight.
    if (ImFontAtlas* atlas = ImGui::GetIO().Fonts;
        atlas->TexPixelsAlpha8 || atlas->TexPixelsRGBA32) {
        atlas->ClearTexData();
        atlas->ClearInputData();
    }
    ImGui_ImplSDL2_NewFrame();
    if (pointer_.seen) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(pointer_.x, pointer_.y);
        // A press and release within one wait still count as one tap.
        io.MouseDown[0] = pointer_.down || pointer_.pressed;
        pointer_.pressed = false;
    }
    ImGui::NewFrame();

    // The privacy reset: only where there is something to forget.
    const Settings& settings = content_.settings;
    bool applies = nav_.current() != Screen::Home || visitor_.forms.any_open() ||
                   visitor_.language != "nl" || visitor_.agenda_category || visitor_.agenda_week;
    if (visitor_listening && visitor_listening()) privacy_.touched(clock_->now());
    // Volunteer mode ends the same way, warned, after its own (longer) idle time: names and
    // codes must not stay on screen for whoever comes next.
    int idle_seconds = is_volunteer_screen(nav_.current()) ? settings.volunteer_idle_seconds
                                                           : settings.idle_seconds;
    PrivacyReset::Status privacy =
        privacy_.update(clock_->now(), applies, idle_seconds, settings.countdown_seconds);
    if (privacy.expired) reset_visitor();
    if (privacy.wake_ms >= 0) wake_within(privacy.wake_ms);

    ScreenContext ctx{content_, content_problems_, theme_, nav_, visitor_, to_local(clock_->now())};
    ctx.clock_now = clock_->now();
    ctx.occurrences = [this](Date first, Date last) -> const std::vector<Occurrence>& {
        return occurrences(first, last);
    };
    ctx.speakables = &speakables_;
    // Under the frame guard too: without its providers (store, speech) the screens still draw,
    // saying what they cannot do.
    if (provide_services) guarded("providing the screens", [&] { provide_services(ctx); });

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(float(w), float(h)));
    ImGui::Begin("kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    try {
        ImGui::BeginDisabled(privacy.counting); // a tap then only says "I am still here"
        draw_current_screen(ctx);
        ImGui::EndDisabled();
        failed_frames_ = 0;
    } catch (const std::exception& e) {
        // One bad frame must not take the kiosk down; many in a row mean a real fault.
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        failed("drawing the screen", e);
        nav_.home();
    }
    ImGui::End();
    // While the visitor hears a text read: the controls for it along the bottom, over the screen.
    if (ctx.speech_controls && !privacy.counting) {
        float bar_h = speech_bar_height(ctx, float(w));
        ImGui::SetNextWindowPos(ImVec2(0, float(h) - bar_h));
        ImGui::SetNextWindowSize(ImVec2(float(w), bar_h));
        ImGui::Begin("speech-bar", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        speech_bar(ctx);
        ImGui::End();
    }
    if (privacy.counting) {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(float(w), float(h)));
        ImGui::SetNextWindowFocus();
        ImGui::Begin("privacy", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
        privacy_countdown(ctx, privacy.seconds_left);
        ImGui::End();
        // Someone who cannot read the countdown hears it.
        if (!countdown_shown_ && ctx.speak) ctx.speak(kCountdownSpeakable);
    } else if (countdown_shown_ && ctx.speaking_request &&
               ctx.speaking_request() == kCountdownSpeakable && ctx.stop_speaking) {
        ctx.stop_speaking(); // "Ik ben er nog": the warning is over
    }
    countdown_shown_ = privacy.counting;
    ImGui::Render();
    glyph_texture_.upload();
    renderer_->draw(*ImGui::GetDrawData(), theme_.colors().background);
}

int App::save_requested_screenshot() const {
    std::string error;
    if (!screenshot(options_.screenshot, error)) {
        std::fprintf(stderr, "buurtkiosk: %s\n", error.c_str());
        return 1;
    }
    std::printf("screenshot: %s\n", options_.screenshot.c_str());
    return 0;
}

bool App::screenshot(const std::string& path, std::string& error) const {
    std::vector<unsigned char> rgb;
    int w = 0, h = 0;
    return renderer_->read_pixels(rgb, w, h, error) && save_screenshot(path, rgb, w, h, error);
}

void App::failed(const char* doing, const std::exception& e) {
    std::fprintf(stderr, "buurtkiosk: frame failed %s: %s\n", doing, e.what());
    if (++failed_frames_ > kMaxFailedFrames) quit(70);
}

void App::update_screen_hours() {
    // A device keeps hours; a development window and the demo do not (unless asked).
    if (!options_.screen_hours.value_or(options_.fullscreen)) return;
    // Woken by a touch, the screen stays on this long after the last one.
    constexpr auto kAwakeAfterTouch = std::chrono::minutes(3);
    const TimePoint now = clock_->now();
    const LocalDateTime local = to_local(now);
    const bool within =
        screen_on(content_.place, content_.settings.screen_margin_minutes, local.date, local.time);
    const bool dark = !within && now - last_press_ >= kAwakeAfterTouch;
    if (dark == dark_) return;
    dark_ = dark;
    if (dark_) {
        reset_visitor();
        renderer_->blank();
        renderer_->present();
        service_.ready(); // a kiosk that starts at night is ready with its black screen
        int switched = switch_backlight(false);
        std::fprintf(stderr,
                     "buurtkiosk: screen dark outside the screen hours (%d backlight%s off)\n",
                     switched, switched == 1 ? "" : "s");
        return;
    }
    switch_backlight(true);
    if (!within) nav_.go(Screen::Closed); // when it opens again, read aloud
    frames_to_draw_ = std::max(frames_to_draw_, 3);
    std::fprintf(stderr, "buurtkiosk: screen on (%s)\n",
                 within ? "the screen hours begin" : "touched outside the screen hours");
}

void App::reset_visitor() {
    nav_.home();
    visitor_ = VisitorState{}; // forms, language (Dutch), agenda choices
    if (on_visitor_reset) on_visitor_reset();
    frames_to_draw_ = std::max(frames_to_draw_, 2);
}

void App::note_input(const SDL_Event& event) {
    // A press, not the pointer passing by (X moves it into a new window): it keeps a screen
    // that was woken outside its hours awake.
    if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_FINGERDOWN ||
        event.type == SDL_KEYDOWN)
        last_press_ = clock_->now();
    switch (event.type) {
    case SDL_MOUSEMOTION:
        pointer_.seen = true;
        pointer_.x = float(event.motion.x);
        pointer_.y = float(event.motion.y);
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (event.button.button != SDL_BUTTON_LEFT) break;
        pointer_.seen = true;
        pointer_.x = float(event.button.x);
        pointer_.y = float(event.button.y);
        pointer_.down = event.type == SDL_MOUSEBUTTONDOWN;
        pointer_.pressed |= pointer_.down;
        break;
    default: break;
    }
    switch (event.type) {
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_KEYDOWN:
    case SDL_TEXTINPUT:
        privacy_.touched(clock_->now()); // someone is there: the privacy reset waits
        break;
    default: break;
    }
}

int App::run() {
    int frames_drawn = 0;
    while (!quit_code_) {
        bool busy = frames_to_draw_ > 0 || frame_hook_ || !options_.screenshot.empty();
        service_.alive(ServiceNotify::Clock::now());
        if (on_loop_pass) on_loop_pass();
        int wait_ms = wait_timeout_ms();
        if (auto longest = service_.longest_wait())
            wait_ms = std::min(wait_ms, static_cast<int>(longest->count()));
        SDL_Event event;
        bool got = busy ? SDL_PollEvent(&event) != 0 : SDL_WaitEventTimeout(&event, wait_ms) != 0;
        // A deadline someone asked for (the privacy countdown) gets its frame even when the
        // wait ended without an event.
        if (wake_within_ms_ >= 0) frames_to_draw_ = std::max(frames_to_draw_, 1);
        wake_within_ms_ = -1;
        while (got) {
            if (!dark_) {
                ImGui_ImplSDL2_ProcessEvent(&event);
                note_input(event);
            } else if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_FINGERDOWN) {
                // The touch that wakes a dark screen only wakes it: it must not press what
                // was drawn there before.
                privacy_.touched(clock_->now());
                last_press_ = clock_->now();
            }
            // SDL_QUIT: SIGTERM (a kiosk ignores the terminal's signals), or Ctrl+C on a
            // development window. Closing the window ends only a development window.
            if (event.type == SDL_QUIT) quit(0);
            if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
                !options_.fullscreen)
                quit(0);
            if ((event.type == SDL_AUDIODEVICEADDED || event.type == SDL_AUDIODEVICEREMOVED) &&
                !event.adevice.iscapture && on_audio_outputs_changed)
                on_audio_outputs_changed();
            // Dear ImGui needs a few frames after input for popups and layout to settle.
            frames_to_draw_ = 3;
            got = SDL_PollEvent(&event) != 0;
        }
        update_screen_hours();
        if (dark_) {
            if (!options_.screenshot.empty()) { // the black screen, as it is
                renderer_->blank();
                return save_requested_screenshot();
            }
            if (frame_hook_) frame_hook_(*this); // scripts may touch the dark screen
            continue;
        }
        run_ui_tasks();
        if (pending_bundle_ && nav_.current() == Screen::Home) {
            guarded("showing new content", [&] { show_bundle(*pending_bundle_); });
            pending_bundle_.reset();
        }
        int minute = to_local(clock_->now()).time.minutes;
        if (minute != last_minute_) {
            last_minute_ = minute;
            frames_to_draw_ = std::max(frames_to_draw_, 1);
        }
        if (frames_to_draw_ <= 0 && !frame_hook_ && options_.screenshot.empty()) continue;

        draw_frame();
        ++frames_drawn;
        if (frames_to_draw_ > 0) --frames_to_draw_;
        if (take_animation_request() || nav_.changed_since_last_frame())
            frames_to_draw_ = std::max(frames_to_draw_, 2);

        if (!options_.screenshot.empty() && frames_drawn >= 3) return save_requested_screenshot();
        if (frame_hook_) frame_hook_(*this);
        renderer_->present();
        service_.ready();
    }
    service_.stopping();
    return *quit_code_;
}

} // namespace bk
