"""The trash: what was removed from the open case (or the removed cases), to put back; and
emptying it, which asks first and is for good."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import render
from app.services import safety
from app.services.safety import StoreError, TrashItem
from app.ui import ask
from app.ui.safety.words import record_words, when_words

if TYPE_CHECKING:
    from app.store import Store


class TrashDialog(QDialog):
    """`case_id` None: the removed cases. `restored` is emitted after a change."""

    restored = Signal()

    def __init__(self, parent: QWidget | None, store: Store, case_id: int | None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.setWindowTitle(self.tr("Trash") if case_id is not None else self.tr("Removed cases"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.items_list = QListWidget()
        self.items_list.setAccessibleName(self.tr("Removed, newest first"))
        self.restore_button = QPushButton(self.tr("&Put back"))
        self.restore_button.clicked.connect(self._restore)
        self.empty_button = QPushButton(self.tr("&Empty the trash\u2026"))
        self.empty_button.clicked.connect(self._empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.items_list, buttons):
            layout.addWidget(widget)
        self.items: list[TrashItem] = []
        self.reload()

    def reload(self) -> None:
        self.items = safety.trash_items(self.store, self.case_id)
        self.items_list.clear()
        for item in self.items:
            self.items_list.addItem(
                f"{when_words(item.removed_at)}  {record_words(item.kind, item.record)}"
            )
        self.note.setText(
            self.tr("The trash is empty.")
            if not self.items
            else self.tr("Choose what to put back.")
        )
        self.items_list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.items))
        self.empty_button.setEnabled(bool(self.items))

    def _restore(self) -> None:
        row = self.items_list.currentRow()
        if not 0 <= row < len(self.items):
            return
        try:
            safety.restore_from_trash(self.store, self.items[row])
        except StoreError as error:
            ask.problem(self, self.tr("Cannot put it back"), render(error.message))
            return
        self.reload()
        self.restored.emit()

    def _empty(self) -> None:
        if not ask.confirm(
            self,
            self.tr("Empty the trash"),
            self.tr(
                "Remove these {count} items for good? They cannot be put back after this."
            ).format(count=len(self.items)),
            self.tr("Remove for good"),
        ):
            return
        try:
            safety.empty_trash(self.store, self.case_id)
        except StoreError as error:
            ask.problem(self, self.tr("Cannot empty the trash"), render(error.message))
            return
        self.reload()
