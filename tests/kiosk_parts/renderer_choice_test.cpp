// Which SDL render driver the kiosk tries, and in what order (kiosk/core/renderer_choice.h).
#include "options.h"
#include "renderer_choice.h"

#include <catch2/catch.hpp>

using namespace bk;

namespace {
const std::vector<std::string> kAll = {"opengl", "opengles2", "software"};
using Drivers = std::vector<std::string>;
} // namespace

TEST_CASE("auto draws in software without a GPU, and on the GPU with one", "[renderer]") {
    CHECK(choose_renderer(RendererSetting::Auto, kAll, "").drivers == Drivers{"software"});
    RendererChoice gpu = choose_renderer(RendererSetting::Auto, kAll, "/dev/dri/renderD128");
    CHECK(gpu.drivers == Drivers{"opengles2", "software"});
    CHECK(gpu.reason.find("/dev/dri/renderD128") != std::string::npos);
    // A GPU but an SDL built without GLES 2: desktop OpenGL, then software.
    CHECK(choose_renderer(RendererSetting::Auto, {"opengl", "software"}, "/dev/dri/renderD128")
              .drivers == Drivers{"opengl", "software"});
    CHECK(choose_renderer(RendererSetting::Auto, {"software"}, "/dev/dri/renderD128").drivers ==
          Drivers{"software"});
}

TEST_CASE("a renderer that is set is tried first, with software behind it", "[renderer]") {
    CHECK(choose_renderer(RendererSetting::OpenGL, kAll, "").drivers ==
          Drivers{"opengl", "software"});
    CHECK(choose_renderer(RendererSetting::OpenGLES2, kAll, "").drivers ==
          Drivers{"opengles2", "software"});
    CHECK(choose_renderer(RendererSetting::Software, kAll, "/dev/dri/renderD128").drivers ==
          Drivers{"software"});
}

TEST_CASE("the option --renderer takes the four names and refuses others with a message",
          "[renderer]") {
    auto parse = [](std::vector<std::string> args, std::string& error) {
        args.insert(args.begin(), "buurtkiosk");
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        return parse_options(int(argv.size()), argv.data(), error);
    };
    std::string error;
    auto plain = parse({}, error);
    REQUIRE(plain);
    CHECK(plain->renderer == RendererSetting::Auto);
    auto gles = parse({"--renderer", "opengles2"}, error);
    REQUIRE(gles);
    CHECK(gles->renderer == RendererSetting::OpenGLES2);
    // Tried: a driver SDL has elsewhere but the kiosk does not offer, and an empty name.
    for (const char* bad : {"vulkan", ""}) {
        error.clear();
        CHECK_FALSE(parse({"--renderer", bad}, error));
        CHECK(error.find("expected auto, software, opengles2 or opengl") != std::string::npos);
    }
}
