#!/usr/bin/env python3
"""Draws the demo bundle's activity pictures (calm flat illustrations) as PNG files.

Standard library only (zlib + struct), so it runs anywhere python3 does. The output is
deterministic: running it again gives byte-identical files, so the manifest stays valid.

Usage: content/tools/make-demo-images.py [output folder]   (default: content/demo/images)
Then run scripts/update-manifest.sh to refresh sizes and hashes in the manifest.
"""
import math
import os
import struct
import sys
import zlib

WIDTH, HEIGHT = 480, 270
SCALE = 3  # supersampling factor for smooth edges


class Canvas:
    """An RGB picture drawn at SCALE x the output size, box-filtered down when saved."""

    def __init__(self, background):
        self.w, self.h = WIDTH * SCALE, HEIGHT * SCALE
        self.px = [list(background) for _ in range(self.w * self.h)]

    def _span(self, y, x0, x1, colour):
        # Fill pixels x0 <= x < x1 on row y (supersampled coordinates), clipped.
        x0, x1 = max(0, x0), min(self.w, x1)
        if not 0 <= y < self.h or x0 >= x1:
            return
        row = y * self.w
        for x in range(x0, x1):
            self.px[row + x] = list(colour)

    def shape(self, inside, bbox, colour):
        """Fills every supersampled pixel whose centre satisfies inside(x, y) (output units)."""
        bx0, by0, bx1, by1 = (int(math.floor(v * SCALE)) for v in bbox)
        x_first, x_last = max(0, bx0), min(self.w - 1, bx1)
        for sy in range(max(0, by0), min(self.h, by1 + 1)):
            y = (sy + 0.5) / SCALE
            start = None
            for sx in range(x_first, x_last + 1):
                hit = inside((sx + 0.5) / SCALE, y)
                if hit and start is None:
                    start = sx
                elif not hit and start is not None:
                    self._span(sy, start, sx, colour)
                    start = None
            if start is not None:
                self._span(sy, start, x_last + 1, colour)

    def rect(self, x0, y0, x1, y1, colour, radius=0):
        def inside(x, y):
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                return False
            dx = max(x0 + radius - x, 0, x - (x1 - radius))
            dy = max(y0 + radius - y, 0, y - (y1 - radius))
            return dx * dx + dy * dy <= radius * radius

        self.shape(inside, (x0, y0, x1, y1), colour)

    def ellipse(self, cx, cy, rx, ry, colour):
        self.shape(lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1,
                   (cx - rx, cy - ry, cx + rx, cy + ry), colour)

    def circle(self, cx, cy, r, colour):
        self.ellipse(cx, cy, r, r, colour)

    def ring(self, cx, cy, r_out, r_in, colour):
        def inside(x, y):
            d = (x - cx) ** 2 + (y - cy) ** 2
            return r_in * r_in <= d <= r_out * r_out

        self.shape(inside, (cx - r_out, cy - r_out, cx + r_out, cy + r_out), colour)

    def polygon(self, points, colour):
        def inside(x, y):
            # Even-odd rule.
            hit = False
            for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
                if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                    hit = not hit
            return hit

        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self.shape(inside, (min(xs), min(ys), max(xs), max(ys)), colour)

    def line(self, x0, y0, x1, y1, width, colour):
        """A thick line with round ends."""
        length2 = (x1 - x0) ** 2 + (y1 - y0) ** 2
        half = width / 2

        def inside(x, y):
            t = 0 if length2 == 0 else ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / length2
            t = max(0.0, min(1.0, t))
            px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
            return (x - px) ** 2 + (y - py) ** 2 <= half * half

        self.shape(inside, (min(x0, x1) - half, min(y0, y1) - half, max(x0, x1) + half,
                            max(y0, y1) + half), colour)

    def png(self):
        rows = []
        n = SCALE * SCALE
        for oy in range(HEIGHT):
            row = bytearray([0])  # filter type 0 (none)
            for ox in range(WIDTH):
                r = g = b = 0
                for sy in range(oy * SCALE, oy * SCALE + SCALE):
                    base = sy * self.w + ox * SCALE
                    for p in self.px[base:base + SCALE]:
                        r += p[0]
                        g += p[1]
                        b += p[2]
                row += bytes((r // n, g // n, b // n))
            rows.append(bytes(row))

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)  # 8-bit RGB
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def hexcolour(text):
    return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))


def koffie():
    """A cup of coffee on a saucer, for the coffee mornings."""
    c = Canvas(hexcolour("#F3E6D3"))
    c.rect(0, 200, 480, 270, hexcolour("#E2CFB3"))
    c.ellipse(240, 212, 120, 20, hexcolour("#FFFFFF"))  # saucer
    c.ring(318, 150, 34, 20, hexcolour("#2E6E8E"))  # handle
    c.polygon([(160, 100), (320, 100), (300, 200), (180, 200)], hexcolour("#2E6E8E"))
    c.ellipse(240, 100, 80, 14, hexcolour("#6B4226"))  # coffee surface
    for dx in (-30, 0, 30):  # steam
        c.line(240 + dx, 80, 248 + dx, 55, 7, hexcolour("#FFFFFF"))
        c.line(248 + dx, 55, 240 + dx, 30, 7, hexcolour("#FFFFFF"))
    return c


def soep():
    """A pan of soup on a stove, for the soup and the shared meals."""
    c = Canvas(hexcolour("#FCE9D9"))
    c.rect(0, 210, 480, 270, hexcolour("#D9C2AE"))
    c.rect(120, 110, 360, 210, hexcolour("#C8553D"), radius=18)  # pan
    c.rect(70, 120, 130, 136, hexcolour("#7A2E22"), radius=8)  # handles
    c.rect(350, 120, 410, 136, hexcolour("#7A2E22"), radius=8)
    c.ellipse(240, 110, 120, 16, hexcolour("#E9A23B"))  # soup
    c.circle(200, 108, 7, hexcolour("#6A994E"))
    c.circle(262, 112, 6, hexcolour("#F2CC8F"))
    c.circle(290, 106, 5, hexcolour("#6A994E"))
    for dx in (-50, 0, 50):
        c.line(240 + dx, 85, 250 + dx, 60, 8, hexcolour("#FFFFFF"))
        c.line(250 + dx, 60, 240 + dx, 35, 8, hexcolour("#FFFFFF"))
    return c


def moestuin():
    """A large leaf above a strip of soil, for the vegetable garden."""
    c = Canvas(hexcolour("#E4F1E0"))
    c.rect(0, 215, 480, 270, hexcolour("#8B5E3C"))
    leaf = []
    for i in range(41):  # right edge of the leaf, from tip to stem
        t = i / 40
        leaf.append((240 + 90 * math.sin(math.pi * t), 30 + 170 * t))
    for i in range(40, -1, -1):  # left edge back to the tip
        t = i / 40
        leaf.append((240 - 90 * math.sin(math.pi * t), 30 + 170 * t))
    c.polygon(leaf, hexcolour("#4F8A3C"))
    c.line(240, 40, 240, 230, 7, hexcolour("#2F5E25"))  # midrib and stem
    for y in (80, 120, 160):
        c.line(240, y + 30, 290, y, 5, hexcolour("#2F5E25"))
        c.line(240, y + 30, 190, y, 5, hexcolour("#2F5E25"))
    return c


def knutselen():
    """A painter's palette with colour dots, for the craft and painting activities."""
    c = Canvas(hexcolour("#EAF2F8"))
    c.ellipse(240, 140, 170, 105, hexcolour("#E8C48A"))
    c.circle(320, 185, 24, hexcolour("#EAF2F8"))  # thumb hole
    for x, y, colour in ((160, 95, "#D1495B"), (235, 75, "#EDAE49"), (310, 95, "#00798C"),
                         (140, 160, "#30638E"), (210, 190, "#6A994E")):
        c.circle(x, y, 24, hexcolour(colour))
    c.line(380, 40, 270, 150, 12, hexcolour("#8B5E3C"))  # brush
    c.line(280, 140, 262, 158, 16, hexcolour("#3D3D3D"))
    return c


def wandelen():
    """Sun above rolling hills and a path, for the walking group."""
    c = Canvas(hexcolour("#DCEEF7"))
    c.circle(380, 70, 36, hexcolour("#F6C85F"))
    c.ellipse(120, 270, 260, 120, hexcolour("#7FB069"))
    c.ellipse(400, 280, 240, 110, hexcolour("#5E9A4F"))
    c.polygon([(225, 270), (275, 270), (255, 175), (245, 175)], hexcolour("#E9D8B4"))
    return c


def digicafe():
    """A laptop and a phone, for the digital café."""
    c = Canvas(hexcolour("#EEF0F7"))
    c.rect(120, 50, 340, 190, hexcolour("#3D405B"), radius=10)  # laptop screen
    c.rect(132, 62, 328, 178, hexcolour("#81B29A"), radius=4)
    c.polygon([(95, 195), (365, 195), (385, 220), (75, 220)], hexcolour("#5A5E7A"))
    c.rect(355, 95, 415, 205, hexcolour("#3D405B"), radius=10)  # phone
    c.rect(362, 107, 408, 190, hexcolour("#F2CC8F"), radius=4)
    c.circle(385, 198, 4, hexcolour("#EEF0F7"))
    return c


PICTURES = {
    "koffie.png": koffie,
    "soep.png": soep,
    "moestuin.png": moestuin,
    "knutselen.png": knutselen,
    "wandelen.png": wandelen,
    "digicafe.png": digicafe,
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "demo", "images")
    os.makedirs(out, exist_ok=True)
    for name, draw in PICTURES.items():
        data = draw().png()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
