#include "buurtkiosk/domain/clock.h"

#include <ctime>

namespace bk {

LocalDateTime to_local(TimePoint t) {
    std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    localtime_r(&secs, &tm);
    using namespace std::chrono;
    return {
        Date{year{tm.tm_year + 1900}, month{unsigned(tm.tm_mon + 1)}, day{unsigned(tm.tm_mday)}},
        TimeOfDay{tm.tm_hour * 60 + tm.tm_min}, tm.tm_sec};
}

std::string format_utc(TimePoint t) {
    std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::optional<TimePoint> parse_utc(const std::string& text) {
    std::tm tm{};
    const char* end = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (end == nullptr || *end != '\0') return std::nullopt;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::int64_t to_unix_millis(TimePoint t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

TimePoint from_unix_millis(std::int64_t ms) {
    return TimePoint{
        std::chrono::duration_cast<TimePoint::duration>(std::chrono::milliseconds{ms})};
}

} // namespace bk
