#include "renderer_choice.h"

#include <algorithm>
#include <filesystem>

namespace bk {

namespace {
bool offered(const std::vector<std::string>& available, const std::string& name) {
    return std::find(available.begin(), available.end(), name) != available.end();
}
} // namespace

std::optional<RendererSetting> parse_renderer_setting(std::string_view text) {
    if (text == "auto") return RendererSetting::Auto;
    if (text == "software") return RendererSetting::Software;
    if (text == "opengles2") return RendererSetting::OpenGLES2;
    if (text == "opengl") return RendererSetting::OpenGL;
    return std::nullopt;
}

RendererChoice choose_renderer(RendererSetting setting, const std::vector<std::string>& available,
                               const std::string& gpu_device) {
    // Software always comes last: a kiosk that draws slowly beats a black screen.
    switch (setting) {
    case RendererSetting::Software: return {{"software"}, "set to software"};
    case RendererSetting::OpenGLES2: return {{"opengles2", "software"}, "set to opengles2"};
    case RendererSetting::OpenGL: return {{"opengl", "software"}, "set to opengl"};
    case RendererSetting::Auto: break;
    }
    if (gpu_device.empty())
        // Without a GPU, OpenGL means Mesa's llvmpipe: about 90 MiB more and slower frames than
        // SDL's own software renderer (docs/performance.md).
        return {{"software"}, "auto: no GPU device in /dev/dri, so software"};
    if (offered(available, "opengles2"))
        return {{"opengles2", "software"}, "auto: GPU " + gpu_device + ", so opengles2"};
    if (offered(available, "opengl"))
        return {{"opengl", "software"}, "auto: GPU " + gpu_device + " without GLES 2, so opengl"};
    return {{"software"}, "auto: GPU " + gpu_device + " but no GL driver in SDL, so software"};
}

std::string gpu_render_node() {
    std::error_code ec;
    std::string first;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) {
        std::string name = entry.path().string();
        if (entry.path().filename().string().rfind("renderD", 0) == 0 &&
            (first.empty() || name < first))
            first = name;
    }
    return first;
}

} // namespace bk
