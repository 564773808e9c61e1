// The Arabic glyph atlas (text/glyph_atlas.h) in the renderer: one texture beside Dear ImGui's
// font texture, made when Arabic is first drawn and sent again only when new glyphs were
// rasterised.
#pragma once
#include <imgui.h>

namespace bk {

class GlyphAtlas;
class Renderer;

class GlyphTexture {
public:
    // Tells the text drawing where its texture comes from.
    void create(GlyphAtlas& atlas, Renderer& renderer);
    // Before a frame: a full atlas starts empty (text/glyph_atlas.h).
    void start_frame();
    // After the frame's text was drawn, before rendering: sends what changed.
    void upload();
    // Before the renderer goes (it owns the texture).
    void destroy();

private:
    ImTextureID texture(); // made on first use
    GlyphAtlas* atlas_ = nullptr;
    Renderer* renderer_ = nullptr;
    ImTextureID texture_ = nullptr;
};

} // namespace bk
