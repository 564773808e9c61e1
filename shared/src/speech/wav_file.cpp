// RIFF/WAVE writer for 16-bit mono PCM (little-endian on disk whatever the host).
#include "buurtkiosk/speech/wav_file.h"

#include <fstream>
#include <stdexcept>
#include <string>

namespace bk {
namespace {

void put16(std::ofstream& out, std::uint16_t v) {
    const char bytes[2] = {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
    out.write(bytes, 2);
}

void put32(std::ofstream& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

} // namespace

void write_wav(const std::filesystem::path& path, std::span<const std::int16_t> samples,
               int sample_rate) {
    if (sample_rate <= 0) throw std::runtime_error("WAV " + path.string() + ": no sample rate");
    if (samples.size() > 0x7FFF0000u / 2) {
        throw std::runtime_error("WAV " + path.string() + ": too much audio for one file");
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("WAV " + path.string() + ": cannot open for writing");
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * 2);
    out.write("RIFF", 4);
    put32(out, 36 + data_bytes);
    out.write("WAVEfmt ", 8);
    put32(out, 16);                                          // fmt chunk size
    put16(out, 1);                                           // PCM
    put16(out, 1);                                           // mono
    put32(out, static_cast<std::uint32_t>(sample_rate));     // samples per second
    put32(out, static_cast<std::uint32_t>(sample_rate) * 2); // bytes per second
    put16(out, 2);                                           // bytes per frame
    put16(out, 16);                                          // bits per sample
    out.write("data", 4);
    put32(out, data_bytes);
    for (std::int16_t s : samples)
        put16(out, static_cast<std::uint16_t>(s));
    out.flush();
    if (!out) throw std::runtime_error("WAV " + path.string() + ": write failed");
}

} // namespace bk
