// Finding one problem in a BundleLoadResult, printing them all when it is not there.
#pragma once
#include "buurtkiosk/content/bundle.h"

#include <catch2/catch.hpp>

#include <string>

namespace bk::test {

inline std::string all_problems(const BundleLoadResult& result) {
    std::string text;
    for (const auto& problem : result.problems)
        text += "  " + problem.to_string() + "\n";
    return text;
}

// The problem reported for exactly this file and field, or nullptr.
inline const BundleProblem* problem_at(const BundleLoadResult& result, const std::string& file,
                                       const std::string& field) {
    for (const auto& problem : result.problems)
        if (problem.file == file && problem.field == field) return &problem;
    return nullptr;
}

} // namespace bk::test

// Requires a problem at file+field whose message contains `words`; shows all problems if not.
#define REQUIRE_PROBLEM(result, file, field, words)                                                \
    do {                                                                                           \
        INFO("problems:\n" << bk::test::all_problems(result));                                     \
        REQUIRE_FALSE((result).ok());                                                              \
        const bk::BundleProblem* found_ = bk::test::problem_at(result, file, field);               \
        REQUIRE(found_ != nullptr);                                                                \
        CHECK_THAT(found_->message, Catch::Contains(words));                                       \
    } while (false)
