// Wording of the sync health lines.
#include "buurtkiosk/sync/sync_status_text.h"

namespace bk {
namespace {

std::string ago(TimePoint then, TimePoint now) {
    auto minutes = std::chrono::duration_cast<std::chrono::minutes>(now - then).count();
    if (minutes < 1) return "net";
    if (minutes == 1) return "1 minuut geleden";
    if (minutes < 120) return std::to_string(minutes) + " minuten geleden";
    auto hours = minutes / 60;
    if (hours < 48) return std::to_string(hours) + " uur geleden";
    return std::to_string(hours / 24) + " dagen geleden";
}

} // namespace

std::vector<std::string> sync_status_lines(const SyncStatus& s, TimePoint now) {
    std::vector<std::string> lines;
    if (s.last_success)
        lines.push_back("Laatste verbinding: " + ago(*s.last_success, now) + ".");
    else
        lines.push_back("Nog geen verbinding met de centrale server gehad.");
    if (s.outbox_depth == 0)
        lines.push_back("Alle aanmeldingen zijn verstuurd.");
    else
        lines.push_back("Nog te versturen: " + std::to_string(s.outbox_depth) + ".");
    if (s.quarantined > 0)
        lines.push_back(
            "Apart gezet (meld dit aan de beheerder): " + std::to_string(s.quarantined) + ".");
    if (s.content_version > 0)
        lines.push_back("Inhoud: versie " + std::to_string(s.content_version) + ".");
    else
        lines.push_back("Inhoud: de ingebouwde voorbeeldinhoud.");
    if (s.content_expired)
        lines.push_back("De inhoud is verouderd. Vraag de gemeente om nieuwe inhoud.");
    if (!s.last_error.empty()) lines.push_back("Probleem: " + s.last_error);
    return lines;
}

} // namespace bk
