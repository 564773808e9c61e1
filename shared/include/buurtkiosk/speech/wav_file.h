// Writing speech to a WAV file (16-bit PCM mono): for tests, and for reading a screen to a file
// on a machine without a sound card.
#pragma once
#include <cstdint>
#include <filesystem>
#include <span>

namespace bk {

// Writes a complete RIFF/WAVE file; throws std::runtime_error naming the path when it cannot.
void write_wav(const std::filesystem::path& path, std::span<const std::int16_t> samples,
               int sample_rate);

} // namespace bk
