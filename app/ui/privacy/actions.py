"""Lock now (Ctrl+L), a Lock button at the right end of the menu bar, and "Lock when not
used…" in the main window's menu. They are there only when the data folder is locked with a
passphrase: a plain folder has nothing to lock, and a greyed-out entry nobody can use would
only puzzle (setting up a passphrase is its own menu entry).

The main window makes them with its menus (`LockActions(window, menu, before)`), so they
are made again when the window is rebuilt in another language. What they do belongs to
whoever holds the session (`attach`: `app.ui.privacy.session_lock`). This module is loaded
with every window, so it stays small and imports only Qt.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton, QWidget

LOCK_SHORTCUT = "Ctrl+L"
_ATTRIBUTE = "_privacy_locker"


class Locker(Protocol):
    """What the actions ask of the session lock."""

    def lock_now(self) -> None: ...

    def choose_idle_minutes(self, parent: QWidget) -> None: ...


def attach(window: QMainWindow, locker: Locker | None) -> None:
    """Give `window`'s lock actions their session lock (None: the folder is plain)."""
    setattr(window, _ATTRIBUTE, locker)
    actions = getattr(window, "lock_actions", None)
    if isinstance(actions, LockActions):
        actions.refresh()


def locker_of(window: QMainWindow) -> Locker | None:
    locker = getattr(window, _ATTRIBUTE, None)
    return locker if locker is not None else None


class LockActions:
    def __init__(self, window: QMainWindow, menu: QMenu, before: QAction | None = None) -> None:
        self.window = window
        # Owned by the menu bar, as the window's other actions: a rebuild drops them.
        bar = window.menuBar()
        self.lock_now = QAction(QCoreApplication.translate("LockActions", "&Lock now"), bar)
        self.lock_now.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_now.setToolTip(QCoreApplication.translate(
            "LockActions", "Lock the program now: its passphrase opens it again (Ctrl+L)"))
        self.lock_now.triggered.connect(self._lock)
        self.idle_minutes = QAction(
            QCoreApplication.translate("LockActions", "Lock when not &used…"), bar)
        self.idle_minutes.triggered.connect(self._choose_minutes)
        self.separator = QAction(bar)
        self.separator.setSeparator(True)
        for action in (self.lock_now, self.idle_minutes, self.separator):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)
        # One press away, on every page: a person called away has no time for menus.
        self.button = QToolButton(bar)
        self.button.setDefaultAction(self.lock_now)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(
            QCoreApplication.translate("LockActions", "Lock the program"))
        bar.setCornerWidget(self.button, Qt.Corner.TopRightCorner)
        self.refresh()

    def refresh(self) -> None:
        """Shown when the window's data folder is locked, hidden when it is plain."""
        available = locker_of(self.window) is not None
        for action in (self.lock_now, self.idle_minutes, self.separator):
            action.setVisible(available)
        self.button.setVisible(available)

    def _lock(self) -> None:
        locker = locker_of(self.window)
        if locker is not None:
            locker.lock_now()

    def _choose_minutes(self) -> None:
        locker = locker_of(self.window)
        if locker is not None:
            locker.choose_idle_minutes(self.window)
