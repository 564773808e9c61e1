#include "renderer.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bk {

namespace {
Renderer* g_current = nullptr;

// SDL's render drivers on this machine, by index.
std::vector<std::string> render_drivers() {
    std::vector<std::string> names;
    for (int i = 0, n = SDL_GetNumRenderDrivers(); i < n; ++i) {
        SDL_RendererInfo info;
        names.emplace_back(SDL_GetRenderDriverInfo(i, &info) == 0 ? info.name : "");
    }
    return names;
}

SDL_Texture* to_sdl(ImTextureID texture) {
    return static_cast<SDL_Texture*>(texture);
}

bool samples_white(const ImDrawVert& v, ImVec2 white) {
    return v.uv.x == white.x && v.uv.y == white.y;
}

// Shapes that sample only the atlas's white pixel are drawn untextured, and opaque ones also
// unblended: SDL's software renderer fills those far faster, with the same pixels.
enum class Fill { Opaque, Translucent, Textured };

Fill fill_of(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c, ImVec2 white) {
    if (!samples_white(a, white) || !samples_white(b, white) || !samples_white(c, white))
        return Fill::Textured;
    constexpr ImU32 alpha = IM_COL32_A_MASK;
    return (a.col & b.col & c.col & alpha) == alpha ? Fill::Opaque : Fill::Translucent;
}

// Dear ImGui fills a convex shape (a rounded card) as a fan from its first corner, so each
// triangle's bounding box spans most of the shape, and SDL's software renderer visits every pixel
// of every bounding box. The same polygon as a zigzag between its two sides covers the same
// pixels with triangles whose boxes hardly overlap. Returns the command's indices, fans redone.
const ImDrawIdx* zigzag_fans(const ImDrawIdx* idx, unsigned count, std::vector<ImDrawIdx>& out) {
    out.assign(idx, idx + count);
    std::vector<ImDrawIdx> polygon;
    for (unsigned t = 0; t + 2 < count;) {
        // A fan: (a, b, c), (a, c, d), (a, d, e), ... with the corners one step apart, as Dear
        // ImGui lays them out; the fringe that follows starts at a too, but steps differently.
        unsigned end = t + 3;
        const int step = int(idx[t + 2]) - int(idx[t + 1]);
        while (end + 2 < count && idx[end] == idx[t] && idx[end + 1] == idx[end - 1] &&
               int(idx[end + 2]) - int(idx[end + 1]) == step)
            end += 3;
        unsigned triangles = (end - t) / 3;
        if (triangles < 4) {
            t = end;
            continue;
        }
        polygon.assign({idx[t], idx[t + 1]});
        for (unsigned k = t; k < end; k += 3)
            polygon.push_back(idx[k + 2]);
        std::size_t front = 0, back = polygon.size() - 1, at = t;
        for (bool from_front = true; front + 1 < back; from_front = !from_front) {
            if (from_front) {
                out[at++] = polygon[front], out[at++] = polygon[front + 1],
                out[at++] = polygon[back];
                ++front;
            } else {
                out[at++] = polygon[front], out[at++] = polygon[back - 1],
                out[at++] = polygon[back];
                --back;
            }
        }
        t = end;
    }
    return out.data();
}
} // namespace

Renderer* current_renderer() {
    return g_current;
}

Renderer::~Renderer() {
    if (g_current == this) g_current = nullptr;
    if (renderer_) SDL_DestroyRenderer(renderer_); // and every texture made with it
}

bool Renderer::open(SDL_Window* window, RendererSetting setting, bool vsync, std::string& error) {
    const std::vector<std::string> drivers = render_drivers();
    const RendererChoice choice = choose_renderer(setting, drivers, gpu_render_node());
    for (const std::string& name : choice.drivers) {
        int index = int(std::find(drivers.begin(), drivers.end(), name) - drivers.begin());
        if (index == int(drivers.size())) {
            error += name + ": not offered by SDL here; ";
            continue;
        }
        Uint32 flags = vsync ? SDL_RENDERER_PRESENTVSYNC : 0;
        // Software first without OpenGL behind the window, which would load llvmpipe; a video
        // driver with no plain framebuffer (KMS/DRM) then gets its frames shown through GL.
        for (const char* accelerate : name == "software" ? std::vector<const char*>{"0", "1"}
                                                         : std::vector<const char*>{"1"}) {
            SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, accelerate);
            renderer_ = SDL_CreateRenderer(window, index, flags);
            if (renderer_) break;
            error += name + ": " + SDL_GetError() + "; ";
        }
        if (renderer_) {
            driver_ = name;
            break;
        }
    }
    if (!renderer_) {
        error = "no renderer works: " + error;
        return false;
    }
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
    std::fprintf(stderr, "buurtkiosk: renderer %s (%s)\n", driver_.c_str(), choice.reason.c_str());
    g_current = this;
    return true;
}

void Renderer::output_size(int& width, int& height) const {
    SDL_GetRendererOutputSize(renderer_, &width, &height);
}

bool Renderer::upload_fonts(std::string& error) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    if (fonts_) SDL_DestroyTexture(fonts_);
    fonts_ = to_sdl(make_texture(width, height, pixels));
    if (!fonts_) {
        error = std::string("cannot make the font texture: ") + SDL_GetError();
        return false;
    }
    atlas.SetTexID(fonts_);
    return true;
}

ImTextureID Renderer::make_texture(int width, int height, const void* rgba) {
    SDL_Texture* texture = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGBA32,
                                             SDL_TEXTUREACCESS_STATIC, width, height);
    if (!texture) return nullptr;
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
    if (rgba) SDL_UpdateTexture(texture, nullptr, rgba, width * 4);
    return texture;
}

void Renderer::update_texture(ImTextureID texture, int width, int height, const void* rgba) {
    SDL_Rect all{0, 0, width, height};
    SDL_UpdateTexture(to_sdl(texture), &all, rgba, width * 4);
}

void Renderer::draw(const ImDrawData& data, ImU32 background) {
    SDL_RenderSetClipRect(renderer_, nullptr);
    SDL_SetRenderDrawColor(renderer_, Uint8(background), Uint8(background >> 8),
                           Uint8(background >> 16), 255);
    SDL_RenderClear(renderer_);
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const ImVec2 origin = data.DisplayPos;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState)
                    cmd.UserCallback(&list, &cmd);
                continue;
            }
            SDL_Rect clip{int(cmd.ClipRect.x - origin.x), int(cmd.ClipRect.y - origin.y),
                          int(cmd.ClipRect.z - cmd.ClipRect.x),
                          int(cmd.ClipRect.w - cmd.ClipRect.y)};
            if (clip.w <= 0 || clip.h <= 0) continue;
            SDL_RenderSetClipRect(renderer_, &clip);
            const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
            const ImDrawIdx* idx =
                zigzag_fans(list.IdxBuffer.Data + cmd.IdxOffset, cmd.ElemCount, indices_);
            const int vertices = list.VtxBuffer.Size - int(cmd.VtxOffset);
            auto send = [&](unsigned first, unsigned end, Fill fill) {
                if (end <= first) return;
                bool textured = fill == Fill::Textured;
                // Opaque shapes need no blending; SDL's software renderer blends a triangle
                // through a scratch surface as large as the triangle's bounding box, and a
                // rounded card's fan has many that span the whole card.
                if (fill == Fill::Opaque) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
                SDL_RenderGeometryRaw(
                    renderer_, textured ? to_sdl(cmd.TextureId) : nullptr, &vtx->pos.x,
                    sizeof(ImDrawVert), reinterpret_cast<const SDL_Color*>(&vtx->col),
                    sizeof(ImDrawVert), textured ? &vtx->uv.x : nullptr, sizeof(ImDrawVert),
                    vertices, idx + first, int(end - first), sizeof(ImDrawIdx));
                if (fill == Fill::Opaque)
                    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
            };
            // Runs of triangles of one kind of fill, in drawing order.
            unsigned run = 0;
            Fill run_fill = Fill::Opaque;
            for (unsigned t = 0; t + 2 < cmd.ElemCount; t += 3) {
                Fill fill = fill_of(vtx[idx[t]], vtx[idx[t + 1]], vtx[idx[t + 2]], white);
                if (t == 0) run_fill = fill;
                if (fill != run_fill) {
                    send(run, t, run_fill);
                    run = t;
                    run_fill = fill;
                }
            }
            send(run, cmd.ElemCount, run_fill);
        }
    }
    SDL_RenderSetClipRect(renderer_, nullptr);
}

void Renderer::present() {
    SDL_RenderPresent(renderer_);
}

void Renderer::blank() {
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
}

bool Renderer::read_pixels(std::vector<unsigned char>& rgb, int& width, int& height,
                           std::string& error) const {
    output_size(width, height);
    rgb.resize(std::size_t(width) * height * 3);
    if (SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGB24, rgb.data(), width * 3) !=
        0) {
        error = std::string("cannot read the screen: ") + SDL_GetError();
        return false;
    }
    return true;
}

} // namespace bk
