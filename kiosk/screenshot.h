// Saves what the window shows as a PNG (glReadPixels of the back buffer after rendering).
#pragma once
#include <string>

namespace bk {

// Returns false and fills `error` when the file cannot be written.
bool save_screenshot(const std::string& path, int width, int height, std::string& error);

} // namespace bk
