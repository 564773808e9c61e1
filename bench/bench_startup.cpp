// buurtkiosk against the web page a municipality would otherwise show in Chromium's kiosk mode,
// on the same machine and content: time to first frame, memory after start, idle CPU.
// The kiosk is measured on each renderer (--renderers, default software and opengl: the GL one on
// Mesa's llvmpipe when there is no GPU); the ratios compare the first with Chromium.
// Usage: bench_startup [--kiosk PATH] [--chromium PATH] [--content DIR] [--now T] [--runs N]
//                      [--settle S] [--idle S] [--keep DIR] [--renderers a,b]
//                      (needs an X display, e.g. Xvfb)
#include "buurtkiosk/content/bundle.h"
#include "startup/first_frame.h"
#include "startup/home_page.h"
#include "startup/process_tree.h"

#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::bench;

namespace {

struct BenchSettings {
    std::string kiosk;
    std::string chromium = "/usr/bin/chromium";
    std::string content = BUURTKIOSK_SOURCE_DIR "/content/demo";
    std::string page_template = BUURTKIOSK_SOURCE_DIR "/bench/html/home.html";
    std::string now = "2026-11-24T10:15"; // first-frame runs; four activities still to come
    int runs = 5;
    int settle_s = 5;
    int idle_s = 10;
    std::string keep; // folder for the page, PNGs and logs; a temporary one otherwise
    std::vector<std::string> renderers = {"software", "opengl"};
};

// Flags for a closed network (see the machine notes): without them Chromium keeps retrying
// connections it cannot make, which would count against it as CPU time.
const std::vector<std::string> kChromiumQuiet = {"--no-sandbox",
                                                 "--disable-gpu",
                                                 "--disable-background-networking",
                                                 "--disable-component-update",
                                                 "--disable-sync",
                                                 "--no-first-run",
                                                 "--disable-quic"};

// Where and in which colour both the kiosk and the page draw their header (theme primary).
constexpr int kProbeX = 20, kProbeY = 20;
constexpr unsigned kHeaderColour = 0x0E5E66;

// Measurements of one program; nullopt where it was not measured.
struct Column {
    std::optional<double> first_frame_ms, exit_ms, window_frame_ms, unique_mib, pss_mib, rss_mib,
        idle_cpu_s;
    std::map<std::string, double> pss_by_kind_mib;
    int processes = 0;
    std::vector<std::string> notes; // what could not be measured, and why
};

std::optional<BenchSettings> parse(int argc, char** argv) {
    BenchSettings s;
    s.kiosk = (fs::read_symlink("/proc/self/exe").parent_path() / "../kiosk/buurtkiosk")
                  .lexically_normal()
                  .string();
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (arg == "--kiosk" && (v = value()))
            s.kiosk = v;
        else if (arg == "--chromium" && (v = value()))
            s.chromium = v;
        else if (arg == "--content" && (v = value()))
            s.content = v;
        else if (arg == "--runs" && (v = value()))
            s.runs = std::max(1, std::atoi(v));
        else if (arg == "--settle" && (v = value()))
            s.settle_s = std::max(1, std::atoi(v));
        else if (arg == "--idle" && (v = value()))
            s.idle_s = std::max(1, std::atoi(v));
        else if (arg == "--keep" && (v = value()))
            s.keep = v;
        else if (arg == "--renderers" && (v = value())) {
            s.renderers.clear();
            std::stringstream list(v);
            for (std::string name; std::getline(list, name, ',');)
                if (!name.empty()) s.renderers.push_back(name);
        } else {
            std::fprintf(stderr, "bench_startup: bad argument '%s'\n%s", arg.c_str(),
                         "usage: bench_startup [--kiosk PATH] [--chromium PATH] [--content DIR] "
                         "[--now YYYY-MM-DDTHH:MM] [--runs N] [--settle S] [--idle S] [--keep DIR] "
                         "[--renderers software,opengl,opengles2]\n");
            return std::nullopt;
        }
    }
    return s;
}

std::string machine() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string model = "unknown CPU";
    for (std::string line; std::getline(cpuinfo, line);)
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    return std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) + " cores, " + model;
}

std::string current_minute() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M", &local);
    return text;
}

// "2026-11-24T10:15", the kiosk's --now format.
std::optional<HomePageMoment> parse_moment(const std::string& text, bool live_clock) {
    auto date = parse_date(text.substr(0, 10));
    auto time = text.size() == 16 && text[10] == 'T' ? parse_time(text.substr(11)) : std::nullopt;
    if (!date || !time) return std::nullopt;
    return HomePageMoment{*date, *time, live_clock};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// One warm-up run (fills the page cache, creates the profile or store), then `runs` timed ones.
void measure_first_frame(const std::string& name, const std::vector<std::string>& argv,
                         const std::string& png, const fs::path& work, int runs, Column& col) {
    std::vector<double> frame, exit;
    for (int i = 0; i <= runs; ++i) {
        FirstFrame r = time_first_frame(argv, png, (work / (name + "-first-frame.log")).string());
        if (!r.ok) {
            col.notes.push_back(name + " first frame failed: " + r.error);
            return;
        }
        if (i == 0) continue;
        frame.push_back(r.frame_ms);
        exit.push_back(r.exit_ms);
    }
    col.first_frame_ms = median(frame);
    col.exit_ms = median(exit);
}

// Time until a real window shows the home screen: warm-up, then `runs` timed starts.
void measure_window_frames(const ScreenProbe& screen, const std::string& name,
                           const std::vector<std::string>& argv, const fs::path& work, int runs,
                           Column& col) {
    std::vector<double> frame;
    for (int i = 0; i <= runs; ++i) {
        FirstFrame r = time_window_frame(screen, argv, {kProbeX, kProbeY, kHeaderColour},
                                         (work / (name + "-window-frame.log")).string());
        if (!r.ok) {
            col.notes.push_back(name + " window: " + r.error);
            return;
        }
        if (i > 0) frame.push_back(r.frame_ms);
    }
    col.window_frame_ms = median(frame);
}

// Starts a real window, waits `settle_s`, reads memory, then CPU over `idle_s` untouched seconds.
void measure_window(const std::string& name, const std::vector<std::string>& argv,
                    const fs::path& work, const BenchSettings& s, Column& col) {
    const std::string log = (work / (name + "-window.log")).string();
    pid_t pid = spawn(argv, log);
    std::this_thread::sleep_for(std::chrono::seconds(s.settle_s));
    if (process_tree(pid).empty() || !fs::exists("/proc/" + std::to_string(pid) + "/exe")) {
        col.notes.push_back(name + " window exited early; see " + log);
        stop_tree(pid);
        return;
    }
    const TreeMemory memory = tree_memory(pid);
    if (memory.unique_mib > 0) col.unique_mib = memory.unique_mib;
    col.pss_mib = memory.pss_mib;
    col.rss_mib = memory.rss_mib;
    col.processes = memory.processes;
    col.pss_by_kind_mib = memory.pss_by_kind_mib;
    const auto before = tree_cpu_ticks(pid);
    std::this_thread::sleep_for(std::chrono::seconds(s.idle_s));
    col.idle_cpu_s = cpu_seconds_between(before, tree_cpu_ticks(pid));
    stop_tree(pid);
}

std::string cell(const std::optional<double>& v, const char* format) {
    if (!v) return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, *v);
    return buffer;
}

// "7.5x lower": how many times the kiosk's figure beats Chromium's.
std::string ratio(const std::optional<double>& kiosk, const std::optional<double>& chromium,
                  const char* word) {
    if (!kiosk || !chromium || *kiosk <= 0) return "-";
    char buffer[64];
    if (*chromium >= *kiosk)
        std::snprintf(buffer, sizeof buffer, "%.1fx %s", *chromium / *kiosk, word);
    else
        std::snprintf(buffer, sizeof buffer, "%.1fx worse", *kiosk / *chromium);
    return buffer;
}

// One figure per kiosk renderer, then Chromium's, then the first renderer against Chromium.
void row(const std::string& label, const std::vector<std::string>& cells,
         const std::string& compare) {
    std::printf("%-50s", label.c_str());
    for (const std::string& c : cells)
        std::printf(" %12s", c.c_str());
    std::printf("   %s\n", compare.c_str());
}

std::string join(const std::vector<std::string>& argv) {
    std::string out;
    for (const auto& a : argv)
        out += (out.empty() ? "" : " ") + a;
    return out;
}

} // namespace

int main(int argc, char** argv) {
    auto settings = parse(argc, argv);
    if (!settings) return 2;
    const BenchSettings& s = *settings;
    if (s.renderers.empty()) {
        std::fprintf(stderr, "bench_startup: --renderers names none\n");
        return 2;
    }
    if (access(s.kiosk.c_str(), X_OK) != 0) {
        std::fprintf(stderr, "bench_startup: no kiosk binary at %s (build target buurtkiosk)\n",
                     s.kiosk.c_str());
        return 2;
    }
    if (!std::getenv("DISPLAY")) {
        std::fprintf(stderr, "bench_startup: needs an X display; run it under xvfb-run -a -s "
                             "\"-screen 0 1920x1080x24\"\n");
        return 2;
    }
    BundleLoadResult bundle = load_bundle(s.content);
    if (!bundle.ok()) {
        std::fprintf(stderr, "bench_startup: content %s does not load: %s\n", s.content.c_str(),
                     bundle.problems.front().to_string().c_str());
        return 2;
    }
    std::ifstream template_file(s.page_template);
    std::stringstream page_template;
    page_template << template_file.rdbuf();
    if (!template_file || page_template.str().empty()) {
        std::fprintf(stderr, "bench_startup: cannot read %s\n", s.page_template.c_str());
        return 2;
    }
    // Orphaned browser helpers come back to us, so none outlives the bench.
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    fs::path work = s.keep;
    if (work.empty()) {
        char pattern[] = "/tmp/bench_startup.XXXXXX";
        work = mkdtemp(pattern);
    }
    fs::create_directories(work);
    work = fs::absolute(work);

    // First frames: both at the fixed --now minute. Windows: both on the real clock, so the
    // kiosk's minute redraw and the page's minute timer are part of the idle figures.
    const std::string live_now = current_minute();
    auto shot_moment = parse_moment(s.now, false);
    auto live_moment = parse_moment(live_now, true);
    if (!shot_moment || !live_moment) {
        std::fprintf(stderr, "bench_startup: bad --now '%s' (expected YYYY-MM-DDTHH:MM)\n",
                     s.now.c_str());
        return 2;
    }
    std::ofstream(work / "home-fixed.html")
        << render_home_page(page_template.str(), *bundle.content, *shot_moment);
    std::ofstream(work / "home.html")
        << render_home_page(page_template.str(), *bundle.content, *live_moment);

    const std::string data = (work / "kiosk-data").string();
    fs::create_directories(data);
    // Per renderer: the first frame to a PNG, and a real window.
    auto kiosk_shot = [&](const std::string& renderer) {
        return std::vector<std::string>{s.kiosk,
                                        "--size",
                                        "1920x1080",
                                        "--now",
                                        s.now,
                                        "--content",
                                        s.content,
                                        "--data",
                                        data,
                                        "--renderer",
                                        renderer,
                                        "--screenshot",
                                        (work / ("kiosk-" + renderer + ".png")).string()};
    };
    auto kiosk_window = [&](const std::string& renderer) {
        return std::vector<std::string>{s.kiosk,  "--size", "1920x1080",  "--content", s.content,
                                        "--data", data,     "--renderer", renderer};
    };
    std::vector<std::string> chromium_shot = {s.chromium, "--headless"};
    std::vector<std::string> chromium_window = {s.chromium, "--kiosk"};
    for (auto* argv_ : {&chromium_shot, &chromium_window}) {
        argv_->insert(argv_->end(), kChromiumQuiet.begin(), kChromiumQuiet.end());
        argv_->push_back("--user-data-dir=" + (work / "chromium-profile").string());
        argv_->push_back("--window-size=1920,1080");
    }
    chromium_shot.push_back("--screenshot=" + (work / "chromium.png").string());
    chromium_shot.push_back("file://" + (work / "home-fixed.html").string());
    chromium_window.push_back("--window-position=0,0");
    chromium_window.push_back("file://" + (work / "home.html").string());
    const bool have_chromium = access(s.chromium.c_str(), X_OK) == 0;

    std::ifstream loadavg("/proc/loadavg");
    std::string load1;
    loadavg >> load1;
    std::printf(
        "bench_startup: %s, load %s, display %s\ncontent %s; first frames at %s, windows at "
        "%s (real clock)\n",
        machine().c_str(), load1.c_str(), std::getenv("DISPLAY"), s.content.c_str(), s.now.c_str(),
        live_now.c_str());
    std::fflush(stdout);
    const ScreenProbe screen;
    std::vector<Column> kiosks(s.renderers.size());
    for (std::size_t i = 0; i < s.renderers.size(); ++i) {
        const std::string& r = s.renderers[i];
        const std::string name = "kiosk-" + r;
        measure_first_frame(name, kiosk_shot(r), (work / (name + ".png")).string(), work, s.runs,
                            kiosks[i]);
        measure_window_frames(screen, name, kiosk_window(r), work, s.runs, kiosks[i]);
        measure_window(name, kiosk_window(r), work, s, kiosks[i]);
    }
    Column chromium;
    if (have_chromium) {
        measure_first_frame("chromium", chromium_shot, (work / "chromium.png").string(), work,
                            s.runs, chromium);
        measure_window_frames(screen, "chromium", chromium_window, work, s.runs, chromium);
        measure_window("chromium", chromium_window, work, s, chromium);
    }

    const std::string runs = std::to_string(s.runs);
    const std::string idle = std::to_string(s.idle_s);
    std::printf("\n");
    // A row's cells: each renderer's figure, then Chromium's; the ratio is the first renderer's.
    auto cells = [&](std::optional<double> Column::*figure, const char* format) {
        std::vector<std::string> out;
        for (const Column& k : kiosks)
            out.push_back(cell(k.*figure, format));
        out.push_back(cell(chromium.*figure, format));
        return out;
    };
    auto versus = [&](std::optional<double> Column::*figure, const char* word) {
        return ratio(kiosks.front().*figure, chromium.*figure, word);
    };
    std::vector<std::string> heads;
    for (const std::string& r : s.renderers)
        heads.push_back("kiosk " + r);
    heads.push_back("Chromium");
    row("1920x1080, demo home screen", heads, s.renderers.front() + " vs Chromium");
    row("first frame: exec to PNG written (median " + runs + ")",
        cells(&Column::first_frame_ms, "%.0f ms"), versus(&Column::first_frame_ms, "faster"));
    row("  exec to process exit (median " + runs + ")", cells(&Column::exit_ms, "%.0f ms"),
        versus(&Column::exit_ms, "faster"));
    row("  exec to home screen in a real window (median " + runs + ")",
        cells(&Column::window_frame_ms, "%.0f ms"), versus(&Column::window_frame_ms, "faster"));
    row("memory " + std::to_string(s.settle_s) + " s after start: tree's pages, once",
        cells(&Column::unique_mib, "%.1f MiB"), versus(&Column::unique_mib, "lower"));
    row("  PSS summed (shared pages split)", cells(&Column::pss_mib, "%.1f MiB"),
        versus(&Column::pss_mib, "lower"));
    row("  RSS summed (shared pages per process)", cells(&Column::rss_mib, "%.1f MiB"),
        versus(&Column::rss_mib, "lower"));
    auto of_kind = [](const Column& c, const std::string& kind) -> std::string {
        if (!c.pss_mib) return "-";
        auto it = c.pss_by_kind_mib.find(kind);
        return cell(it == c.pss_by_kind_mib.end() ? 0.0 : it->second, "%.1f MiB");
    };
    for (const char* kind :
         {"graphics driver", "libraries", "heap and anonymous", "files and other"}) {
        std::vector<std::string> by_kind;
        for (const Column& k : kiosks)
            by_kind.push_back(of_kind(k, kind));
        by_kind.push_back(of_kind(chromium, kind));
        row(std::string("    of it ") + kind, by_kind, "");
    }
    std::vector<std::string> processes;
    for (const Column& k : kiosks)
        processes.push_back(k.processes ? std::to_string(k.processes) : "-");
    processes.push_back(chromium.processes ? std::to_string(chromium.processes) : "-");
    row("  processes", processes, "");
    auto percent = [&](const std::optional<double>& cpu) -> std::optional<double> {
        if (!cpu) return std::nullopt;
        return *cpu / s.idle_s * 100.0;
    };
    row("CPU over " + idle + " idle s (utime+stime of tree)", cells(&Column::idle_cpu_s, "%.2f s"),
        "");
    std::vector<std::string> shares;
    for (const Column& k : kiosks)
        shares.push_back(cell(percent(k.idle_cpu_s), "%.2f %%"));
    shares.push_back(cell(percent(chromium.idle_cpu_s), "%.2f %%"));
    row("  as % of one core", shares, "");
    if (!have_chromium)
        std::printf("chromium not installed (apt-get install chromium): %s missing\n",
                    s.chromium.c_str());
    for (const Column& k : kiosks)
        for (const auto& note : k.notes)
            std::printf("note: %s\n", note.c_str());
    for (const auto& note : chromium.notes)
        std::printf("note: %s\n", note.c_str());
    std::printf("\nkiosk first frame: %s\nkiosk window:      %s\n",
                join(kiosk_shot(s.renderers.front())).c_str(),
                join(kiosk_window(s.renderers.front())).c_str());
    if (have_chromium)
        std::printf("chromium first frame: %s\nchromium window:      %s\n",
                    join(chromium_shot).c_str(), join(chromium_window).c_str());
    // Logs stay when something failed, so the notes above can be followed up.
    bool failed = !chromium.notes.empty();
    for (const Column& k : kiosks)
        failed = failed || !k.notes.empty();
    const bool remove = s.keep.empty() && !failed;
    std::printf("files: %s%s\n", work.c_str(), remove ? " (removed)" : "");
    if (remove) fs::remove_all(work);
    return 0;
}
