#include "glyph_texture.h"

#include "text/glyph_atlas.h"
#include "widgets/text_line.h"

#include <SDL_opengl.h>

#include <cstdint>

namespace bk {

void GlyphTexture::destroy() {
    if (texture_) {
        GLuint id = texture_;
        glDeleteTextures(1, &id);
        texture_ = 0;
    }
}

void GlyphTexture::create(GlyphAtlas& atlas) {
    atlas_ = &atlas;
    GLuint id = 0;
    glGenTextures(1, &id);
    texture_ = id;
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, atlas.side(), atlas.side(), 0, GL_RGBA,
                 GL_UNSIGNED_BYTE, atlas.pixels().data());
    atlas.take_changed();
    use_glyph_texture(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(id)));
}

void GlyphTexture::start_frame() {
    if (atlas_) atlas_->start_frame();
}

void GlyphTexture::upload() {
    if (!atlas_ || !texture_ || !atlas_->take_changed()) return;
    glBindTexture(GL_TEXTURE_2D, texture_);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, atlas_->side(), atlas_->side(), GL_RGBA,
                    GL_UNSIGNED_BYTE, atlas_->pixels().data());
}

} // namespace bk
