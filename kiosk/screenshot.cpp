#include "screenshot.h"

#include <SDL_opengl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace bk {

bool save_screenshot(const std::string& path, int width, int height, std::string& error) {
    std::vector<unsigned char> pixels(std::size_t(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows run bottom-up; PNG's top-down.
    std::vector<unsigned char> flipped(pixels.size());
    std::size_t row = std::size_t(width) * 3;
    for (int y = 0; y < height; ++y)
        std::copy_n(&pixels[std::size_t(height - 1 - y) * row], row,
                    &flipped[std::size_t(y) * row]);
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    stbi_write_png_compression_level = 2; // screenshots are for eyes and tests, not archives
    if (!stbi_write_png(path.c_str(), width, height, 3, flipped.data(), int(row))) {
        error = "cannot write screenshot " + path;
        return false;
    }
    return true;
}

} // namespace bk
