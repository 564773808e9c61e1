#include "buurtkiosk/store/cached_sign_ups.h"

namespace bk {

void CachedSignUps::refresh() {
    Database::ChangeStamp now = db_.change_stamp();
    if (now == seen_) return;
    seen_ = now;
    places_.clear();
    lists_.clear();
}

void CachedSignUps::forget_if_written() {
    if (db_.own_changes() == seen_.own) return;
    refresh();
}

const CachedSignUps::Places& CachedSignUps::places(const std::string& activity_id, Date date) {
    forget_if_written();
    Key key{activity_id, date};
    auto found = places_.find(key);
    if (found == places_.end()) {
        SignUps sign_ups(db_);
        Places read{sign_ups.places_taken(activity_id, date),
                    sign_ups.counted_by_hub(activity_id, date)};
        found = places_.emplace(key, read).first;
    }
    return found->second;
}

int CachedSignUps::places_taken(const std::string& activity_id, Date date) {
    return places(activity_id, date).taken;
}

bool CachedSignUps::counted_by_hub(const std::string& activity_id, Date date) {
    return places(activity_id, date).counted_by_hub;
}

const std::vector<SignUp>& CachedSignUps::list_for(const std::string& activity_id, Date date) {
    forget_if_written();
    Key key{activity_id, date};
    auto found = lists_.find(key);
    if (found == lists_.end())
        found = lists_.emplace(key, SignUps(db_).list_for(activity_id, date)).first;
    return found->second;
}

} // namespace bk
