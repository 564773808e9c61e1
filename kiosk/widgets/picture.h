// Pictures from the content bundle (PNG/JPEG) as renderer textures, loaded once per path.
#pragma once
#include <imgui.h>

#include <string>

namespace bk {

struct Picture {
    ImTextureID texture = nullptr;
    int width = 0, height = 0;
    explicit operator bool() const { return texture != nullptr; }
};

// Loads on first use; a missing or broken file gives an empty Picture (logged once), never a
// crash. Textures live as long as the renderer.
Picture picture(const std::string& path);

// Draws the picture scaled to `width`, keeping its proportions, with rounded corners.
void draw_picture(const Picture& pic, float width, float rounding);

} // namespace bk
