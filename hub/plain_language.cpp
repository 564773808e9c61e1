// Plain-language hints (plain_language.h). The text is cut into tokens at white space and the
// tokens into sentences; every hint remembers the byte offset it is about, so the hints of all
// four rules can be put in the order of the text at the end.
#include "plain_language.h"

#include "buurtkiosk/speech/utf8.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace bk::hub {
namespace {

// ---- Characters -----------------------------------------------------------------------------

bool is_mark(char32_t c) {
    return c >= 0x300 && c <= 0x36F; // combining accents: part of a letter, not one of their own
}

// ASCII letters and everything beyond Latin-1's punctuation that is no punctuation, symbol, space
// or emoji, so "ë", "ç", Turkish and Arabic letters count as letters too.
bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7 || is_mark(c)) return false;
    if (c >= 0x2000 && c <= 0x2BFF) return false;   // punctuation, currency, arrows, symbols
    if (c >= 0x3000 && c <= 0x303F) return false;   // CJK punctuation
    if (c >= 0xFE00 && c <= 0xFE0F) return false;   // variation selectors (emoji)
    if (c >= 0xFFF0 && c <= 0xFFFF) return false;   // U+FFFD: a byte that is not UTF-8
    if (c >= 0x1F000 && c <= 0x1FFFF) return false; // emoji
    return true;
}

bool is_digit(char32_t c) {
    return c >= '0' && c <= '9';
}

bool is_word_char(char32_t c) {
    return is_letter(c) || is_digit(c) || is_mark(c);
}

bool is_line_break(char32_t c) {
    return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x2028 || c == 0x2029;
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || is_line_break(c) || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_upper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

// Where the code point that ends at `end` starts.
std::size_t previous_start(std::string_view text, std::size_t end) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    return start;
}

char32_t code_point_before(std::string_view text, std::size_t end) {
    return decode_utf8(text, previous_start(text, end)).code_point;
}

// ASCII and Latin-1 letters in lower case. Both keep their length in bytes, so offsets into the
// result are offsets into the text.
std::string lower(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte >= 'A' && byte <= 'Z') {
            out[i] = static_cast<char>(byte + 32);
        } else if (byte == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97)
                out[i + 1] = static_cast<char>(next + 32);
            if ((next & 0xC0) == 0x80) ++i;
        }
    }
    return out;
}

std::size_t letter_count(std::string_view word) {
    std::size_t letters = 0;
    for (std::size_t pos = 0; pos < word.size();) {
        const DecodedChar c = decode_utf8(word, pos);
        if (is_letter(c.code_point)) ++letters;
        pos += c.length;
    }
    return letters;
}

bool has_letter(std::string_view text) {
    return letter_count(text) > 0;
}

bool all_letters(std::string_view word) {
    for (std::size_t pos = 0; pos < word.size();) {
        const DecodedChar c = decode_utf8(word, pos);
        if (!is_letter(c.code_point) && !is_mark(c.code_point)) return false;
        pos += c.length;
    }
    return !word.empty();
}

// Valid UTF-8: no stray or missing continuation bytes, no overlong forms, no surrogates.
bool valid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const DecodedChar c = decode_utf8(text, pos);
        const char32_t cp = c.code_point;
        if (cp == 0xFFFD && c.length == 1) return false;
        if ((c.length == 2 && cp < 0x80) || (c.length == 3 && cp < 0x800) ||
            (c.length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        pos += c.length;
    }
    return true;
}

// `text` without white space around it and with every run of white space inside as one space.
std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const DecodedChar c = decode_utf8(text, pos);
        if (is_space(c.code_point)) {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out.append(text.substr(pos, c.length));
        }
        pos += c.length;
    }
    return out;
}

bool starts_with(std::string_view text, std::string_view start) {
    return text.substr(0, start.size()) == start;
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// ---- Tokens and sentences -------------------------------------------------------------------

struct Token {
    std::size_t begin = 0, end = 0;           // as written, between white space
    std::size_t core_begin = 0, core_end = 0; // without the punctuation around it
    std::string word;                         // the core in lower case; "" without letter or digit
    bool line_break_before = false;
};

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    bool line_break = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const DecodedChar c = decode_utf8(text, pos);
        if (is_space(c.code_point)) {
            line_break = line_break || is_line_break(c.code_point);
            pos += c.length;
            continue;
        }
        Token token;
        token.begin = pos;
        token.line_break_before = line_break;
        line_break = false;
        while (pos < text.size()) {
            const DecodedChar d = decode_utf8(text, pos);
            if (is_space(d.code_point)) break;
            pos += d.length;
        }
        token.end = pos;
        token.core_begin = token.begin;
        while (token.core_begin < token.end) {
            const DecodedChar d = decode_utf8(text, token.core_begin);
            if (is_word_char(d.code_point)) break;
            token.core_begin += d.length;
        }
        token.core_end = token.end;
        while (token.core_end > token.core_begin &&
               !is_word_char(code_point_before(text, token.core_end)))
            token.core_end = previous_start(text, token.core_end);
        token.word = lower(text.substr(token.core_begin, token.core_end - token.core_begin));
        tokens.push_back(std::move(token));
    }
    return tokens;
}

bool is_closing(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0xBB || c == 0x203A;
}

// Abbreviations after which a dot does not end the sentence, as far as a short list can tell: the
// ones used inside a sentence ("bijv.", "dhr.", "tel.").
const std::set<std::string_view> kInSentenceAbbreviations = {
    "bijv", "bv",  "ca",   "nr", "tel", "dhr",  "mevr", "mw",  "mr",  "dr",   "drs",
    "ir",   "ing", "prof", "st", "evt", "incl", "excl", "vs",  "zgn", "resp", "ong",
    "blz",  "vgl", "vnl",  "jl", "mob", "afd",  "adv",  "tav", "ipv", "oa"};
// Abbreviations that also end sentences ("koffie, thee enz."), and short words that are one when
// a number follows ("zo. 12 mei"): the dot ends the sentence when a capital follows.
const std::set<std::string_view> kSentenceEndAbbreviations = {
    "enz", "etc", "e.d", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
    "nov", "dec", "ma",  "di",  "wo",  "do",  "vr",  "za",  "zo",  "min", "max", "mln",  "mld"};

// Single letters between dots ("o.a", "d.w.z", "i.p.v"): an abbreviation, not a web address.
bool dotted_letters(std::string_view before) {
    if (before.find('.') == std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= before.size()) {
        std::size_t dot = before.find('.', start);
        if (dot == std::string_view::npos) dot = before.size();
        const std::string_view part = before.substr(start, dot - start);
        if (letter_count(part) != 1 || !all_letters(part)) return false;
        start = dot + 1;
    }
    return true;
}

// Whether token i ends its sentence: it ends in . ! ? or … (a closing quote or bracket may follow)
// and the dot is not one of an abbreviation or an initial.
bool ends_sentence(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
    const Token& token = tokens[i];
    std::size_t end = token.end;
    while (end > token.begin && is_closing(code_point_before(text, end)))
        end = previous_start(text, end);
    if (end == token.begin) return false;
    const char32_t last = code_point_before(text, end);
    if (last == '!' || last == '?' || last == 0x2026) return true;
    if (last != '.') return false;
    if (end - token.begin >= 2 && text[end - 2] == '.') return true; // "..."
    // The word before the dot, without the dot and the punctuation around it ("(bijv.)").
    const std::string& core = tokens[i].word;
    if (core.empty()) return true;
    const bool next_is_capital = [&] {
        if (i + 1 >= tokens.size() || tokens[i + 1].line_break_before) return true;
        const Token& next = tokens[i + 1];
        return next.core_begin < next.core_end &&
               is_upper(decode_utf8(text, next.core_begin).code_point);
    }();
    if (kSentenceEndAbbreviations.count(core)) return next_is_capital;
    // An initial ("J. de Vries") or letters between dots ("o.a.", "d.w.z.").
    if ((letter_count(core) == 1 && all_letters(core)) || dotted_letters(core)) return false;
    return !kInSentenceAbbreviations.count(core);
}

struct Sentence {
    std::size_t first = 0, last = 0; // tokens [first, last)
};

std::vector<Sentence> sentences_of(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<Sentence> sentences;
    Sentence current;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].line_break_before && i > current.first) {
            current.last = i;
            sentences.push_back(current);
            current.first = i;
        }
        if (ends_sentence(text, tokens, i)) {
            current.last = i + 1;
            sentences.push_back(current);
            current.first = i + 1;
        }
    }
    if (current.first < tokens.size()) {
        current.last = tokens.size();
        sentences.push_back(current);
    }
    return sentences;
}

// A web or e-mail address: its long "words" are no words.
bool is_link(std::string_view word) {
    if (word.find("://") != std::string_view::npos || word.find('@') != std::string_view::npos ||
        starts_with(word, "www."))
        return true;
    // "gemeente.nl", "zorg.amsterdam/hulp": a dot between letters and a top-level domain
    const std::string_view host = word.substr(0, word.find('/'));
    const std::size_t dot = host.rfind('.');
    if (dot == std::string_view::npos || dot < 2) return false;
    const std::string_view top = host.substr(dot + 1);
    return top.size() >= 2 && top.size() <= 6 &&
           std::all_of(top.begin(), top.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string as_written(std::string_view text, const Token& token) {
    return std::string(text.substr(token.core_begin, token.core_end - token.core_begin));
}

// ---- Passive voice --------------------------------------------------------------------------

const std::set<std::string_view> kWordenForms = {"word", "wordt",  "worden",
                                                 "werd", "werden", "geworden"};
const std::set<std::string_view> kZijnForms = {"is", "zijn", "was", "waren"};

// Words that look like a past participle (ge...d, ge...t, ge...en) but are not one, or are one of
// a verb that has no passive ("gegaan", "gebleven").
const std::set<std::string_view> kNotParticiples = {
    "gebied",    "gebieden",   "geluid",     "geluiden", "geduld",    "gezond",      "gebed",
    "gemoed",    "gewicht",    "gezicht",    "gedicht",  "gedichten", "gerecht",     "gerechten",
    "gebit",     "gewest",     "gelaat",     "geest",    "genot",     "gevecht",     "gemiddeld",
    "gelegen",   "geleden",    "geweest",    "gehad",    "geworden",  "gebleven",    "gegaan",
    "gekomen",   "gebouwen",   "gesprekken", "gezinnen", "gemeenten", "gedachten",   "gewoonten",
    "geheimen",  "gebruiken",  "gebeuren",   "gebeurd",  "genieten",  "geloven",     "gevolgen",
    "gevaren",   "geschenken", "geruchten",  "getallen", "gelden",    "geven",       "gemeen",
    "gerust",    "gewend",     "geschikt",   "gemeend",  "geslaagd",  "geboorten",   "getuigen",
    "gebaren",   "genoegen",   "gewenst",    "gevallen", "afgelopen", "ingewikkeld", "opgewekt",
    "opgelucht", "uitgerust",  "gelukt"};

// Separable prefixes: "uitgenodigd" is "uit" and "genodigd".
const std::vector<std::string_view> kSeparablePrefixes = {
    "aan",   "af",   "bij", "binnen", "buiten", "door", "in",   "klaar", "mee",
    "na",    "neer", "om",  "onder",  "op",     "open", "over", "samen", "schoon",
    "terug", "toe",  "uit", "vast",   "voor",   "vrij", "weg"};

// Participles whose verb the rules in infinitive_of would not find, or find wrong.
const std::map<std::string_view, std::string_view> kParticipleVerbs = {
    {"gebakken", "bakken"},      {"gebeld", "bellen"},         {"gebonden", "binden"},
    {"geboden", "bieden"},       {"gebracht", "brengen"},      {"gebruikt", "gebruiken"},
    {"gedaan", "doen"},          {"gedacht", "denken"},        {"gedragen", "dragen"},
    {"gedronken", "drinken"},    {"gedwongen", "dwingen"},     {"gegeten", "eten"},
    {"gegeven", "geven"},        {"gegoten", "gieten"},        {"gegraven", "graven"},
    {"gegrepen", "grijpen"},     {"gehangen", "hangen"},       {"geheven", "heffen"},
    {"geholpen", "helpen"},      {"gehouden", "houden"},       {"gekeken", "kijken"},
    {"gekocht", "kopen"},        {"gekozen", "kiezen"},        {"gekregen", "krijgen"},
    {"gelaten", "laten"},        {"gelegd", "leggen"},         {"gelezen", "lezen"},
    {"gelicht", "lichten"},      {"gelopen", "lopen"},         {"gemeld", "melden"},
    {"gemeten", "meten"},        {"genomen", "nemen"},         {"gepland", "plannen"},
    {"geroepen", "roepen"},      {"geantwoord", "antwoorden"}, {"gericht", "richten"},
    {"geschonken", "schenken"},  {"geschoten", "schieten"},    {"geschoven", "schuiven"},
    {"geschreven", "schrijven"}, {"geslagen", "slaan"},        {"gesloten", "sluiten"},
    {"gesneden", "snijden"},     {"gesproken", "spreken"},     {"gesteld", "stellen"},
    {"gestemd", "stemmen"},      {"gesticht", "stichten"},     {"gestoken", "steken"},
    {"gestolen", "stelen"},      {"geteld", "tellen"},         {"getest", "testen"},
    {"getrokken", "trekken"},    {"gevangen", "vangen"},       {"gevonden", "vinden"},
    {"gevuld", "vullen"},        {"gewacht", "wachten"},       {"gewassen", "wassen"},
    {"geweven", "weven"},        {"gewezen", "wijzen"},        {"gewogen", "wegen"},
    {"gewonnen", "winnen"},      {"gezegd", "zeggen"},         {"gezien", "zien"},
    {"gezocht", "zoeken"},       {"gezonden", "zenden"},       {"gezongen", "zingen"}};

// "ge...d", "ge...t", "ge...en" of at least five letters ("gedaan" and a few more from the table).
bool ge_participle(std::string_view word) {
    if (kParticipleVerbs.count(word)) return true;
    return starts_with(word, "ge") && letter_count(word) >= 5 &&
           (ends_with(word, "d") || ends_with(word, "t") || ends_with(word, "en")) &&
           !kNotParticiples.count(word) && !ends_with(word, "heid") && !ends_with(word, "heden") &&
           !ends_with(word, "ingen") && !ends_with(word, "nissen") && !ends_with(word, "schappen");
}

// The separable prefix of a participle ("" for "georganiseerd"), or nullopt for no participle.
std::optional<std::string_view> participle_prefix(std::string_view word) {
    if (!all_letters(word) || kNotParticiples.count(word)) return std::nullopt;
    if (ge_participle(word)) return std::string_view{};
    for (std::string_view prefix : kSeparablePrefixes)
        if (starts_with(word, prefix) && ge_participle(word.substr(prefix.size()))) return prefix;
    return std::nullopt;
}

bool is_vowel(char c) {
    // Bytes beyond ASCII are taken for vowels: in Dutch the accented letters are ("ë", "é").
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_consonant(char c) {
    return c >= 'a' && c <= 'z' && !is_vowel(c);
}

std::size_t vowel_groups(std::string_view stem) {
    std::size_t groups = 0;
    for (std::size_t i = 0; i < stem.size(); ++i)
        if (is_vowel(stem[i]) && (i == 0 || !is_vowel(stem[i - 1]))) ++groups;
    return groups;
}

// The verb of a participle of the "ge" kind ("georganiseerd" -> "organiseren"), when the common
// rules of Dutch spelling find it for sure; nullopt when the word leaves a doubt ("gemeld" has
// the stem "meld", "gebeld" the stem "bel").
std::optional<std::string> infinitive_of(std::string_view participle) {
    if (auto known = kParticipleVerbs.find(participle); known != kParticipleVerbs.end())
        return std::string(known->second);
    if (!starts_with(participle, "ge")) return std::nullopt;
    std::string stem(participle.substr(2));
    // "geïnformeerd", "geëvalueerd": the diaeresis only parts "ge" from the vowel
    if (starts_with(stem, "\xC3\xAF")) stem.replace(0, 2, "i");
    if (starts_with(stem, "\xC3\xAB")) stem.replace(0, 2, "e");
    if (stem.size() < 3) return std::nullopt;
    const char ending = stem.back();
    if (ending != 'd' && ending != 't') return std::nullopt;
    stem.pop_back();
    // Only a stem that ends voiceless (t, k, f, s, ch, p: "'t kofschip") gets a "t"; any other
    // "t" is the stem's own ("gestart", "gepraat"). So is the "d" after "ei", "ij" and "ui"
    // ("geleid"), and after a double vowel ("gebaad").
    bool stem_known = false;
    const char last = stem.back();
    if (ending == 't') {
        const bool voiceless =
            last == 'k' || last == 'f' || last == 's' || last == 'p' || ends_with(stem, "ch");
        if (!voiceless) stem += 't';
        stem_known = true;
    } else if ((ends_with(stem, "ei") || ends_with(stem, "ij") || ends_with(stem, "ui") ||
                ends_with(stem, "aa") || ends_with(stem, "ee") || ends_with(stem, "oo") ||
                ends_with(stem, "uu")) &&
               !ends_with(stem, "oei")) { // "gebloeid" is "bloei" and "d"
        stem += 'd';
        stem_known = true;
    }
    const std::size_t n = stem.size();
    if (n < 2 || !has_letter(stem)) return std::nullopt;
    // A stem of "ge...d" that ends in f or s is one of a verb with v or z ("geleefd", "gereisd").
    auto voiced = [&](char c) {
        if (ending == 'd' && !stem_known && c == 'f') return 'v';
        if (ending == 'd' && !stem_known && c == 's') return 'z';
        return c;
    };
    if (ends_with(stem, "eer")) return stem.substr(0, n - 3) + "eren"; // organiseer -> organiseren
    if (n >= 4 && ends_with(stem, "ig")) return stem + "en";           // nodig -> nodigen
    if (ends_with(stem, "aai") || ends_with(stem, "ooi") || ends_with(stem, "oei") ||
        (stem.back() == 'w' && is_vowel(stem[n - 2])))
        return stem + "en"; // gooien, bouwen, duwen
    // "el", "er", "en" after a consonant in a word of more syllables: regelen, leveren, openen
    if (n >= 4 && (ends_with(stem, "el") || ends_with(stem, "er") || ends_with(stem, "en")) &&
        is_consonant(stem[n - 3]) && vowel_groups(stem.substr(0, n - 3)) > 0)
        return stem + "en";
    if (n >= 3 && is_consonant(stem[n - 1])) {
        const char a = stem[n - 3], b = stem[n - 2];
        // A double vowel before one consonant is one vowel in the verb: maak -> maken
        if (a == b && (a == 'a' || a == 'e' || a == 'o' || a == 'u') &&
            (n < 4 || !is_vowel(stem[n - 4]))) {
            // "gehaast" is of "haasten": after a double vowel, "st" and "ft" leave a doubt
            if ((stem[n - 1] == 'f' || stem[n - 1] == 's') && ending == 't') return std::nullopt;
            return stem.substr(0, n - 2) + voiced(stem[n - 1]) + "en";
        }
        // Two vowels that are one sound, before one consonant: vier -> vieren, boek -> boeken
        const std::string_view pair = std::string_view(stem).substr(n - 3, 2);
        if (pair == "ie" || pair == "oe" || pair == "eu" || pair == "ui" || pair == "ei" ||
            pair == "ij")
            return stem.substr(0, n - 1) + voiced(stem[n - 1]) + "en";
    }
    if (is_consonant(stem[n - 1]) && is_consonant(stem[n - 2])) {
        // Two consonants: werk -> werken, zorg -> zorgen, start -> starten. Not "ch" ("gericht"
        // is of "richten"), nor an "s" that may be half of "st" ("geoogst").
        if (ends_with(stem, "ch")) return std::nullopt;
        if (stem.back() == 's' && stem[n - 2] != 't' && stem[n - 2] != 'n' && stem[n - 2] != 'r')
            return std::nullopt;
        return stem.substr(0, n - 1) + voiced(stem.back()) + "en";
    }
    // One short vowel and one consonant, in one syllable: the consonant doubles (zet -> zetten,
    // pak -> pakken); only when the stem is sure, "gebeld" may be of "bel" or "beld".
    if (stem_known && vowel_groups(stem) == 1 && is_consonant(stem[n - 1]) &&
        is_vowel(stem[n - 2]) && (n < 3 || !is_vowel(stem[n - 3])))
        return stem + stem.back() + "en";
    return std::nullopt;
}

// "Wij organiseren …", "Wij nodigen … uit", or "Wij …" when the verb is not sure.
std::string active_example(std::string_view participle, std::string_view prefix) {
    const auto verb = infinitive_of(participle.substr(prefix.size()));
    if (!verb) return "Wij \xE2\x80\xA6";
    if (prefix.empty()) return "Wij " + *verb + " \xE2\x80\xA6";
    return "Wij " + *verb + " \xE2\x80\xA6 " + std::string(prefix);
}

struct Passive {
    std::size_t verb = 0, participle = 0; // token indices
    std::string_view prefix;
};

std::optional<Passive> passive_in(std::string_view text, const std::vector<Token>& tokens,
                                  const Sentence& sentence) {
    std::vector<std::size_t> words;
    for (std::size_t i = sentence.first; i < sentence.last; ++i)
        if (!tokens[i].word.empty()) words.push_back(i);
    // The participle nearest after the verb ("wordt ... georganiseerd"), else the nearest before
    // it ("... georganiseerd wordt").
    auto participle_near = [&](std::size_t at) -> std::optional<Passive> {
        std::optional<Passive> before;
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (k == at) continue;
            const auto prefix = participle_prefix(tokens[words[k]].word);
            if (!prefix) continue;
            Passive found{words[at], words[k], *prefix};
            if (k > at) return found;
            before = found;
        }
        return before;
    };
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Token& token = tokens[words[k]];
        if (!kWordenForms.count(token.word)) continue;
        // "Word" with a capital inside a sentence is the word processor ("een brief in Word").
        if (token.word == "word" && k > 0 && text[token.core_begin] == 'W') continue;
        if (auto found = participle_near(k)) return found;
    }
    const bool has_door = std::any_of(words.begin(), words.end(),
                                      [&](std::size_t i) { return tokens[i].word == "door"; });
    if (has_door)
        for (std::size_t k = 0; k < words.size(); ++k)
            if (kZijnForms.count(tokens[words[k]].word))
                if (auto found = participle_near(k)) return found;
    return std::nullopt;
}

// ---- Jargon ---------------------------------------------------------------------------------

struct Phrase {
    std::string lower; // one space between the words
    std::string instead;
};

// Whether `lower_text` holds `phrase` at `pos`, any white space between its words; the end.
std::optional<std::size_t> match_at(std::string_view lower_text, std::size_t pos,
                                    std::string_view phrase) {
    for (std::size_t k = 0; k < phrase.size(); ++k) {
        if (phrase[k] == ' ') {
            std::size_t after = pos;
            while (after < lower_text.size()) {
                const DecodedChar c = decode_utf8(lower_text, after);
                if (!is_space(c.code_point)) break;
                after += c.length;
            }
            if (after == pos) return std::nullopt;
            pos = after;
        } else {
            if (pos >= lower_text.size() || lower_text[pos] != phrase[k]) return std::nullopt;
            ++pos;
        }
    }
    return pos;
}

struct Match {
    std::size_t begin = 0, end = 0, phrase = 0;
};

// The first whole-word occurrence of each phrase, overlapping ones left to the one that starts
// first (and is longest): "aanvraag indienen" rather than "indienen".
std::vector<Match> jargon_in(std::string_view lower_text, const std::vector<Phrase>& phrases) {
    std::vector<Match> all;
    for (std::size_t p = 0; p < phrases.size(); ++p) {
        const std::string& phrase = phrases[p].lower;
        const std::string_view first_word = std::string_view(phrase).substr(0, phrase.find(' '));
        for (std::size_t at = lower_text.find(first_word); at != std::string_view::npos;
             at = lower_text.find(first_word, at + 1)) {
            if (is_word_char(decode_utf8(phrase, 0).code_point) && at > 0 &&
                is_word_char(code_point_before(lower_text, at)))
                continue;
            const auto end = match_at(lower_text, at, phrase);
            if (!end) continue;
            if (is_word_char(code_point_before(phrase, phrase.size())) &&
                *end < lower_text.size() && is_word_char(decode_utf8(lower_text, *end).code_point))
                continue;
            all.push_back({at, *end, p});
        }
    }
    std::sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<Match> kept;
    std::set<std::size_t> phrases_seen;
    std::size_t covered = 0;
    for (const Match& match : all) {
        if (match.begin < covered) continue;
        covered = match.end;
        if (phrases_seen.insert(match.phrase).second) kept.push_back(match);
    }
    return kept;
}

std::vector<Phrase> phrases_of(const std::vector<JargonEntry>& municipal) {
    std::vector<Phrase> phrases;
    std::map<std::string, std::size_t> index;
    auto add = [&](const JargonEntry& entry) {
        std::string phrase = lower(collapse_spaces(entry.word));
        if (phrase.empty() || !has_letter(phrase)) return;
        const std::string instead = collapse_spaces(entry.instead);
        const auto [at, added] = index.emplace(phrase, phrases.size());
        if (added)
            phrases.push_back({std::move(phrase), instead});
        else if (phrases[at->second].instead.empty())
            phrases[at->second].instead = instead;
    };
    for (const JargonEntry& entry : municipal)
        add(entry);
    for (const JargonEntry& entry : built_in_jargon())
        add(entry);
    return phrases;
}

// ---- Messages -------------------------------------------------------------------------------

const std::string kEllipsis = "\xE2\x80\xA6";

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

struct Found {
    std::size_t pos = 0;
    int rank = 0; // for hints about the same place: the sentence before its words
    PlainLanguageHint hint;
};

} // namespace

std::vector<PlainLanguageHint> plain_language_hints(const std::string& text,
                                                    const std::vector<JargonEntry>& jargon) {
    const std::vector<Token> tokens = tokens_of(text);
    const std::vector<Sentence> sentences = sentences_of(text, tokens);
    std::vector<Found> found;
    std::set<std::size_t> sentence_starts;
    for (const Sentence& sentence : sentences)
        for (std::size_t i = sentence.first; i < sentence.last; ++i)
            if (!tokens[i].word.empty()) {
                sentence_starts.insert(tokens[i].core_begin);
                break;
            }

    // Jargon first: a long word that is jargon gets the jargon hint only.
    const std::string lower_text = lower(text);
    const std::vector<Phrase> phrases = phrases_of(jargon);
    const std::vector<Match> matches = jargon_in(lower_text, phrases);
    for (const Match& match : matches) {
        const Phrase& phrase = phrases[match.phrase];
        std::string written =
            collapse_spaces(std::string_view(text).substr(match.begin, match.end - match.begin));
        std::string message = in_quotes(written) + " is ambtelijke taal.";
        if (!phrase.instead.empty()) {
            std::string instead = phrase.instead;
            // "Indien" at the start of a sentence: "Als"
            if (sentence_starts.count(match.begin) &&
                is_upper(decode_utf8(text, match.begin).code_point) && instead[0] >= 'a' &&
                instead[0] <= 'z')
                instead[0] = static_cast<char>(instead[0] - 32);
            message += " Schrijf liever: " + in_quotes(instead) + ".";
        }
        found.push_back({match.begin, 3, {"jargon", std::move(message)}});
    }
    auto in_jargon = [&](std::size_t begin, std::size_t end) {
        return std::any_of(matches.begin(), matches.end(),
                           [&](const Match& m) { return begin < m.end && m.begin < end; });
    };

    for (const Sentence& sentence : sentences) {
        std::size_t words = 0;
        for (std::size_t i = sentence.first; i < sentence.last; ++i)
            if (!tokens[i].word.empty()) ++words;
        if (words > static_cast<std::size_t>(kPlainMaxSentenceWords)) {
            // The first seven words as written: enough to find the sentence again.
            std::string start;
            for (std::size_t i = sentence.first; i < sentence.last && i < sentence.first + 7; ++i) {
                if (!start.empty()) start += ' ';
                start.append(text, tokens[i].begin, tokens[i].end - tokens[i].begin);
            }
            found.push_back(
                {tokens[sentence.first].begin,
                 0,
                 {"long-sentence", "Deze zin heeft " + std::to_string(words) +
                                       " woorden: " + in_quotes(start + " " + kEllipsis) +
                                       ". Maak er twee of drie korte zinnen van "
                                       "(hoogstens " +
                                       std::to_string(kPlainMaxSentenceWords) + " woorden)."}});
        }
        if (const auto passive = passive_in(text, tokens, sentence)) {
            const std::size_t first = std::min(passive->verb, passive->participle);
            const std::size_t second = std::max(passive->verb, passive->participle);
            // Next to each other as words, or with words between them.
            bool next_to = true;
            for (std::size_t i = first + 1; i < second; ++i)
                if (!tokens[i].word.empty()) next_to = false;
            const std::string quote = as_written(text, tokens[first]) +
                                      (next_to ? " " : " " + kEllipsis + " ") +
                                      as_written(text, tokens[second]);
            found.push_back(
                {tokens[first].core_begin,
                 1,
                 {"passive", in_quotes(quote) +
                                 ": schrijf actief, wie doet het? "
                                 "Bijvoorbeeld: " +
                                 in_quotes(active_example(tokens[passive->participle].word,
                                                          passive->prefix))}});
        }
    }

    // Long words: runs of letters (with an apostrophe inside, "auto's"); hyphens, slashes and
    // digits part them.
    std::set<std::string> long_words_seen;
    for (const Token& token : tokens) {
        if (token.word.empty() || is_link(token.word)) continue;
        std::size_t run_begin = token.core_begin, letters = 0;
        auto end_run = [&](std::size_t run_end) {
            if (letters > static_cast<std::size_t>(kPlainMaxWordLetters) &&
                !in_jargon(run_begin, run_end)) {
                const std::string word = text.substr(run_begin, run_end - run_begin);
                if (long_words_seen.insert(lower(word)).second)
                    found.push_back(
                        {run_begin,
                         2,
                         {"long-word", in_quotes(word) + " is een lang woord. Kan het "
                                                         "korter of in twee woorden?"}});
            }
            letters = 0;
        };
        for (std::size_t pos = token.core_begin; pos < token.core_end;) {
            const DecodedChar c = decode_utf8(text, pos);
            const bool apostrophe = (c.code_point == '\'' || c.code_point == 0x2019) &&
                                    letters > 0 && pos + c.length < token.core_end &&
                                    is_letter(decode_utf8(text, pos + c.length).code_point);
            if (is_letter(c.code_point) || (is_mark(c.code_point) && letters > 0) || apostrophe) {
                if (letters == 0 && !apostrophe) run_begin = pos;
                if (is_letter(c.code_point)) ++letters;
            } else {
                end_run(pos);
            }
            pos += c.length;
        }
        end_run(token.core_end);
    }

    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.pos != b.pos ? a.pos < b.pos : a.rank < b.rank;
    });
    std::vector<PlainLanguageHint> hints;
    for (Found& f : found) {
        if (hints.size() == kPlainMaxHints) break;
        hints.push_back(std::move(f.hint));
    }
    return hints;
}

const std::vector<JargonEntry>& built_in_jargon() {
    // Ambtelijke taal with the word a B1 reader knows; most from the lists of the Dutch government
    // and municipalities for "begrijpelijke taal".
    static const std::vector<JargonEntry> list = {
        {"aanvraag indienen", "aanvragen"},
        {"indienen", "insturen"},
        {"teneinde", "om"},
        {"middels", "met"},
        {"woonachtig", "wonen"},
        {"retourneren", "terugsturen"},
        {"inzake", "over"},
        {"participeren", "meedoen"},
        {"faciliteren", "mogelijk maken"},
        {"indien", "als"},
        {"alsmede", "en"},
        {"ten behoeve van", "voor"},
        {"derhalve", "daarom"},
        {"desgewenst", "als u wilt"},
        {"reeds", "al"},
        {"verstrekken", "geven"},
        {"woonlasten", "kosten voor uw huis"},
        {"aldus", "zo"},
        {"conform", "volgens"},
        {"overeenkomstig", "volgens"},
        {"ingevolge", "volgens"},
        {"thans", "nu"},
        {"omtrent", "over"},
        {"betreffende", "over"},
        {"ten aanzien van", "over"},
        {"met betrekking tot", "over"},
        {"in het kader van", "bij"},
        {"naar aanleiding van", "na"},
        {"ten gevolge van", "door"},
        {"tevens", "ook"},
        {"echter", "maar"},
        {"doch", "maar"},
        {"wellicht", "misschien"},
        {"trachten", "proberen"},
        {"verzoeken", "vragen"},
        {"verzocht", "gevraagd"},
        {"dient te", "moet"},
        {"dienen te", "moeten"},
        {"beschikken over", "hebben"},
        {"voorafgaand aan", "voor"},
        {"alvorens", "voordat"},
        {"hetgeen", "wat"},
        {"onverwijld", "meteen"},
        {"terstond", "meteen"},
        {"gelieve", "wilt u"},
        {"mits", "als"},
        {"c.q.", "of"},
        {"aanvang", "begin"},
        {"zorgdragen voor", "zorgen voor"},
        {"bewerkstelligen", "zorgen voor"},
        {"implementeren", "invoeren"},
        {"legitimatiebewijs", "paspoort, ID-kaart of rijbewijs"},
        {"vigerend", "geldend"},
        {"voornoemde", "deze"},
    };
    return list;
}

std::vector<JargonEntry> read_jargon_file(const std::filesystem::path& file) {
    std::vector<JargonEntry> entries;
    std::ifstream in(file, std::ios::binary);
    if (!in) return entries;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);
    std::size_t start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos) end = bytes.size();
        std::string_view line = std::string_view(bytes).substr(start, end - start);
        start = end + 1;
        line = line.substr(0, line.find('#'));
        if (!valid_utf8(line)) continue;
        const std::size_t equals = line.find('=');
        if (equals != std::string_view::npos &&
            line.find('=', equals + 1) != std::string_view::npos)
            continue;
        JargonEntry entry;
        entry.word = collapse_spaces(line.substr(0, equals));
        if (equals != std::string_view::npos)
            entry.instead = collapse_spaces(line.substr(equals + 1));
        if (entry.word.empty()) {
            // A blank line (or only a comment) is no entry, and no error either.
            continue;
        }
        if (!has_letter(entry.word)) continue;
        if (!has_letter(entry.instead) && std::none_of(entry.instead.begin(), entry.instead.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; }))
            entry.instead.clear();
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace bk::hub
