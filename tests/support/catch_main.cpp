// The one Catch2 main shared by every test executable.
#define CATCH_CONFIG_MAIN
// GCC 12 at -O1 with ASan (the ci and asan presets) reports std::function members inside Catch2's
// std::regex use as "may be used uninitialized": a false positive in libstdc++'s <regex>
// (GCC bug 105562). Only this file instantiates that code, so only here is the warning off.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <catch2/catch.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
