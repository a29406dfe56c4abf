"""Finding letters and calls by filter without reading whole records.

The log view shows thousands of entries and filters as the user types; it asks here for
the row ids that match, in order, and fetches only the rows on screen. Text is matched
case-insensitively anywhere in the summary, the mail-log number or the lawyer's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.store.repository import Store

# The day that counts for a record (rules.md): an incoming one's receipt day when known.
_DAY = (
    "CASE WHEN c.direction = 'incoming' AND c.received_on IS NOT NULL "
    "THEN c.received_on ELSE c.sent_on END"
)


@dataclass(frozen=True, slots=True)
class LogQuery:
    dispute_key: str | None = None
    direction: str | None = None
    method: str | None = None
    text: str = ""
    newest_first: bool = False


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_communication_ids(store: Store, case_id: int, query: LogQuery) -> list[int]:
    """Row ids of the case's letters and calls that match `query`, oldest or newest first
    (by the day that counts, then by their place in the log)."""
    where = ["c.case_id = ?"]
    params: list[Any] = [case_id]
    if query.dispute_key is not None:
        where.append(
            "EXISTS (SELECT 1 FROM communication_disputes l JOIN disputes d "
            "ON d.id = l.dispute_id WHERE l.communication_id = c.id AND d.key = ?)"
        )
        params.append(query.dispute_key)
    if query.direction is not None:
        where.append("c.direction = ?")
        params.append(query.direction)
    if query.method is not None:
        where.append("c.method = ?")
        params.append(query.method)
    text = query.text.strip()
    if text:
        where.append(
            "(coalesce(c.summary, '') || ' ' || coalesce(c.mail_log_number, '') || ' ' || "
            "coalesce(k.name, '')) LIKE ? ESCAPE '\\'"
        )
        params.append(_like_pattern(text))
    order = "DESC" if query.newest_first else "ASC"
    sql = (
        f"SELECT c.id FROM communications c LEFT JOIN counsel k ON k.id = c.counsel_id "
        f"WHERE {' AND '.join(where)} ORDER BY {_DAY} {order}, c.position {order}"
    )
    return [int(row["id"]) for row in store.query(sql, params)]

