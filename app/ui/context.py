"""What every page of the open case shares: the case, "today", and a signal that the
record changed so each page shows the change (a saved letter changes the badges too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.services.cases import Cases, OpenCase


class CaseContext(QObject):
    # A different case was opened (or none: the welcome page).
    case_opened = Signal()
    # Something in the open case was saved or deleted.
    changed = Signal()

    def __init__(self, cases: Cases, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.cases = cases
        self._today = today
        self.session: OpenCase | None = None

    def today(self) -> dt.date:
        return self._today()

    def open(self, session: OpenCase | None) -> None:
        self.session = session
        self.case_opened.emit()

    def notify_changed(self) -> None:
        self.changed.emit()
