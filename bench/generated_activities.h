// Weekly activities for the bundles benchmarks generate: the same fields for every bench that
// needs many of them.
#pragma once
#include <nlohmann/json.hpp>

namespace bk::bench {

// Activity `i`: on one of the first `weekdays` days of the week (Monday on), starting in one of
// `slots` half-hour slots from 9:00, `minutes` long, in one of the six categories, 12 places.
nlohmann::json weekly_activity(int i, int weekdays, int slots, int minutes);

} // namespace bk::bench
