// KioskPreview: one kiosk process per screenshot, in a scratch folder of its own.
#include "kiosk_preview.h"

#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/manifest.h"
#include "publish.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

extern char** environ;

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

// Runs `args` with a small, fixed environment; kills it after `limit`. Returns the exit
// status, or -1 when it could not start or had to be killed.
int run(const std::vector<std::string>& args, const fs::path& log, std::chrono::seconds limit) {
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    // Nothing of the hub's environment (its data folder, proxies) reaches the kiosk.
    std::vector<std::string> env_text{"SDL_VIDEODRIVER=dummy", "SDL_AUDIODRIVER=dummy",
                                      "PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
    std::vector<char*> envp;
    for (const std::string& e : env_text)
        envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    int started = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (started != 0) return -1;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    for (;;) {
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0) return -1;
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The last line the kiosk wrote to stderr, for the desk's message.
std::string last_line(const fs::path& log) {
    std::string text = read_file(log).value_or("");
    while (!text.empty() && text.back() == '\n')
        text.pop_back();
    return text.substr(text.rfind('\n') + 1);
}

} // namespace

fs::path default_kiosk_program() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // In a build folder the kiosk is in ../kiosk/ beside hub/.
        for (const fs::path& candidate :
             {self.parent_path() / "buurtkiosk",
              self.parent_path().parent_path() / "kiosk" / "buurtkiosk"})
            if (fs::is_regular_file(candidate, ec)) return candidate;
    }
    return "/usr/bin/buurtkiosk";
}

bool KioskPreview::available() const {
    std::error_code ec;
    return !program_.empty() && fs::is_regular_file(program_, ec) &&
           ::access(program_.c_str(), X_OK) == 0;
}

std::string KioskPreview::render(const fs::path& draft, const std::vector<PreviewShot>& shots,
                                 const fs::path& out) const {
    if (!available())
        return "Er is geen voorbeeld: het kioskprogramma (" + program_.string() +
               ") staat niet op deze server. Installeer het pakket buurtkiosk naast de hub.";
    std::string pattern = (fs::temp_directory_path() / "buurtkiosk-preview-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) return "Er is geen ruimte voor een voorbeeld op de server.";
    const fs::path scratch = pattern;
    std::string error;
    try {
        const fs::path bundle = scratch / "bundle";
        fs::copy(draft, bundle, fs::copy_options::recursive);
        std::string problem;
        auto manifest = folder_manifest(bundle, problem);
        if (!manifest) throw std::runtime_error(problem);
        manifest->kiosk_group = "voorbeeld";
        manifest->version = 1;
        manifest->created = "2026-01-01T00:00:00Z";
        manifest->expires = "2099-12-31T23:59:59Z";
        write_file_durably(bundle / "manifest.json", wire::serialize_manifest(*manifest), 0600);
        fs::create_directories(out);
        for (const PreviewShot& shot : shots) {
            const fs::path data = scratch / ("data-" + shot.file);
            fs::create_directories(data);
            std::vector<std::string> args{program_.string(),
                                          "--content",
                                          bundle.string(),
                                          "--data",
                                          data.string(),
                                          "--size",
                                          std::to_string(shot.width) + "x" +
                                              std::to_string(shot.height),
                                          "--renderer",
                                          "software",
                                          "--screen-hours",
                                          "off",
                                          "--screenshot",
                                          (out / shot.file).string()};
            if (!shot.now.empty()) args.insert(args.end(), {"--now", shot.now});
            if (!shot.screen.empty()) args.insert(args.end(), {"--screen", shot.screen});
            if (!shot.activity.empty()) args.insert(args.end(), {"--activity", shot.activity});
            const fs::path log = scratch / "kiosk.log";
            if (run(args, log, std::chrono::seconds(30)) != 0) {
                error = "Het voorbeeld kon niet worden gemaakt (" + last_line(log) + ").";
                break;
            }
        }
    } catch (const std::exception& e) {
        error = std::string("Het voorbeeld kon niet worden gemaakt: ") + e.what();
    }
    std::error_code ignored;
    fs::remove_all(scratch, ignored);
    return error;
}

} // namespace bk::hub
