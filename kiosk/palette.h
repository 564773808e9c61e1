// The kiosk's colours for both themes (normal and high contrast), and every pair of them the
// screens put on top of each other, so a test can hold each pair to its WCAG contrast minimum.
// UI-free apart from ImU32, so tests compile it without a window.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace bk {

struct Palette {
    ImU32 background;      // the page
    ImU32 surface;         // cards, the top bar, fields, secondary buttons and keys
    ImU32 surface_pressed; // a secondary button, key or card under the finger
    ImU32 text, text_muted;
    ImU32 primary, primary_pressed, on_primary; // main buttons, the home header, tiles
    ImU32 accent, accent_pressed, on_accent;    // announcements, the speaker button
    ImU32 border; // outlines of buttons, keys, fields and cards: 3:1 against what they sit on
    ImU32 danger, success; // words and marks for errors and done
    // Under tiles and cards, which lie on the background: opaque, as the background darkened,
    // since SDL's software renderer blends a rounded shape slowly (renderer.cpp). The scrim goes
    // over the screen behind a dialog.
    ImU32 shadow, scrim;
    ImU32 category[6]; // indexed by Category: tiles, card stripes (white words on them)
};

Palette make_palette(bool high_contrast);

ImU32 category_color(const Palette& p, Category category);

// WCAG 2.1: text needs 7:1 (1.4.6, AAA); outlines and faces of controls, and the marker behind
// the word being read, need 3:1 against what they sit on (1.4.11).
enum class PairKind { Text, Boundary, Highlight };
double minimum_contrast(PairKind kind);

struct ColorPair {
    std::string what; // where the screens use it, for the test's message and the docs
    ImU32 fore, back; // for a control: its face, and what it sits on
    PairKind kind;
    // A control with an outline is told apart by its face or by its outline (WCAG 1.4.11):
    // whichever stands out more from `back` counts. 0: no outline.
    ImU32 outline = 0;
};

// Every pair the screens draw. A screen that puts a new colour on a new background adds its
// pair here, and the theme test checks it in both themes.
std::vector<ColorPair> color_pairs(const Palette& p);

} // namespace bk
