#include "screenshot.h"

#include "buurtkiosk/files/file_bytes.h"

#include <png.h>

#include <csetjmp>
#include <exception>
#include <filesystem>

namespace bk {

namespace {
void append(png_structp png, png_bytep data, png_size_t size) {
    static_cast<std::string*>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char*>(data), size);
}

// libpng reports errors by longjmp; nothing with a destructor is made between setjmp and the
// calls that may jump.
bool encode_png(const std::vector<unsigned char>& rgb, int width, int height, std::string& out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &out, append, nullptr);
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
    std::string bytes;
    if (!encode_png(rgb, width, height, bytes)) {
        error = "cannot write screenshot " + path + ": the PNG encoder failed";
        return false;
    }
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    try {
        write_file_durably(path, bytes); // whole or not at all
    } catch (const std::exception& e) {
        error = std::string("cannot write screenshot: ") + e.what();
        return false;
    }
    return true;
}

} // namespace bk
