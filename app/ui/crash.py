"""What happens when the program itself has a bug: the details go to a report file in the
data folder's `logs`, and the person sees a plain notice, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from app.crash import write_crash_report

# Replaced in tests; shows the notice (a function so a test never sees a modal box).
Notify = Callable[[str], None]


def notice_text(report: Path | None) -> str:
    """The notice; `report` is where the details went (None: nowhere could be written)."""
    if report is None:
        return QCoreApplication.translate(
            "Crash",
            "Something went wrong inside the program. Your saved work is safe: every change "
            "is saved the moment it is made. Close the program and open it again.",
        )
    return QCoreApplication.translate(
        "Crash",
        "Something went wrong inside the program. Your saved work is safe: every change "
        "is saved the moment it is made. A report was saved here, for the staff: {path}",
    ).format(path=str(report))


def _show_notice(text: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    QMessageBox.warning(None, QCoreApplication.translate("Crash", "Something went wrong"), text)


def install(notify: Notify | None = None) -> None:
    """Route uncaught exceptions to a report file and a plain notice."""
    show = notify or _show_notice

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show(notice_text(write_crash_report((kind, error, tb))))

    sys.excepthook = hook
