"""Opening the database file: foreign keys on, a durable journal, migrations applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database


def connect(path: Path | str) -> Database:
    """Open (or create) the database at `path` and bring its schema up to date.

    WAL with synchronous=FULL: a change reported as saved survives a power cut, and a
    killed process never leaves a half-written database behind.
    """
    from app.store.migrations import apply_migrations

    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    db = Database(conn, execute_plugins=False)
    apply_migrations(db)
    return db
