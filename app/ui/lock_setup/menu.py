"""The Privacy menu, under the Case menu: lock this data folder with a passphrase, change
the passphrase, remove the lock. Which of them can be chosen follows the folder (told from
its data file's first bytes, nothing of a case read). The dialogs are loaded when first
asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.services.session import data_folder_is_locked
from app.ui.context import CaseContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


class PrivacyMenu(QObject):
    """The menu's actions, and the dialog each opens."""

    # The folder was locked (True) or its lock removed (False) from this menu.
    lock_changed = Signal(bool)

    def __init__(self, window: QWidget, holder: QMenu | QMenuBar,
                 context: CaseContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.dialog: QDialog | None = None
        self.menu: QMenu = holder.addMenu(self.tr("Pri&vacy"))
        self.lock_action = self._add(
            self.tr("&Lock this data folder with a passphrase\u2026"), self.set_up_lock)
        self.change_action = self._add(self.tr("&Change the passphrase\u2026"),
                                       self.change_passphrase)
        self.remove_action = self._add(self.tr("&Remove the passphrase\u2026"),
                                       self.remove_lock)
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def _add(self, text: str, slot: object) -> QAction:
        # Owned by this controller, so rebuilding the window (another language) drops them.
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def refresh(self) -> None:
        locked = data_folder_is_locked()
        self.lock_action.setEnabled(not locked)
        self.change_action.setEnabled(locked)
        self.remove_action.setEnabled(locked)

    def set_up_lock(self) -> None:
        from app.ui.lock_setup.dialogs import LockDialog

        self._open(LockDialog(self.window, self.context.cases.store), locked=True)

    def change_passphrase(self) -> None:
        from app.ui.lock_setup.dialogs import ChangeDialog

        self._open(ChangeDialog(self.window, self.context.cases.store), locked=True)

    def remove_lock(self) -> None:
        from app.ui.lock_setup.dialogs import RemoveDialog

        self._open(RemoveDialog(self.window, self.context.cases.store), locked=False)

    def _open(self, dialog: QDialog, *, locked: bool) -> None:
        from PySide6.QtCore import Qt

        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed(locked=locked))
        dialog.open()

    def changed(self, *, locked: bool) -> None:
        """The folder was locked or its lock removed (here, or by Start my case)."""
        self.refresh()
        self.lock_changed.emit(locked)
