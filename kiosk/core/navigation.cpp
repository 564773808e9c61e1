#include "navigation.h"

namespace bk {

void Navigation::go(Screen next) {
    if (next == current_) return;
    history_.push_back(current_);
    current_ = next;
    changed_ = true;
    ++visits_;
}

void Navigation::back() {
    if (history_.empty()) {
        home();
        return;
    }
    current_ = history_.back();
    history_.pop_back();
    changed_ = true;
    ++visits_;
}

void Navigation::home() {
    history_.clear();
    changed_ = changed_ || current_ != Screen::Home;
    current_ = Screen::Home;
    ++visits_;
}

bool Navigation::changed_since_last_frame() {
    bool was = changed_;
    changed_ = false;
    return was;
}

} // namespace bk
