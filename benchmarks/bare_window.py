"""The start-up baseline: the least a PySide6 program can do to show a window.

Imports QtWidgets, opens an empty QMainWindow of the app's size, waits for its first paint
and quits, printing `bare ok <ms to first paint>` like the app's `--smoke-test`. Whatever
the real program takes beyond this is the program's own start-up cost. Run it with the
venv's interpreter and QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys
import time

_START = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402  (timed from before import)
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class _FirstPaint(QObject):
    """Quits the application at the window's first paint event."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            elapsed_ms = (time.perf_counter() - _START) * 1000
            print(f"bare ok {elapsed_ms:.0f}", flush=True)
            # Quit after this paint has finished, as the real smoke test does.
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1024, 700)
    spy = _FirstPaint()
    window.installEventFilter(spy)
    # A window that never paints is a failure, not a hang.
    QTimer.singleShot(20_000, lambda: app.exit(1))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
