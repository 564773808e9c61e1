// Draws Dear ImGui's frames through SDL_Renderer: one code path for SDL's software renderer,
// OpenGL ES 2 and OpenGL (renderer_choice.h picks which). Written here because Debian's
// libimgui has SDL's platform part but no SDL_Renderer back end.
#pragma once
#include "renderer_choice.h"

#include <SDL.h>
#include <imgui.h>

#include <string>
#include <vector>

namespace bk {

class Renderer {
public:
    Renderer() = default;
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Makes SDL's renderer for the window: the drivers choose_renderer() names for the setting
    // and this machine, in order; false with a message when none works. `vsync`: wait for the
    // display when presenting.
    bool open(SDL_Window* window, RendererSetting setting, bool vsync, std::string& error);
    SDL_Renderer* sdl() const { return renderer_; }
    const std::string& driver() const { return driver_; } // "software", "opengles2", ...
    void output_size(int& width, int& height) const;

    // Sends Dear ImGui's font atlas (again, after the theme rebuilt it).
    bool upload_fonts(std::string& error);
    // RGBA pixels, 4 bytes each, rows top-down (null: sent later by update_texture). The
    // texture lives as long as the renderer.
    ImTextureID make_texture(int width, int height, const void* rgba);
    void update_texture(ImTextureID texture, int width, int height, const void* rgba);

    // Clears to the background and draws the frame; present() shows it.
    void draw(const ImDrawData& data, ImU32 background);
    void present();
    void blank(); // all black: the screen outside its hours
    // What draw() drew, as RGB rows top-down (before present()).
    bool read_pixels(std::vector<unsigned char>& rgb, int& width, int& height,
                     std::string& error) const;

private:
    SDL_Renderer* renderer_ = nullptr;
    SDL_Texture* fonts_ = nullptr;
    std::string driver_;
    std::vector<ImDrawIdx> indices_; // one command's triangles, fans laid out anew
};

// The renderer of the one window, for code that makes textures outside the frame loop (pictures).
// Null before App::open and after the window is gone.
Renderer* current_renderer();

} // namespace bk
