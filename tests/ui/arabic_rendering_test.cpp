// The kiosk's Arabic on a real screen, compared with HarfBuzz's own rendering (hb-view, Debian
// libharfbuzz-bin) of the same words: a screenshot of the agenda's title in Arabic must look like
// hb-view's line (ink compared on a common grid, not byte for byte, since sizes and hinting
// differ a little), and not like the same letters reversed or left unjoined, which is what a
// kiosk without shaping or without bidirectional order would show.
#include "buurtkiosk/i18n/ui_text.h"
#include "support/temp_dir.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include <cmath>
#include <sstream>

using namespace bk;
using namespace bk::test;

namespace {
constexpr int kGridW = 120, kGridH = 24;

struct Gray {
    int width = 0, height = 0;
    std::vector<float> ink; // 0 (paper) .. 1 (ink)
    float at(int x, int y) const { return ink[std::size_t(y) * width + x]; }
};

Gray load(const std::string& path) {
    Gray g;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &g.width, &g.height, &channels, 1);
    if (!pixels) return {};
    g.ink.resize(std::size_t(g.width) * g.height);
    for (std::size_t i = 0; i < g.ink.size(); ++i)
        g.ink[i] = 1.0f - pixels[i] / 255.0f;
    stbi_image_free(pixels);
    return g;
}

// The part of `g` in [x0, x1) x [y0, y1), cut to where the ink is, on a kGridW x kGridH grid.
std::vector<float> ink_grid(const Gray& g, int x0, int y0, int x1, int y1) {
    int left = x1, right = x0, top = y1, bottom = y0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (g.at(x, y) > 0.5f) {
                left = std::min(left, x);
                right = std::max(right, x + 1);
                top = std::min(top, y);
                bottom = std::max(bottom, y + 1);
            }
    std::vector<float> grid(kGridW * kGridH, 0.0f);
    if (right <= left || bottom <= top) return grid;
    for (int y = top; y < bottom; ++y)
        for (int x = left; x < right; ++x) {
            int gx = (x - left) * kGridW / (right - left);
            int gy = (y - top) * kGridH / (bottom - top);
            grid[std::size_t(gy) * kGridW + gx] += g.at(x, y);
        }
    return grid;
}

// Pearson correlation of two grids: 1 for the same picture, near 0 for unrelated ones.
double likeness(const std::vector<float>& a, const std::vector<float>& b) {
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(a.size());
    mb /= double(b.size());
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

std::vector<float> hb_view(const TempDir& dir, const std::string& text, const std::string& name) {
    std::string text_file = (dir / (name + ".txt")).string();
    std::string png = (dir / (name + ".png")).string();
    std::FILE* f = std::fopen(text_file.c_str(), "w");
    std::fputs(text.c_str(), f);
    std::fclose(f);
    std::string command = "hb-view --font-size=64 --margin=8 --output-format=png --text-file='" +
                          text_file + "' --output-file='" + png +
                          "' /usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf";
    REQUIRE(std::system(command.c_str()) == 0);
    Gray g = load(png);
    REQUIRE(g.width > 0);
    return ink_grid(g, 0, 0, g.width, g.height);
}

// The title's room in the top bar: between the screen's speaker (left) and "home" (right).
struct Room {
    float left = 0, right = 0;
};

Room title_room(const std::string& output) {
    Room room;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        float l = 0, r = 0;
        if (line.starts_with("place: speak-screen: "))
            std::istringstream(line.substr(21)) >> l >> r, room.left = r;
        if (line.starts_with("place: home: "))
            std::istringstream(line.substr(13)) >> l >> r, room.right = l;
    }
    return room;
}
} // namespace

TEST_CASE("an Arabic title on screen looks like hb-view's rendering of it, not reversed or "
          "unjoined",
          "[ui][language][shaping]") {
    VisitorFixture kiosk;
    TempDir dir;
    std::string shot = (dir / "agenda.png").string();
    KioskRun run = kiosk.run("tap language\ntap lang-ar\ntap tile-agenda\nexpect-screen agenda\n"
                             "print-places\nscreenshot " +
                             shot + "\n");
    Room room = title_room(run.output);
    REQUIRE(room.left > 0);
    REQUIRE(room.right > room.left);
    Gray screen = load(shot);
    REQUIRE(screen.width == 1920);
    // The top bar's buttons are 120 px high from y = 24 at this size; the title sits between.
    std::vector<float> shown = ink_grid(screen, int(room.left) + 8, 30, int(room.right) - 8, 138);

    std::string title = ui_text("agenda", "ar"); // "البرنامج"
    REQUIRE(title.size() > 8);
    std::vector<float> reference = hb_view(dir, title, "title");
    // The same letters in the wrong order, as a kiosk without FriBidi would draw them; and
    // each letter on its own (a zero-width non-joiner between them), as Dear ImGui would.
    std::string reversed, unjoined;
    for (std::size_t i = title.size(); i > 0; i -= 2)
        reversed += title.substr(i - 2, 2);
    for (std::size_t i = 0; i < title.size(); i += 2)
        unjoined += title.substr(i, 2) + "\u200c";
    // hb-view shapes its text: a reversed string shows the letters backwards, joined.
    double same = likeness(shown, reference);
    double backwards = likeness(shown, hb_view(dir, reversed, "reversed"));
    double apart = likeness(shown, hb_view(dir, unjoined, "unjoined"));
    INFO("like hb-view: " << same << ", like reversed: " << backwards
                          << ", like unjoined: " << apart);
    CHECK(same > 0.75);
    CHECK(same > backwards + 0.2);
    CHECK(same > apart + 0.1);
}
