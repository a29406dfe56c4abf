"""A list whose rows are paragraphs: each row as tall as its wrapped text.

QListView measures word-wrapped rows at a slightly different width from the one it paints
them at, so a long paragraph loses its last line to "...". Here each row's height is
worked out from the width the text really gets, again whenever the list's width or font
changes ("Larger text")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QListWidget, QStyle, QWidget

_UNLIMITED = 1_000_000


class WrappingList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the width the rows were measured at stays the width they get.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        # While a window or splitter is dragged, many resizes come at once: measure once,
        # after they have all arrived (a long log has hundreds of paragraphs).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_rows)

    def fit_rows(self) -> None:
        """Measure every row again (after its text changed)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        width = max(50, self.viewport().width() - 2 * self.spacing() - 2 * margin)
        metrics = QFontMetrics(self.font())
        for row in range(self.count()):
            item = self.item(row)
            text = metrics.boundingRect(QRect(0, 0, width, _UNLIMITED),
                                        Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, text.height() + 2 * margin + metrics.descent()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refit.start()
