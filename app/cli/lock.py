"""`lock --new-passphrase-file N` and `unlock` (docs/command-line.md): a data folder whose
file is locked with a passphrase (SQLCipher, `app.store.cipher`), for a PC many people share.

Both write the new file beside the old one, check it in full and only then put it in place
(`app.store.cipher`), holding the data folder's lock as every writer does. A locked
folder's old passphrase comes with `--passphrase-file` before the command.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app import paths
from app.cli.common import (
    LOCKED_FOLDER,
    CliError,
    folder_passphrase,
    read_passphrase_file,
    store_error_lines,
)
from app.store import StoreError

NO_RECOVERY = (
    "Keep the passphrase safe: a forgotten passphrase cannot be recovered, and nothing "
    "(not this program, not the staff) can open the data without it."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    locking = subparsers.add_parser(
        "lock",
        help="lock the data folder with a passphrase, or change a locked folder's passphrase",
    )
    locking.add_argument(
        "--new-passphrase-file", metavar="N", required=True,
        help="the file whose first line is the new passphrase",
    )
    locking.set_defaults(handler=run_lock)

    unlocking = subparsers.add_parser(
        "unlock", help="remove the passphrase: the data folder becomes plain again"
    )
    unlocking.set_defaults(handler=run_unlock)


def run_lock(args: argparse.Namespace) -> int:
    from app.store import cipher

    new = read_passphrase_file("--new-passphrase-file", args.new_passphrase_file)
    assert new is not None  # the option is required
    problem = cipher.passphrase_problem(new)
    if problem is not None:
        raise CliError(f"--new-passphrase-file: {problem.english()} Nothing was changed.")
    database = _existing_data_file()
    # Every refusal comes before the data folder's lock is taken: a refused call leaves
    # the folder exactly as it was.
    if cipher.is_locked_file(database):
        old = folder_passphrase()
        if old is None:
            raise CliError(
                "This data folder is already locked. To change its passphrase, give the "
                "present one with --passphrase-file FILE. Nothing was changed."
            )
        _check_passphrase(database, old)
        with _held_folder():
            _told_plainly(lambda: cipher.change_passphrase(database, database, old, new))
        print(f"The passphrase of the data folder {paths.data_dir()} is changed.")
    else:
        from app.store.health import inspect_file

        found = inspect_file(database, thorough=True).problem
        if found is not None:
            raise CliError(*store_error_lines(found))
        with _held_folder():
            _fold_in_journal(database)
            _told_plainly(lambda: cipher.lock_copy(database, database, new))
        print(f"The data folder {paths.data_dir()} is now locked with a passphrase.")
    print(NO_RECOVERY)
    _tell_about_plain_backups()
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    del args
    from app.store import cipher

    database = _existing_data_file()
    if not cipher.is_locked_file(database):
        raise CliError(f"The data folder {paths.data_dir()} is not locked. Nothing was changed.")
    passphrase = folder_passphrase()
    if passphrase is None:
        raise CliError(LOCKED_FOLDER)
    _check_passphrase(database, passphrase)
    with _held_folder():
        _told_plainly(lambda: cipher.unlock_copy(database, database, passphrase))
    print(f"The data folder {paths.data_dir()} is unlocked: its data is no longer protected "
          "by a passphrase.")
    return 0


def _check_passphrase(database: Path, passphrase: str) -> None:
    """A wrong passphrase is refused before anything is touched."""
    from app.store import cipher

    _told_plainly(lambda: cipher.open_locked(database, passphrase).close())


def _told_plainly(work: Callable[[], None]) -> None:
    from app.store.cipher import LockError

    try:
        work()
    except LockError as error:
        raise CliError(str(error)) from None


def _existing_data_file() -> Path:
    database = paths.database_path()
    if not database.is_file():
        raise CliError(
            f"There is no data in {paths.data_dir()} to lock or unlock yet. Nothing was changed."
        )
    return database


@contextmanager
def _held_folder() -> Iterator[None]:
    """The data folder's lock, as every writer holds it; another copy using the folder is
    told plainly."""
    from app.store.lock import acquire_data_folder_lock

    try:
        held = acquire_data_folder_lock()
    except StoreError as error:
        raise CliError(*store_error_lines(error)) from None
    with held:
        yield


def _fold_in_journal(database: Path) -> None:
    """Every change a -wal journal holds is written into the file and the journal cut to
    nothing, so no plain page is left beside the locked file; SQLite removes the journal
    when this, the last connection, closes."""
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise CliError(
            f"The data in {paths.data_dir()} could not be prepared for locking ({error}). "
            "Nothing was changed."
        ) from None
    if busy:
        raise CliError(
            "Another program is using the data file, so it cannot be locked now. Close "
            "Meet-and-Confer Log and try again. Nothing was changed."
        )


def _tell_about_plain_backups() -> None:
    """The backups made before the folder was locked are plain copies: said plainly, with
    where they are, and left alone (only the person may decide to delete them)."""
    folder = paths.backups_dir()
    try:
        plain = sorted(entry.name for entry in folder.iterdir() if entry.is_file())
    except OSError:
        return
    if not plain:
        return
    print(
        f"The {len(plain)} backup file(s) already in {folder} are NOT locked: anyone who "
        "can open them can read the data they hold. They were not changed. Move them "
        "somewhere safe or delete them yourself if they are not needed."
    )
