"""The one serif face every document uses: Liberation Serif (SIL OFL 1.1, licence in
`resources/fonts/OFL.txt`), embedded as TrueType so a page prints the same on any printer
and accented names (José Núñez) keep their accents."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import fonts_dir

REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


class FontMissingError(RuntimeError):
    """A font file is missing from the program's resources (a broken install)."""


def register_fonts() -> None:
    """Register the family with reportlab once per process (later calls do nothing)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        path = fonts_dir() / filename
        if not path.is_file():
            raise FontMissingError(f"the font file {path} is missing; reinstall the program")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # So that <b> and <i> inside a Paragraph pick the matching face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
