"""Locking the configured data folder with a passphrase, changing the passphrase, removing
the lock: the one place the desktop app and the command line do it.

The caller holds the data folder's lock (`app.services.folder_lock`; the desktop app holds it
from its start) and has closed its own store. Each change writes a new file beside the old
one, checks it in full and only then puts it in place (`app.store.cipher`); a failure at any
step leaves the folder as it was and raises `LockError` (or `WrongPassphraseError`), whose
message says so in plain words.

FOUNDATION ONLY (this session's first commit): the data file is converted; the backups
folder, the plain file's bytes left on disk and a conversion cut short are still to do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import paths
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.store import LockError, WrongPassphraseError
from app.store.cipher import is_locked_file, passphrase_problem

__all__ = [
    "LockError",
    "WrongPassphraseError",
    "change_passphrase",
    "check_passphrase",
    "folder_is_locked",
    "lock_folder",
    "passphrase_problem",
    "unlock_folder",
]


def folder_is_locked(folder: Path | None = None) -> bool:
    """Whether the data folder `folder` (the configured one by default) is locked, told from
    its data file's first bytes: nothing of a case is read, SQLCipher is not loaded."""
    database = paths.database_path() if folder is None else folder / paths.DATABASE_FILE
    return is_locked_file(database)


def check_passphrase(passphrase: str, folder: Path | None = None) -> None:
    """`WrongPassphraseError` unless `passphrase` opens the locked data folder; nothing is
    changed either way."""
    from app.store.cipher import open_locked

    open_locked(_database(folder), passphrase).close()


def lock_folder(passphrase: str, folder: Path | None = None) -> None:
    """Lock the plain data folder with `passphrase`."""
    from app.store import cipher

    database = _database(folder)
    _fold_in_journal(database)
    cipher.lock_copy(database, database, passphrase)


def change_passphrase(old: str, new: str, folder: Path | None = None) -> None:
    """Lock the locked data folder with `new` instead of `old`."""
    from app.store import cipher

    database = _database(folder)
    cipher.change_passphrase(database, database, old, new)


def unlock_folder(passphrase: str, folder: Path | None = None) -> None:
    """Remove the lock: the data folder is plain again."""
    from app.store import cipher

    database = _database(folder)
    cipher.unlock_copy(database, database, passphrase)


def _database(folder: Path | None) -> Path:
    return paths.database_path() if folder is None else folder / paths.DATABASE_FILE


def _fold_in_journal(database: Path) -> None:
    """Every change a plain -wal journal holds is written into the file and the journal cut
    to nothing, so no plain page is left beside the locked file; SQLite removes the journal
    when this, the last connection, closes."""
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise LockError(_not_prepared(database, str(error))) from None
    if busy:
        raise LockError(_in_use())


def _not_prepared(database: Path, reason: str) -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP(
            "Lock",
            "The data in {path} could not be prepared for locking ({reason}). Nothing was "
            "changed.",
        ),
        path=str(database.parent),
        reason=reason,
    )


def _in_use() -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP(
            "Lock",
            "Another program is using the data file, so it cannot be locked now. Close "
            "Meet-and-Confer Log and try again. Nothing was changed.",
        ),
    )
