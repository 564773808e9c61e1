#include "glyph_texture.h"

#include "renderer.h"
#include "text/glyph_atlas.h"
#include "widgets/text_line.h"

namespace bk {

void GlyphTexture::destroy() {
    use_glyph_texture(nullptr);
    atlas_ = nullptr;
    renderer_ = nullptr;
    texture_ = nullptr;
}

void GlyphTexture::create(GlyphAtlas& atlas, Renderer& renderer) {
    atlas_ = &atlas;
    renderer_ = &renderer;
    texture_ = renderer.make_texture(atlas.side(), atlas.side(), atlas.pixels().data());
    atlas.take_changed();
    use_glyph_texture(texture_);
}

void GlyphTexture::start_frame() {
    if (atlas_) atlas_->start_frame();
}

void GlyphTexture::upload() {
    if (!atlas_ || !texture_ || !atlas_->take_changed()) return;
    renderer_->update_texture(texture_, atlas_->side(), atlas_->side(), atlas_->pixels().data());
}

} // namespace bk
