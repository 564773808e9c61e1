// The language-independent part of preparing text for speech: markup, symbols, line breaks.
#include "buurtkiosk/speech/speech_rules.h"

#include "buurtkiosk/speech/dutch_speech_rules.h"
#include "buurtkiosk/speech/utf8.h"
#include "speech/catalogue_speech_rules.h"

#include <string_view>

namespace bk {
namespace {

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "<b>", "</p>", "<br/>": an HTML-like tag. Returns the byte past '>' or 0.
std::size_t tag_end(std::string_view text, std::size_t pos) {
    if (text[pos] != '<' || pos + 1 >= text.size()) return 0;
    const char first = text[pos + 1];
    if (!is_ascii_letter(first) && first != '/' && first != '!') return 0;
    for (std::size_t i = pos + 1; i < text.size() && i < pos + 200; ++i) {
        if (text[i] == '<' || text[i] == '\n') return 0;
        if (text[i] == '>') return i + 1;
    }
    return 0;
}

// "](https://...)" after a Markdown link text: the target is never read. Returns the byte past
// ')' or 0.
std::size_t link_target_end(std::string_view text, std::size_t pos) {
    if (text.substr(pos, 2) != "](") return 0;
    for (std::size_t i = pos + 2; i < text.size(); ++i) {
        if (text[i] == ')') return i + 1;
        if (text[i] == ' ' || text[i] == '\n') return 0;
    }
    return 0;
}

bool at_line_start(std::string_view text, std::size_t pos) {
    while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
        --pos;
    return pos == 0 || text[pos - 1] == '\n';
}

bool ends_with_pause(const std::string& spoken) {
    for (auto it = spoken.rbegin(); it != spoken.rend(); ++it) {
        if (*it == ' ') continue;
        return std::string_view(".!?:;,").find(*it) != std::string_view::npos;
    }
    return true; // nothing said yet
}

} // namespace

bool is_unspoken_symbol(char32_t c) {
    if (c < 0x80)
        return std::string_view("*#_`|~^\\{}[]<>=/").find(static_cast<char>(c)) !=
               std::string_view::npos;
    return (c >= 0xE000 && c <= 0xF8FF) ||   // Private Use Area: the kiosk's pictogram font
           c >= 0xF0000 ||                   // supplementary private use
           (c >= 0x1F000 && c <= 0x1FAFF) || // emoji and pictographs
           (c >= 0x2190 && c <= 0x21FF) ||   // arrows
           (c >= 0x2300 && c <= 0x23FF) ||   // technical symbols (⌚ ⏰)
           (c >= 0x2500 && c <= 0x27BF) ||   // box drawing, shapes, dingbats, ☕ ★
           (c >= 0x2B00 && c <= 0x2BFF) ||   // more arrows and stars
           (c >= 0xFE00 && c <= 0xFE0F) ||   // emoji variation selectors
           (c >= 0x200B && c <= 0x200D) ||   // zero-width characters
           c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0xFFFD;
}

SpokenText scan_speech_text(std::string_view display, const LanguageRules* rules) {
    SpokenTextBuilder out(display);
    std::size_t pos = 0;
    while (pos < display.size()) {
        const char c = display[pos];
        if (std::size_t end = tag_end(display, pos); end != 0) {
            out.pause();
            pos = end;
            continue;
        }
        if (std::size_t end = link_target_end(display, pos); end != 0) {
            pos = end;
            continue;
        }
        // A list bullet "- " or "* " at the start of a line.
        if ((c == '-' || c == '*') && pos + 1 < display.size() && display[pos + 1] == ' ' &&
            at_line_start(display, pos)) {
            pos += 2;
            continue;
        }
        if (rules != nullptr) {
            if (auto match = rules->match(display, pos); match && match->end > pos) {
                for (const RulePart& part : match->parts) {
                    if (part.display.empty())
                        out.pause(part.words);
                    else
                        out.say(part.words, part.display.begin, part.display.end);
                }
                pos = match->end;
                continue;
            }
        }
        if (c == '\n' || c == '\r') {
            // A line break without punctuation (a title, a list item) still gets a pause.
            while (pos < display.size() && (display[pos] == '\n' || display[pos] == '\r'))
                ++pos;
            out.pause(ends_with_pause(out.spoken_so_far()) ? " " : ". ");
            continue;
        }
        const DecodedChar decoded = decode_utf8(display, pos);
        if (is_unspoken_symbol(decoded.code_point))
            out.pause();
        else
            out.keep(pos, pos + decoded.length);
        pos += decoded.length;
    }
    return std::move(out).finish();
}

SpokenText prepare_speech_text(std::string_view display, std::string_view language,
                               const SpeechTextOptions& options) {
    if (language == "nl" || language.starts_with("nl-")) {
        const DutchSpeechRules rules(options);
        return scan_speech_text(display, &rules);
    }
    const CatalogueSpeechRules rules{std::string(language)};
    return scan_speech_text(display, &rules);
}

} // namespace bk
