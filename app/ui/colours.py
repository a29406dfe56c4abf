"""Colours that carry meaning (a problem in red, "ready" in green), always checked against
the person's palette: under a high-contrast or dark theme a colour that would not stand
out from the background gives way to the palette's own text colour. The words always say
the same thing, so colour is never the only sign."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

# WCAG AA for normal text.
_MIN_CONTRAST = 4.5


class Tone(Enum):
    PROBLEM = "#a00000"
    GOOD = "#005a1e"
    WAIT = "#6b4a00"
    QUIET = "#404040"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, two: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colour_for(tone: Tone, palette: QPalette | None = None,
               background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The tone's colour if it reads well on the palette's background, else the
    palette's ordinary text colour."""
    palette = palette if palette is not None else QApplication.palette()
    wanted = QColor(tone.value)
    behind = palette.color(background)
    if contrast(wanted, behind) >= _MIN_CONTRAST:
        return wanted
    text_role = (QPalette.ColorRole.Text if background == QPalette.ColorRole.Base
                 else QPalette.ColorRole.WindowText)
    return palette.color(text_role)


def tint(label: QLabel, tone: Tone) -> None:
    """Colour a label's text by its palette (never a style sheet, which would override a
    high-contrast theme)."""
    palette = QPalette(label.palette())
    colour = colour_for(tone, palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
