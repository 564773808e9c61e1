// Building spoken text and mapping spoken byte ranges back to display byte ranges.
#include "buurtkiosk/speech/spoken_text.h"

#include <algorithm>

namespace bk {

ByteRange SpokenText::display_range(ByteRange spoken) const {
    ByteRange found{};
    bool any = false;
    for (const Piece& piece : pieces) {
        const std::size_t begin = std::max(spoken.begin, piece.spoken.begin);
        const std::size_t end = std::min(spoken.end, piece.spoken.end);
        if (begin >= end || piece.display.empty()) continue;
        ByteRange part = piece.display;
        if (piece.verbatim) {
            part.begin = piece.display.begin + (begin - piece.spoken.begin);
            part.end = piece.display.begin + (end - piece.spoken.begin);
        }
        found.begin = any ? std::min(found.begin, part.begin) : part.begin;
        found.end = any ? std::max(found.end, part.end) : part.end;
        any = true;
    }
    return found;
}

void SpokenTextBuilder::keep(std::size_t begin, std::size_t end) {
    end = std::min(end, display_.size());
    if (begin >= end) return;
    auto& pieces = result_.pieces;
    const std::size_t at = result_.text.size();
    result_.text.append(display_.substr(begin, end - begin));
    // Contiguous verbatim copies become one piece, keeping the map small.
    if (!pieces.empty() && pieces.back().verbatim && pieces.back().spoken.end == at &&
        pieces.back().display.end == begin) {
        pieces.back().spoken.end = result_.text.size();
        pieces.back().display.end = end;
        return;
    }
    pieces.push_back({{at, result_.text.size()}, {begin, end}, true});
}

void SpokenTextBuilder::say(std::string_view words, std::size_t begin, std::size_t end) {
    if (words.empty()) return;
    const std::size_t at = result_.text.size();
    result_.text.append(words);
    result_.pieces.push_back({{at, result_.text.size()}, {begin, end}, false});
}

void SpokenTextBuilder::pause(std::string_view separator) {
    const std::size_t at = result_.text.size();
    result_.text.append(separator);
    result_.pieces.push_back({{at, result_.text.size()}, {}, false});
}

SpokenText SpokenTextBuilder::finish() && {
    return std::move(result_);
}

} // namespace bk
