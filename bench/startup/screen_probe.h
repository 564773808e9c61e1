// Reads single pixels of the X screen, to see when a window first shows the home screen.
// libX11 is opened at run time, so the bench links nothing beyond the shared library. Keep one
// probe for the whole bench: its connection also stops the X server from resetting (and
// refusing connections for a moment) each time the last measured program exits.
#pragma once
#include <cstdint>
#include <optional>

namespace bk::bench {

class ScreenProbe {
public:
    ScreenProbe(); // connects to $DISPLAY; ok() tells whether that worked
    ~ScreenProbe();
    ScreenProbe(const ScreenProbe&) = delete;
    ScreenProbe& operator=(const ScreenProbe&) = delete;

    bool ok() const { return display_ != nullptr; }
    // 0xRRGGBB of the root window at (x, y): what the screen shows there.
    std::optional<std::uint32_t> pixel(int x, int y) const;

private:
    void* library_ = nullptr;
    void* display_ = nullptr;
};

// True when two 0xRRGGBB colours differ by at most `tolerance` in each channel.
bool close_colour(std::uint32_t a, std::uint32_t b, int tolerance = 6);

} // namespace bk::bench
