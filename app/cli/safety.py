"""`backup -o FILE [--passphrase-file F]`, `restore FILE [--passphrase-file F]` and
`verify` (docs/command-line.md).

`backup` reads the data without changing it (it works while the app is open); `restore`
takes the data folder's lock, checks the backup in full and keeps the data it replaces;
`verify` changes nothing and exits 0 when all is well, 1 when it found a problem.

A data folder locked with a passphrase needs it before the command (`--passphrase-file F`,
`app.cli.common.folder_passphrase`); without it each of them exits 2 and changes nothing.
Its backup is never plain: protected with the passphrase given after `backup`, else with the
folder's. A restore into it writes the data file locked again, and a protected backup given
no passphrase of its own is opened with the folder's (its automatic backups are sealed
with it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import paths
from app.cli.common import (
    LOCKED_FOLDER,
    CliError,
    data_file_is_locked,
    folder_passphrase,
    output_path,
    read_passphrase_file,
    reading_store,
    store_error_lines,
)
from app.store import StoreError

PROBLEM_FOUND = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backing_up = subparsers.add_parser(
        "backup", help="write a copy of all the data to a file, optionally protected"
    )
    backing_up.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the backup file to write"
    )
    _passphrase_option(backing_up, "protect the backup with the passphrase in this file")
    backing_up.set_defaults(handler=run_backup)

    restoring = subparsers.add_parser(
        "restore", help="replace the data with a backup's, keeping the replaced data aside"
    )
    restoring.add_argument("file", metavar="FILE", help="the backup file")
    _passphrase_option(restoring, "the file holding the backup's passphrase")
    restoring.set_defaults(handler=run_restore)

    verifying = subparsers.add_parser(
        "verify",
        help="check the data folder; exit 0 healthy, 1 a problem found",
    )
    verifying.set_defaults(handler=run_verify)


def _passphrase_option(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--passphrase-file", metavar="F", help=text)


def run_backup(args: argparse.Namespace) -> int:
    from app.services.safety import make_backup

    target = output_path("-o", args.output)
    passphrase = read_passphrase_file("--passphrase-file", args.passphrase_file)
    locked = data_file_is_locked()
    try:
        if locked:
            _back_up_locked_folder(target, passphrase)
        else:
            make_backup(target, passphrase)
    except StoreError as error:
        raise CliError(*store_error_lines(error)) from None
    except OSError as error:
        raise CliError(
            f"-o: {target} cannot be written ({error.strerror or error}). Nothing was written."
        ) from None
    if locked and passphrase is None:
        print(f"Backup written, protected with the data folder's passphrase: {args.output}")
    else:
        print(f"Backup written: {args.output}")
    return 0


def _back_up_locked_folder(target: Path, passphrase: str | None) -> None:
    """A locked folder's backup is protected too: with the backup's own passphrase when one
    is given after the command, else with the folder's, which opened it (a plain copy of a
    locked folder would give everything away). Without the folder's: exit 2."""
    from app.services.safety import make_backup

    _require_folder_passphrase("backup", passphrase)
    with reading_store() as store:
        assert store is not None  # the data file is there: it is locked
        make_backup(target, passphrase, store)


def run_restore(args: argparse.Namespace) -> int:
    from app.services.safety import restore_backup

    source = Path(args.file)
    passphrase = read_passphrase_file("--passphrase-file", args.passphrase_file)
    if not source.is_file():
        raise CliError(f"FILE: {source} is not a file. Nothing was changed.")
    _refuse_the_data_file(source)
    folder_key: str | None = None
    if data_file_is_locked():
        folder_key = _require_folder_passphrase("restore", passphrase)
    try:
        aside = restore_backup(source, passphrase, folder_passphrase=folder_key)
    except StoreError as error:
        raise CliError(*store_error_lines(error)) from None
    print(f"The data in {paths.data_dir()} is now the backup's ({source}).")
    if folder_key is not None:
        print("The data folder is still locked with its passphrase.")
    if aside is not None:
        print(f"The data it replaced is kept in {aside}")
    return 0


def _require_folder_passphrase(command: str, backups_own: str | None) -> str:
    """The locked folder's passphrase, given before the command; exit 2 without it, saying
    where it goes when one was given after the command (that one is the backup's own)."""
    folder_key = folder_passphrase()
    if folder_key is not None:
        return folder_key
    if backups_own is None:
        raise CliError(LOCKED_FOLDER)
    raise CliError(
        LOCKED_FOLDER,
        f"Give the folder's passphrase before the command (meetconfer --passphrase-file "
        f"FILE {command} ...): a --passphrase-file after `{command}` is the backup's own "
        "passphrase.",
    )


def _refuse_the_data_file(source: Path) -> None:
    """Restoring the data file onto itself would set the data aside and put back the same
    bytes; refused plainly instead."""
    database = paths.database_path()
    try:
        same = database.exists() and source.samefile(database)
    except OSError:
        same = False
    if same:
        raise CliError(f"FILE: {source} is the data file itself, not a backup. Nothing was "
                       "changed.")


def run_verify(args: argparse.Namespace) -> int:
    del args
    from app.services.safety import verify
    from app.store.cipher import LockError

    passphrase = folder_passphrase()
    if passphrase is None and data_file_is_locked():
        # Said, not checked: only the passphrase can tell a locked file from damage.
        raise CliError(LOCKED_FOLDER)
    try:
        report = verify(passphrase=passphrase)
    except LockError as error:
        raise CliError(str(error)) from None
    for line in report.lines:
        print(line.english())
    return 0 if report.healthy else PROBLEM_FOUND
