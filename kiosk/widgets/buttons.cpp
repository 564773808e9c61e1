#include "widgets/buttons.h"

#include "widgets/tap_targets.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"

#include <imgui_internal.h>

#include <algorithm>

namespace bk {

namespace {
struct Colors {
    ImU32 fill, fill_pressed, text, border;
};

Colors colors_for(const Theme& theme, ButtonKind kind) {
    const Palette& p = theme.colors();
    switch (kind) {
    case ButtonKind::Primary: return {p.primary, p.primary_pressed, p.on_primary, 0};
    // Outlined in its own ink: the yellow face alone is too light on the page (WCAG 1.4.11).
    case ButtonKind::Accent: return {p.accent, p.accent_pressed, p.on_accent, p.on_accent};
    case ButtonKind::Selected: return {p.text, p.text_muted, p.background, 0};
    case ButtonKind::Quiet: return {0, p.surface_pressed, p.text, 0};
    case ButtonKind::Secondary: break;
    }
    return {p.surface, p.surface_pressed, p.text, p.border};
}
} // namespace

float big_button_width(const Theme& theme, bool icon, const std::string& label) {
    ImFont* font = theme.fonts().bold;
    float icon_w = icon ? font->FontSize * 1.1f : 0.0f;
    float text_w = text_width(font, font->FontSize, label);
    return icon_w + (icon && !label.empty() ? theme.px(14) : 0) + text_w + 2 * theme.px(32);
}

bool big_button(const Theme& theme, const std::string& id, const char* icon,
                const std::string& label, ImVec2 size, ButtonKind kind) {
    ImFont* font = theme.fonts().bold;
    float pad = theme.px(32);
    float icon_w = icon ? font->FontSize * 1.1f : 0.0f;
    const float content_w = big_button_width(theme, icon != nullptr, label) - 2 * pad;
    if (size.x <= 0) size.x = content_w + 2 * pad;
    if (size.y <= 0) size.y = theme.target();

    bool pressed = ImGui::InvisibleButton(id.c_str(), size);
    TapTargets::frame().record_last_item(id, label);
    bool held = ImGui::IsItemActive();
    Colors c = colors_for(theme, kind);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = held ? c.fill_pressed : c.fill;
    if (fill) dl->AddRectFilled(a, b, fill, theme.radius());
    if (c.border) dl->AddRect(a, b, c.border, theme.radius(), 0, theme.px(3));

    // Icon then label from where reading starts: the icon on the right in Arabic.
    float start = std::max(pad / 2, (size.x - content_w) / 2);
    float y = a.y + (size.y - font->FontSize) / 2;
    float label_at = start;
    if (icon) {
        float icon_x = theme.from_start(a.x, b.x, start, icon_w);
        draw_pictogram(dl, font, font->FontSize * 1.1f, ImVec2(icon_x, y - font->FontSize * 0.05f),
                       c.text, icon);
        label_at += icon_w + theme.px(14);
    }
    float room = size.x - pad / 4 - label_at;
    float label_w = std::min(room, text_width(font, font->FontSize, label));
    draw_fitted(dl, font, font->FontSize, ImVec2(theme.from_start(a.x, b.x, label_at, label_w), y),
                c.text, label, label_w);
    if (font->FontSize > size.y)
        TapTargets::frame().note_problem("'" + label + "' is taller than its button");
    return pressed;
}

bool tile(const Theme& theme, const std::string& id, const char* icon, const std::string& title,
          const std::string& subtitle, ImVec2 size, ImU32 color) {
    bool pressed = ImGui::InvisibleButton(id.c_str(), size);
    TapTargets::frame().record_last_item(id, title);
    bool held = ImGui::IsItemActive();
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Palette& p = theme.colors();
    ImU32 on = p.on_primary;
    dl->AddRectFilled(ImVec2(a.x, a.y + theme.px(6)), ImVec2(b.x, b.y + theme.px(6)), p.shadow,
                      theme.radius());
    dl->AddRectFilled(a, b, held ? p.primary_pressed : color, theme.radius());

    const Fonts& f = theme.fonts();
    float pad = std::min(theme.px(36), size.y * 0.18f);
    float icon_size = std::min(f.pictogram->FontSize, size.y - 2 * pad);
    float text_at = pad + icon_size + theme.px(28); // from where reading starts
    float title_h = f.heading->FontSize;
    // A short tile (small screens, portrait rows) keeps its title and drops the second line.
    bool with_subtitle = !subtitle.empty() && size.y >= title_h + f.body->FontSize * 1.1f + pad;
    float sub_h = with_subtitle ? f.body->FontSize * 1.1f : 0;
    float block_h = title_h + sub_h;
    draw_pictogram(
        dl, f.pictogram, icon_size,
        ImVec2(theme.from_start(a.x, b.x, pad, icon_size), a.y + (size.y - icon_size) / 2), on,
        icon);
    float y = a.y + (size.y - block_h) / 2;
    float text_w = size.x - pad / 2 - text_at;
    float text_x = theme.from_start(a.x, b.x, text_at, text_w);
    draw_fitted(dl, f.heading, f.heading->FontSize, ImVec2(text_x, y), on, title, text_w);
    if (with_subtitle)
        draw_fitted(dl, f.body, f.body->FontSize, ImVec2(text_x, y + title_h * 1.02f), on, subtitle,
                    text_w);
    if (title_h > size.y)
        TapTargets::frame().note_problem("'" + title + "' is taller than its tile");
    return pressed;
}

} // namespace bk
