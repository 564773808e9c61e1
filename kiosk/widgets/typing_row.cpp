#include "widgets/typing_row.h"

#include "i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_field.h"
#include "widgets/text_fit.h"

namespace bk {

FormLayout typing_row(ScreenContext& ctx, NameAndPhone fields, const std::string& speak_prefix,
                      const char* phone_label_key) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    KeyboardState& kb = ctx.visitor.forms.keyboard;
    ImFont* bold = t.fonts().bold;
    std::string done = ui_text("done", lang);
    float done_w = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, done.c_str()).x +
                   bold->FontSize * 1.1f + t.px(14) + 2 * t.px(32);
    float field_w = (form_width(t) - done_w - 2 * t.gap()) / 2;
    // Errors stay on one line here so the keyboard keeps its size; the full text is read aloud
    // and shown in full once "Klaar" hides the keyboard.
    auto one_line = [&](const std::string& error) {
        // The field's name is right above, so "Telefoonnummer: ..." keeps only its message.
        auto colon = error.find(": ");
        std::string message = colon == std::string::npos ? error : error.substr(colon + 2);
        if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] -= 'a' - 'A';
        return error.empty() ? error
                             : fit_with_ellipsis(message, bold, field_w - bold->FontSize * 1.5f);
    };
    std::string name_error = one_line(fields.name_error);
    std::string phone_error = one_line(fields.phone_error);
    float row_h = std::max(text_field_height(t, name_error, field_w),
                           text_field_height(t, phone_error, field_w));
    FormLayout l = form_layout(t, row_h);
    ImGui::SetCursorScreenPos(l.origin);
    if (text_field(t, "field-first-name", ui_text("first_name", lang), fields.first_name,
                   ui_text("first_name_hint", lang), fields.focus == FormField::FirstName,
                   name_error, field_w, [&] { ctx.speak(speak_prefix + "-name"); })) {
        fields.focus = FormField::FirstName;
        kb.digits = false;
    }
    ImGui::SetCursorScreenPos(ImVec2(l.origin.x + field_w + t.gap(), l.origin.y));
    if (text_field(t, "field-phone", ui_text(phone_label_key, lang), fields.phone,
                   ui_text("phone_hint", lang), fields.focus == FormField::Phone, phone_error,
                   field_w, [&] { ctx.speak(speak_prefix + "-phone"); })) {
        fields.focus = FormField::Phone;
        kb.digits = true;
    }
    ImGui::SetCursorScreenPos(
        ImVec2(l.origin.x + 2 * (field_w + t.gap()), l.origin.y + bold->FontSize * 1.3f));
    if (big_button(t, "keyboard-done", icon::Check, done, ImVec2(done_w, t.target()),
                   ButtonKind::Primary))
        fields.focus = FormField::None;
    // The question is read, never the answer: a typed first name is private, and bystanders
    // hear the loudspeaker too. (A phone number never is either.)
    ctx.speakables->push_back({speak_prefix + "-name", ui_text("first_name", lang)});
    ctx.speakables->push_back({speak_prefix + "-phone", ui_text(phone_label_key, lang)});
    if (!fields.name_error.empty())
        ctx.speakables->push_back({speak_prefix + "-name-error", fields.name_error});
    if (!fields.phone_error.empty())
        ctx.speakables->push_back({speak_prefix + "-phone-error", fields.phone_error});
    return l;
}

} // namespace bk
