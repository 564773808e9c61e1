// Text as it is handed to the synthesizer, with a map back to the text the visitor sees, so a
// spoken word can be highlighted in the display text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bk {

// A half-open byte range [begin, end) in a UTF-8 string.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool empty() const { return begin >= end; }
    auto operator<=>(const ByteRange&) const = default;
};

struct SpokenText {
    // One stretch of spoken text and where it came from. A verbatim piece is a byte-for-byte copy
    // of its display range; a replaced piece ("half elf" for "10:30") maps as a whole.
    struct Piece {
        ByteRange spoken;
        ByteRange display;
        bool verbatim = false;
    };

    std::string text;
    std::vector<Piece> pieces;

    // The display bytes that produced spoken bytes [spoken.begin, spoken.end); empty when the
    // spoken range came from nothing visible.
    ByteRange display_range(ByteRange spoken) const;
};

// Appends spoken text piece by piece, recording where each piece came from.
class SpokenTextBuilder {
public:
    explicit SpokenTextBuilder(std::string_view display) : display_(display) {}

    // Copy display bytes [begin, end) unchanged.
    void keep(std::size_t begin, std::size_t end);
    // Say `words` in place of display bytes [begin, end).
    void say(std::string_view words, std::size_t begin, std::size_t end);
    // A word break or pause that stands for nothing the visitor should see highlighted.
    void pause(std::string_view separator = " ");

    std::string_view display() const { return display_; }
    const std::string& spoken_so_far() const { return result_.text; }
    SpokenText finish() &&;

private:
    std::string_view display_;
    SpokenText result_;
};

} // namespace bk
