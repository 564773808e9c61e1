#include "theme.h"

#include "icons.h"

#include <imgui_freetype.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

namespace bk {

namespace {
constexpr const char* kRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
constexpr const char* kIcons =
    "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";

// Latin with the accents of Dutch, Polish and Turkish, typographic punctuation and the euro
// sign; Cyrillic only while Ukrainian is shown (it doubles the atlas), but always the letters of
// "Українська" for the language button. Arabic needs shaping that Dear ImGui 1.86 lacks: README.
const ImWchar* text_ranges(bool cyrillic) {
    static const ImWchar latin[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0218, 0x021B, 0x02BC, 0x02BC,
                                    0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x2193, 0};
    static const ImWchar all_cyrillic[] = {0x0400, 0x04FF, 0};
    static ImVector<ImWchar> ranges[2];
    ImVector<ImWchar>& out = ranges[cyrillic ? 1 : 0];
    if (out.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(latin);
        builder.AddText(
            "\xd0\xa3\xd0\xba\xd1\x80\xd0\xb0\xd1\x97\xd0\xbd\xd1\x81\xd1\x8c\xd0\xba\xd0\xb0");
        if (cyrillic) builder.AddRanges(all_cyrillic);
        builder.BuildRanges(&out);
    }
    return out.Data;
}

const ImWchar* icon_ranges() {
    static ImVector<ImWchar> ranges = [] {
        ImFontGlyphRangesBuilder builder;
        for (const char* glyph : icon::all())
            builder.AddText(glyph);
        ImVector<ImWchar> out;
        builder.BuildRanges(&out);
        return out;
    }();
    return ranges.Data;
}

// The display size shows only the clock and sign-up codes: digits, ':' and capitals.
const ImWchar* display_ranges() {
    static const ImWchar ranges[] = {0x0020, 0x005A, 0};
    return ranges;
}

ImFont* add_font(const char* path, float size, bool with_icons, const ImWchar* ranges) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    ImFont* font = nullptr;
    if (std::filesystem::exists(path))
        font = io.Fonts->AddFontFromFileTTF(path, size, &config, ranges);
    if (!font) {
        std::fprintf(stderr, "buurtkiosk: font %s missing, using the built-in font\n", path);
        ImFontConfig fallback;
        fallback.SizePixels = size;
        font = io.Fonts->AddFontDefault(&fallback);
    }
    if (with_icons && std::filesystem::exists(kIcons)) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.GlyphMinAdvanceX = size;
        merge.GlyphOffset.y = size * 0.18f; // Material glyphs sit high next to Noto's x-height
        io.Fonts->AddFontFromFileTTF(kIcons, size, &merge, icon_ranges());
    }
    return font;
}
} // namespace

bool Theme::needs_rebuild(int width, int height, bool high_contrast, bool large_text,
                          bool cyrillic) const {
    return width != width_ || height != height_ || high_contrast != high_contrast_ ||
           large_text != large_text_ || cyrillic != cyrillic_;
}

void Theme::build(int width, int height, bool high_contrast, bool large_text, bool cyrillic) {
    cyrillic_ = cyrillic;
    const ImWchar* glyphs = text_ranges(cyrillic);
    width_ = width;
    height_ = height;
    high_contrast_ = high_contrast;
    large_text_ = large_text;
    // Designed at 1920x1080; small screens keep text readable and targets near 15 mm.
    float fit = std::min(width / 1920.0f, height / 1080.0f);
    if (height > width) fit = std::min(width / 1080.0f, height / 1920.0f);
    scale_ = std::clamp(fit, 0.62f, 2.0f);
    float text = scale_ * (large_text ? 1.25f : 1.0f);

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // FreeType hinting gives crisper Noto at small kiosk sizes than stb_truetype.
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    fonts_.body = add_font(kRegular, 36.0f * text, true, glyphs);
    fonts_.bold = add_font(kBold, 36.0f * text, true, glyphs);
    fonts_.small = add_font(kRegular, 30.0f * text, true, glyphs);
    fonts_.heading = add_font(kBold, 56.0f * text, true, glyphs);
    fonts_.display = add_font(kBold, 110.0f * scale_, false, display_ranges());
    fonts_.pictogram = add_font(kIcons, 96.0f * scale_, false, icon_ranges());
    io.Fonts->Build();
    io.FontDefault = fonts_.body;

    palette_ = make_palette(high_contrast);

    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameRounding = radius();
    style.ItemSpacing = ImVec2(gap(), gap());
    style.ScrollbarSize = px(10);
    style.ScrollbarRounding = px(5);
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(palette_.background);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(palette_.text);
    style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(palette_.border);
    style.Colors[ImGuiCol_ScrollbarGrabHovered] = style.Colors[ImGuiCol_ScrollbarGrab];
    style.Colors[ImGuiCol_ScrollbarGrabActive] = style.Colors[ImGuiCol_ScrollbarGrab];
    style.Colors[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(palette_.surface);
    style.Colors[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(palette_.border);
}

ImU32 Theme::category_color(Category category) const {
    return bk::category_color(palette_, category);
}

const char* Theme::category_icon(Category category) const {
    switch (category) {
    case Category::Ontmoeting: return icon::Cafe;
    case Category::Eten: return icon::Restaurant;
    case Category::Creatief: return icon::Palette;
    case Category::Bewegen: return icon::Walk;
    case Category::HulpEnAdvies: return icon::SupportAgent;
    case Category::Kinderen: return icon::ChildCare;
    }
    return icon::Event;
}

} // namespace bk
