// Today's places and sign-up lists as the screens ask for them, every card every frame, read
// from the store once per change instead: refresh() once per frame forgets them when any
// connection has committed since (the sync thread too); this connection's own writes are seen
// at once.
#pragma once
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/sign_ups.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bk {

class CachedSignUps {
public:
    explicit CachedSignUps(Database& db) : db_(db) {}

    void refresh();
    int places_taken(const std::string& activity_id, Date date);
    bool counted_by_hub(const std::string& activity_id, Date date); // see SignUps
    const std::vector<SignUp>& list_for(const std::string& activity_id, Date date);

private:
    void forget_if_written();

    using Key = std::pair<std::string, Date>;
    Database& db_;
    Database::ChangeStamp seen_;
    struct Places {
        int taken = 0;
        bool counted_by_hub = false;
    };
    const Places& places(const std::string& activity_id, Date date);

    std::map<Key, Places> places_;
    std::map<Key, std::vector<SignUp>> lists_;
};

} // namespace bk
