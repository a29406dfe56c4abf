"""What a person has typed but not yet saved as a record: one row a form (or letter, or
other screen) that holds typed text, kept as they type so a crash, a kill or a power cut
never costs them a word.

A draft is not a case record: the history triggers do not watch this table (so the record
history and the trash never show drafts), case files and exports never read it, and
removing a case leaves its drafts to be offered back and thrown away by the person. Each
save is one transaction, written through the file's durable journal (`app.store.db`), on
the plain connection: no history batch is started for it, and sqlite-utils is not loaded.

The payload is JSON the screen that saved it understands; this module only keeps it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.store.migrations import register_step

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_NAME = "0005_drafts"


@dataclass(frozen=True, slots=True)
class Draft:
    """One unsaved piece of typing: `key` names the form it belongs to (for example
    `case:3:counsel:new`), `kind` what sort of form it is, `title` words that remind the
    person what it was ("Dana M. Whitfield"), `payload` what the form needs to show it again,
    `saved_at` when it was last kept (UTC)."""

    key: str
    kind: str
    title: str
    payload: dict[str, Any]
    saved_at: dt.datetime


def create_drafts_table(db: Database) -> None:
    db.execute(
        """CREATE TABLE drafts (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            payload TEXT NOT NULL,
            saved_at TEXT NOT NULL)"""
    )


register_step(MIGRATION_NAME, create_drafts_table)


def save_draft(
    conn: sqlite3.Connection, key: str, kind: str, title: str, payload: dict[str, Any]
) -> Draft:
    """Keep `payload` as the draft `key`, replacing an earlier one, in one transaction."""
    saved_at = dt.datetime.now(dt.UTC)
    text = json.dumps(payload, ensure_ascii=False)
    with _transaction(conn):
        conn.execute(
            """INSERT INTO drafts (key, kind, title, payload, saved_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET
                   kind = excluded.kind, title = excluded.title,
                   payload = excluded.payload, saved_at = excluded.saved_at""",
            [key, kind, title, text, saved_at.isoformat(timespec="microseconds")],
        )
    return Draft(key, kind, title, json.loads(text), saved_at)


def load_draft(conn: sqlite3.Connection, key: str) -> Draft | None:
    row = conn.execute(
        "SELECT key, kind, title, payload, saved_at FROM drafts WHERE key = ?", [key]
    ).fetchone()
    return None if row is None else _draft(row)


def delete_draft(conn: sqlite3.Connection, key: str) -> bool:
    """Throw the draft away; True when there was one."""
    with _transaction(conn):
        cursor = conn.execute("DELETE FROM drafts WHERE key = ?", [key])
    return bool(cursor.rowcount)


def all_drafts(conn: sqlite3.Connection) -> list[Draft]:
    """Every draft, the oldest first (the order the person typed them in)."""
    found = conn.execute(
        "SELECT key, kind, title, payload, saved_at FROM drafts ORDER BY saved_at, key"
    ).fetchall()
    return [_draft(row) for row in found]


def _draft(row: tuple[Any, ...]) -> Draft:
    key, kind, title, payload, saved_at = row
    try:
        value = json.loads(payload)
    except ValueError:
        value = {}  # a payload nobody can read gives an empty form, never a crash
    return Draft(
        str(key),
        str(kind),
        str(title),
        value if isinstance(value, dict) else {},
        dt.datetime.fromisoformat(str(saved_at)),
    )


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction of its own, or a savepoint inside one the caller has open, so a save
    is whole or not there at all."""
    nested = conn.in_transaction
    conn.execute("SAVEPOINT draft" if nested else "BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO draft" if nested else "ROLLBACK")
        if nested:
            conn.execute("RELEASE draft")
        raise
    conn.execute("RELEASE draft" if nested else "COMMIT")
