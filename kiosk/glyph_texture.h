// The Arabic glyph atlas (text/glyph_atlas.h) on the GPU: one OpenGL texture beside Dear ImGui's
// font texture, sent again only when new glyphs were rasterised.
#pragma once

namespace bk {

class GlyphAtlas;

class GlyphTexture {
public:
    GlyphTexture() = default;
    ~GlyphTexture() { destroy(); }
    GlyphTexture(const GlyphTexture&) = delete;
    GlyphTexture& operator=(const GlyphTexture&) = delete;

    // Makes the texture (an OpenGL context is current) and tells the text drawing to use it.
    void create(GlyphAtlas& atlas);
    // Before a frame: a full atlas starts empty (text/glyph_atlas.h).
    void start_frame();
    // After the frame's text was drawn, before rendering: sends what changed.
    void upload();
    // While the OpenGL context still exists.
    void destroy();

private:
    GlyphAtlas* atlas_ = nullptr;
    unsigned texture_ = 0;
};

} // namespace bk
