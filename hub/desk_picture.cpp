// Uploaded pictures through Debian's stb (libstb): stb_image reads them, the same decoder the kiosk
// shows pictures with (kiosk/widgets/picture.cpp), stb_image_resize scales them and
// stb_image_write writes the PNG that goes into the bundle.
#include "desk_picture.h"

#include "buurtkiosk/content/file_hash.h"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace bk::hub {
namespace {

constexpr std::size_t kSlugMaxChars = 40;

// The bytes the two formats start with. The name and the content type the browser sent say
// nothing: they are whatever the sender wants them to be.
constexpr std::string_view kPngMagic = "\x89PNG\r\n\x1a\n";
constexpr std::string_view kJpegMagic = "\xff\xd8\xff";

// One picture decoded at a time: a 40 megapixel picture takes several hundred MiB while stb_image
// decodes it (for a PNG with 16 bits per channel the inflated rows, the 16-bit picture and the
// 8-bit one), and the small virtual machine a hub runs on must not be asked for that several
// times at once. Editors upload now and then; the next one waits a second.
std::mutex decoding;

const char* const kNotAPicture = "Dit bestand is geen foto of plaatje (alleen PNG en JPEG).";
const char* const kUnreadable =
    "Dit plaatje kan niet worden gelezen: het bestand is beschadigd of niet compleet. Sla het "
    "opnieuw op als PNG of JPEG en probeer het nog eens.";

// 9437184 -> "9,0": MiB with one decimal and a Dutch decimal comma.
std::string mebibytes(std::size_t bytes) {
    const std::size_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10);
}

// 2'500'000'000 -> "2500 miljoen", 41'234'567 -> "41,2 miljoen", 40'000'000 -> "40 miljoen".
std::string millions(std::uint64_t pixels) {
    const std::uint64_t tenths = (pixels + 50'000) / 100'000;
    if (tenths >= 1000 || tenths % 10 == 0) return std::to_string(tenths / 10) + " miljoen";
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " miljoen";
}

// The editor's message when width x height is more than the hub takes, nullopt when it will do.
// Unsigned 64 bits: a PNG header's sides go up to 2^32 - 1 each, and so their product fits.
std::optional<std::string> size_problem(std::uint64_t width, std::uint64_t height) {
    const std::string size = std::to_string(width) + " x " + std::to_string(height) + " pixels";
    if (width * height > std::uint64_t(kPictureMaxPixels))
        return "Het plaatje is te groot: " + size + ", dat is " + millions(width * height) +
               " (hoogstens " + millions(kPictureMaxPixels) + ").";
    if (width > std::uint64_t(kPictureMaxSide) || height > std::uint64_t(kPictureMaxSide))
        return "Het plaatje is te breed of te hoog: " + size + " (hoogstens " +
               std::to_string(kPictureMaxSide) + " pixels per kant).";
    return std::nullopt;
}

std::uint32_t big_endian_32(std::string_view bytes, std::size_t at) {
    return std::uint32_t(std::uint8_t(bytes[at])) << 24 |
           std::uint32_t(std::uint8_t(bytes[at + 1])) << 16 |
           std::uint32_t(std::uint8_t(bytes[at + 2])) << 8 |
           std::uint32_t(std::uint8_t(bytes[at + 3]));
}

// What a PNG's chunks say, read by walking them: the header's fields and the compressed pixel
// data (every IDAT chunk, joined). CRCs are not checked (stb_image does not check them either).
struct PngChunks {
    std::uint32_t width = 0, height = 0;
    int depth = 0, color = 0, interlace = 0;
    bool apple = false;     // Apple's CgBI PNG: deflate without the zlib header
    std::string compressed; // the IDAT chunks' data
};

// nullopt when the chunks do not run from the signature to IEND with IHDR first: a cut-off file
// ends up here.
std::optional<PngChunks> png_chunks(std::string_view bytes) {
    PngChunks png;
    bool header = false;
    std::size_t at = kPngMagic.size();
    while (true) {
        if (bytes.size() - at < 12) return std::nullopt; // length, type and CRC
        const std::uint32_t length = big_endian_32(bytes, at);
        const std::string_view type = bytes.substr(at + 4, 4);
        if (length > bytes.size() - at - 12) return std::nullopt;
        const std::string_view data = bytes.substr(at + 8, length);
        at += 12 + std::size_t(length);
        if (type == "CgBI") {
            png.apple = true;
            continue;
        }
        if (!header) {
            if (type != "IHDR" || length != 13) return std::nullopt;
            png.width = big_endian_32(data, 0);
            png.height = big_endian_32(data, 4);
            png.depth = std::uint8_t(data[8]);
            png.color = std::uint8_t(data[9]);
            png.interlace = std::uint8_t(data[12]);
            header = true;
        } else if (type == "IDAT") {
            png.compressed.append(data);
        } else if (type == "IEND") {
            return png;
        }
    }
}

// How many bytes the pixel rows of `png` inflate to, filter bytes included; 0 for a header
// stb_image would refuse anyway. Called only after the pixel limits, so it cannot overflow.
std::uint64_t png_inflated_size(const PngChunks& png) {
    int channels = 0;
    switch (png.color) {
    case 0: channels = 1; break; // grey
    case 2: channels = 3; break; // RGB
    case 3: channels = 1; break; // palette index
    case 4: channels = 2; break; // grey and alpha
    case 6: channels = 4; break; // RGBA
    default: return 0;
    }
    const std::uint64_t bits_per_pixel = std::uint64_t(channels) * std::uint64_t(png.depth);
    auto rows = [&](std::uint64_t width, std::uint64_t height) -> std::uint64_t {
        if (width == 0 || height == 0) return 0;
        return height * (1 + (width * bits_per_pixel + 7) / 8);
    };
    if (png.interlace == 0) return rows(png.width, png.height);
    // Adam7: seven smaller pictures, each with its own rows and filter bytes.
    constexpr int x0[7] = {0, 4, 0, 2, 0, 1, 0}, y0[7] = {0, 0, 4, 0, 2, 0, 1};
    constexpr int dx[7] = {8, 8, 4, 4, 2, 2, 1}, dy[7] = {8, 8, 8, 4, 4, 2, 2};
    std::uint64_t total = 0;
    for (int pass = 0; pass < 7; ++pass) {
        const std::uint64_t w = png.width > std::uint32_t(x0[pass])
                                    ? (png.width - x0[pass] + dx[pass] - 1) / dx[pass]
                                    : 0;
        const std::uint64_t h = png.height > std::uint32_t(y0[pass])
                                    ? (png.height - y0[pass] + dy[pass] - 1) / dy[pass]
                                    : 0;
        total += rows(w, h);
    }
    return total;
}

// True when the compressed data inflates to exactly the rows the header promises. The header's
// size limit is not enough on its own: stb_image inflates into a buffer it keeps doubling, so a
// 16 x 16 PNG whose IDAT holds 8 MiB of deflate that unpacks to gigabytes of zeros would be
// inflated up to 4 GiB before it failed. Here it is inflated into a buffer of the promised size,
// and more data than fits is refused at once.
bool png_inflates_to_its_size(const PngChunks& png) {
    const std::uint64_t expected = png_inflated_size(png);
    if (expected == 0 || expected > std::uint64_t(std::numeric_limits<int>::max())) return false;
    if (png.compressed.size() > std::size_t(std::numeric_limits<int>::max())) return false;
    std::unique_ptr<char[]> rows(new char[expected]);
    const int got =
        png.apple
            ? stbi_zlib_decode_noheader_buffer(rows.get(), int(expected), png.compressed.data(),
                                               int(png.compressed.size()))
            : stbi_zlib_decode_buffer(rows.get(), int(expected), png.compressed.data(),
                                      int(png.compressed.size()));
    return got >= 0 && std::uint64_t(got) == expected;
}

struct StbPixels {
    void operator()(unsigned char* pixels) const { stbi_image_free(pixels); }
};

// The readable part of the bundle name: the stem of the last part of what the browser sent,
// whichever slash it uses, in a-z, 0-9 and '-'. Accented Latin letters lose their accent
// ("café" -> "cafe"); anything else, a NUL too, only separates words.
std::string slug(std::string_view name_given) {
    if (auto slash = name_given.find_last_of("/\\"); slash != std::string_view::npos)
        name_given.remove_prefix(slash + 1);
    if (auto dot = name_given.rfind('.'); dot != std::string_view::npos)
        name_given = name_given.substr(0, dot);
    // UTF-8 U+00C0..U+00FF (0xC3 then 0x80..0xBF); '-' where there is no plain letter.
    constexpr std::string_view kLatin1 =
        "aaaaaaaceeeeiiiidnooooo-ouuuuy-saaaaaaaceeeeiiiidnooooo-ouuuuy-y";
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < name_given.size() && out.size() <= kSlugMaxChars; ++i) {
        const unsigned char c = name_given[i];
        char letter = 0;
        if (c >= 'a' && c <= 'z')
            letter = char(c);
        else if (c >= 'A' && c <= 'Z')
            letter = char(c - 'A' + 'a');
        else if (c >= '0' && c <= '9')
            letter = char(c);
        else if (c == 0xC3 && i + 1 < name_given.size() &&
                 (std::uint8_t(name_given[i + 1]) & 0xC0) == 0x80) {
            letter = kLatin1[std::uint8_t(name_given[++i]) - 0x80];
            if (letter == '-') letter = 0;
        }
        if (!letter) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += '-';
        gap = false;
        out += letter;
    }
    if (out.size() > kSlugMaxChars) out.resize(kSlugMaxChars);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "foto" : out;
}

// The size that fits in kPictureFitWidth x kPictureFitHeight with the same proportions, never
// larger than the picture itself; rounded, at least 1 pixel.
std::pair<int, int> fitted(int width, int height) {
    const std::int64_t w = width, h = height;
    if (w <= kPictureFitWidth && h <= kPictureFitHeight) return {width, height};
    if (w * kPictureFitHeight >= h * kPictureFitWidth) // wider than the box: width decides
        return {kPictureFitWidth,
                int(std::max<std::int64_t>(1, (2 * h * kPictureFitWidth + w) / (2 * w)))};
    return {int(std::max<std::int64_t>(1, (2 * w * kPictureFitHeight + h) / (2 * h))),
            kPictureFitHeight};
}

void append_to_string(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), std::size_t(size));
}

} // namespace

std::optional<UploadedPicture> take_picture(const std::string& bytes, const std::string& name_given,
                                            std::string& error) {
    if (bytes.size() > kPictureMaxBytes) {
        error = "Het bestand is te groot: " + mebibytes(bytes.size()) + " MB (hoogstens " +
                std::to_string(kPictureMaxBytes / (1024 * 1024)) + " MB).";
        return std::nullopt;
    }
    if (bytes.empty()) {
        error = "Dit bestand is leeg.";
        return std::nullopt;
    }
    const std::string_view file = bytes;
    const bool is_png = file.starts_with(kPngMagic);
    if (!is_png && !file.starts_with(kJpegMagic)) {
        error = kNotAPicture;
        return std::nullopt;
    }
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = int(bytes.size()); // at most 8 MiB

    // The size from the header, before anything is decoded.
    int width = 0, height = 0, channels = 0;
    std::optional<PngChunks> png;
    if (is_png) {
        png = png_chunks(file);
        if (!png) {
            error = kUnreadable;
            return std::nullopt;
        }
    }
    if (!stbi_info_from_memory(data, length, &width, &height, &channels)) {
        // stb_image refuses a PNG of more than 1 GiB of pixels itself, but then tries the other
        // formats and reports "unknown image type": the header says whether it was the size.
        if (png) {
            if (auto problem = size_problem(png->width, png->height)) {
                error = *problem;
                return std::nullopt;
            }
        }
        error = kUnreadable;
        return std::nullopt;
    }
    if (auto problem = size_problem(std::uint64_t(width), std::uint64_t(height))) {
        error = *problem;
        return std::nullopt;
    }
    if (png && (png->width != std::uint32_t(width) || png->height != std::uint32_t(height))) {
        error = kUnreadable;
        return std::nullopt;
    }

    std::lock_guard one_at_a_time(decoding);
    if (png && !png_inflates_to_its_size(*png)) {
        error = kUnreadable;
        return std::nullopt;
    }
    // A file cut short is refused here: stb_image fails on a PNG without all its rows and on a
    // JPEG whose data runs out before the end marker.
    int decoded_width = 0, decoded_height = 0;
    std::unique_ptr<stbi_uc, StbPixels> pixels(
        stbi_load_from_memory(data, length, &decoded_width, &decoded_height, &channels, 4));
    if (!pixels || decoded_width != width || decoded_height != height) {
        error = kUnreadable;
        return std::nullopt;
    }

    const auto [fit_width, fit_height] = fitted(width, height);
    std::vector<stbi_uc> scaled;
    const stbi_uc* out = pixels.get();
    if (fit_width != width || fit_height != height) {
        scaled.resize(std::size_t(fit_width) * std::size_t(fit_height) * 4);
        // sRGB: averaged in linear light, so edges and gradients keep their brightness. Alpha in
        // channel 3, weighted so transparent pixels do not bleed their colour into the others.
        if (!stbir_resize_uint8_srgb(pixels.get(), width, height, width * 4, scaled.data(),
                                     fit_width, fit_height, fit_width * 4, 4, 3, 0)) {
            error = "Het plaatje kon niet kleiner worden gemaakt.";
            return std::nullopt;
        }
        pixels.reset();
        out = scaled.data();
    }

    // Written again from the pixels alone, also when it needed no scaling: a photo from a phone
    // carries metadata (EXIF with the GPS position where it was taken, the camera, the time, often
    // a thumbnail of the uncropped picture) that must not go out to every kiosk in the
    // neighbourhood. Only the pixels go into the new PNG.
    UploadedPicture picture;
    picture.width = fit_width;
    picture.height = fit_height;
    if (!stbi_write_png_to_func(append_to_string, &picture.png, fit_width, fit_height, 4, out,
                                fit_width * 4)) {
        error = "Het plaatje kon niet worden opgeslagen.";
        return std::nullopt;
    }
    // The name is ours: the browser's name gives only a readable part, the hash makes it unique.
    picture.file_name =
        "images/" + slug(name_given) + "-" + sha256_hex(picture.png).substr(0, 8) + ".png";
    error.clear();
    return picture;
}

} // namespace bk::hub
