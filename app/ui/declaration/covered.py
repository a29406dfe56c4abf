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
        # Said in words when a ticked request's conferring is not documented: the
        # certification will name it, so the choice must be a deliberate one.
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.hide()
        self._undocumented: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.warning)
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

    def warn_undocumented(self, labels: Sequence[str]) -> None:
        """Show the warning for ticked requests whose conferring is not documented."""
        self._undocumented = tuple(labels)
        self._show_warning()

    def _show_warning(self) -> None:
        if not self._undocumented:
            self.warning.hide()
            self.warning.clear()
            return
        text = self.tr(
            "\u26a0 Warning: the log does not yet show enough of an effort to meet and "
            "confer about {labels}. The papers will still swear that you conferred about "
            "it in good faith; read the checks above before you print.").format(
            labels="; ".join(self._undocumented))
        self.warning.setText(text)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.warning.setAccessibleDescription(text)
        self.warning.show()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Re&quests this declaration covers:"))
        self.list.setAccessibleName(self.tr("Requests this declaration covers"))
        self.list.setAccessibleDescription(
            self.tr("Press Space to tick or untick the highlighted request.")
        )
        self._label_items()
        self._show_warning()

    def _label_items(self) -> None:
        self.list.blockSignals(True)
        for row, dispute in enumerate(self._disputes):
            item = self.list.item(row)
            if dispute.status is DisputeStatus.NARROWED:
                item.setText(self.tr("{label} (narrowed)").format(label=dispute.label))
            else:
                item.setText(dispute.label)
        self.list.blockSignals(False)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows, up to eight (a case has a handful of requests): a list that
        took all the room left pushed the signing day and the proof of service below the
        bottom of a 1024 x 768 screen."""
        shown = range(min(max(self.list.count(), 2), 8))
        rows = sum(max(self.list.sizeHintForRow(row), self.list.fontMetrics().height())
                   for row in shown)
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()
