// Pictures uploaded at the desk (hub/desk_picture.h): PNG and JPEG made here with stb_image_write
// are scaled to fit 1280 x 960 and come back as a PNG that decodes; files that are no picture, cut
// short, too large in bytes or in pixels, or a decompression bomb are refused with a Dutch
// message; whatever name the browser sends, the bundle name is a safe one of our own.
#include "buurtkiosk/content/file_hash.h"
#include "buurtkiosk/protocol/manifest.h"

#include "desk_picture.h"

#include <catch2/catch.hpp>

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <vector>

using namespace bk;
using namespace bk::hub;
using namespace std::string_literals;

namespace {

// A colour gradient with a diagonal stripe: every pixel differs from its neighbours a little.
std::vector<unsigned char> gradient(int width, int height) {
    std::vector<unsigned char> rgba(std::size_t(width) * std::size_t(height) * 4);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
            p[0] = static_cast<unsigned char>(x * 255 / width);
            p[1] = static_cast<unsigned char>(y * 255 / height);
            p[2] = (x + y) % 64 < 8 ? 255 : 64;
            p[3] = 255;
        }
    return rgba;
}

void append_to_string(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), std::size_t(size));
}

std::string png_file(int width, int height) {
    const auto rgba = gradient(width, height);
    std::string out;
    REQUIRE(
        stbi_write_png_to_func(append_to_string, &out, width, height, 4, rgba.data(), width * 4));
    return out;
}

std::string jpeg_file(int width, int height) {
    const auto rgba = gradient(width, height);
    std::string out;
    REQUIRE(stbi_write_jpg_to_func(append_to_string, &out, width, height, 4, rgba.data(), 90));
    return out;
}

struct Decoded {
    int width = 0, height = 0;
};

// The size of `png` decoded by stb_image, as the kiosk decodes it; fails the test when it does not
// decode.
Decoded decoded(const std::string& png) {
    Decoded d;
    int channels = 0;
    unsigned char* pixels =
        stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(png.data()), int(png.size()),
                              &d.width, &d.height, &channels, 4);
    INFO((pixels ? "" : stbi_failure_reason()));
    REQUIRE(pixels != nullptr);
    stbi_image_free(pixels);
    return d;
}

// PNG building blocks for the crafted files: big-endian numbers, chunks with a correct CRC (so
// the tests do not depend on stb_image skipping CRCs, which it does).
void put_32(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xff);
}

std::uint32_t crc32(const std::string& bytes) {
    std::uint32_t crc = 0xffffffff;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

std::string chunk(const std::string& type, const std::string& data) {
    std::string out;
    put_32(out, std::uint32_t(data.size()));
    out += type + data;
    put_32(out, crc32(type + data));
    return out;
}

const std::string kPngSignature = "\x89PNG\r\n\x1a\n";

// An IHDR chunk; color 6 is RGBA, 0 grey; interlace 1 is Adam7.
std::string png_header(std::uint32_t width, std::uint32_t height, int depth, int color,
                       int interlace) {
    std::string ihdr;
    put_32(ihdr, width);
    put_32(ihdr, height);
    ihdr += {char(depth), char(color), '\0', '\0', char(interlace)};
    return chunk("IHDR", ihdr);
}

// IHDR of an 8-bit RGBA picture, not interlaced.
std::string rgba_header(std::uint32_t width, std::uint32_t height) {
    return png_header(width, height, 8, 6, 0);
}

// Deflate bits as the format packs them: values from the lowest bit, Huffman codes from the
// highest.
struct BitWriter {
    std::string out;
    std::uint32_t pending = 0;
    int count = 0;
    void value(std::uint32_t v, int bits) {
        for (int i = 0; i < bits; ++i) {
            pending |= ((v >> i) & 1u) << count;
            if (++count == 8) {
                out += char(pending);
                pending = 0;
                count = 0;
            }
        }
    }
    void code(std::uint32_t c, int bits) {
        for (int i = bits - 1; i >= 0; --i)
            value((c >> i) & 1u, 1);
    }
    std::string finish() {
        if (count) out += char(pending);
        return out;
    }
};

// A zlib stream that inflates to exactly `size` (at least 1) zero bytes from about 1/160 of that:
// one fixed-Huffman block with a literal 0, copies of 258 bytes from distance 1, and literal 0s
// for the rest.
std::string zeros_zlib(std::size_t size) {
    BitWriter bits;
    bits.value(1, 1);   // the last block
    bits.value(1, 2);   // fixed Huffman codes
    bits.code(0x30, 8); // literal 0
    std::size_t inflated = 1;
    while (inflated + 258 <= size) {
        bits.code(0xc5, 8); // length 258 (code 285)
        bits.value(0, 5);   // distance 1 (code 0)
        inflated += 258;
    }
    for (; inflated < size; ++inflated)
        bits.code(0x30, 8);
    bits.code(0, 7); // end of block
    std::string zlib = "\x78\x01" + bits.finish();
    put_32(zlib, std::uint32_t(inflated % 65521) << 16 | 1); // Adler-32 of zeros
    return zlib;
}

std::optional<UploadedPicture> take(const std::string& bytes, const std::string& name,
                                    std::string& error) {
    error = "(not set)";
    return take_picture(bytes, name, error);
}

} // namespace

TEST_CASE("a large PNG is scaled down to fit 1280 x 960 and decodes again", "[picture]") {
    // Tried: a 2000 x 1500 gradient PNG (4:3, the box's proportions).
    std::string error;
    auto picture = take(png_file(2000, 1500), "gradient.png", error);
    INFO(error);
    REQUIRE(picture);
    CHECK(error.empty());
    CHECK(picture->width == 1280);
    CHECK(picture->height == 960);
    REQUIRE(picture->png.starts_with(kPngSignature));
    const Decoded d = decoded(picture->png);
    CHECK(d.width == 1280);
    CHECK(d.height == 960);
}

TEST_CASE("a large JPEG photo is scaled down and comes back as a PNG", "[picture]") {
    // Tried: a 2000 x 1500 JPEG, as a phone sends it.
    std::string error;
    auto picture = take(jpeg_file(2000, 1500), "IMG_0042.jpeg", error);
    INFO(error);
    REQUIRE(picture);
    CHECK(picture->width == 1280);
    CHECK(picture->height == 960);
    REQUIRE(picture->png.starts_with(kPngSignature));
    const Decoded d = decoded(picture->png);
    CHECK(d.width == 1280);
    CHECK(d.height == 960);
    CHECK(picture->file_name.ends_with(".png"));
}

TEST_CASE("pictures of other proportions keep them when scaled", "[picture]") {
    // Tried: a tall 1000 x 3000 PNG (height decides) and a wide 4000 x 500 JPEG (width decides).
    std::string error;
    auto tall = take(png_file(1000, 3000), "lang.png", error);
    INFO(error);
    REQUIRE(tall);
    CHECK(tall->width == 320);
    CHECK(tall->height == 960);
    auto wide = take(jpeg_file(4000, 500), "breed.jpg", error);
    INFO(error);
    REQUIRE(wide);
    CHECK(wide->width == 1280);
    CHECK(wide->height == 160);
    CHECK(decoded(wide->png).height == 160);
}

TEST_CASE("a small picture is not scaled up", "[picture]") {
    // Tried: a 300 x 200 PNG and the same size as JPEG.
    std::string error;
    for (const std::string& file : {png_file(300, 200), jpeg_file(300, 200)}) {
        auto picture = take(file, "klein.png", error);
        INFO(error);
        REQUIRE(picture);
        CHECK(picture->width == 300);
        CHECK(picture->height == 200);
        const Decoded d = decoded(picture->png);
        CHECK(d.width == 300);
        CHECK(d.height == 200);
    }
}

TEST_CASE("a text file named .png is refused as no picture", "[picture]") {
    // Tried: plain text and an HTML page under a .png name, and a GIF (a picture, not taken).
    std::string error;
    CHECK_FALSE(take("Dit is geen plaatje, maar tekst.\n", "foto.png", error));
    CHECK(error == "Dit bestand is geen foto of plaatje (alleen PNG en JPEG).");
    CHECK_FALSE(take("<html><script>alert(1)</script></html>", "foto.jpg", error));
    CHECK(error == "Dit bestand is geen foto of plaatje (alleen PNG en JPEG).");
    CHECK_FALSE(take("GIF89a\x01\x00\x01\x00\x00\x00\x00;"s, "foto.png", error));
    CHECK(error == "Dit bestand is geen foto of plaatje (alleen PNG en JPEG).");
}

TEST_CASE("an empty file is refused", "[picture]") {
    // Tried: zero bytes.
    std::string error;
    CHECK_FALSE(take("", "leeg.png", error));
    CHECK(error == "Dit bestand is leeg.");
}

TEST_CASE("a PNG or JPEG cut short is refused as unreadable", "[picture]") {
    // Tried: a good PNG and a good JPEG cut at half their length, the JPEG without only its end
    // marker (2 bytes), the PNG without only its IEND chunk (12 bytes), and the PNG signature
    // alone.
    const std::string png = png_file(400, 300);
    const std::string jpeg = jpeg_file(400, 300);
    std::string error;
    for (const std::string& cut :
         {png.substr(0, png.size() / 2), jpeg.substr(0, jpeg.size() / 2),
          jpeg.substr(0, jpeg.size() - 2), png.substr(0, png.size() - 12), kPngSignature}) {
        CHECK_FALSE(take(cut, "half.png", error));
        CHECK(error.starts_with("Dit plaatje kan niet worden gelezen"));
    }
}

TEST_CASE("a file over 8 MiB is refused as too big before it is read", "[picture]") {
    // Tried: 9 MiB starting with the PNG signature, and 8 MiB + 1 byte.
    std::string error;
    std::string nine = kPngSignature + std::string(9 * 1024 * 1024 - kPngSignature.size(), '\0');
    CHECK_FALSE(take(nine, "groot.png", error));
    CHECK(error == "Het bestand is te groot: 9,0 MB (hoogstens 8 MB).");
    CHECK_FALSE(take(std::string(8 * 1024 * 1024 + 1, 'x'), "groot.png", error));
    CHECK(error.starts_with("Het bestand is te groot: "));
}

TEST_CASE("a PNG header claiming 50000 x 50000 pixels is refused without decoding", "[picture]") {
    // Tried: a 45-byte PNG, signature + IHDR (50000 x 50000 RGBA, correct CRC) + IEND and no pixel
    // data at all. Had it been decoded, it would have failed as unreadable (no IDAT), not as too
    // large. stb_image's own info call refuses this size ("unknown image type", after trying
    // every format); the hub reads the size from the header for its message.
    const std::string bomb = kPngSignature + rgba_header(50000, 50000) + chunk("IEND", "");
    std::string error;
    CHECK_FALSE(take(bomb, "bom.png", error));
    CHECK(error == "Het plaatje is te groot: 50000 x 50000 pixels, dat is 2500 miljoen "
                   "(hoogstens 40 miljoen).");
    // The same with a wrong CRC: stb_image does not check it, the size still decides.
    std::string bad_crc = bomb;
    bad_crc[kPngSignature.size() + 8 + 13] ^= 0x55;
    CHECK_FALSE(take(bad_crc, "bom.png", error));
    CHECK(error.starts_with("Het plaatje is te groot: 50000 x 50000 pixels"));
}

TEST_CASE("a PNG header within stb's limits but over the hub's is refused", "[picture]") {
    // Tried: headers stb_image's info call accepts: 7000 x 7000 (49 million pixels), and
    // 13000 x 100 (few pixels, one side too long). No pixel data follows either.
    std::string error;
    CHECK_FALSE(take(kPngSignature + rgba_header(7000, 7000) + chunk("IEND", ""), "a.png", error));
    CHECK(error == "Het plaatje is te groot: 7000 x 7000 pixels, dat is 49 miljoen "
                   "(hoogstens 40 miljoen).");
    CHECK_FALSE(take(kPngSignature + rgba_header(13000, 100) + chunk("IEND", ""), "a.png", error));
    CHECK(error == "Het plaatje is te breed of te hoog: 13000 x 100 pixels (hoogstens 12000 "
                   "pixels per kant).");
}

TEST_CASE("a small PNG whose data inflates far beyond its pixels is refused", "[picture]") {
    // Tried: a 129 x 1 RGBA PNG (517 bytes of rows) whose IDAT, some 200 KiB, inflates to 32 MiB
    // of zeros: a decompression bomb the header's size does not show (stb_image alone inflates
    // all of it, and would go up to 4 GiB for an 8 MiB file). Then the same construction with
    // exactly the 517 bytes of rows: a good picture, so it is the excess that is refused.
    const std::string bomb = kPngSignature + rgba_header(129, 1) +
                             chunk("IDAT", zeros_zlib(32 * 1024 * 1024)) + chunk("IEND", "");
    REQUIRE(bomb.size() < 300 * 1024);
    std::string error;
    CHECK_FALSE(take(bomb, "bom.png", error));
    CHECK(error.starts_with("Dit plaatje kan niet worden gelezen"));

    const std::string fair = kPngSignature + rgba_header(129, 1) +
                             chunk("IDAT", zeros_zlib(1 + 129 * 4)) + chunk("IEND", "");
    auto picture = take(fair, "eerlijk.png", error);
    INFO(error);
    REQUIRE(picture);
    CHECK(picture->width == 129);
    CHECK(picture->height == 1);
}

TEST_CASE("interlaced and 16-bit PNGs pass the inflated size check", "[picture]") {
    // Tried: an 8 x 8 RGBA Adam7-interlaced PNG of zeros, whose seven passes take 271 bytes of
    // rows (256 of pixels, 15 filter bytes), then the same with 272 bytes; a 5 x 3 grey PNG with
    // 16 bits per pixel (3 rows of 1 + 10 bytes). stb_image_write makes neither kind.
    auto png = [](const std::string& header, std::size_t inflated) {
        return kPngSignature + header + chunk("IDAT", zeros_zlib(inflated)) + chunk("IEND", "");
    };
    std::string error;
    auto interlaced = take(png(png_header(8, 8, 8, 6, 1), 271), "adam7.png", error);
    INFO(error);
    REQUIRE(interlaced);
    CHECK(decoded(interlaced->png).width == 8);
    CHECK_FALSE(take(png(png_header(8, 8, 8, 6, 1), 272), "adam7.png", error));
    CHECK(error.starts_with("Dit plaatje kan niet worden gelezen"));
    auto deep = take(png(png_header(5, 3, 16, 0, 0), 33), "diep.png", error);
    INFO(error);
    REQUIRE(deep);
    CHECK(deep->width == 5);
    CHECK(deep->height == 3);
}

TEST_CASE("the metadata of a photo does not reach the bundle", "[picture]") {
    // Tried: a JPEG with an EXIF segment (APP1) carrying a GPS position as text, right after the
    // start marker where phones put it.
    const std::string jpeg = jpeg_file(300, 200);
    const std::string secret = "GPSLatitude 52.3702 GPSLongitude 4.8952";
    std::string exif = "Exif"s + '\0' + '\0' + secret;
    std::string app1 = "\xff\xe1"s;
    app1 += char((exif.size() + 2) >> 8);
    app1 += char((exif.size() + 2) & 0xff);
    const std::string photo = jpeg.substr(0, 2) + app1 + exif + jpeg.substr(2);
    REQUIRE(photo.find(secret) != std::string::npos);
    std::string error;
    auto picture = take(photo, "IMG_0001.JPG", error);
    INFO(error);
    REQUIRE(picture);
    CHECK(picture->png.find("GPS") == std::string::npos);
    CHECK(picture->png.find("Exif") == std::string::npos);
    CHECK(picture->png.find("eXIf") == std::string::npos);
}

TEST_CASE("the bundle name never comes from the path the browser sent", "[picture]") {
    // Tried: path tricks, a Windows path with a quote and spaces, an empty name, a NUL in the
    // name, accented letters, a name of only punctuation and a very long name.
    const std::string png = png_file(40, 30);
    std::string error;
    auto name_for = [&](const std::string& given) {
        auto picture = take(png, given, error);
        INFO(error);
        REQUIRE(picture);
        INFO(picture->file_name);
        CHECK(wire::is_safe_relative_path(picture->file_name));
        CHECK(std::regex_match(picture->file_name,
                               std::regex("images/[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}\\.png")));
        return picture->file_name.substr(0, picture->file_name.size() - 13); // no "-hash.png"
    };
    CHECK(name_for("../../etc/passwd.png") == "images/passwd");
    CHECK(name_for("a/b.png") == "images/b");
    CHECK(name_for("C:\\foto's\\Zomer 2026.JPG") == "images/zomer-2026");
    CHECK(name_for("") == "images/foto");
    CHECK(name_for(std::string("kaart\0../../x.png", 17)) == "images/x");
    CHECK(name_for(std::string("kaart\0geheim.png", 16)) == "images/kaart-geheim");
    CHECK(name_for("Café Ürün — één.png") == "images/cafe-urun-een");
    CHECK(name_for("...png") == "images/foto");
    CHECK(name_for("../") == "images/foto");
    CHECK(name_for(std::string(200, 'a') + ".png") == "images/" + std::string(40, 'a'));
    CHECK(name_for("a b c d e f g h i j k l m n o p q r s t-u.png").size() <= 7 + 40);
}

TEST_CASE("the bundle name ends in the PNG's own hash", "[picture]") {
    // Tried: two different pictures under the same name, and one picture twice.
    std::string error;
    auto a = take(png_file(40, 30), "plaatje.png", error);
    auto b = take(png_file(41, 30), "plaatje.png", error);
    auto a_again = take(png_file(40, 30), "plaatje.png", error);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a_again);
    CHECK(a->file_name != b->file_name);
    CHECK(a->file_name == a_again->file_name);
    CHECK(a->file_name.find(sha256_hex(a->png).substr(0, 8)) != std::string::npos);
}
