"""The requests in dispute with their badge ("Ready to file", "Not yet: wait until …")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.domain.rules import CaseAssessment, DisputeAssessment
from app.i18n import render
from app.services.badges import Badge, BadgeKind, CourtStep, badge_for
from app.ui.models.table import Index, TitledTableModel

LABEL, BADGE = range(2)

# A sign before the words, so the badges differ at a glance without relying on colour
# (the view's palette decides colours; a model giving its own would defeat a
# high-contrast theme).
BADGE_MARKS = {
    BadgeKind.READY: "\u2714",
    BadgeKind.DOCUMENTED: "\u2714",
    BadgeKind.WAIT: "\u2026",
    BadgeKind.NOT_YET: "\u2718",
    BadgeKind.CLOSED: "\u2013",
}


class DisputesModel(TitledTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[tuple[DisputeAssessment, Badge]] = []
        self._headers = [self.tr("Request"), self.tr("Ready to file?")]

    def set_assessment(self, assessment: CaseAssessment | None,
                       step: CourtStep | None = None) -> None:
        self.beginResetModel()
        self._items = (
            [] if assessment is None else [(d, badge_for(d, step)) for d in assessment.disputes]
        )
        self.endResetModel()

    def assessment(self, row: int) -> DisputeAssessment:
        return self._items[row][0]

    def badge(self, row: int) -> Badge:
        return self._items[row][1]

    def row_of(self, dispute_id: str) -> int | None:
        return next(
            (row for row, (d, _) in enumerate(self._items) if d.dispute_id == dispute_id), None
        )

    def _row_total(self) -> int:
        return len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        dispute, badge = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == LABEL:
                return dispute.label
            return f"{BADGE_MARKS[badge.kind]} {render(badge.text)}"
        if role == Qt.ItemDataRole.FontRole and column == BADGE:
            font = QFont()
            font.setBold(True)
            return font
        return None
