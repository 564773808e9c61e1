#include "generated_activities.h"

#include <cstdio>
#include <string>

namespace bk::bench {

nlohmann::json weekly_activity(int i, int weekdays, int slots, int minutes) {
    static const char* days[] = {"maandag", "dinsdag",  "woensdag", "donderdag",
                                 "vrijdag", "zaterdag", "zondag"};
    static const char* categories[] = {"ontmoeting", "eten",           "creatief",
                                       "bewegen",    "hulp-en-advies", "kinderen"};
    int start = 9 * 60 + (i % slots) * 30, end = start + minutes;
    char s[12], e[12]; // room for any int the compiler imagines
    std::snprintf(s, sizeof s, "%02d:%02d", start / 60 % 24, start % 60);
    std::snprintf(e, sizeof e, "%02d:%02d", end / 60 % 24, end % 60);
    return {{"id", "activiteit-" + std::to_string(i)},
            {"title", {{"nl", "Activiteit " + std::to_string(i)}, {"en", "Activity"}}},
            {"description", {{"nl", "Kom langs en doe mee. Iedereen is welkom."}}},
            {"category", categories[i % 6]},
            {"place", "Zaal " + std::to_string(i % 4 + 1)},
            {"weekly", {{"weekday", days[i % weekdays]}, {"start", s}, {"end", e}}},
            {"capacity", 12}};
}

} // namespace bk::bench
