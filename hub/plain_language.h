// Plain-language (taalniveau B1) hints for a Dutch text at the desk: long sentences, long words,
// the passive voice and ambtelijke taal (jargon). Advice shown next to the text, never a reason to
// refuse it: the rules are rough on purpose, and the editor decides.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace bk::hub {

struct PlainLanguageHint {
    std::string kind;    // "long-sentence", "long-word", "passive" or "jargon"
    std::string message; // Dutch, for the editor; quotes the sentence start or the word
};

// A word or phrase to avoid and a plainer alternative ("" when there is none to suggest).
struct JargonEntry {
    std::string word;
    std::string instead;
};

// Hints a sentence gets at most words of: B1 writing guides keep sentences to 10-15 words, and a
// reader who reads slowly loses the start of a longer sentence before its end.
constexpr int kPlainMaxSentenceWords = 15;
// Letters a word has at most: Dutch compounds grow without end, and readers at B1 level start
// guessing at words of more than about 14 letters ("ondersteuningsmogelijkheden").
constexpr int kPlainMaxWordLetters = 14;
// Hints given at most for one text: more than this is a wall the editor stops reading, and a text
// that needs more is better rewritten than patched hint by hint.
constexpr std::size_t kPlainMaxHints = 10;

// The hints for `text` (UTF-8), in the order of the text, at most kPlainMaxHints. `jargon` is the
// municipality's own list (read_jargon_file); the built-in list is always checked too, and for a
// word on both lists the municipality's alternative wins when it gives one.
//
// - "long-sentence": more than kPlainMaxSentenceWords words. Sentences end at . ! ? and … before a
//   space or the end, and at every line break; not at the dot of "10.00", "o.a.", "bijv.", an
//   initial ("J. de Vries") or a URL, nor at "enz." or "ma." before a word in lower case.
// - "long-word": a word of more than kPlainMaxWordLetters letters (code points, not bytes; parts
//   of a hyphenated word count apart; URLs and e-mail addresses are skipped), each word once, and
//   not for a word that already has a jargon hint.
// - "passive": a form of "worden" and a past participle ("georganiseerd", "gegeven",
//   "uitgenodigd") in one sentence, or "is/zijn/was/waren" with a participle and "door"; one hint
//   a sentence.
// - "jargon": a whole word or phrase of either list, in any case, each entry once: "indien" does
//   not match inside "indienen", which has an entry of its own.
std::vector<PlainLanguageHint> plain_language_hints(const std::string& text,
                                                    const std::vector<JargonEntry>& jargon);

// About 50 words and phrases of Dutch municipal writing with a plainer alternative ("middels" ->
// "met", "ten behoeve van" -> "voor"). Words that have no plainer Dutch word, like "mantelzorg",
// are not on it.
const std::vector<JargonEntry>& built_in_jargon();

// The municipality's own list: a UTF-8 file with one entry a line, "word = plainer word" or just
// "word"; '#' starts a comment, blank lines are ignored. Lines that are not an entry (no word
// before '=', more than one '=', no letter in the word, not UTF-8) are skipped. A file that is
// missing or cannot be read gives an empty list.
std::vector<JargonEntry> read_jargon_file(const std::filesystem::path& file);

} // namespace bk::hub
