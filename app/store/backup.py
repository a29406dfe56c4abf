"""Backups: consistent copies of the data made with SQLite's online backup API (never a copy
of the file while it is in use), written atomically, optionally protected with a passphrase.

The `backups` folder beside the data file holds:

- `auto-YYYYMMDD-HHMMSS.sqlite3`: the automatic backups, made when the data is opened and at
  most once a day; the last `KEEP_LATEST` are kept, plus the newest of each earlier month;
- `before-upgrade-…`: the data as it was before a new version of the program changed its
  layout (kept);
- `replaced-…`: the data a restore replaced (kept).

A data folder locked with a passphrase (`app.store.cipher`) never has a plain backup: every
one of these is sealed with the folder's passphrase (`app.store.sealed`, the format of the
protected backups a person makes), under the same names, and the functions that read them
(`newest_good_backup`, `read_backup`) take that passphrase. A SQLCipher connection cannot
hand its pages to Python's `sqlite3`, so its backup is copied table by table into memory
(`app.store.copying`); nothing plain is written to disk on the way, and a locked folder's
data put back from a backup is written locked (`put_in_place`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import cast

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store import sealed
from app.store.atomic import write_atomically
from app.store.errors import (
    DatabaseProblem,
    ProblemKind,
    StoreError,
    database_errors,
    problem,
)
from app.store.health import as_standalone, inspect_bytes, inspect_file, load_in_memory
from app.store.reading import FileTooLargeError, NotARegularFileError, read_regular_file

log = logging.getLogger(__name__)
# Into the program's log file when there is one (app.crash), never onto a terminal.
log.addHandler(logging.NullHandler())

SUFFIX = ".sqlite3"
KEEP_LATEST = 10
# Far more than any person's cases: a bigger file chosen by mistake is not read into memory.
LARGEST_BACKUP = 1 << 30
AUTOMATIC_EVERY = dt.timedelta(days=1)
_NAME = re.compile(r"^(auto|before-upgrade|replaced)-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


class BackupKind(StrEnum):
    AUTOMATIC = "auto"
    BEFORE_UPGRADE = "before-upgrade"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    made_at: dt.datetime  # local time, as in the name
    size: int
    sealed: bool = False  # protected with a passphrase (a locked folder's backups are)


class BackupError(StoreError):
    """A backup that cannot be used or made; nothing was changed."""


# -- making backups ----------------------------------------------------------------------


def snapshot(conn: sqlite3.Connection) -> bytes:
    """A consistent copy of the whole database behind `conn`, as the bytes of a lone file.
    A locked data file's connection (SQLCipher's) is copied through memory: its bytes
    here are plain, and the caller seals them before they reach a disk."""
    if isinstance(conn, sqlite3.Connection):
        copy = sqlite3.connect(":memory:")
        try:
            conn.backup(copy)
            return as_standalone(copy.serialize())
        finally:
            copy.close()
    from app.store.copying import copy_into_memory

    copy = copy_into_memory(conn)
    try:
        return as_standalone(copy.serialize())
    finally:
        copy.close()


def back_up_to(conn: sqlite3.Connection, target: Path, passphrase: str | None = None) -> Path:
    """Write a backup to `target` atomically (all or nothing), protected when a passphrase
    is given. A locked data file's backup must have one (`BackupError` otherwise, nothing
    written): its plain copy would give away everything the lock hides."""
    if passphrase is None and not isinstance(conn, sqlite3.Connection):
        raise _plain_backup_of_locked_data()
    data = snapshot(conn)
    if passphrase is not None:
        data = sealed.seal(data, passphrase)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
    return target


def back_up_before_upgrade(
    conn: sqlite3.Connection, folder: Path, passphrase: str | None = None
) -> Path:
    """The data as it was, before a new version changes its layout; sealed with the
    locked folder's `passphrase`."""
    return back_up_to(conn, fresh_name(folder, BackupKind.BEFORE_UPGRADE), passphrase)


def automatic_backup(
    conn: sqlite3.Connection,
    folder: Path,
    now: dt.datetime | None = None,
    passphrase: str | None = None,
) -> Path | None:
    """Make the automatic backup if the newest one is a day old or more (sealed with the
    locked folder's `passphrase`); prune old ones."""
    now = now or dt.datetime.now()
    automatic = [b for b in list_backups(folder) if b.kind is BackupKind.AUTOMATIC]
    if automatic and now - automatic[0].made_at < AUTOMATIC_EVERY:
        return None
    made = back_up_to(conn, fresh_name(folder, BackupKind.AUTOMATIC, now), passphrase)
    prune(folder)
    return made


def automatic_backup_quietly(
    conn: sqlite3.Connection, folder: Path, passphrase: str | None = None
) -> Path | None:
    """`automatic_backup`, but a full disk or a read-only folder only goes to the log: the
    data itself is fine, and `meetconfer verify` reports backups that are missing or old."""
    failures: tuple[type[Exception], ...] = (*database_errors(), OSError)
    try:
        return automatic_backup(conn, folder, passphrase=passphrase)
    except failures:
        log.warning("automatic backup in %s failed", folder, exc_info=True)
        return None


def fresh_name(folder: Path, kind: BackupKind, when: dt.datetime | None = None) -> Path:
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{kind.value}-{stamp}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{kind.value}-{stamp}-{number}{SUFFIX}"
        number += 1
    return candidate


# -- the backups folder ------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first; none when there is no folder."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        made_at = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
        found.append(
            BackupInfo(
                path, BackupKind(match.group(1)), made_at, path.stat().st_size, _is_sealed(path)
            )
        )
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def prune(folder: Path) -> list[Path]:
    """Remove automatic backups beyond the last `KEEP_LATEST`, keeping the newest of each
    month. Returns what was removed."""
    automatic = [b for b in list_backups(folder) if b.kind is BackupKind.AUTOMATIC]
    keep = {b.path for b in automatic[:KEEP_LATEST]}
    months: set[tuple[int, int]] = set()
    for backup in automatic:  # newest first: the first seen of a month is its newest
        month = (backup.made_at.year, backup.made_at.month)
        if month not in months:
            months.add(month)
            keep.add(backup.path)
    removed = [b.path for b in automatic if b.path not in keep]
    removed += _stale_partial_files(folder)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _stale_partial_files(folder: Path) -> list[Path]:
    """Half-written backups left by a copy of the program killed while writing one (the
    atomic writer's temporary files), once they are an hour old."""
    cutoff = dt.datetime.now().timestamp() - 3600
    return [
        path
        for path in folder.glob(".*.tmp")
        if _NAME.match(path.name[1:].split(".sqlite3.")[0] + SUFFIX)
        and path.stat().st_mtime < cutoff
    ]


def _is_sealed(path: Path) -> bool:
    from app.store.reading import read_start

    try:
        return sealed.is_sealed(read_start(path, len(sealed.MAGIC)))
    except OSError:
        return False


def newest_good_backup(folder: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that passes the full check. A locked folder's backups
    are sealed: they are opened with its `passphrase`, and left out without one (as is one
    the passphrase does not open)."""
    for backup in list_backups(folder):
        with contextlib.suppress(OSError, sealed.PassphraseError):
            data = read_regular_file(backup.path, LARGEST_BACKUP)
            if sealed.is_sealed(data):
                if passphrase is None:
                    continue
                data = sealed.unseal(data, passphrase)
            if inspect_bytes(data, backup.path).problem is None:
                return backup
    return None


# -- reading and restoring ---------------------------------------------------------------


def read_backup(source: Path, passphrase: str | None) -> bytes:
    """The database in a backup file, checked in full as opening checks a data file, and
    holding this program's data (a database with no tables is no backup: restoring it
    would leave the person an empty program); `BackupError` or `PassphraseError`
    otherwise. Only an ordinary file is read, and at most `LARGEST_BACKUP` bytes."""
    try:
        data = read_regular_file(source, LARGEST_BACKUP)
    except (NotARegularFileError, FileTooLargeError, IsADirectoryError):
        raise _unusable_backup(source, None) from None
    if sealed.is_sealed(data):
        data = sealed.unseal(data, passphrase or "")
    elif passphrase is not None:
        raise sealed.not_protected(str(source))
    inspection = inspect_bytes(data, source)
    if inspection.problem is not None or inspection.is_new:
        raise _unusable_backup(source, inspection.problem)
    return as_standalone(data)


def restore(
    source: Path,
    passphrase: str | None,
    database: Path,
    folder: Path,
    folder_passphrase: str | None = None,
) -> Path | None:
    """Replace the data file `database` with the backup `source` (opened with
    `passphrase` when it is protected).

    The backup is read and checked in full first; then the data it replaces is kept in
    `folder` (`replaced-…`, returned), and the new data takes its place in one step. The
    caller must hold the data folder's lock and have closed its own connections. With
    `folder_passphrase` (a locked folder) the new data file is locked with it and the
    data set aside is sealed with it (`put_in_place`).
    """
    return put_in_place(read_backup(source, passphrase), database, folder, folder_passphrase)


def put_in_place(
    data: bytes, database: Path, folder: Path, folder_passphrase: str | None = None
) -> Path | None:
    """`restore`'s second half: the checked backup `data` (from `read_backup`) replaces
    the data file, the data it replaces kept in `folder` (returned). With
    `folder_passphrase` the data file written is locked with it, built from `data` in
    memory and checked before it takes its place (`app.store.cipher.lock_from_memory`),
    and the data set aside is sealed with it: no plain byte of the folder reaches the
    disk."""
    if folder_passphrase is None and _is_locked(database):
        # Plain bytes over a locked file would unlock the folder behind the person's back.
        raise problem(ProblemKind.LOCKED, database)
    aside = _keep_aside(database, folder, folder_passphrase) if database.exists() else None
    if folder_passphrase is None:
        write_atomically(database, data)
        return aside
    from app.store.cipher import lock_from_memory

    with contextlib.closing(load_in_memory(data)) as plain:
        lock_from_memory(plain, database, folder_passphrase)
    return aside


def _keep_aside(database: Path, folder: Path, passphrase: str | None) -> Path:
    """Copy the current data into `folder` (sealed with a locked folder's `passphrase`),
    then fold its journal into it, so that nothing beside the data file belongs to the old
    data when the new file takes its place."""
    target = fresh_name(folder, BackupKind.REPLACED)
    folder.mkdir(parents=True, exist_ok=True)
    wal = database.with_name(database.name + "-wal")
    shm = database.with_name(database.name + "-shm")
    if _keep_locked_aside(database, target, passphrase):
        pass  # sealed, its journal folded in
    elif inspect_file(database).problem is None:
        conn = sqlite3.connect(str(database), isolation_level=None)
        try:
            back_up_to(conn, target, passphrase)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    else:
        # Damaged data: keep its bytes exactly, journal included.
        write_atomically(target, database.read_bytes())
        if wal.exists():
            write_atomically(target.with_name(target.name + "-wal"), wal.read_bytes())
    for leftover in (wal, shm):
        leftover.unlink(missing_ok=True)
    return target


def _is_locked(database: Path) -> bool:
    from app.store.cipher import is_locked_file

    return is_locked_file(database)


def _keep_locked_aside(database: Path, target: Path, passphrase: str | None) -> bool:
    """Keep the locked data file `database` as a backup at `target` sealed with
    `passphrase`, its journal folded in; False when it is not a locked file or cannot be
    read with the passphrase (damage at its start looks like another passphrase): its
    bytes are then kept as they are, still locked."""
    if passphrase is None:
        return False
    from app.store.cipher import LockError, open_locked

    if not _is_locked(database):
        return False
    try:
        locked = cast(sqlite3.Connection, open_locked(database, passphrase))
    except LockError:
        return False
    try:
        back_up_to(locked, target, passphrase)
        locked.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except database_errors():
        log.warning("a damaged locked data file is kept aside as it is", exc_info=True)
        return False
    finally:
        locked.close()
    return True


def _plain_backup_of_locked_data() -> BackupError:
    return BackupError(
        message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "This data folder is locked with a passphrase, so its backups are protected "
                "with it too; no passphrase was given. Nothing was written.",
            ),
        )
    )


def _unusable_backup(source: Path, problem: DatabaseProblem | None) -> BackupError:
    if problem is not None and problem.kind is ProblemKind.NEWER:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The backup {path} was made by a newer version of Meet-and-Confer Log. "
                "Nothing was changed. Ask the staff to install the newer version.",
            ),
            path=str(source),
        )
    else:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The file {path} is damaged or is not a Meet-and-Confer Log backup. "
                "Nothing was changed.",
            ),
            path=str(source),
        )
    return BackupError(text)
