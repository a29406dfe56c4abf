"""Noticing that nobody has used the program for some minutes: no key pressed, no mouse moved
or clicked, in any of its windows. A person called away for count in the middle of their
library time leaves the program as it was; after these minutes it locks itself.

How many minutes is the data folder's setting (`Settings.idle_lock_minutes`), from 1 to 60,
10 unless the person chose otherwise. There is no "never": the lock protects the person
exactly when they did not expect to leave, and a person who reads a long page without
touching anything can choose up to an hour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 10
FEWEST_MINUTES = 1
MOST_MINUTES = 60

# What counts as using the program.
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.InputMethod,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.HoverMove, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})


def allowed_minutes(minutes: int) -> int:
    """`minutes` brought into the range a person can choose."""
    return max(FEWEST_MINUTES, min(MOST_MINUTES, minutes))


class IdleWatch(QObject):
    """Emits `idle` once the program has had no input for the interval since it was started
    or last used. Watches every event the application receives, so every window counts."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        """A new number of minutes was chosen: counted again from now, when watching."""
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def watching(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Runs for every event of the program: kept to one set lookup and a restart.
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False
