// Which of SDL's render drivers draws the kiosk: the `renderer` setting, and what `auto` makes of
// it on this machine. Kept apart from SDL so the choice can be tested without a window.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bk {

enum class RendererSetting { Auto, Software, OpenGLES2, OpenGL };

// "auto", "software", "opengles2" or "opengl"; nullopt for anything else.
std::optional<RendererSetting> parse_renderer_setting(std::string_view text);

struct RendererChoice {
    std::vector<std::string> drivers; // SDL render driver names to try, in this order
    std::string reason;               // logged once at start-up
};

// `available`: the render drivers SDL offers here; `gpu_device`: a DRM render node (e.g.
// /dev/dri/renderD128), empty when the machine has none.
RendererChoice choose_renderer(RendererSetting setting, const std::vector<std::string>& available,
                               const std::string& gpu_device);

// The machine's first DRM render node ("/dev/dri/renderD128"), or empty.
std::string gpu_render_node();

} // namespace bk
