#include "font_cache.h"

#include "buurtkiosk/content/file_hash.h"
#include "buurtkiosk/files/file_bytes.h"

#include <cstdint>
#include <cstring>
#include <exception>
#include <type_traits>
#include <vector>

namespace bk {

namespace {
constexpr char kMagic[] = "buurtkiosk font atlas 1\n";
static_assert(std::is_trivially_copyable_v<ImFontGlyph>);

template <typename T> void put(std::string& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// Reads what put() wrote; false when the bytes run out.
class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}
    template <typename T> bool get(T& value) { return get_bytes(&value, sizeof value); }
    bool get_bytes(void* to, std::size_t size) {
        if (bytes_.size() - at_ < size) return false;
        std::memcpy(to, bytes_.data() + at_, size);
        at_ += size;
        return true;
    }
    bool at_end() const { return at_ == bytes_.size(); }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

// Everything the atlas is built from, as text: the same description means the same atlas.
std::string describe_inputs(const ImFontAtlas& atlas) {
    std::string d = std::string("imgui ") + IMGUI_VERSION + " glyph " +
                    std::to_string(sizeof(ImFontGlyph)) + " flags " + std::to_string(atlas.Flags) +
                    " builder " + std::to_string(atlas.FontBuilderFlags) + " padding " +
                    std::to_string(atlas.TexGlyphPadding) + "\n";
    for (const ImFontConfig& c : atlas.ConfigData) {
        int font = 0;
        while (font < atlas.Fonts.Size && atlas.Fonts[font] != c.DstFont)
            ++font;
        d += std::string(c.Name) + " font " + std::to_string(font) + " data " +
             sha256_hex(std::string_view(static_cast<const char*>(c.FontData),
                                         std::size_t(c.FontDataSize))) +
             " size " + std::to_string(c.SizePixels) + " over " + std::to_string(c.OversampleH) +
             "x" + std::to_string(c.OversampleV) + " snap " + std::to_string(c.PixelSnapH) +
             " merge " + std::to_string(c.MergeMode) + " offset " +
             std::to_string(c.GlyphOffset.x) + "," + std::to_string(c.GlyphOffset.y) + " advance " +
             std::to_string(c.GlyphMinAdvanceX) + "-" + std::to_string(c.GlyphMaxAdvanceX) +
             " spacing " + std::to_string(c.GlyphExtraSpacing.x) + " builder " +
             std::to_string(c.FontBuilderFlags) + " multiply " +
             std::to_string(c.RasterizerMultiply) + " ellipsis " + std::to_string(c.EllipsisChar) +
             " ranges";
        for (const ImWchar* r = c.GlyphRanges; r && *r; ++r)
            d += " " + std::to_string(*r);
        d += "\n";
    }
    return d;
}

// The built atlas: texture size, the white pixel and line UVs, each font's metrics and glyphs,
// the alpha texture; then the SHA-256 of all of it.
std::string serialize(const ImFontAtlas& atlas, const std::string& inputs) {
    std::string body;
    put(body, atlas.TexWidth);
    put(body, atlas.TexHeight);
    put(body, atlas.TexUvWhitePixel);
    put(body, atlas.TexUvLines);
    put(body, atlas.Fonts.Size);
    for (const ImFont* f : atlas.Fonts) {
        put(body, f->FontSize);
        put(body, f->Ascent);
        put(body, f->Descent);
        put(body, f->FallbackChar);
        put(body, f->EllipsisChar);
        put(body, f->DotChar);
        put(body, f->Glyphs.Size);
        body.append(reinterpret_cast<const char*>(f->Glyphs.Data),
                    std::size_t(f->Glyphs.Size) * sizeof(ImFontGlyph));
    }
    body.append(reinterpret_cast<const char*>(atlas.TexPixelsAlpha8),
                std::size_t(atlas.TexWidth) * std::size_t(atlas.TexHeight));
    std::string out = kMagic;
    put(out, std::uint32_t(inputs.size()));
    out += inputs;
    out += body;
    out += sha256_hex(body);
    return out;
}

// Fills the atlas from `bytes`; false (atlas untouched) when anything does not match or add up.
bool deserialize(ImFontAtlas& atlas, const std::string& bytes, const std::string& inputs) {
    const std::size_t head = sizeof kMagic - 1 + sizeof(std::uint32_t) + inputs.size();
    constexpr std::size_t kDigest = 64;
    if (bytes.size() < head + kDigest || bytes.compare(0, sizeof kMagic - 1, kMagic) != 0)
        return false;
    std::uint32_t length = 0;
    std::memcpy(&length, bytes.data() + sizeof kMagic - 1, sizeof length);
    if (length != inputs.size() || bytes.compare(head - inputs.size(), inputs.size(), inputs) != 0)
        return false;
    std::string_view body(bytes.data() + head, bytes.size() - head - kDigest);
    if (sha256_hex(body) != bytes.substr(bytes.size() - kDigest)) return false;

    Reader r(body);
    int width = 0, height = 0, fonts = 0;
    ImVec2 white;
    ImVec4 lines[IM_ARRAYSIZE(atlas.TexUvLines)];
    if (!r.get(width) || !r.get(height) || !r.get(white) || !r.get(lines) || !r.get(fonts) ||
        width <= 0 || height <= 0 || width > 16384 || height > 16384 || fonts != atlas.Fonts.Size)
        return false;
    struct Metrics {
        float size, ascent, descent;
        ImWchar fallback, ellipsis, dot;
        ImVector<ImFontGlyph> glyphs;
    };
    std::vector<Metrics> read(static_cast<std::size_t>(fonts));
    for (Metrics& m : read) {
        int count = 0;
        if (!r.get(m.size) || !r.get(m.ascent) || !r.get(m.descent) || !r.get(m.fallback) ||
            !r.get(m.ellipsis) || !r.get(m.dot) || !r.get(count) || count < 0 || count > 1 << 20)
            return false;
        m.glyphs.resize(count);
        if (!r.get_bytes(m.glyphs.Data, std::size_t(count) * sizeof(ImFontGlyph))) return false;
    }
    const std::size_t pixels = std::size_t(width) * std::size_t(height);
    auto* alpha = static_cast<unsigned char*>(IM_ALLOC(pixels));
    if (!r.get_bytes(alpha, pixels) || !r.at_end()) {
        IM_FREE(alpha);
        return false;
    }

    atlas.ClearTexData();
    atlas.TexPixelsAlpha8 = alpha;
    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexUvScale = ImVec2(1.0f / float(width), 1.0f / float(height));
    atlas.TexUvWhitePixel = white;
    std::memcpy(atlas.TexUvLines, lines, sizeof lines);
    for (int i = 0; i < fonts; ++i) {
        ImFont* f = atlas.Fonts[i];
        Metrics& m = read[std::size_t(i)];
        f->ContainerAtlas = &atlas;
        f->ConfigData = nullptr;
        f->ConfigDataCount = 0;
        for (const ImFontConfig& c : atlas.ConfigData)
            if (c.DstFont == f) {
                if (!f->ConfigData) f->ConfigData = &c;
                ++f->ConfigDataCount;
            }
        f->FontSize = m.size;
        f->Ascent = m.ascent;
        f->Descent = m.descent;
        f->FallbackChar = m.fallback;
        f->EllipsisChar = m.ellipsis;
        f->DotChar = m.dot;
        f->Glyphs.swap(m.glyphs);
        f->BuildLookupTable();
    }
    atlas.TexReady = true;
    return true;
}
} // namespace

std::string build_fonts_cached(ImFontAtlas& atlas, const std::filesystem::path& dir) {
    const std::string inputs = describe_inputs(atlas);
    const std::filesystem::path file = dir / ("fonts-" + sha256_hex(inputs).substr(0, 16));
    std::string outcome = "built";
    if (auto bytes = read_file(file)) {
        if (deserialize(atlas, *bytes, inputs)) return "from cache " + file.string();
        outcome = "cache " + file.string() + " does not hold these fonts or is corrupt: rebuilt";
    }
    atlas.Build();
    // Only alpha atlases are kept; colour glyphs would need the RGBA copy.
    if (!atlas.TexPixelsAlpha8 || atlas.TexPixelsUseColors) return outcome;
    try {
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        write_file_durably(file, serialize(atlas, inputs), 0600);
    } catch (const std::exception& e) {
        outcome += std::string(" (not kept: ") + e.what() + ")";
    }
    return outcome;
}

} // namespace bk
