// The desk's preview: a draft as the kiosk will show it, drawn by the kiosk program itself
// (`buurtkiosk --screenshot`) with SDL's dummy video driver and software renderer, so no
// display or GPU is needed on the hub's server. Only the kiosk's code can show what the kiosk
// will show; running it as a child process also keeps a crash in drawing out of the hub.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace bk::hub {

struct PreviewShot {
    std::string file; // "home-1920x1080.png"
    int width = 1920, height = 1080;
    std::string screen;   // "" (home) or "detail"
    std::string activity; // for "detail"
    std::string now;      // the kiosk's clock, local "2026-12-07T09:00"
};

class KioskPreview {
public:
    // `program`: the kiosk's executable; empty or missing: no preview (the desk says so).
    explicit KioskPreview(std::filesystem::path program) : program_(std::move(program)) {}

    bool available() const;
    const std::filesystem::path& program() const { return program_; }

    // Draws each shot of the content folder `draft` (its manifest is made on a copy) into
    // `out`/<shot.file>. Returns "" or what went wrong, in Dutch for the desk. Each kiosk run
    // gets 30 s.
    std::string render(const std::filesystem::path& draft, const std::vector<PreviewShot>& shots,
                       const std::filesystem::path& out) const;

private:
    std::filesystem::path program_;
};

// The kiosk program the hub uses when none is given: `buurtkiosk` beside the hub's own
// executable (a build folder), else /usr/bin/buurtkiosk (the package).
std::filesystem::path default_kiosk_program();

} // namespace bk::hub
