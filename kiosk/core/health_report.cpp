#include "health_report.h"

#include "buurtkiosk/files/file_bytes.h"

#include <cstdio>
#include <stdexcept>

namespace bk {

HealthReport::HealthReport(std::filesystem::path file, std::string version,
                           std::chrono::seconds healthy_after, Clock::time_point started)
    : file_(std::move(file)), version_(std::move(version)), healthy_after_(healthy_after),
      started_(started) {}

bool HealthReport::check(Clock::time_point now, bool hub_ok) {
    if (written_ || !hub_ok || now - started_ < healthy_after_) return false;
    written_ = true; // one try: a full disk must not cost a write on every pass
    try {
        write_file_durably(file_, version_ + "\n", 0644);
        std::fprintf(stderr, "buurtkiosk: version %s is healthy (%s)\n", version_.c_str(),
                     file_.c_str());
        return true;
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "buurtkiosk: cannot report health: %s\n", e.what());
        return false;
    }
}

} // namespace bk
