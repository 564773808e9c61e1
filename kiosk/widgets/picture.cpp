#include "widgets/picture.h"

#include "renderer.h"

#include <stb/stb_image.h>

#include <cstdio>
#include <map>

namespace bk {

Picture picture(const std::string& path) {
    static std::map<std::string, Picture> cache;
    if (auto it = cache.find(path); it != cache.end()) return it->second;
    Picture pic;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &pic.width, &pic.height, &channels, 4);
    if (!pixels) {
        std::fprintf(stderr, "buurtkiosk: picture %s: %s\n", path.c_str(), stbi_failure_reason());
    } else {
        if (Renderer* renderer = current_renderer())
            pic.texture = renderer->make_texture(pic.width, pic.height, pixels);
        stbi_image_free(pixels);
    }
    cache[path] = pic;
    return pic;
}

void draw_picture(const Picture& pic, float width, float rounding) {
    if (!pic || pic.width <= 0) return;
    float height = width * float(pic.height) / float(pic.width);
    ImVec2 a = ImGui::GetCursorScreenPos();
    ImVec2 b(a.x + width, a.y + height);
    ImGui::GetWindowDrawList()->AddImageRounded(pic.texture, a, b, ImVec2(0, 0), ImVec2(1, 1),
                                                IM_COL32_WHITE, rounding);
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace bk
