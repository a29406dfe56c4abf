#!/usr/bin/env python3
"""The program's icon, drawn with Pillow: the one source of every icon file.

    python resources/icons/icon.py [FOLDER]

writes `meetconfer.ico` (Windows: 16 to 256 pixels in one file) and `meetconfer.png`
(256 pixels, for the window on every platform) into FOLDER, by default this folder.
`installer/build` runs it before bundling and `dev.py` once after setting up, so neither
file is kept in git: change the drawing here and both follow.

The drawing: a letter (an envelope) on a dark blue tile, with a green tick on it, for
"a letter that is logged and checked". Plain shapes with strong contrast, so it stays
readable at 16 pixels on an old screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256
# Drawn this many times larger, then scaled down: Pillow's shapes have no smoothing.
_OVERSAMPLE = 4
_TILE = (22, 58, 110, 255)  # dark blue
_PAPER = (255, 255, 255, 255)
_FOLD = (22, 58, 110, 255)
_TICK_BACK = (30, 140, 70, 255)  # green
_TICK = (255, 255, 255, 255)


def draw(size: int) -> Image.Image:
    """The icon as a `size`-pixel square RGBA image."""
    big = size * _OVERSAMPLE
    unit = big / 16  # the drawing is laid out on a 16 x 16 grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=round(3 * unit), fill=_TILE)
    # The envelope.
    left, top, right, bottom = 2 * unit, 4 * unit, 14 * unit, 12 * unit
    pen.rectangle((left, top, right, bottom), fill=_PAPER)
    line = max(1, round(0.9 * unit))
    pen.line((left, top, 8 * unit, 8.5 * unit, right, top), fill=_FOLD, width=line, joint="curve")
    # The tick, on a green disc at the lower right.
    cx, cy, r = 11.5 * unit, 11.5 * unit, 3.8 * unit
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_TICK_BACK, outline=_TILE,
                width=max(1, round(0.6 * unit)))
    pen.line(
        (cx - 1.9 * unit, cy + 0.1 * unit, cx - 0.5 * unit, cy + 1.5 * unit,
         cx + 2.0 * unit, cy - 1.4 * unit),
        fill=_TICK, width=max(1, round(1.0 * unit)), joint="curve",
    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(folder: Path = HERE) -> tuple[Path, Path]:
    """Write meetconfer.ico and meetconfer.png into `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    ico, png = folder / "meetconfer.ico", folder / "meetconfer.png"
    largest = draw(max(ICO_SIZES))
    # Each size drawn on its own, not scaled from the largest, so small ones stay sharp.
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[draw(s) for s in ICO_SIZES[:-1]])
    draw(PNG_SIZE).save(png, format="PNG", optimize=True)
    return ico, png


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else HERE
    for path in write_icons(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
