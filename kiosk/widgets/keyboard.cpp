#include "widgets/keyboard.h"

#include "icons.h"
#include "widgets/buttons.h"

#include <imgui_internal.h>

#include <vector>

namespace bk {

namespace {
enum class Action { Type, Shift, Backspace, Digits, Letters };

struct Key {
    const char* id;    // tap target id after "key-"
    const char* lower; // what it types (UTF-8)
    const char* upper; // with shift
    float units = 1.0f;
    Action action = Action::Type;
};

using Row = std::vector<Key>;

const std::vector<Row>& letter_rows() {
    static const std::vector<Row> rows{
        {{"q", "q", "Q"},
         {"w", "w", "W"},
         {"e", "e", "E"},
         {"r", "r", "R"},
         {"t", "t", "T"},
         {"y", "y", "Y"},
         {"u", "u", "U"},
         {"i", "i", "I"},
         {"o", "o", "O"},
         {"p", "p", "P"},
         {"backspace", "", "", 1.6f, Action::Backspace}},
        {{"a", "a", "A"},
         {"s", "s", "S"},
         {"d", "d", "D"},
         {"f", "f", "F"},
         {"g", "g", "G"},
         {"h", "h", "H"},
         {"j", "j", "J"},
         {"k", "k", "K"},
         {"l", "l", "L"},
         {"e-acute", "\xc3\xa9", "\xc3\x89"},
         {"e-diaeresis", "\xc3\xab", "\xc3\x8b"}},
        {{"shift", "", "", 1.6f, Action::Shift},
         {"z", "z", "Z"},
         {"x", "x", "X"},
         {"c", "c", "C"},
         {"v", "v", "V"},
         {"b", "b", "B"},
         {"n", "n", "N"},
         {"m", "m", "M"},
         {"i-diaeresis", "\xc3\xaf", "\xc3\x8f"},
         {"o-diaeresis", "\xc3\xb6", "\xc3\x96"},
         {"u-diaeresis", "\xc3\xbc", "\xc3\x9c"}},
        {{"123", "123", "123", 2.0f, Action::Digits},
         {"minus", "-", "-"},
         {"space", " ", " ", 6.0f},
         {"apostrophe", "'", "'"}},
    };
    return rows;
}

// A telephone keypad: big keys in the order people know from a phone.
const std::vector<Row>& digit_rows() {
    static const std::vector<Row> rows{
        {{"1", "1", "1"},
         {"2", "2", "2"},
         {"3", "3", "3"},
         {"backspace", "", "", 1.6f, Action::Backspace}},
        {{"4", "4", "4"}, {"5", "5", "5"}, {"6", "6", "6"}, {"plus", "+", "+", 1.6f}},
        {{"7", "7", "7"}, {"8", "8", "8"}, {"9", "9", "9"}, {"minus", "-", "-", 1.6f}},
        {{"abc", "abc", "ABC", 2.0f, Action::Letters}, {"0", "0", "0"}, {"space", " ", " ", 1.6f}},
    };
    return rows;
}

float row_units(const Row& row) {
    float u = 0;
    for (const Key& k : row)
        u += k.units;
    return u;
}

void append_limited(std::string& text, const char* add, std::size_t max_chars) {
    if (character_count(text) >= max_chars) return;
    text += add;
}
} // namespace

std::size_t character_count(const std::string& text) {
    return std::size_t(ImTextCountCharsFromUtf8(text.data(), text.data() + text.size()));
}

void erase_last_character(std::string& text) {
    while (!text.empty()) {
        unsigned char c = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((c & 0xC0) != 0x80) break; // stop after the first byte of the character
    }
}

bool keyboard(const Theme& theme, KeyboardState& state, std::string& text, ImVec2 size,
              std::size_t max_chars) {
    const std::string before = text;
    const auto& rows = state.digits ? digit_rows() : letter_rows();
    const float spacing = theme.target_gap();
    const float key_h = (size.y - spacing * float(rows.size() - 1)) / float(rows.size());
    float max_units = 0;
    for (const Row& r : rows)
        max_units = std::max(max_units, row_units(r));
    // A unit is one letter key; the keypad page keeps its keys from growing absurdly wide.
    float unit = std::min((size.x - spacing * 11) / max_units, key_h * 2.2f);
    ImVec2 origin = ImGui::GetCursorScreenPos();

    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        float row_w = row_units(row) * unit + spacing * float(row.size() - 1);
        float x = origin.x + (size.x - row_w) / 2;
        float y = origin.y + float(r) * (key_h + spacing);
        for (const Key& k : row) {
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            float w = k.units * unit + spacing * (k.units - 1);
            std::string id = std::string("key-") + k.id;
            const char* icon = nullptr;
            std::string label = state.shift ? k.upper : k.lower;
            ButtonKind kind = ButtonKind::Secondary;
            if (k.action == Action::Backspace) icon = icon::Backspace;
            if (k.action == Action::Shift) {
                icon = icon::Shift;
                if (state.shift) kind = ButtonKind::Selected;
            }
            if (k.action == Action::Digits || k.action == Action::Letters)
                kind = ButtonKind::Primary;
            if (std::string(k.id) == "space") label.assign(1, ' ');
            if (big_button(theme, id, icon, label, ImVec2(w, key_h), kind)) {
                switch (k.action) {
                case Action::Type:
                    append_limited(text, state.shift ? k.upper : k.lower, max_chars);
                    state.shift = false; // one capital, as on a phone
                    break;
                case Action::Shift: state.shift = !state.shift; break;
                case Action::Backspace: erase_last_character(text); break;
                case Action::Digits:
                    state.digits = true;
                    state.shift = false;
                    break;
                case Action::Letters: state.digits = false; break;
                }
            }
            x += w + spacing;
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(size);

    // A physical keyboard works too (volunteers, testing at a desk).
    ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) {
        if (c < 0x20 || c == 0x7F) continue;
        char buf[5];
        append_limited(text, ImTextCharToUtf8(buf, c), max_chars);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) erase_last_character(text);
    return text != before;
}

} // namespace bk
