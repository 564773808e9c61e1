// Where the kiosk keeps things under its data folder: the one place these names are spelt.
//
//   <data>/kiosk.sqlite     sign-ups, callback requests, the outbox, sync state (store/schema.cpp)
//   <data>/volunteer-pin    the Argon2id hash of the volunteers' PIN (mode 0600)
//   <data>/content/...      content synced from the hub (sync/content_store.cpp)
//   <data>/healthy          the version that last proved it works (health_report.h)
#pragma once
#include <filesystem>
#include <string>

namespace bk {

struct KioskLayout {
    std::filesystem::path data;

    // $XDG_DATA_HOME/buurtkiosk, else ~/.local/share/buurtkiosk; `configured` (--data) wins.
    static KioskLayout from_option(const std::string& configured);

    std::filesystem::path store() const { return data / "kiosk.sqlite"; }
    std::filesystem::path volunteer_pin() const { return data / "volunteer-pin"; }
    std::filesystem::path healthy() const { return data / "healthy"; }
    // Built font atlases (kiosk/font_cache.h): nothing of visitors, rebuilt when missing.
    std::filesystem::path font_cache() const { return data / "font-cache"; }
};

} // namespace bk
