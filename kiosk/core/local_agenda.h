// The quick activities (LocalActivity) the agenda shows beside the bundle's: read from the store
// when it changed (the UI's own write, or the sync thread keeping the hub's), not every frame.
#pragma once
#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/domain/local_activity.h"
#include "buurtkiosk/store/database.h"

#include <optional>
#include <vector>

namespace bk {

class LocalAgenda {
public:
    explicit LocalAgenda(Database* db) : db_(db) {} // null: the store is closed, none to show

    // Today's and later ones as activities, when they differ from what the last call gave;
    // nullopt when nothing changed.
    std::optional<std::vector<Activity>> changed(Date today);

private:
    Database* db_;
    std::optional<Database::ChangeStamp> seen_;
    Date day_{};
    std::vector<LocalActivity> shown_;
};

} // namespace bk
