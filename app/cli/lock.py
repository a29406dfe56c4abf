"""`lock --new-passphrase-file N` and `unlock` (docs/command-line.md): a data folder locked
with a passphrase (SQLCipher), its backups sealed with it, for a PC many people share.

Both go through `app.services.privacy`, which writes every converted file beside the old one,
checks it in full and only then puts it in place, holding the data folder's lock as every
writer does. A locked folder's present passphrase comes with `--passphrase-file`. Every
refusal comes before the lock is taken: a refused call leaves the folder exactly as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.cli.common import (
    LOCKED_FOLDER,
    CliError,
    folder_passphrase,
    read_passphrase_file,
    store_error_lines,
)
from app.store import StoreError

if TYPE_CHECKING:
    from app.services.privacy import Conversion

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
    from app.services import privacy

    new = read_passphrase_file("--new-passphrase-file", args.new_passphrase_file)
    assert new is not None  # the option is required
    problem = privacy.passphrase_problem(new)
    if problem is not None:
        raise CliError(f"--new-passphrase-file: {problem.english()} Nothing was changed.")
    _existing_data_file()
    if privacy.folder_is_locked():
        old = folder_passphrase()
        if old is None:
            raise CliError(
                "This data folder is already locked. To change its passphrase, give the "
                "present one with --passphrase-file FILE. Nothing was changed."
            )
        _told(lambda: privacy.check_change(old, new))
        done = _held(lambda: privacy.change_passphrase(old, new))
        if old == new:
            print(f"The data folder {paths.data_dir()} is locked with this passphrase "
                  "already; what an earlier lock left unfinished is now finished.")
        else:
            print(f"The passphrase of the data folder {paths.data_dir()} is changed.")
    else:
        _told(lambda: privacy.check_lockable(new))
        done = _held(lambda: privacy.lock_folder(new))
        print(f"The data folder {paths.data_dir()} is now locked with a passphrase.")
    _tell_about_backups(done, "locked with the same passphrase")
    print(NO_RECOVERY)
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    del args
    from app.services import privacy

    _existing_data_file()
    passphrase = folder_passphrase()
    if passphrase is None:
        if privacy.folder_is_locked():
            raise CliError(LOCKED_FOLDER)
        raise CliError(f"The data folder {paths.data_dir()} is not locked. Nothing was changed.")
    locked = privacy.folder_is_locked()
    if locked:
        _told(lambda: privacy.check_passphrase(passphrase))
    done = _held(lambda: privacy.unlock_folder(passphrase))
    if locked:
        print(f"The data folder {paths.data_dir()} is unlocked: its data is no longer "
              "protected by a passphrase.")
    else:
        print(f"The data folder {paths.data_dir()} was already unlocked; what an earlier "
              "lock or unlock left unfinished is now finished.")
    _tell_about_backups(done, "plain again")
    return 0


def _existing_data_file() -> Path:
    database = paths.database_path()
    if not database.is_file():
        raise CliError(
            f"There is no data in {paths.data_dir()} to lock or unlock yet. Nothing was changed."
        )
    return database


def _told(check: Callable[[], object]) -> None:
    """A refusal made before the data folder's lock is taken, told plainly (exit 2)."""
    try:
        check()
    except StoreError as error:
        raise CliError(*store_error_lines(error)) from None


def _held(work: Callable[[], Conversion]) -> Conversion:
    """`work` holding the data folder's lock, its refusals told plainly (exit 2)."""
    with _held_folder():
        try:
            return work()
        except StoreError as error:
            raise CliError(*store_error_lines(error)) from None


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


def _tell_about_backups(done: Conversion, now: str) -> None:
    folder = paths.backups_dir()
    if done.backups_changed:
        print(f"{done.backups_changed} backup file(s) in {folder} are now {now}.")
    for path in done.backups_left:
        print(f"The backup {path} is protected with a passphrase of its own; it was left as "
              "it is.")
    if done.leftovers_removed:
        print(f"{len(done.leftovers_removed)} file(s) left by an earlier lock or unlock that "
              "was cut short were overwritten and removed.")
