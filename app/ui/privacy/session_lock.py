"""Locking the program while it is in use, for a data folder locked with a passphrase: by
hand (Lock now, Ctrl+L, the Lock button) or after some minutes without use (`idle`).

Locking keeps what the person was typing in every open form and letter window (their
drafts are written at once, into the locked data file), closes every form and dialog without
asking, puts the lock screen in the main window's place, and closes the main window and then
the data folder's connection: nothing of the case is left on the screen or open. The
passphrase is not kept anywhere: unlocking opens the data folder again with the one typed.

Unlocking builds a new main window on the data folder opened again, shows the case and page
that were open, and opens each form again with what was typed in it (`open_work`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services.drafts import Drafts
from app.ui.autosave import Debounced
from app.ui.privacy import actions
from app.ui.privacy.idle import IdleWatch, allowed_minutes
from app.ui.privacy.open_work import OpenWork, bring_back, remember
from app.ui.privacy.unlock_screen import OpenAnotherFolder, OpenWith, UnlockScreen, Why

if TYPE_CHECKING:
    from app.store import Store
    from app.ui.main_window import MainWindow

MS_PER_MINUTE = 60_000
# How many times dialogs are closed over: closing one may open another (a form closed by
# the recovery offers the drafts left).
_CLOSING_ROUNDS = 5


class SessionLock(QObject):
    """The open data folder and its main window, while the program runs on a locked folder.
    `make_window` builds a main window on an open store (as the start does); `open_with`
    opens the configured data folder with a passphrase."""

    locked = Signal()
    # The new main window, showing the work again.
    unlocked = Signal(object)

    def __init__(self, window: MainWindow, store: Store, *,
                 make_window: Callable[[Store], MainWindow], open_with: OpenWith,
                 open_another_folder: OpenAnotherFolder | None = None,
                 ms_per_minute: int = MS_PER_MINUTE) -> None:
        super().__init__()
        self._make_window = make_window
        self._open_with = open_with
        self._open_another_folder = open_another_folder
        self._ms_per_minute = ms_per_minute
        self._window: MainWindow | None = None
        self._store: Store | None = None
        self._closing: list[Store] = []
        self._screen: UnlockScreen | None = None
        self._work: OpenWork | None = None
        # False once another, plain data folder was opened from the lock screen.
        self._folder_locked = True
        self._idle = IdleWatch(self._interval(window), self)
        self._idle.idle.connect(self._idle_reached)
        self._lock_key = _LockKey(self)
        self._take(window, store)

    # -- what is open -------------------------------------------------------------------

    @property
    def window(self) -> MainWindow | None:
        """The main window (None while locked)."""
        return self._window

    @property
    def store(self) -> Store | None:
        """The data folder's store (None while locked)."""
        return self._store

    @property
    def screen(self) -> UnlockScreen | None:
        """The lock screen (None while unlocked)."""
        return self._screen

    def is_locked(self) -> bool:
        return self._screen is not None

    def can_lock(self) -> bool:
        """Whether there is something to lock: a locked folder's data, open on screen."""
        return self._window is not None and self._store is not None and self._folder_locked

    def close(self) -> None:
        """The program ends: close whatever data connection is still open."""
        self._idle.stop()
        for store in [*self._closing, *([self._store] if self._store else [])]:
            store.close()
        self._closing.clear()

    def _take(self, window: MainWindow, store: Store) -> None:
        self._window, self._store = window, store
        window.folder_lock_changed.connect(self._folder_lock_changed)
        self._folder_lock_changed(True)

    def _folder_lock_changed(self, locked: bool) -> None:
        """The folder was locked (at start, on unlocking, from the Privacy menu) or its lock
        removed from the Privacy menu: Lock now and the idle lock follow it."""
        window = self._window
        if window is None:
            return
        self._folder_locked = locked
        actions.attach(window, self if locked else None)
        if locked:
            self._idle.set_interval(self._interval(window))
            self._idle.start()
        else:
            self._idle.stop()

    def _minutes(self, window: MainWindow) -> int:
        return allowed_minutes(window.settings.idle_lock_minutes)

    def _interval(self, window: MainWindow) -> int:
        return self._minutes(window) * self._ms_per_minute

    # -- locking ------------------------------------------------------------------------

    def lock_now(self) -> None:
        self.lock(Why.BY_HAND)

    def _idle_reached(self) -> None:
        self.lock(Why.IDLE)

    def lock(self, why: Why = Why.BY_HAND) -> None:
        window, store = self._window, self._store
        if window is None or store is None or not self.can_lock():
            return
        self._idle.stop()
        self._work = remember(window)
        _keep_typing_now()
        screen = UnlockScreen(self._open_with, why=why, idle_minutes=self._minutes(window),
                              open_another_folder=self._open_another_folder)
        screen.unlocked.connect(self._unlocked)
        screen.quit_chosen.connect(self._quit)
        screen.another_folder.connect(self._another_folder)
        self._screen = screen
        # The lock screen first: the program must not end as its last window closes.
        _show_in_place_of(screen, window)
        _close_everything_but(screen, window)
        actions.attach(window, None)
        window.close()
        window.hide()
        # The connection is closed once the window is gone. Normally that is at once; when
        # the lock came inside a question's own event loop (a message box left open), the
        # code that asked finishes first, with the data it expects still there.
        self._closing.append(store)
        window.destroyed.connect(lambda *_: self._close_store(store))
        window.deleteLater()
        self._window = self._store = None
        self.locked.emit()

    def _close_store(self, store: Store) -> None:
        if store in self._closing:
            self._closing.remove(store)
            store.close()

    # -- unlocking ----------------------------------------------------------------------

    def _unlocked(self, store: Store) -> None:
        work, self._work = self._work, None
        window = self._show_window(store)
        self._take(window, store)
        if work is not None:
            bring_back(window, work, Drafts(store))
        self.unlocked.emit(window)

    def _show_window(self, store: Store) -> MainWindow:
        screen, self._screen = self._screen, None
        window = self._make_window(store)
        if screen is not None:
            _show_in_place_of(window, screen)
            screen.hide()
            screen.deleteLater()
        else:
            window.show()
        return window

    def _another_folder(self) -> None:
        """The person chose another data folder on the lock screen: the program was started
        on it (`app.ui.folders.switching`), and this copy ends, its data closed already."""
        self._work = None
        self._quit()

    def _quit(self) -> None:
        # The lock screen is the program's last window: closing it ends the program, with
        # the data folder closed already.
        screen = self._screen
        if screen is not None:
            screen.close()

    # -- the idle minutes ------------------------------------------------------------------

    def choose_idle_minutes(self, parent: QWidget) -> None:
        from app.ui.privacy.idle_dialog import IdleMinutesDialog

        window = self._window
        if window is None:
            return
        dialog = IdleMinutesDialog(parent, window.settings.idle_lock_minutes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._minutes_chosen(dialog.chosen()))
        dialog.open()

    def _minutes_chosen(self, minutes: int) -> None:
        window = self._window
        if window is None:
            return
        window.settings.idle_lock_minutes = minutes
        self._idle.set_interval(self._interval(window))


def _keep_typing_now() -> None:
    """Everything typed and waiting for its half-second pause is kept now."""
    for top in QApplication.topLevelWidgets():
        for waiting in top.findChildren(Debounced):
            waiting.flush()


def _show_in_place_of(shown: QWidget, hidden: QWidget) -> None:
    shown.setGeometry(hidden.geometry())
    if hidden.isMaximized():
        shown.showMaximized()
    elif hidden.isFullScreen():
        shown.showFullScreen()
    else:
        shown.show()
    shown.activateWindow()


def _close_everything_but(screen: QWidget, window: QWidget) -> None:
    """Close every other window of the program without asking: a dialog as if Escape was
    pressed but without its question (a form's typing is kept already), a message box
    with no answer (the careful one), a menu or any other window."""
    for _round in range(_CLOSING_ROUNDS):
        open_windows = [top for top in QApplication.topLevelWidgets()
                        if top.isVisible() and top is not screen and top is not window]
        if not open_windows:
            return
        for top in open_windows:
            if isinstance(top, QDialog):
                top.done(QDialog.DialogCode.Rejected)
            else:
                top.close()


class _LockKey(QObject):
    """Ctrl+L in any window of the program locks it, a form or the letter window in front
    too (the menu's shortcut reaches only the main window, which an open form blocks)."""

    def __init__(self, session: SessionLock) -> None:
        super().__init__(session)
        self._session = session
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_L
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and self._session.can_lock()):
            self._session.lock_now()
            return True
        return False
