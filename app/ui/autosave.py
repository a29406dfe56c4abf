"""Saving as a person types, without saving on every key.

`Debounced` runs its action once the typing pauses (half a second after the last change),
at once on `flush()`, and when the application is about to quit, so the last words typed
before the window closes are kept too. Writing on every key would write the data file
thousands of times a minute; half a second after the last key is soon enough that a crash
or a power cut costs at most what was typed in that half second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

# How long after the last change the typing is kept.
AUTOSAVE_DELAY_MS = 500


class Debounced(QObject):
    def __init__(self, action: Callable[[], None], parent: QObject | None = None,
                 delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._action)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def poke(self) -> None:
        """Something changed: run the action once the changes pause."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Run the action now if a change is waiting for it."""
        if self._timer.isActive():
            self._timer.stop()
            self._action()

    def cancel(self) -> None:
        """Forget the waiting change (it was saved another way, or thrown away)."""
        self._timer.stop()


def keep_all_typing() -> None:
    """What is waiting in every window is kept now (before the data folder closes, or the
    program ends on purpose)."""
    from PySide6.QtWidgets import QApplication

    for window in QApplication.topLevelWidgets():
        for waiting in window.findChildren(Debounced):
            waiting.flush()
