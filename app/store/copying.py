"""Copying a whole database from one connection into another, table by table, for the
cases SQLite's own backup API cannot serve: SQLCipher's connections (`sqlcipher3`, a
locked data folder) and Python's `sqlite3` are separate libraries, and neither can hand its
pages to the other. It serves three ways: a locked file read into a plain copy held in
memory (`app.store.cipher.read_into_memory`), a backup taken from a locked folder's open
connection (`app.store.backup.snapshot`), and a checked backup written into a new locked
file (`app.store.cipher.lock_from_memory`).

Both connections only need the DB-API both libraries offer. The source is read inside one
read transaction, so the copy is one consistent moment of the data even if another
connection writes meanwhile; the target is written in one transaction.
"""

from __future__ import annotations

import sqlite3
from typing import Any

__all__ = ["copy_database", "copy_into_memory"]

_SEQUENCE = "sqlite_sequence"


def copy_into_memory(source: Any) -> sqlite3.Connection:
    """A copy, in a new Python `sqlite3` database held in memory, of the database behind
    the DB-API connection `source` (Python's or SQLCipher's); nothing is written to disk."""
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        copy_database(source, copy)
    except BaseException:
        copy.close()
        raise
    return copy


def copy_database(source: Any, target: Any) -> None:
    """Copy every table, row, index, trigger and view, the row counters and the layout
    version (`user_version`) of `source` into the empty database behind `target`. Rows go in
    before the triggers, so that the history triggers do not fire on the copy. Both are
    autocommit connections (`isolation_level=None`), as the program's are."""
    started = not source.in_transaction
    if started:
        source.execute("BEGIN")  # one moment of the data, whatever else writes meanwhile
    try:
        rows = source.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        tables = [(str(name), str(sql)) for kind, name, sql in rows if kind == "table"]
        target.execute("BEGIN")
        try:
            for name, sql in tables:
                if not name.startswith("sqlite_"):
                    target.execute(sql)
            # The counters last: inserting the rows above counted them again.
            for name, _ in sorted(tables, key=lambda table: table[0] == _SEQUENCE):
                _copy_rows(source, target, name)
            for kind, _, sql in rows:
                if kind in ("index", "trigger", "view"):
                    target.execute(sql)
            target.execute(f"PRAGMA user_version = {version:d}")
            target.execute("COMMIT")
        except BaseException:
            if target.in_transaction:
                target.execute("ROLLBACK")
            raise
    finally:
        if started and source.in_transaction:
            source.execute("ROLLBACK")  # it only read


def _copy_rows(source: Any, target: Any, table: str) -> None:
    if table.startswith("sqlite_") and table != _SEQUENCE:
        return  # SQLite's own statistics, remade when needed
    if table == _SEQUENCE:
        target.execute(f"DELETE FROM {_SEQUENCE}")  # the source's counters win
    cursor = source.execute(f"SELECT * FROM {identifier(table)}")
    marks = ", ".join("?" * len(cursor.description))
    target.executemany(f"INSERT INTO {identifier(table)} VALUES ({marks})", cursor)


def identifier(name: str) -> str:
    """`name` quoted as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'
