"""A tab whose page is made the first time it is needed.

The main window opens on "Requests in dispute"; the other tabs are made when first shown
(or first asked for: a menu command that fills in a letter needs the log page). Making them
all with the window cost about 40 ms of a 230 ms start on a 2-core PC (the log page reads
the whole log; the declaration page's modules are the heaviest) before the person saw
anything, for pages they may not open this session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage[Page: QWidget](QWidget):
    def __init__(self, make: Callable[[], Page]) -> None:
        super().__init__()
        self._make = make
        self._page: Page | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def made(self) -> bool:
        return self._page is not None

    def page(self) -> Page:
        if self._page is None:
            page = self._make()
            self._page = page
            self._layout.addWidget(page)
            # Focus given to the tab (Ctrl+2, a click) goes to what the page puts first.
            self.setFocusProxy(page)
            if self.isVisible():
                page.show()  # a page added to a tab already on screen shows at once
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.page()
        super().showEvent(event)
