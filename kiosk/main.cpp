// buurtkiosk: the touchscreen app of a Buurtkamer.
#include "app.h"
#include "options.h"

#include <cstdio>

int main(int argc, char** argv) {
    std::string error;
    auto options = bk::parse_options(argc, argv, error);
    if (!options) {
        std::fprintf(stderr, "%s", error.c_str());
        return error.rfind("usage", 0) == 0 ? 0 : 2;
    }
    bk::App app(std::move(*options));
    if (!app.open()) return 1;
    return app.run();
}
