"""The log view, timed from inside the desktop app.

    QT_QPA_PLATFORM=offscreen python benchmarks/log_view.py DATA_DIR CASE_NUMBER [--bare]

Builds the real main window on the data folder and shows it (the welcome page), then, timed:

- first rows: the user opens the case and goes to "Letters and calls" (`open_case`, then
  that tab made current), until the log table's viewport has painted with rows in it. This covers
  everything opening a case does: loading it, every page reacting to `case_opened`.
- filter: words are typed in the log page's Find box (`text_filter.setText`). The figure
  runs from the moment the model starts to reset (`modelAboutToBeReset`, i.e. the work,
  after the page's deliberate typing pause) until the table has repainted; the time
  including the typing pause is reported beside it.
- peak memory: `ru_maxrss` of this process at the end.

With `--bare`, the same steps on the least a Qt program can do: one QTableView over a plain
list model of the same six columns read straight from the database, filtered by a substring
test on the summary over the rows in memory. Prints one JSON line either way.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QWidget,
)

# Words that occur in about a quarter of the generated summaries (see casegen._MIDDLES).
FILTER_WORDS = "privilege log"
_TIMEOUT_MS = 60_000


class _PaintWaiter(QObject):
    """Ends a wait at the first paint of a widget once armed, noting when that paint was
    done (a zero timer fires right after the paint event has been handled)."""

    def __init__(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__()
        self.widget = widget
        self.ready = ready
        self.loop: QEventLoop | None = None
        self.done_at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            event.type() == QEvent.Type.Paint
            and self.loop is not None
            and self.done_at is None
            and self.ready()
        ):
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        if self.done_at is None:
            self.done_at = time.perf_counter()
            if self.loop is not None:
                self.loop.quit()

    def wait(self, action: Callable[[], None]) -> float:
        """Run `action`, then process events until the armed paint; returns its time."""
        self.done_at = None
        self.loop = QEventLoop()
        QTimer.singleShot(_TIMEOUT_MS, self.loop.quit)
        action()
        if self.done_at is None:
            self.loop.exec()
        self.loop = None
        if self.done_at is None:
            raise TimeoutError("the table was never painted with rows")
        return self.done_at


def _settle(app: QApplication, window: QWidget) -> None:
    """Show the window and let its first paint and any queued work finish before timing."""
    window.show()
    deadline = time.perf_counter() + 2.0
    while time.perf_counter() < deadline:
        app.processEvents()
        if window.isVisible():
            break
    for _ in range(20):
        app.processEvents()


def _bring_forward(page: QWidget) -> None:
    """Make the tab holding `page` current, as a click on it does, whatever its position.
    The tab's own widget may be a holder around the page (the app makes its tabs' pages
    when first needed), so climb to the widget right under the tab widget."""
    tab: QWidget | None = page
    while tab is not None:
        above = tab.parentWidget()
        tabs = above.parentWidget() if above is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(tab)
            return
        tab = above
    raise SystemExit("the log page is not in a tab")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def run_app(app: QApplication, data_dir: str, case_number: str) -> dict[str, Any]:
    from app import paths

    paths.configure(data_dir)
    from app.services.cases import Cases
    from app.services.session import open_store
    from app.ui.main_window import MainWindow
    from app.ui.pages.log_page import LogPage
    from app.ui.settings import Settings

    store = open_store()
    cases = Cases(store)
    case_id = cases.case_id(case_number)
    if case_id is None:
        raise SystemExit(f"no case {case_number} in {data_dir}")
    window = MainWindow(cases, Settings())
    window.show_welcome()
    _settle(app, window)

    # Made now, before the timing, as it was when every page was made with the window.
    page = window.log_page
    if not isinstance(page, LogPage):
        raise SystemExit("the main window has no LogPage")
    table: QTableView = page.table
    text_box: QLineEdit = page.text_filter

    def has_rows() -> bool:
        model = table.model()
        return model is not None and model.rowCount() > 0 and table.isVisible()

    waiter = _PaintWaiter(table.viewport(), has_rows)
    marks: dict[str, float] = {}

    def open_log() -> None:
        window.open_case(case_id)
        marks["opened"] = time.perf_counter()
        _bring_forward(page)

    start = time.perf_counter()
    shown = waiter.wait(open_log)
    model = table.model()
    total = model.rowCount()

    reset_at: list[float] = []
    model_now = table.model()
    model_now.modelAboutToBeReset.connect(lambda: reset_at.append(time.perf_counter()))
    model_now.layoutAboutToBeChanged.connect(lambda: reset_at.append(time.perf_counter()))
    # Arm on a reset that has happened: the paint after typing but before the filter ran
    # (the typing pause) must not count.
    waiter.ready = lambda: bool(reset_at) and has_rows()
    typed = time.perf_counter()
    filtered = waiter.wait(lambda: text_box.setText(FILTER_WORDS))
    if not reset_at:
        raise SystemExit("typing in the Find box did not change the table")
    result = {
        "first_rows_ms": round((shown - start) * 1000, 1),
        "open_case_call_ms": round((marks["opened"] - start) * 1000, 1),
        "filter_ms": round((filtered - reset_at[0]) * 1000, 1),
        "filter_typed_ms": round((filtered - typed) * 1000, 1),
        "rows": total,
        "rows_after_filter": table.model().rowCount(),
        "max_rss_mb": round(_rss_mb(), 1),
    }
    window.close()
    store.close()
    return result


class _ListModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.rows[index.row()][index.column()]


def run_bare(app: QApplication, data_dir: str, case_number: str) -> dict[str, Any]:
    from pathlib import Path

    db_path = Path(data_dir) / "meetconfer.sqlite3"
    window = QMainWindow()
    window.resize(1000, 700)
    table = QTableView()
    window.setCentralWidget(table)
    _settle(app, window)
    model = _ListModel([])
    everything: list[tuple[str, ...]] = []

    def has_rows() -> bool:
        return model.rowCount() > 0

    waiter = _PaintWaiter(table.viewport(), has_rows)

    def open_log() -> None:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
        everything[:] = conn.execute(
            "SELECT c.sent_on, c.direction, c.method, coalesce(k.name, ''), '', "
            "coalesce(c.summary, '') FROM communications c "
            "JOIN cases s ON s.id = c.case_id LEFT JOIN counsel k ON k.id = c.counsel_id "
            "WHERE s.case_number = ? ORDER BY c.position",
            [case_number],
        ).fetchall()
        conn.close()
        model.beginResetModel()
        model.rows = everything
        model.endResetModel()
        table.setModel(model)

    start = time.perf_counter()
    shown = waiter.wait(open_log)
    total = model.rowCount()
    began: list[float] = []

    def filter_now() -> None:
        # The plainest filter there is: a substring test over the rows already in memory.
        began.append(time.perf_counter())
        words = FILTER_WORDS.casefold()
        model.beginResetModel()
        model.rows = [row for row in everything if words in row[5].casefold()]
        model.endResetModel()

    filtered = waiter.wait(filter_now)
    return {
        "first_rows_ms": round((shown - start) * 1000, 1),
        "filter_ms": round((filtered - began[0]) * 1000, 1),
        "filter_typed_ms": round((filtered - began[0]) * 1000, 1),
        "rows": total,
        "rows_after_filter": model.rowCount(),
        "max_rss_mb": round(_rss_mb(), 1),
    }


def main(argv: list[str]) -> int:
    data_dir, case_number = argv[0], argv[1]
    app = QApplication(sys.argv[:1])
    runner = run_bare if "--bare" in argv[2:] else run_app
    print(json.dumps(runner(app, data_dir, case_number)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
