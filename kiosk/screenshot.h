// Saves what the renderer drew as a PNG (libpng at a fast compression level, written with the
// project's one file writer, so a failed write leaves no half file): screenshots
// are for eyes and tests, not archives.
#pragma once
#include <string>
#include <vector>

namespace bk {

// `rgb`: rows top-down, 3 bytes a pixel. Returns false and fills `error` when the file cannot be
// written.
bool save_screenshot(const std::string& path, const std::vector<unsigned char>& rgb, int width,
                     int height, std::string& error);

} // namespace bk
