#include "palette.h"

namespace bk {

namespace {
ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, 0xff);
}
} // namespace

Palette make_palette(bool high_contrast) {
    Palette p{};
    if (high_contrast) {
        // White and yellow on black; every fill the visitor can tap has a white or yellow face.
        p.background = rgb(0x000000);
        p.surface = rgb(0x141414);
        p.surface_pressed = rgb(0x333333);
        p.text = rgb(0xFFFFFF);
        p.text_muted = rgb(0xE6E6E6);
        p.primary = rgb(0xFFD60A);
        p.primary_pressed = rgb(0xFFE566);
        p.on_primary = rgb(0x000000);
        p.accent = rgb(0xFFFFFF);
        p.accent_pressed = rgb(0xFFE566);
        p.on_accent = rgb(0x000000);
        p.border = rgb(0xFFFFFF);
        p.danger = rgb(0xFF8A8A);
        p.success = rgb(0x5BE37D);
        p.shadow = p.background; // none
        p.scrim = IM_COL32(0, 0, 0, 200);
        for (ImU32& c : p.category)
            c = rgb(0xFFFFFF);
        return p;
    }
    // Warm paper, dark ink, a deep teal; muted category colours that carry white words.
    p.background = rgb(0xF7F3EC);
    p.surface = rgb(0xFFFFFF);
    p.surface_pressed = rgb(0xE9E1D3);
    p.text = rgb(0x1E2227);
    p.text_muted = rgb(0x3F454C);
    p.primary = rgb(0x0C5962);
    p.primary_pressed = rgb(0x0A464C);
    p.on_primary = rgb(0xFFFFFF);
    p.accent = rgb(0xF4B942);
    p.accent_pressed = rgb(0xE0A22A);
    p.on_accent = rgb(0x1E2227);
    p.border = rgb(0x857A6A);
    p.danger = rgb(0x8E1B1B);
    p.success = rgb(0x235A27);
    p.shadow = rgb(0xDCD8D2); // the paper under an 11 % black
    p.scrim = IM_COL32(0, 0, 0, 150);
    p.category[int(Category::Ontmoeting)] = rgb(0x26557D);
    p.category[int(Category::Eten)] = rgb(0x8A3A1A);
    p.category[int(Category::Creatief)] = rgb(0x6B3F8F);
    p.category[int(Category::Bewegen)] = rgb(0x225A3A);
    p.category[int(Category::HulpEnAdvies)] = rgb(0x7A4E00);
    p.category[int(Category::Kinderen)] = rgb(0x9A2858);
    return p;
}

ImU32 category_color(const Palette& p, Category category) {
    return p.category[int(category)];
}

double minimum_contrast(PairKind kind) {
    return kind == PairKind::Text ? 7.0 : 3.0;
}

std::vector<ColorPair> color_pairs(const Palette& p) {
    using K = PairKind;
    std::vector<ColorPair> pairs{
        // Words and icons.
        {"text on the page", p.text, p.background, K::Text},
        {"text on cards, the top bar, fields and keys", p.text, p.surface, K::Text},
        {"text on a pressed key, button or card", p.text, p.surface_pressed, K::Text},
        {"muted text on the page (labels, hints)", p.text_muted, p.background, K::Text},
        {"muted text on cards and placeholders in fields", p.text_muted, p.surface, K::Text},
        {"muted text on a pressed card", p.text_muted, p.surface_pressed, K::Text},
        {"words on main buttons, tiles and the home header", p.on_primary, p.primary, K::Text},
        {"words on a pressed main button or tile", p.on_primary, p.primary_pressed, K::Text},
        {"words on announcements and the speaker button", p.on_accent, p.accent, K::Text},
        {"words on a pressed speaker button", p.on_accent, p.accent_pressed, K::Text},
        {"words on a selected choice (chips, languages, shift)", p.background, p.text, K::Text},
        {"words on a pressed selected choice", p.background, p.text_muted, K::Text},
        {"primary words and icons on the page", p.primary, p.background, K::Text},
        {"primary words and icons on cards and dialogs", p.primary, p.surface, K::Text},
        {"errors on the page", p.danger, p.background, K::Text},
        {"errors in notices and fields, a cancelled happening on a card", p.danger, p.surface,
         K::Text},
        {"done marks on the page", p.success, p.background, K::Text},
        {"done marks in notices", p.success, p.surface, K::Text},

        // The word being read is shown reversed: the block's text colour becomes the marker and
        // the word takes the colour of what the block sits on.
        {"highlight marker on the page", p.text, p.background, K::Highlight},
        {"highlighted word on the page", p.background, p.text, K::Text},
        {"highlight marker on a card", p.text, p.surface, K::Highlight},
        {"highlighted word on a card", p.surface, p.text, K::Text},
        {"highlight marker on an announcement", p.on_accent, p.accent, K::Highlight},
        {"highlighted word on an announcement", p.accent, p.on_accent, K::Text},
        {"highlight marker on the home header", p.on_primary, p.primary, K::Highlight},
        {"highlighted word on the home header", p.primary, p.on_primary, K::Text},

        // Faces and outlines of what can be tapped, against what they sit on.
        {"secondary button, key, field or card on the page", p.surface, p.background, K::Boundary,
         p.border},
        {"secondary button on the top bar or a card", p.surface, p.surface, K::Boundary, p.border},
        {"pressed key on the page", p.surface_pressed, p.background, K::Boundary, p.border},
        {"language button on the home header", p.surface, p.primary, K::Boundary, p.border},
        {"speaker button on the page", p.accent, p.background, K::Boundary, p.on_accent},
        {"speaker button on the top bar or a card", p.accent, p.surface, K::Boundary, p.on_accent},
        {"speaker button on the home header", p.accent, p.primary, K::Boundary, p.on_accent},
        {"main button on the page", p.primary, p.background, K::Boundary},
        {"main button on the top bar", p.primary, p.surface, K::Boundary},
        {"pressed main button or tile on the page", p.primary_pressed, p.background, K::Boundary},
        {"selected choice on the page", p.text, p.background, K::Boundary},
        {"focused field on the page", p.surface, p.background, K::Boundary, p.primary},
        {"field with an error on the page", p.surface, p.background, K::Boundary, p.danger},
    };
    static const char* const names[] = {"Ontmoeting", "Eten",           "Creatief",
                                        "Bewegen",    "Hulp en advies", "Kinderen"};
    for (Category c : all_categories()) {
        std::string name = names[int(c)];
        pairs.push_back({"words on a " + name + " tile or card stripe", p.on_primary,
                         category_color(p, c), K::Text});
        pairs.push_back(
            {name + " tile on the page", category_color(p, c), p.background, K::Boundary});
    }
    return pairs;
}

} // namespace bk
