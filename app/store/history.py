"""The history of every record, kept by the database itself.

Triggers on the case tables write one `history` row for each record added, changed or
removed: when, what it was before and what it became (JSON of the whole row), in the same
transaction as the change, so no code path can change a record without its history. The
rows of one change (a letter and its links to requests; a case and all it holds) share a
`batch` number: `HistoryDatabase.atomic()` starts a new batch for each outermost
transaction.

Restoring from the trash and putting back an earlier version live in `app.store.trash`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.store.migrations import register_step

if TYPE_CHECKING:
    from sqlite_utils import Database

LINKS = "communication_disputes"

# Each tracked table, with the SQL giving a row's record id and case id (in a trigger,
# `{row}` is NEW or OLD). A link belongs to its letter (and is found through it).
TRACKED: dict[str, tuple[str, str]] = {
    "cases": ("{row}.id", "{row}.id"),
    "counsel": ("{row}.id", "{row}.case_id"),
    "disputes": ("{row}.id", "{row}.case_id"),
    "communications": ("{row}.id", "{row}.case_id"),
    LINKS: ("{row}.communication_id", "NULL"),
    # Kept with the case (migration 0002), so a case put back has its own wording again.
    "paragraph_edits": ("{row}.id", "{row}.case_id"),
}
ADDED, CHANGED, REMOVED = "added", "changed", "removed"
# An added record's row is in its table (and in the next change's "before"), so adding one
# records only that it was added: an import of ten thousand letters stays fast. A link is
# so small that it is recorded whole, which lets a letter's requests be followed.
_WHOLE_WHEN_ADDED = {LINKS}
_EVENTS = {
    "insert": (ADDED, None, "NEW"),
    "update": (CHANGED, "OLD", "NEW"),
    "delete": (REMOVED, "OLD", None),
}
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    batch: int
    changed_at: str
    table: str
    record_id: int
    case_id: int | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    settled: bool

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> HistoryRow:
        return cls(
            id=int(row["id"]),
            batch=int(row["batch"]),
            changed_at=str(row["changed_at"]),
            table=str(row["kind"]),
            record_id=int(row["record_id"]),
            case_id=None if row["case_id"] is None else int(row["case_id"]),
            action=str(row["action"]),
            before=None if row["before"] is None else json.loads(row["before"]),
            after=None if row["after"] is None else json.loads(row["after"]),
            settled=bool(row["settled"]),
        )


def create_history(db: Database) -> None:
    """Migration 0003: the history table, the batch counter and the triggers."""
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL,
            changed_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            case_id INTEGER,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT,
            settled INTEGER NOT NULL DEFAULT 0)"""
    )
    db.execute("CREATE INDEX history_by_record ON history(kind, record_id)")
    # Only removals are looked up by batch (the trash): a partial index keeps the many
    # other rows (an import's) from paying for it.
    db.execute("CREATE INDEX history_removed ON history(batch) WHERE action = 'removed'")
    db.execute(
        "CREATE TABLE history_batch (id INTEGER PRIMARY KEY CHECK (id = 1), batch INTEGER NOT NULL)"
    )
    db.execute("INSERT INTO history_batch (id, batch) VALUES (1, 0)")
    install_triggers(db)


register_step("0003_history", create_history)


def start_batch(db: Database) -> None:
    db.execute("UPDATE history_batch SET batch = batch + 1 WHERE id = 1")


def expected_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    """Trigger name -> its SQL, for the tables' columns as they are now."""
    triggers: dict[str, str] = {}
    for table, (record_sql, case_sql) in TRACKED.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})").fetchall()]
        if not columns:
            continue  # a table this data file does not have
        for event, (action, before, after) in _EVENTS.items():
            some_row = after or before or "NEW"
            if action == ADDED and table not in _WHOLE_WHEN_ADDED:
                after = None
            name = f"history_{table}_{event}"
            triggers[name] = (
                f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} BEGIN "
                f"INSERT INTO history (batch, changed_at, kind, record_id, case_id, action, "
                f"before, after) VALUES ((SELECT batch FROM history_batch WHERE id = 1), "
                f"{_NOW}, '{table}', {record_sql.format(row=some_row)}, "
                f"{case_sql.format(row=some_row)}, '{action}', "
                f"{_json(before, columns)}, {_json(after, columns)}); END"
            )
    return triggers


def install_triggers(db: Database) -> None:
    """(Re)create the triggers for the tables' current columns."""
    for name, sql in expected_triggers(db.conn).items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(sql)


def triggers_current(conn: sqlite3.Connection) -> bool:
    """Whether every trigger is there and keeps every column the tables have now."""
    present = dict(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    )
    return all(present.get(name) == sql for name, sql in expected_triggers(conn).items())


def ensure_triggers(db: Database) -> None:
    """After a migration that added a column to a tracked table, recreate the triggers so
    the history keeps every column. Does nothing (and writes nothing) otherwise."""
    if not triggers_current(db.conn):
        with db.atomic():
            install_triggers(db)


def _json(row: str | None, columns: list[str]) -> str:
    if row is None:
        return "NULL"
    return "json_object(" + ", ".join(f"'{c}', {row}.{c}" for c in columns) + ")"
