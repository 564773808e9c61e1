// A picture uploaded at the web desk, checked and made ready for a content bundle: PNG or JPEG
// only, not too large in bytes or in pixels, scaled down to fit the kiosk's screen and written
// again as a PNG under a name of our own (images/<slug>-<hash>.png, docs/content-format.md).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace bk::hub {

// What take_picture accepts. The byte limit is checked first, before anything is read from the
// file; the pixel limits are read from the file's header before anything is decoded, so a small
// file that claims a huge picture (a decompression bomb) costs the hub no memory.
constexpr std::size_t kPictureMaxBytes = 8 * 1024 * 1024;
constexpr std::int64_t kPictureMaxPixels = 40'000'000;
constexpr int kPictureMaxSide = 12000;

// The box a picture is scaled down into, keeping its proportions; a smaller one is not scaled up.
constexpr int kPictureFitWidth = 1280;
constexpr int kPictureFitHeight = 960;

struct UploadedPicture {
    std::string png; // the picture as written again: RGBA, 8 bits, no metadata
    int width = 0, height = 0;
    std::string file_name; // "images/zomer-2026-1a2b3c4d.png": a safe bundle-relative path
};

// Checks, decodes, scales and re-encodes `bytes` (the uploaded file). `name_given` is the name
// the browser sent; only its stem is used, made safe, for the readable part of file_name. On
// failure returns nullopt and sets `error` to a Dutch message for the editor.
//
// Safe to call from several request threads: one picture is decoded at a time (a 40 megapixel
// picture takes a few hundred MiB while it is decoded), the others wait their turn.
std::optional<UploadedPicture> take_picture(const std::string& bytes, const std::string& name_given,
                                            std::string& error);

} // namespace bk::hub
