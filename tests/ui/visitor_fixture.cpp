#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

namespace bk::test {

KioskRun VisitorFixture::run_unchecked(const std::string& script,
                                       const std::vector<std::string>& extra) {
    std::string problem = display_problem();
    INFO(problem);
    REQUIRE(problem.empty());
    KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = tmp_ / "data";
    launch.script = script;
    launch.extra_args = extra;
    return run_kiosk(launch);
}

KioskRun VisitorFixture::run(const std::string& script, const std::vector<std::string>& extra,
                             int expected_exit) {
    KioskRun r = run_unchecked(script, extra);
    INFO("kiosk output:\n" << r.output);
    REQUIRE_FALSE(r.timed_out);
    REQUIRE(r.signal == 0);
    REQUIRE(r.exit_code == expected_exit);
    return r;
}

std::unique_ptr<Database> VisitorFixture::store() const {
    REQUIRE(std::filesystem::exists(store_file()));
    return std::make_unique<Database>(store_file());
}

Date VisitorFixture::today() {
    return *parse_date(kToday);
}

} // namespace bk::test
