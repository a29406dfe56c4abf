"""The log of letters and calls as the desktop app shows it: which entries match the
filters, in which order, and each entry fetched only when it is on screen.

`LogRows` keeps the matching row ids (cheap even for 10,000 entries) and a small cache of
full records, filled a page at a time, so scrolling and filtering never load the whole log.
"""

from __future__ import annotations

from collections import OrderedDict

from app.domain.model import Communication
from app.store import Store
from app.store.log_queries import (
    LogQuery,
    matching_communication_ids,
)

__all__ = ["LogQuery", "LogRows"]

# Rows fetched at once when one is missing: about two screens' worth.
_PAGE = 100
# Records kept in memory; the oldest-used are dropped first.
_CACHE_SIZE = 2000


class LogRows:
    def __init__(self, store: Store, case_id: int) -> None:
        self._store = store
        self._case_id = case_id
        self._query = LogQuery()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, Communication] = OrderedDict()
        self.refresh()

    @property
    def query(self) -> LogQuery:
        return self._query

    def set_query(self, query: LogQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Read the matching ids again (after a change or a new filter); the cache is
        dropped because a saved change may have altered any cached record."""
        self._ids = matching_communication_ids(self._store, self._case_id, self._query)
        self._cache.clear()

    def __len__(self) -> int:
        return len(self._ids)

    def row_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, comm_id: str) -> int | None:
        """The row showing the record with the case-file id `comm_id`, if it is shown."""
        row_id = self._store.find_row_id(self._case_id, "communications", comm_id)
        if row_id is None:
            return None
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def get(self, row: int) -> Communication:
        row_id = self._ids[row]
        found = self._cache.get(row_id)
        if found is not None:
            self._cache.move_to_end(row_id)
            return found
        self._fetch_around(row)
        return self._cache[row_id]

    def _fetch_around(self, row: int) -> None:
        start = max(0, row - _PAGE // 4)
        wanted = [i for i in self._ids[start : start + _PAGE] if i not in self._cache]
        for row_id, comm in self._store.communications_by_row_ids(wanted).items():
            self._cache[row_id] = comm
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
