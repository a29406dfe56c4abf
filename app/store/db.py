"""Opening the database file: checked first, foreign keys on, a durable journal, migrations
applied.

Before anything is written the file is checked (`app.store.health`): a damaged file, a file
that is not ours or one written by a newer version of the program raises `DatabaseProblem`
and is left exactly as it was. Before a schema upgrade a backup is made beside the data.

A file that is up to date is opened with `sqlite3` alone: sqlite-utils, which runs the
migrations here and every write in `Store`, is imported when first needed
(`app.store.database`), not on the way to showing a case.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.store import history
from app.store.errors import DatabaseProblem, ProblemKind, database_errors, problem
from app.store.health import check_file, kind_of_error, open_read_only
from app.store.migrations import applied_in, known_versions
from app.store.private import make_private

if TYPE_CHECKING:
    from app.store.database import HistoryDatabase

BACKUPS_FOLDER = "backups"


def connect(path: Path | str, *, daily_backup: bool = False) -> HistoryDatabase:
    """`open_connection`, as sqlite-utils' `Database` (for code that writes at once)."""
    from app.store.database import database_for

    return database_for(open_connection(path, daily_backup=daily_backup))


def open_connection(
    path: Path | str, *, daily_backup: bool = False, passphrase: str | None = None
) -> sqlite3.Connection:
    """Open (or create) the database at `path` and bring its schema up to date.

    WAL with synchronous=FULL: a change reported as saved survives a power cut, and a
    killed process never leaves a half-written database behind. Raises `DatabaseProblem`
    (nothing changed) when the file cannot be used. An existing file gets a backup in the
    `backups` folder beside it before a schema upgrade, and, with `daily_backup` (the desktop
    app's start), the day's automatic backup. The command line leaves it out: cli.md wants a
    refused call to change nothing in the data folder.

    A data file locked with a passphrase (`app.store.cipher`) opens only with its
    `passphrase` (`open_locked_connection`); without one it is refused as `LOCKED`. A
    passphrase given for a plain file is not needed and not used.
    """
    if str(path) == ":memory:":
        return _open(":memory:", in_memory=True)
    path = Path(path)
    if passphrase is not None:
        from app.store.cipher import is_locked_file

        if is_locked_file(path):
            return open_locked_connection(path, passphrase, daily_backup=daily_backup)
    path.parent.mkdir(parents=True, exist_ok=True)
    inspection = check_file(path)
    if not inspection.exists:
        _create_whole(path)
    backups = path.parent / BACKUPS_FOLDER
    try:
        if inspection.applied and _needs_upgrade(inspection.applied):
            _back_up_before_upgrade(path, backups)
        conn = _open(path, in_memory=False)
    except DatabaseProblem:  # already plain (it is a sqlite3.Error too)
        raise
    except sqlite3.Error as error:
        # The file passed its check: an error now is most likely the folder's or the disk's.
        raise problem(kind_of_error(error, ProblemKind.UNREADABLE), path, str(error)) from error
    except UnicodeDecodeError as error:  # text in the file that is not text: damage
        raise problem(ProblemKind.DAMAGED, path) from error
    make_private(path.parent)  # what an older version left readable by everyone
    if daily_backup and not inspection.is_new:
        from app.store.backup import automatic_backup_quietly

        automatic_backup_quietly(conn, backups)
    return conn


def _create_whole(path: Path) -> None:
    """A new data file appears whole: made beside it under another name, then linked into
    place. SQLite would otherwise leave it 0 bytes long for a moment, and a 0-byte data
    file is a damaged one (`app.store.health`) to anyone who looks then. If another copy
    of the program made it first, theirs is kept."""
    import contextlib
    import os
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    os.close(handle)
    try:
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # writes the file's first page
        finally:
            conn.close()
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        except OSError:  # no hard links (a FAT-formatted stick): write it in one go
            data = Path(temporary).read_bytes()
            with contextlib.suppress(FileExistsError):
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(descriptor, data)
                    os.fsync(descriptor)
                finally:
                    os.close(descriptor)
    finally:
        for leftover in (temporary, f"{temporary}-wal", f"{temporary}-shm"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)


def open_for_reading(path: Path | str) -> sqlite3.Connection | None:
    """A connection to the data at `path` for a command that only reads (`list`, `export`,
    `check`, `exhibit`): nothing in the data folder is created or changed, not even a
    journal file. None when there is no data file yet. A file in an older format is
    brought up to date in a copy held in memory, so the reading code sees today's layout
    and the file itself waits for the next writer (which backs it up first). Raises
    `DatabaseProblem` when the file cannot be used."""
    path = Path(path)
    inspection = check_file(path)
    if not inspection.exists:
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = open_read_only(path)
        conn.execute("PRAGMA foreign_keys = ON")
        if inspection.is_new or not _up_to_date(conn):
            copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            conn.backup(copy)
            conn.close()
            conn = copy
            conn.execute("PRAGMA foreign_keys = ON")
            from app.store.database import bring_up_to_date

            bring_up_to_date(conn)
    except DatabaseProblem:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        raise problem(kind_of_error(error, ProblemKind.UNREADABLE), path, str(error)) from error
    except UnicodeDecodeError as error:
        if conn is not None:
            conn.close()
        raise problem(ProblemKind.DAMAGED, path) from error
    return conn


def open_locked_for_reading(path: Path | str, passphrase: str) -> sqlite3.Connection:
    """`open_for_reading` for a data file locked with `passphrase` (`app.store.cipher`): a
    plain copy held in memory, brought up to date there; the file is not changed. Raises
    `WrongPassphraseError` (a `LockError`) when the passphrase does not open it."""
    from app.store.cipher import read_into_memory

    return _prepared(read_into_memory(path, passphrase), pragmas=())


def open_locked_connection(
    path: Path, passphrase: str, *, daily_backup: bool = False
) -> sqlite3.Connection:
    """The data file `path`, locked with `passphrase`, open for reading and writing as a
    plain one is: WAL (SQLCipher encrypts the -wal journal's pages too), synchronous=FULL,
    foreign keys on, migrations applied after a backup of the data as it was, and with
    `daily_backup` the day's automatic backup; both backups are sealed with `passphrase`
    (`app.store.sealed`), never plain. Raises `WrongPassphraseError` (nothing changed) when
    the passphrase does not open it, `DatabaseProblem` when it cannot be used.

    The connection is SQLCipher's (`sqlcipher3`), which offers the same DB-API as Python's
    `sqlite3` that the rest of the store is written against; its errors are not
    `sqlite3.Error`s, which `app.store.errors.database_errors` accounts for.
    """
    from app.store.cipher import open_locked

    conn = cast(sqlite3.Connection, open_locked(path, passphrase))
    backups = path.parent / BACKUPS_FOLDER
    try:
        _quick_check_locked(conn, path)
        try:
            if _needs_upgrade(applied_in(conn)):
                from app.store.backup import back_up_before_upgrade

                back_up_before_upgrade(conn, backups, passphrase)
            conn = _prepared(
                conn, pragmas=("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")
            )
        except DatabaseProblem:  # already plain (it is a sqlite3.Error too)
            raise
        except database_errors() as error:
            raise problem(kind_of_error(error, ProblemKind.UNREADABLE), path, str(error)) from None
    except BaseException:
        conn.close()  # closing twice is harmless
        raise
    make_private(path.parent)
    if daily_backup:
        from app.store.backup import automatic_backup_quietly

        automatic_backup_quietly(conn, backups, passphrase)
    return conn


def _quick_check_locked(conn: sqlite3.Connection, path: Path) -> None:
    """The check a plain file has before it is opened (`app.store.health.check_file`), on
    the locked file's pages as the passphrase decrypts them: a page that fails its tamper
    check or SQLite's quick check is damage (`DatabaseProblem`, nothing changed), which a
    backup may mend."""
    try:
        found = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except database_errors() as error:
        raise problem(ProblemKind.DAMAGED, path) from error
    if found != ["ok"]:
        raise problem(ProblemKind.DAMAGED, path)


def is_cipher_connection(conn: object) -> bool:
    """Whether `conn` is SQLCipher's (a locked data file's), not Python's `sqlite3`."""
    return not isinstance(conn, sqlite3.Connection)


def _open(path: Path | str, in_memory: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    journal = () if in_memory else ("PRAGMA journal_mode = WAL",)
    return _prepared(conn, pragmas=(*journal, "PRAGMA synchronous = FULL"))


def _prepared(conn: sqlite3.Connection, pragmas: tuple[str, ...]) -> sqlite3.Connection:
    """`conn` with foreign keys on, then `pragmas`, brought up to date; closed if any of
    that fails."""
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        for pragma in pragmas:
            conn.execute(pragma)
        if not _up_to_date(conn):
            # Only now sqlite-utils, which runs the migrations (app.store.database).
            from app.store.database import bring_up_to_date

            bring_up_to_date(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _up_to_date(conn: sqlite3.Connection) -> bool:
    """Every migration applied and recorded in `user_version`, every history trigger as
    the tables need it: nothing for `bring_up_to_date` to do, so it is not loaded."""
    applied = applied_in(conn)
    return (
        set(known_versions()) <= set(applied)
        and conn.execute("PRAGMA user_version").fetchone()[0] == len(applied)
        and history.triggers_current(conn)
    )


def _needs_upgrade(applied: list[str]) -> bool:
    """Whether migrations the file has not had (`applied`, read by the file's check) are
    about to change it."""
    return not set(known_versions()) <= set(applied)


def _back_up_before_upgrade(path: Path, backups: Path) -> None:
    """A copy of the data as it was, before migrations change it."""
    # Loaded only now: most starts have nothing to upgrade.
    from app.store.backup import back_up_before_upgrade

    conn = open_read_only(path)
    try:
        back_up_before_upgrade(conn, backups)
    finally:
        conn.close()
