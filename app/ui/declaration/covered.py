"""The checkable list of requests the declaration covers (the ones still in dispute)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.model import Dispute, DisputeStatus
from app.ui.language import Retranslating

_ID_ROLE = Qt.ItemDataRole.UserRole


class CoveredRequests(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._disputes: tuple[Dispute, ...] = ()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.heading.setBuddy(self.list)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.retranslate_ui()

    def set_disputes(self, disputes: Sequence[Dispute],
                     chosen: Iterable[str] | None = None) -> None:
        """Show `disputes`, ticking those in `chosen` (all of them when None). The same
        requests as before are updated in place, so the highlighted one stays."""
        wanted = None if chosen is None else set(chosen)
        same = [d.id for d in disputes] == [d.id for d in self._disputes]
        self._disputes = tuple(disputes)
        self.list.blockSignals(True)
        if not same:
            self.list.clear()
            for dispute in self._disputes:
                item = QListWidgetItem()
                item.setData(_ID_ROLE, dispute.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.list.addItem(item)
        for row, dispute in enumerate(self._disputes):
            ticked = wanted is None or dispute.id in wanted
            self.list.item(row).setCheckState(
                Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._label_items()
        if not same and self.list.count():
            self.list.setCurrentRow(0)

    def chosen_ids(self) -> set[str]:
        return {
            str(item.data(_ID_ROLE))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Re&quests this declaration covers:"))
        self.list.setAccessibleName(self.tr("Requests this declaration covers"))
        self.list.setAccessibleDescription(
            self.tr("Press Space to tick or untick the highlighted request.")
        )
        self._label_items()

    def _label_items(self) -> None:
        self.list.blockSignals(True)
        for row, dispute in enumerate(self._disputes):
            item = self.list.item(row)
            if dispute.status is DisputeStatus.NARROWED:
                item.setText(self.tr("{label} (narrowed)").format(label=dispute.label))
            else:
                item.setText(dispute.label)
        self.list.blockSignals(False)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()
