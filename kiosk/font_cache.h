// The built font atlas kept on disk: FreeType rasterising every size and range is the largest
// part of a start (about 70 ms on the 2-core test machine, far more on a Raspberry Pi). A file
// is used only when the fonts' bytes, sizes, ranges and settings are exactly those it was built
// from, and its checksum holds; otherwise the atlas is built and the file written again.
#pragma once
#include <imgui.h>

#include <filesystem>
#include <string>

namespace bk {

// Builds `atlas` (its fonts added, not built), or fills it from a file in `dir` made by an earlier
// build of the same inputs. Returns what happened, for the log: "built", "from cache", or why a
// file was not used ("corrupt ...: rebuilt").
std::string build_fonts_cached(ImFontAtlas& atlas, const std::filesystem::path& dir);

} // namespace bk
