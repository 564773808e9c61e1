// Where the sentence around a word starts, for "Herhaal zin": display text, so it also finds
// the sentences speech preparation makes of titles and list lines (a line break ends one).
#pragma once
#include <cstddef>
#include <string>

namespace bk {

// The first byte of the sentence holding byte `at`: after the last ". ", "! ", "? " or line
// break before it, spaces skipped; 0 in the first sentence.
std::size_t sentence_start(const std::string& text, std::size_t at);

} // namespace bk
