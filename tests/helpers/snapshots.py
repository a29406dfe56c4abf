"""Proof that a refused call changed nothing: every row of the database, every file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

Rows = dict[str, list[tuple[object, ...]]]


def database_rows(database: Path) -> Rows | None:
    """Every row of every table (None when there is no database), read without writing."""
    if not database.exists():
        return None
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(),
                              key=repr)
                for table in tables}
    finally:
        connection.close()


def folder_files(folder: Path) -> list[str]:
    """The files in a data folder, relative and sorted. Left out: SQLite's -wal/-shm files
    (they come and go with every connection). Backups count: the command line never makes
    automatic ones, so a refused call must not leave one behind."""
    if not folder.exists():
        return []
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*")
        if not p.name.endswith(("-wal", "-shm"))
    )
