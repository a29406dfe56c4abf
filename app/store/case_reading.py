"""Reading a whole case back from the tables, on a plain `sqlite3` connection.

Below the `Store` (which reads through these) so that the file check (`app.store.health`)
can build every case as the program builds it, and so find a value changed by damage,
without reaching up to the code that opens the data file.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from typing import Any

from app.domain.model import Case, Communication
from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store import rows
from app.store.errors import NotFoundError


def query(
    conn: sqlite3.Connection, sql: str, params: list[Any] | None = None
) -> Iterator[dict[str, Any]]:
    """The rows `sql` selects, each as a dict by column name."""
    cursor = conn.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return (dict(zip(names, row, strict=True)) for row in cursor)


def first(conn: sqlite3.Connection, sql: str, params: list[Any]) -> dict[str, Any] | None:
    return next(iter(query(conn, sql, params)), None)


def load_case(conn: sqlite3.Connection, case_id: int) -> Case:
    """The whole case. A stored value the program cannot hold (a choice or a day changed
    by damage) raises what building the record raised (ValueError, KeyError, TypeError)."""
    row = first(conn, "SELECT * FROM cases WHERE id = ?", [case_id])
    if row is None:
        raise NotFoundError(
            message(
                "Store",
                QT_TRANSLATE_NOOP(
                    "Store", "That case is no longer here (it may have been deleted)."
                ),
            )
        )
    case = rows.case_from_row(row)
    case.counsel = [
        rows.counsel_from_row(r)
        for r in query(conn, "SELECT * FROM counsel WHERE case_id = ? ORDER BY position", [case_id])
    ]
    case.disputes = [
        rows.dispute_from_row(r)
        for r in query(
            conn, "SELECT * FROM disputes WHERE case_id = ? ORDER BY position", [case_id]
        )
    ]
    case.communications = [
        comm
        for _, comm in communications_with_ids(conn, "c.case_id = ? ORDER BY c.position", [case_id])
    ]
    return case


def communications_with_ids(
    conn: sqlite3.Connection, where: str, params: list[Any]
) -> Iterator[tuple[int, Communication]]:
    """The letters and calls that `where` (on `communications c`) picks, with their row ids."""
    cursor = conn.cursor()
    cursor.row_factory = _row_class(conn)  # name access without building a dict per row
    records = cursor.execute(
        f"SELECT c.*, k.key AS counsel_key FROM communications c "
        f"LEFT JOIN counsel k ON k.id = c.counsel_id WHERE {where}",
        params,
    ).fetchall()
    links: dict[int, list[str]] = {}
    comm_ids = [r["id"] for r in records]
    for start in range(0, len(comm_ids), 500):
        chunk = comm_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for comm_id, key in conn.execute(
            f"SELECT l.communication_id, d.key FROM communication_disputes l "
            f"JOIN disputes d ON d.id = l.dispute_id WHERE l.communication_id IN ({marks}) "
            f"ORDER BY l.communication_id, l.position",
            chunk,
        ):
            links.setdefault(comm_id, []).append(key)
    for record in records:
        yield (
            record["id"],
            rows.communication_from_row(record, record["counsel_key"], links.get(record["id"], [])),
        )


def _row_class(conn: sqlite3.Connection) -> type[sqlite3.Row]:
    """`sqlite3.Row`, or SQLCipher's own `Row` for a locked folder's connection: each takes
    only its own module's cursors."""
    module = sys.modules.get(type(conn).__module__)
    row: type[sqlite3.Row] = getattr(module, "Row", sqlite3.Row)
    return row
