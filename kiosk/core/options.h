// The kiosk's command line.
#pragma once
#include "renderer_choice.h"
#include "screen_size.h"
#include "text_size.h"

#include <optional>
#include <string>

namespace bk {

struct Options {
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
    std::string content_dir;  // bundle folder; default: the demo bundle
    std::string data_dir;     // SQLite store and synced content; default ~/.local/share
    std::string config;       // kiosk.json from `buurtkiosk-hub provision`; none: offline
    std::string screenshot;   // render, save this PNG, exit
    std::string script;       // scripted input (UI tests)
    std::string speak_to_wav; // read the start screen aloud into this WAV file, exit
    std::string start_screen = "home";
    std::string activity;               // for --screen detail
    std::string page;                   // for --screen info
    std::string agenda_range = "today"; // today | week
    std::string category;               // agenda filter
    std::string language = "nl";
    std::optional<std::string> now; // fixed local time "2026-11-24T10:15" (tests, screenshots)
    bool high_contrast = false;
    TextSize text_size = TextSize::Normal; // the installation's default; visitors may change it
    std::optional<ScreenSize> screen_mm;   // the panel's size; unset: guessed from --size
    bool set_volunteer_pin = false;        // read a PIN from stdin, store its hash, exit
    // Part of the name of the visitor's headset as an audio output (USB or Bluetooth), e.g.
    // "USB Audio"; empty: the installation has none. --list-audio prints the names.
    std::string headset;
    bool list_audio = false;                          // print the audio outputs SDL sees, exit
    RendererSetting renderer = RendererSetting::Auto; // which SDL render driver draws
    bool vsync = true; // wait for the display (not for screenshots, scripts and benchmarks)
    // Dark outside the opening hours (content settings); unset: on with --fullscreen (a device),
    // off in a window (development, the demo).
    std::optional<bool> screen_hours;
    // Up this long (and synced cleanly, with a hub) before <data>/healthy names this version.
    int healthy_after_seconds = 120;
    std::string check_config; // read this kiosk.json as the kiosk would, say what is wrong, exit
};

// Parses argv; on a bad option returns nullopt and fills `error` with a usage message.
std::optional<Options> parse_options(int argc, char** argv, std::string& error);

} // namespace bk
