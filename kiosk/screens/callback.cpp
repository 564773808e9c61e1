// "Bel mij terug" in three steps, one task each: the topic as pictogram tiles; first name and
// phone number on the on-screen keyboard; the part of day, the consent line and "Verstuur".
// Terug goes one step back. After sending, nothing typed here is shown again.
#include "screens/screens.h"

#include "buurtkiosk/domain/person.h"
#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/flow_layout.h"
#include "widgets/form_layout.h"
#include "widgets/keyboard.h"
#include "widgets/notice.h"
#include "widgets/question_label.h"
#include "widgets/tap_targets.h"
#include "widgets/text_block.h"
#include "widgets/text_field.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"
#include "widgets/typing_step.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <vector>

namespace bk {

namespace {
struct Topic {
    const char* id;
    const char* icon;
};
constexpr Topic kTopics[] = {
    {"money", icon::Euro}, {"health", icon::Health}, {"housing", icon::Home},
    {"work", icon::Work},  {"contact", icon::Chat},  {"parenting", icon::Family},
    {"other", icon::Help},
};
constexpr const char* kPartsOfDay[] = {"morning", "afternoon", "evening"};

const char* topic_icon(const std::string& id) {
    for (const Topic& t : kTopics)
        if (id == t.id) return t.icon;
    return icon::Help;
}

// A topic tile: the pictogram on top, the words under it, wrapped and centred (topic names
// are long: "Contact en eenzaamheid").
bool topic_tile(const Theme& t, const std::string& id, const char* icon, const std::string& title,
                ImVec2 size) {
    bool pressed = ImGui::InvisibleButton(id.c_str(), size);
    TapTargets::frame().record_last_item(id, title);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const Palette& p = t.colors();
    const Fonts& f = t.fonts();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(a.x, a.y + t.px(6)), ImVec2(b.x, b.y + t.px(6)), p.shadow, t.radius());
    dl->AddRectFilled(
        a, b, ImGui::IsItemActive() ? p.primary_pressed : t.category_color(Category::HulpEnAdvies),
        t.radius());
    float pad = t.px(20);
    float wrap = size.x - 2 * pad;
    // The heading font when the words fit the tile, else the smaller bold one (800x480).
    auto line_text = [&](const ByteRange& line) {
        return std::string_view(title).substr(line.begin, line.end - line.begin);
    };
    auto widest = [&](ImFont* font, const std::vector<ByteRange>& ls) {
        float w = 0;
        for (const ByteRange& line : ls)
            w = std::max(w, text_width(font, font->FontSize, line_text(line)));
        return w;
    };
    ImFont* font = f.heading;
    auto lines = wrap_lines(font, font->FontSize, title, wrap);
    float icon_size = std::min(f.pictogram->FontSize, size.y * 0.4f);
    float block = icon_size + t.px(12) + float(lines.size()) * font->FontSize * 1.1f;
    if (block > size.y - pad || widest(font, lines) > wrap) {
        font = f.bold;
        lines = wrap_lines(font, font->FontSize, title, wrap);
        icon_size = std::min(f.pictogram->FontSize, size.y * 0.32f);
        block = icon_size + t.px(12) + float(lines.size()) * font->FontSize * 1.1f;
    }
    if (block > size.y) TapTargets::frame().note_problem("'" + title + "' is taller than its tile");
    float y = a.y + std::max(pad, (size.y - block) / 2);
    draw_pictogram(dl, f.pictogram, icon_size, ImVec2(a.x + (size.x - icon_size) / 2, y),
                   p.on_primary, icon);
    y += icon_size + t.px(12);
    ImVec4 clip(a.x, a.y, b.x, b.y);
    for (const ByteRange& line : lines) {
        float w = text_width(font, font->FontSize, line_text(line));
        draw_text(dl, font, font->FontSize, ImVec2(a.x + (size.x - w) / 2, y), p.on_primary,
                  line_text(line), nullptr, &clip);
        y += font->FontSize * 1.1f;
    }
    return pressed;
}

// Checks name and phone; fills the field errors. True when both are fine.
bool person_checked(CallbackForm& form, const std::string& lang) {
    PersonCheck person = check_person(form.first_name, form.phone, PhoneRule::Required);
    form.name_error = person.name_problem ? ui_text("err_" + *person.name_problem, lang) : "";
    form.phone_error =
        person.phone_problem ? ui_text("err_phone_" + *person.phone_problem, lang) : "";
    return person.ok();
}

void step_topic(ScreenContext& ctx, CallbackForm& form) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    FormLayout l = form_layout(t, 0);
    ImGui::SetCursorScreenPos(l.origin);
    heading_text(t.fonts().heading, ui_text("topic_question", lang));
    ctx.speakables->push_back({"callback-question", ui_text("topic_question", lang)});
    float top = ImGui::GetCursorScreenPos().y + t.px(8);
    int columns = t.portrait() ? 2 : 4;
    int rows = (int(std::size(kTopics)) + columns - 1) / columns;
    float avail_h = l.origin.y + l.height - top;
    ImVec2 size((l.width - float(columns - 1) * t.gap()) / float(columns),
                std::min((avail_h - float(rows - 1) * t.gap()) / float(rows), t.px(320)));
    // A tile holds its pictogram and two lines of words. Where seven such tiles do not fit (a
    // 7-inch screen in large letters) they come two a row, in a list that scrolls.
    const Fonts& f = t.fonts();
    auto least_h = [&](float tile_w) { // the most lines any topic's words need at this width
        float lines = 1;
        for (const Topic& topic : kTopics) {
            std::string title = ui_text(std::string("topic-") + topic.id, lang);
            auto wrapped = wrap_lines(f.bold, f.bold->FontSize, title, tile_w - 2 * t.px(20));
            lines = std::max(lines, float(wrapped.size()));
        }
        return std::max(t.target(), 2 * t.px(20) + f.pictogram->FontSize * 0.32f + t.px(12) +
                                        lines * f.bold->FontSize * 1.1f);
    };
    bool scrolls = size.y < least_h(size.x);
    ImVec2 origin(l.origin.x, top);
    if (scrolls) {
        columns = 2;
        float tile_w = (l.width - t.px(16) - t.gap()) / 2;
        size = ImVec2(tile_w, least_h(tile_w));
        ImGui::SetCursorScreenPos(origin);
        begin_touch_scroll(t, "topics", ImVec2(l.width, avail_h), ctx.nav.visit());
        origin = ImGui::GetCursorScreenPos();
    }
    int i = 0;
    for (const Topic& topic : kTopics) {
        int r = i / columns, c = i % columns;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + float(c) * (size.x + t.gap()),
                                         origin.y + float(r) * (size.y + t.gap())));
        std::string title = ui_text(std::string("topic-") + topic.id, lang);
        if (topic_tile(t, std::string("topic-") + topic.id, topic.icon, title, size)) {
            form.topic = topic.id;
            form.step = 1;
            form.focus = FormField::None;
            ctx.visitor.forms.keyboard = KeyboardState{};
        }
        ctx.speakables->push_back({std::string("topic-") + topic.id, title});
        ++i;
    }
    if (scrolls) end_touch_scroll();
}

void type_into_focus(ScreenContext& ctx, CallbackForm& form, const FormLayout& l) {
    ImGui::SetCursorScreenPos(l.keyboard_pos);
    bool phone = form.focus == FormField::Phone;
    if (keyboard(ctx.theme, ctx.visitor.forms.keyboard, phone ? form.phone : form.first_name,
                 l.keyboard_size, phone ? 20 : 40, ctx.lang()))
        (phone ? form.phone_error : form.name_error).clear();
}

TextField name_field(const CallbackForm& form, const std::string& lang) {
    return {"field-first-name", ui_text("first_name", lang),
            form.first_name,    ui_text("first_name_hint", lang),
            "callback-name",    form.focus == FormField::FirstName,
            form.name_error};
}

TextField phone_field(const CallbackForm& form, const std::string& lang) {
    return {"field-phone",    ui_text("phone", lang),
            form.phone,       ui_text("phone_hint", lang),
            "callback-phone", form.focus == FormField::Phone,
            form.phone_error};
}

// Name and phone on the left (or on top), the topic and "Volgende" on the right (or under them).
float person_height(const Theme& t, const CallbackForm& form, const std::string& lang,
                    float column_w, bool two_columns, float* left_h = nullptr) {
    float left = text_field_height(t, name_field(form, lang), column_w) + t.gap() +
                 text_field_height(t, phone_field(form, lang), column_w);
    float right = question_label_height(t, ui_text("topic", lang), column_w) + t.px(4) +
                  t.target() + t.gap() + t.target();
    if (left_h) *left_h = left;
    return two_columns ? std::max(left, right) : left + t.gap() + right;
}

bool person_fits_keyboard(const Theme& t, const CallbackForm& form, const std::string& lang) {
    return form_fits_keyboard(t, person_height(t, form, lang, form_column_width(t), !t.portrait()));
}

// On a screen too low for the questions and the keyboard: typing one answer fills the screen.
void person_typing_step(ScreenContext& ctx, CallbackForm& form) {
    const std::string& lang = ctx.lang();
    bool phone = form.focus == FormField::Phone;
    TextField field = phone ? phone_field(form, lang) : name_field(form, lang);
    field.focused = true;
    Typed typed =
        typing_step(ctx, field, phone ? form.phone : form.first_name, phone ? 20 : 40, ctx.lang());
    if (typed == Typed::Changed) (phone ? form.phone_error : form.name_error).clear();
    if (typed == Typed::Done) form.typing = false;
}

// `with_keyboard`: person_fits_keyboard(), asked before the top bar was drawn.
void step_person(ScreenContext& ctx, CallbackForm& form, bool with_keyboard) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    KeyboardState& kb = ctx.visitor.forms.keyboard;
    if (with_keyboard && form.focus == FormField::None) form.focus = FormField::FirstName;
    FormLayout l =
        with_keyboard
            ? form_layout(t, person_height(t, form, lang, form_column_width(t), !t.portrait()))
            : begin_form_overview(t, "callback-person", ctx.nav.visit());
    float left_h = 0;
    float columns_h = person_height(t, form, lang, l.column_w, l.two_columns, &left_h);
    // Without a keyboard on screen no field looks as if it were being typed in.
    TextField name = name_field(form, lang), phone = phone_field(form, lang);
    if (!with_keyboard) name.focused = phone.focused = false;
    ImGui::SetCursorScreenPos(l.column(0));
    if (text_field(ctx, name, l.column_w)) {
        form.focus = FormField::FirstName;
        form.typing = true;
        kb.digits = false;
    }
    ImGui::SetCursorScreenPos(ImVec2(l.origin.x, ImGui::GetCursorScreenPos().y + t.gap()));
    if (text_field(ctx, phone, l.column_w)) {
        form.focus = FormField::Phone;
        form.typing = true;
        kb.digits = true;
    }

    ImVec2 c1 = l.two_columns ? l.column(1) : ImVec2(l.origin.x, l.origin.y + left_h + t.gap());
    ImGui::SetCursorScreenPos(c1);
    question_label(t, ui_text("topic", lang), l.column_w);
    ImGui::SetCursorScreenPos(ImVec2(c1.x, ImGui::GetCursorScreenPos().y + t.px(4)));
    std::string topic = ui_text("topic-" + form.topic, lang);
    if (big_button(t, "change-topic", topic_icon(form.topic), topic, ImVec2(l.column_w, t.target()),
                   ButtonKind::Secondary))
        form.step = 0;
    ImGui::SetCursorScreenPos(
        ImVec2(c1.x, std::max(l.origin.y + columns_h - t.target(), below_last_item(t))));
    if (big_button(t, "next", icon::ChevronRight, ui_text("next", lang),
                   ImVec2(l.column_w, t.target()), ButtonKind::Primary)) {
        // Errors show in full on the questions, also where they leave no room for the keyboard:
        // the visitor taps the field to mend it.
        form.typing = false;
        if (person_checked(form, lang))
            form.step = 2;
        else {
            form.focus = form.name_error.empty() ? FormField::Phone : FormField::FirstName;
            kb.digits = form.focus == FormField::Phone;
        }
    }

    if (with_keyboard)
        type_into_focus(ctx, form, l);
    else
        end_form_overview();
}

void send(ScreenContext& ctx, CallbackForm& form) {
    const std::string& lang = ctx.lang();
    form.part_error.clear();
    form.consent_error.clear();
    form.general_error.clear();
    if (form.part_of_day.empty()) form.part_error = ui_text("err_part_of_day", lang);
    if (!form.consent) form.consent_error = ui_text("err_consent", lang);
    if (!person_checked(form, lang)) {
        form.step = 1; // the error is shown beside the field it is about
        return;
    }
    if (!form.part_error.empty() || !form.consent_error.empty()) return;
    if (!ctx.requests || !ctx.requests->available()) {
        form.general_error = ui_text("store_unavailable", lang);
        return;
    }
    if (form.token.empty()) form.token = ctx.requests->new_form_token();
    CallbackRequest request{form.topic, trim(form.first_name), form.phone, form.part_of_day,
                            form.token};
    try {
        ctx.requests->request_callback(request);
        // Never shown again: the form is forgotten the moment the request is stored.
        form = CallbackForm{};
        ctx.visitor.forms.keyboard = KeyboardState{};
        ctx.nav.go(Screen::CallbackDone);
    } catch (const std::invalid_argument&) {
        std::fprintf(stderr, "buurtkiosk: callback request refused by the store (bad request)\n");
        form.general_error = ui_text("store_failed", lang);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: callback request not stored: %s\n", e.what());
        form.general_error = ui_text("store_failed", lang);
    }
}

// An error line under a question, wrapped; returns its height (0 when there is none).
float error_line(ScreenContext& ctx, const std::string& id, const std::string& error, ImVec2 at,
                 float width) {
    if (error.empty()) return 0;
    const Theme& t = ctx.theme;
    ImGui::SetCursorScreenPos(at);
    text_block(std::string(icon::Warning) + " " + error, t.fonts().bold, t.colors().danger, width);
    ctx.speakables->push_back({id, error});
    return ImGui::GetCursorScreenPos().y - at.y;
}

// Left: when to call and the consent; right: the privacy line and "Verstuur".
// Whether both columns fit, with three part-of-day buttons of at least 15 mm and the speaker.
bool when_fits(const Theme& t, const CallbackForm& form, const FormLayout& l,
               const std::string& lang) {
    float w = l.column_w;
    ImFont* bold = t.fonts().bold;
    auto error_h = [&](const std::string& e) {
        return e.empty() ? 0.0f : text_block_height(std::string(icon::Warning) + " " + e, bold, w);
    };
    float left = question_label_height(t, ui_text("part_of_day_question", lang), w) + t.px(4) +
                 t.target() + t.px(8) + error_h(form.part_error) + t.gap() + t.target() + t.px(8) +
                 error_h(form.consent_error);
    float right = notice_height(t, ui_text("privacy_callback", lang), w) + t.gap() + t.target();
    if (!form.general_error.empty()) right += t.px(12) + notice_height(t, form.general_error, w);
    bool wide = (w - t.target() - 3 * t.target_gap()) / 3 >= t.least_target() * 1.04f;
    float needed = l.two_columns ? std::max(left, right) : left + t.gap() + right;
    return wide && needed <= l.height;
}

void step_when(ScreenContext& ctx, CallbackForm& form) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    FormLayout l = form_layout(t, 0);
    if (!when_fits(t, form, l, lang)) l = begin_form_overview(t, "callback-when", ctx.nav.visit());
    float w = l.column_w;
    ImGui::SetCursorScreenPos(l.origin);
    question_label(t, ui_text("part_of_day_question", lang), w);
    ctx.speakables->push_back({"callback-when", ui_text("part_of_day_question", lang)});
    ImVec2 row = ImVec2(l.origin.x, ImGui::GetCursorScreenPos().y + t.px(4));
    ImGui::SetCursorScreenPos(ImVec2(row.x + w - t.target(), row.y));
    speaker_button(ctx, "say-callback-when", "callback-when", true);
    float bw = (w - t.target() - 3 * t.target_gap()) / 3;
    int i = 0;
    for (const char* part : kPartsOfDay) {
        ImGui::SetCursorScreenPos(ImVec2(row.x + float(i++) * (bw + t.target_gap()), row.y));
        bool selected = form.part_of_day == part;
        if (big_button(t, std::string("part-") + part, selected ? icon::Check : nullptr,
                       ui_text(part, lang), ImVec2(bw, t.target()),
                       selected ? ButtonKind::Selected : ButtonKind::Secondary)) {
            form.part_of_day = part;
            form.part_error.clear();
        }
    }
    float y = row.y + t.target() + t.px(8);
    y += error_line(ctx, "callback-when-error", form.part_error, ImVec2(row.x, y), w);
    ImGui::SetCursorScreenPos(ImVec2(row.x, y + t.gap()));
    // The consent is a big box to tick, never ticked beforehand.
    if (big_button(t, "consent", form.consent ? icon::Check : icon::Phone, ui_text("consent", lang),
                   ImVec2(w, t.target()),
                   form.consent ? ButtonKind::Selected : ButtonKind::Secondary)) {
        form.consent = !form.consent;
        form.consent_error.clear();
    }
    ctx.speakables->push_back({"callback-consent", ui_text("consent", lang)});
    y = ImGui::GetCursorScreenPos().y + t.px(8);
    y += error_line(ctx, "callback-consent-error", form.consent_error, ImVec2(row.x, y), w);

    ImVec2 c1 = l.two_columns ? l.column(1) : ImVec2(row.x, y + t.gap());
    ImGui::SetCursorScreenPos(c1);
    notice(t, NoticeKind::Info, icon::PrivacyTip, ui_text("privacy_callback", lang), w);
    ctx.speakables->push_back({"callback-privacy", ui_text("privacy_callback", lang)});
    if (!form.general_error.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(c1.x, ImGui::GetCursorScreenPos().y + t.px(12)));
        notice(t, NoticeKind::Error, icon::Warning, form.general_error, w);
        ctx.speakables->push_back({"callback-error", form.general_error});
    }
    y = ImGui::GetCursorScreenPos().y + t.gap();
    if (l.two_columns) y = std::max(y, l.origin.y + l.height - t.target());
    ImGui::SetCursorScreenPos(ImVec2(c1.x, y));
    if (big_button(t, "send", icon::Check, ui_text("send", lang), ImVec2(w, t.target()),
                   ButtonKind::Primary))
        send(ctx, form);
    if (l.scrolls) end_form_overview();
}
} // namespace

void draw_callback(ScreenContext& ctx) {
    CallbackForm& form = ctx.visitor.forms.callback;
    const bool with_keyboard = form.step == 1 && person_fits_keyboard(ctx.theme, form, ctx.lang());
    if (form.step == 1 && !with_keyboard && form.typing) {
        person_typing_step(ctx, form);
        return;
    }
    std::string title = ui_text("callback", ctx.lang());
    top_bar(ctx, title, [&] {
        if (form.step > 0)
            --form.step;
        else
            ctx.nav.back();
    });
    ctx.speakables->push_back({"callback-title", title});
    if (form.step == 0)
        step_topic(ctx, form);
    else if (form.step == 1)
        step_person(ctx, form, with_keyboard);
    else
        step_when(ctx, form);
}

} // namespace bk
