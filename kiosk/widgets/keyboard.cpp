#include "widgets/keyboard.h"

#include "icons.h"
#include "widgets/buttons.h"

#include <imgui_internal.h>

#include <algorithm>
#include <vector>

namespace bk {

namespace {
enum class Action { Type, Shift, Backspace, Digits, Letters, MoreLetters, Latin, OwnScript };

struct Key {
    std::string id;    // tap target id after "key-"
    std::string lower; // what it types (UTF-8), or the label of a key that switches pages
    std::string upper; // with shift
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

// A language's own letters, in the order its speakers learn them.
struct Alphabet {
    std::vector<std::pair<const char*, const char*>> letters; // lower, upper
    bool cased = true;
    bool latin = true;          // false: a "key-latin" offers Latin letters too
    const char* own_label = ""; // the label of the key back to these letters
};

// Polish, Turkish, Ukrainian and Arabic; nullptr for Dutch and English (the pages above).
const Alphabet* own_alphabet(const std::string& language) {
    static const Alphabet polish{
        {{"a", "A"}, {"ą", "Ą"}, {"b", "B"}, {"c", "C"}, {"ć", "Ć"}, {"d", "D"}, {"e", "E"},
         {"ę", "Ę"}, {"f", "F"}, {"g", "G"}, {"h", "H"}, {"i", "I"}, {"j", "J"}, {"k", "K"},
         {"l", "L"}, {"ł", "Ł"}, {"m", "M"}, {"n", "N"}, {"ń", "Ń"}, {"o", "O"}, {"ó", "Ó"},
         {"p", "P"}, {"q", "Q"}, {"r", "R"}, {"s", "S"}, {"ś", "Ś"}, {"t", "T"}, {"u", "U"},
         {"v", "V"}, {"w", "W"}, {"x", "X"}, {"y", "Y"}, {"z", "Z"}, {"ź", "Ź"}, {"ż", "Ż"},
         {"-", "-"}, {"'", "'"}}};
    // Turkish i has the capital İ, and ı the capital I.
    static const Alphabet turkish{
        {{"a", "A"}, {"b", "B"}, {"c", "C"}, {"ç", "Ç"}, {"d", "D"}, {"e", "E"}, {"f", "F"},
         {"g", "G"}, {"ğ", "Ğ"}, {"h", "H"}, {"ı", "I"}, {"i", "İ"}, {"j", "J"}, {"k", "K"},
         {"l", "L"}, {"m", "M"}, {"n", "N"}, {"o", "O"}, {"ö", "Ö"}, {"p", "P"}, {"q", "Q"},
         {"r", "R"}, {"s", "S"}, {"ş", "Ş"}, {"t", "T"}, {"u", "U"}, {"ü", "Ü"}, {"v", "V"},
         {"w", "W"}, {"x", "X"}, {"y", "Y"}, {"z", "Z"}, {"-", "-"}, {"'", "'"}}};
    static const Alphabet ukrainian{
        {{"а", "А"}, {"б", "Б"}, {"в", "В"}, {"г", "Г"}, {"ґ", "Ґ"}, {"д", "Д"}, {"е", "Е"},
         {"є", "Є"}, {"ж", "Ж"}, {"з", "З"}, {"и", "И"}, {"і", "І"}, {"ї", "Ї"}, {"й", "Й"},
         {"к", "К"}, {"л", "Л"}, {"м", "М"}, {"н", "Н"}, {"о", "О"}, {"п", "П"}, {"р", "Р"},
         {"с", "С"}, {"т", "Т"}, {"у", "У"}, {"ф", "Ф"}, {"х", "Х"}, {"ц", "Ц"}, {"ч", "Ч"},
         {"ш", "Ш"}, {"щ", "Щ"}, {"ь", "Ь"}, {"ю", "Ю"}, {"я", "Я"}, {"ʼ", "ʼ"}, {"-", "-"}},
        true,
        false,
        "абв"};
    static const Alphabet arabic{
        {{"ا", "ا"}, {"ب", "ب"}, {"ت", "ت"}, {"ث", "ث"}, {"ج", "ج"}, {"ح", "ح"},
         {"خ", "خ"}, {"د", "د"}, {"ذ", "ذ"}, {"ر", "ر"}, {"ز", "ز"}, {"س", "س"},
         {"ش", "ش"}, {"ص", "ص"}, {"ض", "ض"}, {"ط", "ط"}, {"ظ", "ظ"}, {"ع", "ع"},
         {"غ", "غ"}, {"ف", "ف"}, {"ق", "ق"}, {"ك", "ك"}, {"ل", "ل"}, {"م", "م"},
         {"ن", "ن"}, {"ه", "ه"}, {"و", "و"}, {"ي", "ي"}, {"ء", "ء"}, {"أ", "أ"},
         {"إ", "إ"}, {"آ", "آ"}, {"ة", "ة"}, {"ى", "ى"}, {"ؤ", "ؤ"}, {"ئ", "ئ"}},
        false,
        false,
        "أبت"};
    if (language == "pl") return &polish;
    if (language == "tr") return &turkish;
    if (language == "uk") return &ukrainian;
    if (language == "ar") return &arabic;
    return nullptr;
}

// "-" and "'" keep the ids the Latin pages give them; a letter is its own id ("key-ł").
std::string letter_id(const char* lower) {
    const std::string l = lower;
    if (l == "-") return "minus";
    if (l == "'" || l == "ʼ") return "apostrophe";
    return l;
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

float row_units(const Row& row) {
    float u = 0;
    for (const Key& k : row)
        u += k.units;
    return u;
}

// The space bar takes what the other keys of a row leave, at least one unit; where even that does
// not fit, the wider keys give up half units until it does.
void fit_row(Row& row, float units) {
    for (Key& k : row)
        if (k.id == "space") k.units = 1.0f;
    float left = units - row_units(row);
    for (Key& k : row)
        if (k.id == "space" && left > 0) k.units += left;
    while (row_units(row) > units) {
        Key* widest = nullptr;
        for (Key& k : row)
            if (k.units > 1.0f && (!widest || k.units > widest->units)) widest = &k;
        if (!widest) break;
        widest->units -= 0.5f;
    }
}

// One page of a language's own letters: rows of `per_row`, then the row of keys that switch.
Page alphabet_page(const Alphabet& alphabet, bool full, int page, bool& more_pages) {
    const std::size_t per_row = full ? 10 : 8;
    const std::size_t rows = full ? 3 : 2;
    const std::size_t per_page = per_row * rows;
    const std::size_t count = alphabet.letters.size();
    const std::size_t pages = (count + per_page - 1) / per_page;
    const std::size_t first = std::size_t(page) % pages * per_page;
    more_pages = pages > 1;
    Page out;
    for (std::size_t i = first; i < std::min(count, first + per_page); ++i) {
        if ((i - first) % per_row == 0) out.emplace_back();
        const auto& [lower, upper] = alphabet.letters[i];
        out.back().push_back(Key{letter_id(lower), lower, upper});
    }
    while (out.size() < rows)
        out.emplace_back();
    Row controls;
    if (alphabet.cased) controls.push_back(kShift);
    if (pages > 1) {
        // Labelled with the letters it brings: "ł-ż".
        const std::size_t next = (first + per_page) % (pages * per_page);
        std::size_t last = std::min(count, next + per_page) - 1;
        while (last > next &&
               letter_id(alphabet.letters[last].first) != alphabet.letters[last].first)
            --last; // "x-ż", not "x-'"
        std::string label =
            std::string(alphabet.letters[next].first) + "-" + alphabet.letters[last].first;
        controls.push_back(Key{"more", label, label, 1.5f, Action::MoreLetters});
    }
    if (!alphabet.latin) controls.push_back(Key{"latin", "abc", "ABC", 1.5f, Action::Latin});
    controls.push_back(Key{"space", " ", " ", 1.0f});
    controls.push_back(kBackspace);
    controls.push_back(kDigits);
    fit_row(controls, full ? kFullUnits : kPagedUnits);
    out.push_back(std::move(controls));
    return out;
}

// The Latin pages with a key back to the visitor's own letters, beside the space bar.
Page with_own_script(Page page, const Alphabet& alphabet, bool full) {
    Row& last = page.back();
    auto space =
        std::find_if(last.begin(), last.end(), [](const Key& k) { return k.id == "space"; });
    last.insert(space, Key{"own", alphabet.own_label, alphabet.own_label, 1.0f, Action::OwnScript});
    fit_row(last, full ? kFullUnits : kPagedUnits);
    return page;
}

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

void append_limited(std::string& text, const std::string& add, std::size_t max_chars) {
    if (character_count(text) >= max_chars) return;
    text += add;
}
} // namespace

std::optional<LetterKey> key_of_letter(const std::string& letter, const std::string& language) {
    const Alphabet* own = own_alphabet(language);
    if (!own) return std::nullopt;
    for (const auto& [lower, upper] : own->letters) {
        if (letter == lower) return LetterKey{letter_id(lower), false};
        if (letter == upper) return LetterKey{letter_id(lower), true};
    }
    return std::nullopt;
}

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
              std::size_t max_chars, const std::string& language) {
    const std::string before = text;
    const bool full = full_fits_across(theme, size.x) && size.y >= rows_height(theme, 4);
    const Alphabet* own = own_alphabet(language);
    const bool own_letters = own && !(state.latin && !own->latin);
    bool more_pages = false;
    Page rows;
    if (state.digits)
        rows = full ? full_digits() : paged_digits();
    else if (own_letters)
        rows = alphabet_page(*own, full, state.letter_page, more_pages);
    else
        rows = full ? full_letters() : paged_letters(state.letter_page % 2);
    if (!state.digits && !own_letters && own) rows = with_own_script(rows, *own, full);
    if (state.digits && own_letters && !own->latin)
        for (Key& k : rows.back())
            if (k.action == Action::Letters) k.lower = k.upper = own->own_label;
    const float spacing = theme.target_gap();
    const float key_h = (size.y - spacing * float(rows.size() - 1)) / float(rows.size());
    const float units = full ? kFullUnits : kPagedUnits;
    // A unit is one letter key; the keypad page keeps its keys from growing absurdly wide.
    float unit = std::min((size.x - spacing * (units - 1)) / units, key_h * 2.2f);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    // An Arabic alphabet runs from the right, as the language is read; Latin letters and digits
    // keep their usual order.
    const bool from_right = theme.right_to_left() && own_letters && !state.digits;

    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        float row_w = row_units(row) * unit + spacing * (row_units(row) - 1);
        float x = origin.x + (size.x - row_w) / 2;
        float y = origin.y + float(r) * (key_h + spacing);
        for (const Key& k : row) {
            // A wide key covers the gaps it spans, so the rows line up.
            float w = k.units * unit + spacing * std::max(0.0f, k.units - 1);
            ImGui::SetCursorScreenPos(ImVec2(from_right ? 2 * origin.x + size.x - x - w : x, y));
            std::string id = "key-" + k.id;
            const char* icon = nullptr;
            std::string label = state.shift ? k.upper : k.lower;
            ButtonKind kind = ButtonKind::Secondary;
            if (k.action == Action::Backspace) icon = icon::Backspace;
            if (k.action == Action::Shift) {
                icon = icon::Shift;
                if (state.shift) kind = ButtonKind::Selected;
            }
            if (k.action == Action::Digits || k.action == Action::Letters ||
                k.action == Action::MoreLetters || k.action == Action::Latin ||
                k.action == Action::OwnScript)
                kind = ButtonKind::Primary;
            if (k.id == "space") label.assign(1, ' ');
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
                case Action::MoreLetters:
                    // Own alphabets may have three pages; alphabet_page wraps around.
                    state.letter_page = more_pages ? state.letter_page + 1 : 1 - state.letter_page;
                    break;
                case Action::Latin:
                case Action::OwnScript:
                    state.latin = k.action == Action::Latin;
                    state.letter_page = 0;
                    state.shift = false;
                    break;
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
