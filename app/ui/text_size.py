"""Text size for the whole window: "Larger text" in the View menu sets the application
font, so every widget grows together; headings keep their proportion to it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

# Sizes in points. The normal size is already larger than Windows' 9 pt: many users read
# with difficulty, on old screens.
NORMAL_POINTS = 11.0
LARGER_POINTS = 15.0


def apply_text_size(larger: bool) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPointSizeF(LARGER_POINTS if larger else NORMAL_POINTS)
    app.setFont(font)


class ScaledLabel(QLabel):
    """A label whose font is a multiple of the application font, and stays so when the
    text size changes (a font set once would stay at its old size)."""

    def __init__(self, text: str, factor: float = 1.0, bold: bool = True) -> None:
        super().__init__(text)
        self._factor = factor
        self._bold = bold
        self.setWordWrap(True)
        self._apply()

    def _apply(self) -> None:
        font = QFont(QApplication.font())
        font.setBold(self._bold)
        font.setPointSizeF(font.pointSizeF() * self._factor)
        self.setFont(font)

        # Qt tells only top-level windows about a new application font, and a widget with
        # a font of its own keeps it: follow the application's signal instead.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._follow)

    def _follow(self, _font: QFont) -> None:
        self._apply()
