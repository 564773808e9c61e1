// A short message in a coloured box with a pictogram: the privacy line, "vol", a store error.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

enum class NoticeKind { Info, Warning, Error, Success };

// Draws at the cursor, `width` wide, wrapped; leaves the cursor below it.
void notice(const Theme& theme, NoticeKind kind, const char* icon, const std::string& text,
            float width, ImFont* font = nullptr);
float notice_height(const Theme& theme, const std::string& text, float width,
                    ImFont* font = nullptr);

} // namespace bk
