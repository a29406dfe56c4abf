"""The history of one record: each change, when, and what it was before and after; the
version before a change can be put back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import render
from app.services import safety
from app.services.safety import HistoryEntry, RecordKind, StoreError
from app.ui import ask
from app.ui.safety.words import action_words, changed_fields, record_words, when_words

if TYPE_CHECKING:
    from app.store import Store


class HistoryDialog(QDialog):
    """Every change to one record; `put_back` is emitted after a version was put back."""

    put_back = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        store: Store,
        kind: RecordKind,
        case_id: int,
        key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind, self.case_id, self.key = kind, case_id, key
        self.setWindowTitle(self.tr("History"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Changes, oldest first"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the change did"))
        self.put_back_button = QPushButton(self.tr("&Put back the version before this change"))
        self.put_back_button.clicked.connect(self._put_back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.changes, self.details, self.put_back_button, buttons):
            layout.addWidget(widget)
        self.changes.currentRowChanged.connect(self._show)
        self.entries: list[HistoryEntry] = []
        self.reload()

    def reload(self) -> None:
        self.entries = safety.history_of(self.store, self.kind, self.case_id, self.key)
        self.changes.clear()
        for entry in self.entries:
            self.changes.addItem(f"{when_words(entry.changed_at)}  {action_words(entry.action)}")
        latest = self.entries[-1] if self.entries else None
        record = latest and (latest.after or latest.before)
        self.heading.setText(
            record_words(self.kind, record)
            if record
            else self.tr("No changes are recorded for this.")
        )
        self.changes.setCurrentRow(len(self.entries) - 1)
        self._show(len(self.entries) - 1)

    def _show(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.put_back_button.setEnabled(entry is not None and entry.action == "changed")
        if entry is None:
            self.details.setPlainText("")
            return
        lines = [
            self.tr("{field}: {before} \u2192 {after}").format(field=label, before=old, after=new)
            for label, old, new in changed_fields(entry.before, entry.after)
        ]
        if entry.links_before != entry.links_after:
            lines.append(
                self.tr("Requests it dealt with: {before} \u2192 {after}").format(
                    before=", ".join(entry.links_before or []) or self.tr("(none)"),
                    after=", ".join(entry.links_after or []) or self.tr("(none)"),
                )
            )
        self.details.setPlainText("\n".join(lines) or self.tr("Nothing you can see changed."))

    def _put_back(self) -> None:
        row = self.changes.currentRow()
        if not 0 <= row < len(self.entries):
            return
        try:
            safety.put_back_version(self.store, self.entries[row])
        except StoreError as error:
            ask.problem(self, self.tr("Cannot put it back"), render(error.message))
            return
        self.reload()
        self.put_back.emit()
