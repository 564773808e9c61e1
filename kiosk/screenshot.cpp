#include "screenshot.h"

#include <png.h>

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace bk {

namespace {
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// libpng reports errors by longjmp; nothing with a destructor lives between setjmp and the calls.
bool write_png(std::FILE* file, const std::vector<unsigned char>& rgb, int width, int height,
               std::string& error) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        error = "out of memory for the PNG encoder";
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        error = "the PNG encoder failed";
        return false;
    }
    png_init_io(png, file);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB); // flat colours compress well
    png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    const std::size_t row = std::size_t(width) * 3;
    for (int y = 0; y < height; ++y)
        png_write_row(png, rgb.data() + std::size_t(y) * row);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}
} // namespace

bool save_screenshot(const std::string& path, const std::vector<unsigned char>& rgb, int width,
                     int height, std::string& error) {
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) {
        error = "cannot write screenshot " + path + ": " + std::strerror(errno);
        return false;
    }
    if (!write_png(file.get(), rgb, width, height, error)) {
        error = "cannot write screenshot " + path + ": " + error;
        return false;
    }
    if (std::fclose(file.release()) != 0) {
        error = "cannot write screenshot " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace bk
