"""Opening the database file: checked first, foreign keys on, a durable journal, migrations
applied.

Before anything is written the file is checked (`app.store.health`): a damaged file, a file
that is not ours or one written by a newer version of the program raises `DatabaseProblem`
and is left exactly as it was. Before a schema upgrade a backup is made beside the data.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from app.store import history

BACKUPS_FOLDER = "backups"


class HistoryDatabase(Database):
    """A `Database` whose outermost `atomic()` blocks each start a new history batch, so the
    records of one change (a letter and its links, a case and all it holds) stay together
    in the history and come back together from the trash."""

    history_ready = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        outermost = not self.conn.in_transaction
        with super().atomic() as db:
            if outermost and self.history_ready:
                history.start_batch(self)
            yield db


def connect(path: Path | str, *, daily_backup: bool = False) -> Database:
    """Open (or create) the database at `path` and bring its schema up to date.

    WAL with synchronous=FULL: a change reported as saved survives a power cut, and a
    killed process never leaves a half-written database behind. Raises `DatabaseProblem`
    (nothing changed) when the file cannot be used. An existing file gets a backup in the
    `backups` folder beside it before a schema upgrade, and, with `daily_backup` (the desktop
    app's start), the day's automatic backup. The command line leaves it out: cli.md wants a
    refused call to change nothing in the data folder.
    """
    from app.store.health import (
        DatabaseProblem,
        ProblemKind,
        check_file,
        kind_of_error,
        problem,
    )

    if str(path) == ":memory:":
        return _open(":memory:", in_memory=True)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    inspection = check_file(path)
    backups = path.parent / BACKUPS_FOLDER
    try:
        if inspection.applied:
            _back_up_before_upgrade(path, backups)
        db = _open(path, in_memory=False)
    except DatabaseProblem:  # already plain (it is a sqlite3.Error too)
        raise
    except sqlite3.Error as error:
        # The file passed its check: an error now is most likely the folder's or the disk's.
        raise problem(kind_of_error(error, ProblemKind.UNREADABLE), path, str(error)) from error
    except UnicodeDecodeError as error:  # text in the file that is not text: damage
        raise problem(ProblemKind.DAMAGED, path) from error
    if daily_backup and not inspection.is_new:
        from app.store.backup import automatic_backup_quietly

        automatic_backup_quietly(db.conn, backups)
    return db


def _open(path: Path | str, in_memory: bool) -> Database:
    from app.store.migrations import apply_migrations

    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if not in_memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        db = HistoryDatabase(conn, execute_plugins=False)
        apply_migrations(db)
        _record_schema_version(db)
        history.ensure_triggers(db)
        db.history_ready = True
    except BaseException:
        conn.close()
        raise
    return db


def _record_schema_version(db: Database) -> None:
    """`PRAGMA user_version` holds how many migrations the file has had, so an older
    program that does not know the newest of them refuses the file."""
    from app.store.migrations import applied_versions

    count = len(applied_versions(db))
    if db.execute("PRAGMA user_version").fetchone()[0] != count:
        db.execute(f"PRAGMA user_version = {count:d}")


def _back_up_before_upgrade(path: Path, backups: Path) -> None:
    """A copy of the data as it was, made only when migrations are about to change it."""
    from app.store.migrations import MIGRATION_SET, known_versions

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
        if set(known_versions()) <= applied:
            return
        # Loaded only now: most starts have nothing to upgrade.
        from app.store.backup import back_up_before_upgrade

        back_up_before_upgrade(conn, backups)
    finally:
        conn.close()
