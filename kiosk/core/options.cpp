#include "options.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace bk {

namespace {
const char* kUsage =
    "usage: buurtkiosk [--fullscreen] [--size WxH] [--content DIR] [--data DIR]\n"
    "                  [--config kiosk.json] [--speak-to-wav FILE.wav]\n"
    "                  [--screenshot FILE.png] [--script FILE] [--screen "
    "home|agenda|detail|info|language|cancel|callback|volunteer]\n"
    "                  [--activity ID] [--page ID] [--range today|week] [--category ID]\n"
    "                  [--lang nl|en|...] [--now YYYY-MM-DDTHH:MM] [--high-contrast]\n"
    "                  [--text-size normal|large|largest] [--screen-mm WIDTHxHEIGHT]\n"
    "                  [--headset NAME] [--list-audio]\n"
    "                  [--renderer auto|software|opengles2|opengl] [--screen-hours on|off]\n"
    "                  [--healthy-after SECONDS] [--check-config kiosk.json]\n"
    "                  [--set-volunteer-pin]   (reads a PIN of 4-8 digits from standard input)\n";
}

std::optional<Options> parse_options(int argc, char** argv, std::string& error) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                error = std::string("missing value after ") + name + "\n" + kUsage;
                return nullptr;
            }
            return argv[++i];
        };
        const char* v = nullptr;
        if (arg == "--fullscreen")
            o.fullscreen = true;
        else if (arg == "--screen-hours") {
            if (!(v = value("--screen-hours"))) return std::nullopt;
            if (std::strcmp(v, "on") != 0 && std::strcmp(v, "off") != 0) {
                error =
                    std::string("bad --screen-hours '") + v + "', expected on or off\n" + kUsage;
                return std::nullopt;
            }
            o.screen_hours = std::strcmp(v, "on") == 0;
        } else if (arg == "--high-contrast")
            o.high_contrast = true;
        else if (arg == "--list-audio")
            o.list_audio = true;
        else if (arg == "--headset") {
            if (!(v = value("--headset"))) return std::nullopt;
            o.headset = v;
        } else if (arg == "--speak-to-wav") {
            if (!(v = value("--speak-to-wav"))) return std::nullopt;
            o.speak_to_wav = v;
        } else if (arg == "--config") {
            if (!(v = value("--config"))) return std::nullopt;
            o.config = v;
        } else if (arg == "--check-config") {
            if (!(v = value("--check-config"))) return std::nullopt;
            o.check_config = v;
        } else if (arg == "--healthy-after") {
            if (!(v = value("--healthy-after"))) return std::nullopt;
            char* end = nullptr;
            long seconds = std::strtol(v, &end, 10);
            if (end == v || *end != '\0' || seconds < 0 || seconds > 86400) {
                error = std::string("bad --healthy-after '") + v +
                        "', expected seconds from 0 to 86400\n" + kUsage;
                return std::nullopt;
            }
            o.healthy_after_seconds = int(seconds);
        } else if (arg == "--set-volunteer-pin")
            o.set_volunteer_pin = true;
        else if (arg == "--large-text") // the older name of --text-size large
            o.text_size = TextSize::Large;
        else if (arg == "--text-size") {
            if (!(v = value("--text-size"))) return std::nullopt;
            auto size = parse_text_size(v);
            if (!size) {
                error = std::string("bad --text-size '") + v +
                        "', expected normal, large or largest\n" + kUsage;
                return std::nullopt;
            }
            o.text_size = *size;
        } else if (arg == "--screen-mm") {
            if (!(v = value("--screen-mm"))) return std::nullopt;
            o.screen_mm = parse_screen_mm(v);
            if (!o.screen_mm) {
                error = std::string("bad --screen-mm '") + v +
                        "', expected the panel's width and height in millimetres, e.g. 154x86\n" +
                        kUsage;
                return std::nullopt;
            }
        } else if (arg == "--renderer") {
            if (!(v = value("--renderer"))) return std::nullopt;
            auto setting = parse_renderer_setting(v);
            if (!setting) {
                error = std::string("bad --renderer '") + v +
                        "', expected auto, software, opengles2 or opengl\n" + kUsage;
                return std::nullopt;
            }
            o.renderer = *setting;
        } else if (arg == "--size") {
            if (!(v = value("--size"))) return std::nullopt;
            if (std::sscanf(v, "%dx%d", &o.width, &o.height) != 2 || o.width < 320 ||
                o.height < 240) {
                error = std::string("bad --size '") + v + "', expected e.g. 1920x1080\n" + kUsage;
                return std::nullopt;
            }
        } else if (arg == "--content") {
            if (!(v = value("--content"))) return std::nullopt;
            o.content_dir = v;
        } else if (arg == "--data") {
            if (!(v = value("--data"))) return std::nullopt;
            o.data_dir = v;
        } else if (arg == "--screenshot") {
            if (!(v = value("--screenshot"))) return std::nullopt;
            o.screenshot = v;
        } else if (arg == "--script") {
            if (!(v = value("--script"))) return std::nullopt;
            o.script = v;
        } else if (arg == "--screen") {
            if (!(v = value("--screen"))) return std::nullopt;
            o.start_screen = v;
        } else if (arg == "--activity") {
            if (!(v = value("--activity"))) return std::nullopt;
            o.activity = v;
        } else if (arg == "--page") {
            if (!(v = value("--page"))) return std::nullopt;
            o.page = v;
        } else if (arg == "--range") {
            if (!(v = value("--range"))) return std::nullopt;
            o.agenda_range = v;
        } else if (arg == "--category") {
            if (!(v = value("--category"))) return std::nullopt;
            o.category = v;
        } else if (arg == "--lang") {
            if (!(v = value("--lang"))) return std::nullopt;
            o.language = v;
        } else if (arg == "--now") {
            if (!(v = value("--now"))) return std::nullopt;
            o.now = v;
        } else if (arg == "--help" || arg == "-h") {
            error = kUsage;
            return std::nullopt;
        } else {
            error = "unknown option '" + arg + "'\n" + kUsage;
            return std::nullopt;
        }
    }
    return o;
}

} // namespace bk
