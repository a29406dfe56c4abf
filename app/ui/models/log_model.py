"""The letters and calls as a table. The model holds only the matching row ids (through
`LogRows`) and fetches a record when a view asks for it, so a log of 10,000 entries opens
and filters at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Qt,
)

from app.domain.model import Communication
from app.i18n import short_day
from app.services.log import LogQuery, LogRows
from app.ui.models.table import Index, TitledTableModel
from app.ui.words import direction_short, method_name

# The lawyer is shown under the table for the chosen entry (and found by Find): the
# table keeps its width for the words that tell entries apart.
DAY, WHO, HOW, REQUESTS, SUMMARY = range(5)


class LogModel(TitledTableModel):
    def __init__(self, rows: LogRows, dispute_label: Callable[[str], str]) -> None:
        super().__init__()
        self._rows = rows
        self._dispute_label = dispute_label
        self._headers = [self.tr("Day"), self.tr("Who sent it"), self.tr("How"),
                         self.tr("Requests"), self.tr("What it said")]

    # -- the rows ---------------------------------------------------------------------

    def set_query(self, query: LogQuery) -> None:
        self.beginResetModel()
        self._rows.set_query(query)
        self.endResetModel()

    def query(self) -> LogQuery:
        return self._rows.query

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows.refresh()
        self.endResetModel()

    def record(self, row: int) -> Communication:
        return self._rows.get(row)

    def row_of(self, comm_id: str) -> int | None:
        return self._rows.row_of(comm_id)

    # -- Qt's model interface ---------------------------------------------------------

    def _row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        comm = self._rows.get(index.row())
        text = self._text(comm, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() not in (SUMMARY, REQUESTS):
            return None
        return text

    def _text(self, comm: Communication, column: int) -> str:
        if column == DAY:
            day = short_day(comm.day)
            return self.tr("about {day}").format(day=day) if comm.approximate else day
        if column == WHO:
            return direction_short(comm.direction)
        if column == HOW:
            return method_name(comm.method)
        if column == REQUESTS:
            return "; ".join(self._dispute_label(d) for d in comm.disputes)
        if column == SUMMARY:
            return (comm.summary or "").replace("\n", " ")
        return ""
