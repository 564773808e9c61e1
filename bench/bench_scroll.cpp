// A finger dragging through the week agenda of generated bundles (50, 500 and 5,000 weekly
// activities) at 1920x1080 and 800x480, on each renderer: milliseconds per frame (p50, p95) and
// CPU per frame. Each case runs in a child process of its own (`bench_scroll --case ...`), so
// each starts with a fresh SDL, Dear ImGui and renderer, as a kiosk does.
// Usage: bench_scroll [--frames N] [--renderers software,opengl] [--counts 50,500,5000]
//                     [--keep DIR] (the generated bundles stay there)
//        (needs an X display, e.g. xvfb-run -a -s "-screen 0 1920x1080x24")
#include "app.h"
#include "buurtkiosk/content/file_hash.h"
#include "buurtkiosk/files/file_bytes.h"
#include "generated_activities.h"

#include <nlohmann/json.hpp>

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace bk;

namespace {

constexpr int kWarmUp = 20; // frames before the figures count: fonts, first layout

std::vector<std::string> split(const std::string& list) {
    std::vector<std::string> out;
    std::stringstream in(list);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

// The demo bundle with `count` weekly activities instead of its own, spread over the seven days;
// the manifest lists the new file's size and hash, as the kiosk checks them.
void make_bundle(const fs::path& dir, int count) {
    fs::remove_all(dir);
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", dir,
             fs::copy_options::recursive);
    nlohmann::json activities = nlohmann::json::array();
    for (int i = 0; i < count; ++i)
        activities.push_back(bench::weekly_activity(i, 7, 22, 90));
    const std::string text = nlohmann::json{{"activities", activities}}.dump(1);
    write_file_durably(dir / "activities.json", text);
    nlohmann::json manifest = nlohmann::json::parse(read_file(dir / "manifest.json").value_or(""));
    for (auto& file : manifest["files"])
        if (file["path"] == "activities.json") {
            file["size"] = text.size();
            file["sha256"] = sha256_hex(text);
        }
    write_file_durably(dir / "manifest.json", manifest.dump(1));
}

double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void push_pointer(Uint32 window, Uint32 type, int x, int y) {
    SDL_Event e{};
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.windowID = window;
        e.motion.x = x;
        e.motion.y = y;
        e.motion.state = SDL_BUTTON_LMASK;
    } else {
        e.button.windowID = window;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = x;
        e.button.y = y;
    }
    SDL_PushEvent(&e);
}

// One case: the week agenda of `bundle` at `size`, `frames` frames of strokes upwards (a finger
// scrolling on), each 25 frames long; prints "result p50 p95 cpu_per_frame".
int run_case(const std::string& size, const std::string& renderer, const std::string& bundle,
             int frames) {
    Options o;
    if (std::sscanf(size.c_str(), "%dx%d", &o.width, &o.height) != 2) return 2;
    auto setting = parse_renderer_setting(renderer);
    if (!setting) return 2;
    o.renderer = *setting;
    o.content_dir = bundle;
    o.data_dir = bundle + "-data";
    o.now = "2026-11-23T08:00"; // a Monday before the first activity: the whole week shows
    o.vsync = false;            // frames as fast as they can be drawn
    o.start_screen = "agenda";
    o.agenda_range = "week";
    App app(o);
    if (!app.open()) return 1;
    std::vector<double> frame_ms, frame_cpu;
    auto last = std::chrono::steady_clock::now();
    double last_cpu = cpu_ms();
    int frame = 0;
    const Uint32 window = SDL_GetWindowID(app.window());
    const int x = o.width / 2, from = o.height * 85 / 100, step = o.height / 40;
    app.set_frame_hook([&](App& a) {
        auto now = std::chrono::steady_clock::now();
        double cpu = cpu_ms();
        if (frame > kWarmUp) {
            frame_ms.push_back(std::chrono::duration<double, std::milli>(now - last).count());
            frame_cpu.push_back(cpu - last_cpu);
        }
        last = now;
        last_cpu = cpu;
        int in_stroke = frame % 30;
        if (in_stroke == 0) push_pointer(window, SDL_MOUSEBUTTONDOWN, x, from);
        if (in_stroke > 0 && in_stroke < 25)
            push_pointer(window, SDL_MOUSEMOTION, x, from - in_stroke * step);
        if (in_stroke == 25) push_pointer(window, SDL_MOUSEBUTTONUP, x, from - 25 * step);
        if (++frame >= kWarmUp + frames) a.quit(0);
    });
    app.run();
    if (frame_ms.empty()) return 1;
    std::sort(frame_ms.begin(), frame_ms.end());
    double cpu_total = 0;
    for (double c : frame_cpu)
        cpu_total += c;
    std::printf("result %.2f %.2f %.2f\n", frame_ms[frame_ms.size() / 2],
                frame_ms[frame_ms.size() * 95 / 100], cpu_total / double(frame_cpu.size()));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 6 && std::string(argv[1]) == "--case")
        return run_case(argv[2], argv[3], argv[4], std::atoi(argv[5]));
    int frames = 300;
    std::vector<std::string> renderers = {"software", "opengl"};
    std::vector<std::string> counts = {"50", "500", "5000"};
    std::string keep;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--frames" && i + 1 < argc)
            frames = std::max(30, std::atoi(argv[++i]));
        else if (arg == "--renderers" && i + 1 < argc)
            renderers = split(argv[++i]);
        else if (arg == "--counts" && i + 1 < argc)
            counts = split(argv[++i]);
        else if (arg == "--keep" && i + 1 < argc)
            keep = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_scroll [--frames N] [--renderers software,opengl] "
                                 "[--counts 50,500,5000] [--keep DIR]\n");
            return 2;
        }
    }
    if (!std::getenv("DISPLAY")) {
        std::fprintf(stderr, "bench_scroll: needs an X display; run it under xvfb-run -a -s "
                             "\"-screen 0 1920x1080x24\"\n");
        return 2;
    }
    char pattern[] = "/tmp/bench_scroll.XXXXXX";
    const fs::path work = keep.empty() ? fs::path(mkdtemp(pattern)) : fs::absolute(keep);
    fs::create_directories(work);
    for (const std::string& count : counts)
        make_bundle(work / ("bundle-" + count), std::atoi(count.c_str()));
    std::ifstream loadavg("/proc/loadavg");
    std::string load1;
    loadavg >> load1;
    std::printf("bench_scroll: week agenda, a finger dragging up (25 frames a stroke), %d frames "
                "after %d warm-up, load %s\n\n",
                frames, kWarmUp, load1.c_str());
    std::printf("%-10s %-10s %11s %12s %12s %16s\n", "size", "renderer", "activities",
                "p50 ms/frame", "p95 ms/frame", "CPU ms/frame");
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    for (const char* size : {"1920x1080", "800x480"})
        for (const std::string& renderer : renderers)
            for (const std::string& count : counts) {
                const std::string bundle = (work / ("bundle-" + count)).string();
                fs::remove_all(bundle + "-data");
                const std::string command = "'" + self + "' --case " + size + " " + renderer +
                                            " '" + bundle + "' " + std::to_string(frames) +
                                            " 2>/dev/null";
                double p50 = 0, p95 = 0, cpu = 0;
                bool ok = false;
                if (FILE* child = popen(command.c_str(), "r")) {
                    char line[256];
                    while (std::fgets(line, sizeof line, child))
                        if (std::sscanf(line, "result %lf %lf %lf", &p50, &p95, &cpu) == 3)
                            ok = true;
                    pclose(child);
                }
                if (ok)
                    std::printf("%-10s %-10s %11s %12.1f %12.1f %16.1f\n", size, renderer.c_str(),
                                count.c_str(), p50, p95, cpu);
                else
                    std::printf("%-10s %-10s %11s %12s %12s %16s\n", size, renderer.c_str(),
                                count.c_str(), "failed", "-", "-");
                std::fflush(stdout);
            }
    if (keep.empty()) fs::remove_all(work);
    return 0;
}
