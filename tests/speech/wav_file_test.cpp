// The WAV writer produces a file other tools read: checked byte by byte.
#include "buurtkiosk/speech/speech_to_wav.h"
#include "buurtkiosk/speech/wav_file.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

namespace {

std::uint32_t read32(const std::vector<char>& b, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

} // namespace

TEST_CASE("WAV file has a RIFF header and the samples little-endian") {
    const auto path = std::filesystem::temp_directory_path() / "buurtkiosk_wav_test.wav";
    const std::vector<std::int16_t> samples = {0, 1, -1, 32767, -32768};
    bk::write_wav(path, samples, 22050);

    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), {});
    REQUIRE(bytes.size() == 44 + samples.size() * 2);
    CHECK(std::memcmp(bytes.data(), "RIFF", 4) == 0);
    CHECK(read32(bytes, 4) == 36 + samples.size() * 2);
    CHECK(std::memcmp(bytes.data() + 8, "WAVEfmt ", 8) == 0);
    CHECK(read32(bytes, 24) == 22050);
    CHECK(read32(bytes, 40) == samples.size() * 2);
    CHECK(static_cast<unsigned char>(bytes[44 + 2 * 2]) == 0xFF);     // -1
    CHECK(static_cast<unsigned char>(bytes[44 + 3 * 2 + 1]) == 0x7F); // 32767 high byte
    std::filesystem::remove(path);
}

TEST_CASE("WAV writer names the path when it cannot write") {
    const std::vector<std::int16_t> samples = {1, 2, 3};
    CHECK_THROWS_WITH(bk::write_wav("/nonexistent-dir/x.wav", samples, 22050),
                      Catch::Contains("/nonexistent-dir/x.wav"));
    CHECK_THROWS(bk::write_wav(std::filesystem::temp_directory_path() / "x.wav", samples, 0));
}

TEST_CASE("Speech goes straight into a WAV file") {
    const auto path = std::filesystem::temp_directory_path() / "buurtkiosk_speech_to_wav.wav";
    const auto result =
        bk::speak_to_wav({{"Welkom in de buurtkamer."}, {"Koffie om 10:30."}}, path);
    CHECK(result.sample_rate == 22050);
    CHECK(result.words >= 7);
    CHECK(double(result.samples) / result.sample_rate > 1.5);
    CHECK(std::filesystem::file_size(path) == 44 + result.samples * 2);
    std::filesystem::remove(path);
}
