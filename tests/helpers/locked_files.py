"""Data files locked with a passphrase, for the store's tests: the rows a file holds, read
plain or through its passphrase, to compare a file before and after locking."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.store.cipher import open_locked

PASSPHRASE = "correct horse battery"


def all_rows(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in rowid order, read through any DB-API connection."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in names}


def plain_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return all_rows(conn)
    finally:
        conn.close()


def locked_rows(path: Path, passphrase: str) -> dict[str, list[tuple[Any, ...]]]:
    conn = open_locked(path, passphrase)
    try:
        return all_rows(conn)
    finally:
        conn.close()
