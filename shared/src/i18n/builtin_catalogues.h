// The catalogues built into the kiosk: the demo bundle's ui/*.json, embedded at build time.
#pragma once
#include <span>
#include <string_view>

namespace bk {

struct BuiltinCatalogue {
    std::string_view language; // "pl"
    std::string_view file;     // "ui/pl.json", for problems
    std::string_view json;
};

std::span<const BuiltinCatalogue> builtin_catalogue_files();

} // namespace bk
