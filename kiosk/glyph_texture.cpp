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
    use_glyph_texture([this] { return texture(); });
}

ImTextureID GlyphTexture::texture() {
    // Its pixels follow in upload(), before the frame is rendered.
    if (!texture_ && renderer_)
        texture_ = renderer_->make_texture(atlas_->side(), atlas_->side(), nullptr);
    return texture_;
}

void GlyphTexture::start_frame() {
    if (atlas_) atlas_->start_frame();
}

void GlyphTexture::upload() {
    if (!atlas_ || !texture_ || atlas_->pixels().empty() || !atlas_->take_changed()) return;
    renderer_->update_texture(texture_, atlas_->side(), atlas_->side(), atlas_->pixels().data());
}

} // namespace bk
