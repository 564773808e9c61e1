#include "theme.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "font_cache.h"
#include "icons.h"
#include "widgets/text_line.h"

#include <imgui_freetype.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

namespace bk {

namespace {
constexpr float kBodyFont = 36.0f;       // pixels at 1080p
constexpr float kCapitalHeight = 0.714f; // Noto Sans: capital height per pixel of font size
constexpr float kTargetMm = 15.0f;
// Per TextSize: at least this much larger than Normal, and capitals at least this high (mm).
constexpr float kTextStep[] = {1.0f, 1.3f, 1.6f};
constexpr float kCapitalMm[] = {0.0f, 4.6f, 6.3f};

constexpr const char* kRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
constexpr const char* kIcons =
    "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";

// Latin with the accents of Dutch, Polish and Turkish, typographic punctuation and the euro
// sign; Cyrillic only while Ukrainian is shown (it doubles the atlas), but always the letters of
// "Українська" for the language button. Arabic is shaped and drawn beside Dear ImGui
// (widgets/text_line.h).
const ImWchar* text_ranges(bool cyrillic) {
    static const ImWchar latin[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0218, 0x021B, 0x02BC, 0x02BC,
                                    0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x2193, 0};
    static const ImWchar all_cyrillic[] = {0x0400, 0x04FF, 0};
    static ImVector<ImWchar> ranges[2];
    ImVector<ImWchar>& out = ranges[cyrillic ? 1 : 0];
    if (out.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(latin);
        builder.AddText(ui_text("language_name", "uk"));
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

float Theme::body_capital_mm() const {
    return fonts_.body ? fonts_.body->FontSize * kCapitalHeight / px_per_mm_ : 0.0f;
}

void Theme::build(const Look& look) {
    look_ = look;
    const ImWchar* glyphs = text_ranges(look.cyrillic);
    px_per_mm_ = pixels_per_mm(look.width, look.screen);
    // Designed at 1920x1080 and scaled to the window, but a touch target never below 15 mm.
    float fit = std::min(look.width / 1920.0f, look.height / 1080.0f);
    if (look.height > look.width) fit = std::min(look.width / 1080.0f, look.height / 1920.0f);
    float base = std::clamp(std::max(fit, kTargetMm * px_per_mm_ / 120.0f), 0.3f, 3.0f);
    // Each step is larger than the one before on every screen, and meets its capital height.
    float capital_at_base = kBodyFont * base * kCapitalHeight / px_per_mm_;
    int step = static_cast<int>(look.text);
    float grow = std::max(kTextStep[step], kCapitalMm[step] / capital_at_base);
    // Buttons, pictograms and the clock grow with the letters, by half as much: the layout
    // keeps room for its content on a 7-inch screen.
    scale_ = base * (1.0f + (grow - 1.0f) / 2.0f);
    float text = base * grow;

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // FreeType hinting gives crisper Noto at small kiosk sizes than stb_truetype.
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    fonts_.body = add_font(kRegular, kBodyFont * text, true, glyphs);
    fonts_.bold = add_font(kBold, kBodyFont * text, true, glyphs);
    fonts_.small = add_font(kRegular, 30.0f * text, true, glyphs);
    fonts_.heading = add_font(kBold, 56.0f * text, true, glyphs);
    fonts_.display = add_font(kBold, 110.0f * scale_, false, display_ranges());
    fonts_.pictogram = add_font(kIcons, 96.0f * scale_, false, icon_ranges());
    if (font_cache_.empty())
        io.Fonts->Build();
    else
        std::fprintf(stderr, "buurtkiosk: fonts %s\n",
                     build_fonts_cached(*io.Fonts, font_cache_).c_str());
    io.FontDefault = fonts_.body;
    use_text_fonts({fonts_.bold, fonts_.heading, fonts_.display}, look.right_to_left);

    palette_ = make_palette(look.high_contrast);

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
