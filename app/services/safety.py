"""Keeping the data safe: backups, restoring one, checking the data folder, the history of
each record and the trash. The desktop app and the command line both call these.

Every function here works on the configured data folder (`app.paths`). Failures a person
can meet come out as `StoreError`s with a translatable message (`DatabaseProblem`,
`BackupError`, `PassphraseError`, `DataFolderInUseError`, `TrashError`) or as `OSError` for the
environment (a full disk, a read-only folder); nothing is changed when one is raised.

A data folder locked with a passphrase stays locked through all of it: the `Store` opened
with the passphrase keeps it (`Store.folder_passphrase`), its backups are sealed with it
(the day's, one made on purpose, the data a restore sets aside), a restore writes the data
file locked again, and the functions that look at sealed backups (`newest_good_backup`,
`verify`, `restore_backup`) take the passphrase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.services.session import open_store
from app.store import DatabaseProblem, Store, StoreError, backup, lock, sealed, trash
from app.store.backup import BackupError, BackupInfo
from app.store.errors import ProblemKind, problem
from app.store.health import inspect_bytes, inspect_file, inspect_locked_file, open_read_only
from app.store.migrations import known_versions
from app.store.sealed import PassphraseError
from app.store.trash import HistoryEntry, RecordKind, TrashItem

__all__ = [
    "BackupError",
    "BackupInfo",
    "DatabaseProblem",
    "HistoryEntry",
    "PassphraseError",
    "RecordKind",
    "StoreError",
    "TrashItem",
    "VerifyReport",
    "backup_if_due",
    "empty_trash",
    "has_sealed_backups",
    "history_of",
    "list_backups",
    "make_backup",
    "needs_passphrase",
    "newest_good_backup",
    "put_back_version",
    "restore_backup",
    "restore_from_trash",
    "trash_items",
    "verify",
]

_CTX = "Safety"


# -- backups -----------------------------------------------------------------------------


def list_backups() -> list[BackupInfo]:
    """The data folder's own backups, newest first."""
    return backup.list_backups(paths.backups_dir())


def newest_good_backup(passphrase: str | None = None) -> BackupInfo | None:
    """The backup to offer when the data file cannot be used (`DatabaseProblem`). A locked
    folder's backups are sealed with its `passphrase`: without it only plain ones count."""
    return backup.newest_good_backup(paths.backups_dir(), passphrase)


def has_sealed_backups() -> bool:
    """Whether any of the data folder's own backups is sealed with a passphrase (those of
    a locked folder are): `newest_good_backup` needs the passphrase to look at them."""
    return any(found.sealed for found in list_backups())


def make_backup(target: Path, passphrase: str | None = None, store: Store | None = None) -> Path:
    """Write a backup of the data to `target` (atomically), protected when a passphrase is
    given; `OutputPathError` for a path that must not be written (`app.services.outputs`).
    Uses the open `store` if there is one; otherwise reads the data file without
    changing it (the app may be running: the copy is still consistent). A locked folder's
    backup is never plain: without a passphrase of its own it is sealed with the folder's
    (the one `store` was opened with)."""
    from app.services.outputs import refuse_unsafe_output

    target = refuse_unsafe_output(target)  # never over the data folder's files (issue 19)
    if store is not None:
        if passphrase is None:
            passphrase = store.folder_passphrase
        return backup.back_up_to(store.conn, target, passphrase)
    with _reading_data() as conn:
        return backup.back_up_to(conn, target, passphrase)


def backup_if_due(store: Store) -> Path | None:
    """The daily automatic backup, for a session left open for days (the app calls this
    now and then; opening the data makes one too), sealed with a locked folder's
    passphrase."""
    return backup.automatic_backup_quietly(
        store.conn, paths.backups_dir(), store.folder_passphrase
    )


def restore_backup(
    source: Path,
    passphrase: str | None = None,
    store: Store | None = None,
    folder_passphrase: str | None = None,
) -> Path | None:
    """Replace the data with the backup `source`, after checking it in full. The data it
    replaces is kept in the backups folder; that file is returned (None if there was no
    data). The app passes its open `store`: it is closed for the restore and opened again
    on whatever data is there afterwards (the backup's, or the old data if it failed).

    A locked folder stays locked: its passphrase is the one `store` was opened with, or
    `folder_passphrase` (the command line's; `WrongPassphraseError` when it opens neither
    the data file nor the backup, nothing changed). The data file is then written locked
    and the data set aside sealed, and a sealed backup given no `passphrase` of its own
    is opened with the folder's (the automatic backups are sealed with it). Without the
    folder's passphrase a locked folder is refused (`DatabaseProblem` of kind `LOCKED`)."""
    database = paths.database_path()
    folder_key = store.folder_passphrase if store is not None else folder_passphrase
    if folder_key is not None and passphrase is None and needs_passphrase(source):
        passphrase = folder_key
    # Read and checked before anything is touched: a refused backup leaves the data folder
    # exactly as it was (not even the lock file is made).
    data = backup.read_backup(source, passphrase)
    if folder_key is None and _is_locked(database):
        raise problem(ProblemKind.LOCKED, database)
    if store is None and folder_key is not None and passphrase != folder_key:
        _require_folder_passphrase(database, folder_key)
    if store is not None:
        store.close()
    try:
        with lock.acquire_data_folder_lock():
            aside = backup.put_in_place(data, database, paths.backups_dir(), folder_key)
    finally:
        # Opening brings an older backup up to date now, while the person watches.
        reopened = open_store(passphrase=folder_key)
        if store is not None:
            store.take_over(reopened)
        else:
            reopened.close()
    return aside


def _is_locked(database: Path) -> bool:
    from app.store.cipher import is_locked_file

    return is_locked_file(database)


def _require_folder_passphrase(database: Path, passphrase: str) -> None:
    """`WrongPassphraseError` unless `passphrase` opens the locked data file (one that is
    not locked, or not there, takes the passphrase given for it)."""
    if not _is_locked(database):
        return
    from app.store.cipher import open_locked

    open_locked(database, passphrase).close()


def needs_passphrase(source: Path) -> bool:
    """Whether the backup file is protected with a passphrase."""
    from app.store.reading import read_start

    return sealed.is_sealed(read_start(source, len(sealed.MAGIC)))


@contextlib.contextmanager
def _reading_data() -> Iterator[sqlite3.Connection]:
    database = paths.database_path()
    inspection = inspect_file(database)
    if inspection.problem is not None:
        raise inspection.problem
    if not inspection.exists:
        raise BackupError(
            message(
                _CTX,
                QT_TRANSLATE_NOOP("Safety", "There is no data to back up in {folder} yet."),
                folder=str(paths.data_dir()),
            )
        )
    conn = open_read_only(database)
    try:
        yield conn
    finally:
        conn.close()


# -- checking the data folder ------------------------------------------------------------


@dataclass(slots=True)
class VerifyReport:
    """What `verify` found, one plain line each; `healthy` is False if a problem was."""

    lines: list[Message] = field(default_factory=list)
    healthy: bool = True

    def note(self, line: Message, *, problem: bool = False) -> None:
        self.lines.append(line)
        if problem:
            self.healthy = False


def verify(now: dt.datetime | None = None, passphrase: str | None = None) -> VerifyReport:
    """Check the data folder without changing anything in it; `passphrase` opens a data
    file locked with one (`WrongPassphraseError` when it does not)."""
    report = VerifyReport()
    folder = paths.data_dir()
    report.note(
        message(_CTX, QT_TRANSLATE_NOOP("Safety", "Data folder: {folder}"), folder=str(folder))
    )
    if _verify_folder(report, folder):
        _verify_data_file(report, passphrase)
        _verify_backups(report, now or dt.datetime.now(), passphrase)
        _verify_lock(report, folder)
    report.note(
        message(_CTX, QT_TRANSLATE_NOOP("Safety", "Everything checked is in good order."))
        if report.healthy
        else message(_CTX, QT_TRANSLATE_NOOP("Safety", "A problem was found; see above."))
    )
    return report


def _verify_folder(report: VerifyReport, folder: Path) -> bool:
    """Whether the data folder can be looked into: a folder that is not there yet is fine
    (nothing saved yet); a file, or a folder the program cannot reach, is a problem."""
    reason: str | None = None
    try:
        found = os.stat(folder)
    except FileNotFoundError:
        return True
    except OSError as error:
        reason = error.strerror or str(error)
    else:
        if stat.S_ISREG(found.st_mode):
            reason = "it is a file, not a folder"
        elif not stat.S_ISDIR(found.st_mode):
            reason = "it is a device or the like, not a folder"
        elif not os.access(folder, os.R_OK | os.X_OK):
            reason = "the program may not look into it"
    if reason is None:
        return True
    report.note(
        message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Safety",
                "The data folder {folder} cannot be used ({reason}). Check the folder given "
                "with --data-dir, and that the USB stick is in.",
            ),
            folder=str(folder),
            reason=reason,
        ),
        problem=True,
    )
    return False


def _verify_data_file(report: VerifyReport, passphrase: str | None) -> None:
    database = paths.database_path()
    inspection = inspect_file(database, thorough=True)
    if passphrase is not None and inspection.problem is not None and (
        inspection.problem.kind is ProblemKind.LOCKED
    ):
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety", "The data file is locked with a passphrase, which opens it: {path}"
                ),
                path=str(database),
            )
        )
        inspection = inspect_locked_file(database, passphrase)
    if inspection.problem is not None:
        report.note(inspection.problem.message, problem=True)
        good = newest_good_backup(passphrase)
        if good is not None and inspection.problem.backup_may_help:
            report.note(
                message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Safety", "The newest good backup is {path}, from {when}."),
                    path=str(good.path),
                    when=good.made_at.strftime("%Y-%m-%d %H:%M"),
                )
            )
        return
    if inspection.is_new:
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP("Safety", "There is no saved data here yet: {path}"),
                path=str(database),
            )
        )
        return
    report.note(
        message(
            _CTX,
            QT_TRANSLATE_NOOP("Safety", "The data file is in good order: {path}"),
            path=str(database),
        )
    )
    known = len(known_versions())
    if len(inspection.applied) == known:
        line = QT_TRANSLATE_NOOP(
            "Safety", "The data is in this program's current format (version {version})."
        )
    else:
        line = QT_TRANSLATE_NOOP(
            "Safety",
            "The data is in an older format (version {version}); the program will update it "
            "the next time it opens it, after making a backup.",
        )
    report.note(message(_CTX, line, version=len(inspection.applied)))


def _verify_backups(report: VerifyReport, now: dt.datetime, passphrase: str | None) -> None:
    folder = paths.backups_dir()
    if folder.exists() and not folder.is_dir():
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "Backups cannot be made: {folder} is a file, not a folder. Move that file "
                    "away.",
                ),
                folder=str(folder),
            ),
            problem=True,
        )
        return
    found = list_backups()
    if not found:
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "There are no backups in {folder} yet. The program makes one each day it "
                    "opens the data; `meetconfer backup -o FILE` makes one now.",
                ),
                folder=str(paths.backups_dir()),
            )
        )
        return
    newest = found[0]
    report.note(
        message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Safety",
                "Backups: {count} in {folder}; the newest is from {when} ({days} days ago).",
            ),
            count=len(found),
            folder=str(paths.backups_dir()),
            when=newest.made_at.strftime("%Y-%m-%d %H:%M"),
            days=max(0, (now - newest.made_at).days),
        )
    )
    sealed_count = sum(1 for found_backup in found if found_backup.sealed)
    if sealed_count:
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "Backups protected with a passphrase: {sealed} of {count} (a locked "
                    "folder's backups are protected with its passphrase).",
                ),
                sealed=sealed_count,
                count=len(found),
            )
        )
    if newest.sealed and passphrase is None:
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The newest backup is protected with a passphrase, so it was not checked; "
                    "give the data folder's passphrase with --passphrase-file to check it.",
                ),
            )
        )
        return
    try:
        data = newest.path.read_bytes()
        if newest.sealed:
            assert passphrase is not None
            data = sealed.unseal(data, passphrase)
        newest_problem = inspect_bytes(data, newest.path).problem
    except OSError as error:
        newest_problem = None
        report.note(_unreadable_backup(newest.path, str(error)), problem=True)
    except sealed.PassphraseError:
        newest_problem = None
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The newest backup, {path}, does not open with the data folder's "
                    "passphrase, or it has been changed or damaged.",
                ),
                path=str(newest.path),
            ),
            problem=True,
        )
    if newest_problem is not None:
        report.note(_unreadable_backup(newest.path, newest_problem.kind.value), problem=True)


def _unreadable_backup(path: Path, reason: str) -> Message:
    return message(
        _CTX,
        QT_TRANSLATE_NOOP("Safety", "The newest backup, {path}, cannot be used ({reason})."),
        path=str(path),
        reason=reason,
    )


def _verify_lock(report: VerifyReport, folder: Path) -> None:
    if lock.is_locked_by_another(folder):
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "Another copy of the program is using this folder now (process {pid}).",
                ),
                pid=lock.lock_holder(folder) or "?",
            )
        )
    else:
        report.note(
            message(
                _CTX,
                QT_TRANSLATE_NOOP("Safety", "No other copy of the program is using this folder."),
            )
        )


# -- history and trash -------------------------------------------------------------------


def history_of(
    store: Store, kind: RecordKind, case_id: int, key: str | None = None
) -> list[HistoryEntry]:
    """Every change to one record (a case: `key` None), oldest first."""
    return trash.history_of(store.db, kind, case_id, key)


def trash_items(store: Store, case_id: int | None) -> list[TrashItem]:
    """What was removed from a case (or, with None, the removed cases), newest first."""
    return trash.trash_items(store.db, case_id)


def restore_from_trash(store: Store, item: TrashItem) -> None:
    trash.restore(store.db, item)


def empty_trash(store: Store, case_id: int | None) -> int:
    """Remove for good what is in the trash (the UI asks first). Returns how many items."""
    return trash.empty(store.db, case_id)


def put_back_version(store: Store, entry: HistoryEntry) -> None:
    """Make the record as it was before the change `entry` (itself recorded as a change)."""
    trash.put_back(store.db, entry)
