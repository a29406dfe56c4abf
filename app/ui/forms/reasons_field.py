"""The request form's picker of common problems with an answer (`app.domain.reasons`).

Each reason is shown by its sentence in the screen's language, which comes from the list's
own data (English or Spanish), not from Qt's catalogue; its rule is in the tooltip. The
picker offers the reasons for the request's kind, and keeps showing any already ticked that
do not fit a kind chosen since, so nothing ticked disappears unseen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidgetItem

from app.domain.model import DisputeKind
from app.domain.reasons import load_reasons
from app.ui.forms.fields import CheckListField

# Rows of text the list shows before it scrolls: the sentences wrap over two or three.
_VISIBLE_LINES = 12


class ReasonsField(CheckListField):
    """Ticked reasons, as their ids (the case file's `disputes[].reasons`)."""

    def __init__(self, key: str, kind: DisputeKind) -> None:
        super().__init__(key, [])
        self._reasons = load_reasons()
        self._kind = kind
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * _VISIBLE_LINES + 16)
        self.show_kind(kind)

    def show_kind(self, kind: DisputeKind) -> None:
        """Offer the reasons for `kind`, keeping what is ticked."""
        self._kind = kind
        self._rebuild(self.value())

    def set_value(self, value: Sequence[str]) -> None:
        self._rebuild(value)

    def _rebuild(self, ticked: Sequence[str]) -> None:
        # In the list's own order; a ticked reason that does not fit the kind stays shown.
        shown = [r for r in self._reasons.values() if self._kind in r.kinds or r.id in ticked]
        self.list.blockSignals(True)
        self.list.clear()
        for reason in shown:
            item = QListWidgetItem(reason.text(QLocale().name()), self.list)
            item.setData(Qt.ItemDataRole.UserRole, reason.id)
            item.setToolTip(reason.source)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            on = reason.id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
