// Language: the visitor picks the language of the screen and of the voice.
#include "screens/screens.h"

#include "i18n/ui_text.h"
#include "widgets/buttons.h"
#include "widgets/top_bar.h"

namespace bk {

namespace {
struct LanguageChoice {
    const char* code;
    const char* name; // in its own language, so a visitor recognises it
};
constexpr LanguageChoice kLanguages[] = {
    {"nl", "Nederlands"},
    {"en", "English"},
    {"pl", "Polski"},
    {"tr", "T\xc3\xbcrk\xc3\xa7"
           "e"},
    {"uk", "\xd0\xa3\xd0\xba\xd1\x80\xd0\xb0\xd1\x97\xd0\xbd\xd1\x81\xd1\x8c\xd0\xba\xd0\xb0"},
};
} // namespace

const char* language_name(const std::string& code) {
    for (const auto& l : kLanguages)
        if (code == l.code) return l.name;
    return "Nederlands";
}

void draw_language(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    top_bar(ctx, ui_text("language", ctx.lang()));
    float width = std::min(ImGui::GetContentRegionAvail().x - 2 * t.gap(), t.px(1100));
    std::string spoken;
    for (const auto& l : kLanguages) {
        bool offered = std::string(l.code) == "nl";
        for (const auto& code : ctx.content.settings.languages)
            offered |= code == l.code;
        if (!offered) continue;
        ImGui::SetCursorPosX(t.gap());
        bool selected = ctx.lang() == l.code;
        if (big_button(t, std::string("lang-") + l.code, nullptr, l.name, ImVec2(width, t.target()),
                       selected ? ButtonKind::Selected : ButtonKind::Secondary)) {
            ctx.visitor.language = l.code;
            ctx.nav.back();
        }
        spoken += std::string(l.name) + ". ";
    }
    ctx.speakables->push_back({"language-list", spoken});
}

} // namespace bk
