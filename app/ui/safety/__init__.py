"""Keeping the data safe, in the desktop app: the Backups and trash menu and its dialogs
(backups, trash, removed cases, history).

The main window calls `add_safety_menu(window, menubar, context)` once. After anything that
changes the data behind the window's back (a record put back, a backup put back) the open
case is read again, or the window shows its welcome page if that case is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.services.cases import SaveError
from app.ui.context import CaseContext

# The menu is made at start-up; what its commands open (the dialogs, and the safety
# service under them: backups, trash, history) is loaded when first used, so start-up does
# not wait for it (about 20 ms on a 2-core PC).
if TYPE_CHECKING:
    from app.services.safety import RecordKind
    from app.store import Store
    from app.ui.safety.backups_dialog import offer_newest_backup
    from app.ui.safety.history_dialog import HistoryDialog

__all__ = [
    "HistoryDialog",
    "SafetyMenu",
    "add_safety_menu",
    "offer_newest_backup",
    "show_history",
]

BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: is the day's backup due?


class SafetyMenu(QObject):
    """The menu's actions and what they open."""

    def __init__(self, window: QWidget, menubar: QMenuBar, context: CaseContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.menu = menubar.addMenu(self.tr("&Backups and trash"))
        self.backup_action = self._add(self.tr("&Make a backup\u2026"), self.make_backup)
        self.backups_action = self._add(self.tr("&Backups\u2026"), self.show_backups)
        self.menu.addSeparator()
        self.trash_action = self._add(self.tr("&Trash of this case\u2026"), self.show_trash)
        self.history_action = self._add(
            self.tr("&History of this case's details\u2026"), self.show_case_history
        )
        self.removed_cases_action = self._add(
            self.tr("&Removed cases\u2026"), self.show_removed_cases
        )
        context.case_opened.connect(self._enable)
        self._enable()
        # Opening the data makes the day's backup; a session left open makes the next ones.
        self.daily = QTimer(self)
        self.daily.setInterval(BACKUP_CHECK_MS)
        self.daily.timeout.connect(self._backup_if_due)
        self.daily.start()

    def _backup_if_due(self) -> None:
        from app.services import safety

        safety.backup_if_due(self.store)

    @property
    def store(self) -> Store:
        return self.context.cases.store

    def _add(self, text: str, slot: object) -> QAction:
        # Owned by this controller, so rebuilding the window (another language) drops them.
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def _enable(self) -> None:
        has_case = self.context.session is not None
        self.trash_action.setEnabled(has_case)
        self.history_action.setEnabled(has_case)

    def make_backup(self) -> None:
        from app.ui.safety.backups_dialog import make_backup

        make_backup(self.window, self.store)

    def show_backups(self) -> None:
        from app.ui.safety.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window, self.store)
        dialog.restored.connect(self.refresh)
        dialog.exec()

    def show_trash(self) -> None:
        if self.context.session is not None:
            self._trash(self.context.session.case_id)

    def show_removed_cases(self) -> None:
        self._trash(None)

    def _trash(self, case_id: int | None) -> None:
        from app.ui.safety.trash_dialog import TrashDialog

        dialog = TrashDialog(self.window, self.store, case_id)
        dialog.restored.connect(self.refresh)
        dialog.exec()

    def show_case_history(self) -> None:
        from app.services.safety import RecordKind

        session = self.context.session
        if session is not None:
            show_history(self.window, self.context, RecordKind.CASE, session.case_id)

    def refresh(self) -> None:
        refresh(self.window, self.context)


def refresh(window: QWidget, context: CaseContext) -> None:
    """Read the open case again after a change made from these dialogs."""
    session = context.session
    if session is not None:
        try:
            context.open(context.cases.open(session.case_id))
            return
        except SaveError:
            context.open(None)
    show_welcome = getattr(window, "show_welcome", None)
    if callable(show_welcome):
        show_welcome()


def show_history(
    window: QWidget, context: CaseContext, kind: RecordKind, case_id: int, key: str | None = None
) -> None:
    """The history of one record (a letter, request or lawyer by its id; the case with
    `key` None), for the pages' own "History…" commands."""
    from app.ui.safety.history_dialog import HistoryDialog

    dialog = HistoryDialog(window, context.cases.store, kind, case_id, key)
    dialog.put_back.connect(lambda: refresh(window, context))
    dialog.exec()


def add_safety_menu(window: QWidget, menubar: QMenuBar, context: CaseContext) -> QMenu:
    """Add the Backups and trash menu to `menubar`; returns it."""
    controller = SafetyMenu(window, menubar, context)
    return controller.menu


def __getattr__(name: str) -> object:
    """`offer_newest_backup` and `HistoryDialog`, named in `__all__`, are loaded when first
    asked for (see the note at the imports)."""
    if name == "offer_newest_backup":
        from app.ui.safety.backups_dialog import offer_newest_backup

        return offer_newest_backup
    if name == "HistoryDialog":
        from app.ui.safety.history_dialog import HistoryDialog

        return HistoryDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
