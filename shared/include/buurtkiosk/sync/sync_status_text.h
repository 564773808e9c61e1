// Sync health in plain Dutch for the volunteers' screen: a few short lines, no jargon.
#pragma once
#include "buurtkiosk/sync/sync_status.h"

#include <string>
#include <vector>

namespace bk {

// E.g. {"Laatste verbinding: 4 minuten geleden.", "Nog te versturen: 3.",
//       "Inhoud: versie 12.", "Probleem: Geen verbinding met de centrale server. ..."}
std::vector<std::string> sync_status_lines(const SyncStatus& status, TimePoint now);

} // namespace bk
