#include "widgets/keyboard.h"

#include "icons.h"
#include "widgets/buttons.h"

#include <imgui_internal.h>

#include <vector>

namespace bk {

namespace {
enum class Action { Type, Shift, Backspace, Digits, Letters, MoreLetters };

struct Key {
    const char* id;    // tap target id after "key-"
    const char* lower; // what it types (UTF-8), or the label of a key that switches pages
    const char* upper; // with shift
    float units = 1.0f;
    Action action = Action::Type;
};

using Row = std::vector<Key>;
using Page = std::vector<Row>;

// Keys every letter page shares.
const Key kShift{"shift", "", "", 1.5f, Action::Shift};
const Key kBackspace{"backspace", "", "", 1.5f, Action::Backspace};
const Key kDigits{"123", "123", "123", 1.5f, Action::Digits};
const Key kMinus{"minus", "-", "-"};
const Key kApostrophe{"apostrophe", "'", "'"};
const Key kEAcute{"e-acute", "\xc3\xa9", "\xc3\x89"};
const Key kEDiaeresis{"e-diaeresis", "\xc3\xab", "\xc3\x8b"};
const Key kIDiaeresis{"i-diaeresis", "\xc3\xaf", "\xc3\x8f"};
const Key kODiaeresis{"o-diaeresis", "\xc3\xb6", "\xc3\x96"};
const Key kUDiaeresis{"u-diaeresis", "\xc3\xbc", "\xc3\x9c"};

Key letter(const char* id, const char* upper) {
    return Key{id, id, upper};
}

Row letters(const char* from) {
    static const char* const upper[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I",
                                        "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                                        "S", "T", "U", "V", "W", "X", "Y", "Z"};
    static const char* const lower[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i",
                                        "j", "k", "l", "m", "n", "o", "p", "q", "r",
                                        "s", "t", "u", "v", "w", "x", "y", "z"};
    Row row;
    for (const char* c = from; *c; ++c)
        row.push_back(letter(lower[*c - 'a'], upper[*c - 'a']));
    return row;
}

Row with(Row row, std::initializer_list<Key> more) {
    row.insert(row.end(), more);
    return row;
}

// Ten units across, four rows: qwerty as on a phone, the accents beside "123".
const Page& full_letters() {
    static const Page page{
        letters("qwertyuiop"),
        with(letters("asdfghjkl"), {kApostrophe}),
        with(Row{kShift}, {letter("z", "Z"), letter("x", "X"), letter("c", "C"), letter("v", "V"),
                           letter("b", "B"), letter("n", "N"), letter("m", "M"), kBackspace}),
        {kDigits,
         kEAcute,
         kEDiaeresis,
         kIDiaeresis,
         kODiaeresis,
         kUDiaeresis,
         kMinus,
         {"space", " ", " ", 2.5f}},
    };
    return page;
}

// Eight units across, three rows: the alphabet in order, which a visitor who reads slowly
// finds more easily than qwerty, on two pages.
const Page& paged_letters(int page) {
    static const Page first{
        letters("abcdefgh"),
        letters("ijklmnop"),
        {kShift,
         {"more", "q-z", "q-z", 2.0f, Action::MoreLetters},
         {"space", " ", " ", 1.5f},
         kBackspace,
         kDigits},
    };
    static const Page second{
        letters("qrstuvwx"),
        with(letters("yz"),
             {kEAcute, kEDiaeresis, kIDiaeresis, kODiaeresis, kUDiaeresis, kApostrophe}),
        {kShift,
         {"more", "a-p", "a-p", 1.5f, Action::MoreLetters},
         kMinus,
         {"space", " ", " ", 1.0f},
         kBackspace,
         kDigits},
    };
    return page == 0 ? first : second;
}

// A telephone keypad: big keys in the order people know from a phone.
const Page& full_digits() {
    static const Page page{
        {{"1", "1", "1"},
         {"2", "2", "2"},
         {"3", "3", "3"},
         {"backspace", "", "", 1.6f, Action::Backspace}},
        {{"4", "4", "4"}, {"5", "5", "5"}, {"6", "6", "6"}, {"plus", "+", "+", 1.6f}},
        {{"7", "7", "7"}, {"8", "8", "8"}, {"9", "9", "9"}, {"minus", "-", "-", 1.6f}},
        {{"abc", "abc", "ABC", 2.0f, Action::Letters}, {"0", "0", "0"}, {"space", " ", " ", 1.6f}},
    };
    return page;
}

// The same keypad in three rows, the 0 after the 9.
const Page& paged_digits() {
    static const Page page{
        {{"1", "1", "1"},
         {"2", "2", "2"},
         {"3", "3", "3"},
         {"plus", "+", "+"},
         {"backspace", "", "", 2.0f, Action::Backspace}},
        {{"4", "4", "4"}, {"5", "5", "5"}, {"6", "6", "6"}, kMinus, {"space", " ", " ", 2.0f}},
        {{"7", "7", "7"},
         {"8", "8", "8"},
         {"9", "9", "9"},
         {"0", "0", "0"},
         {"abc", "abc", "ABC", 2.0f, Action::Letters}},
    };
    return page;
}

constexpr float kFullUnits = 10.0f;
constexpr float kPagedUnits = 8.0f;

// A key a little over 15 mm, so rounding never takes it under.
float least_key(const Theme& t) {
    return t.least_target() * 1.04f;
}

bool full_fits_across(const Theme& t, float width) {
    return kFullUnits * least_key(t) + (kFullUnits - 1) * t.target_gap() <= width;
}

float rows_height(const Theme& t, int rows) {
    return float(rows) * least_key(t) + float(rows - 1) * t.target_gap();
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

float keyboard_height(const Theme& t, float width) {
    return rows_height(t, full_fits_across(t, width) ? 4 : 3);
}

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
    const bool full = full_fits_across(theme, size.x) && size.y >= rows_height(theme, 4);
    const Page& rows = state.digits ? (full ? full_digits() : paged_digits())
                       : full       ? full_letters()
                                    : paged_letters(state.letter_page);
    const float spacing = theme.target_gap();
    const float key_h = (size.y - spacing * float(rows.size() - 1)) / float(rows.size());
    const float units = full ? kFullUnits : kPagedUnits;
    // A unit is one letter key; the keypad page keeps its keys from growing absurdly wide.
    float unit = std::min((size.x - spacing * (units - 1)) / units, key_h * 2.2f);
    ImVec2 origin = ImGui::GetCursorScreenPos();

    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        float row_w = row_units(row) * unit + spacing * (row_units(row) - 1);
        float x = origin.x + (size.x - row_w) / 2;
        float y = origin.y + float(r) * (key_h + spacing);
        for (const Key& k : row) {
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            // A wide key covers the gaps it spans, so the rows line up.
            float w = k.units * unit + spacing * std::max(0.0f, k.units - 1);
            std::string id = std::string("key-") + k.id;
            const char* icon = nullptr;
            std::string label = state.shift ? k.upper : k.lower;
            ButtonKind kind = ButtonKind::Secondary;
            if (k.action == Action::Backspace) icon = icon::Backspace;
            if (k.action == Action::Shift) {
                icon = icon::Shift;
                if (state.shift) kind = ButtonKind::Selected;
            }
            if (k.action == Action::Digits || k.action == Action::Letters ||
                k.action == Action::MoreLetters)
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
                case Action::MoreLetters: state.letter_page = 1 - state.letter_page; break;
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
