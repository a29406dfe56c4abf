"""`backup -o FILE [--passphrase-file F]`, `restore FILE [--passphrase-file F]` and
`verify` (docs/command-line.md).

`backup` reads the data without changing it (it works while the app is open); `restore`
takes the data folder's lock, checks the backup in full and keeps the data it replaces;
`verify` changes nothing and exits 0 when all is well, 1 when it found a problem.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import paths
from app.cli.common import CliError
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

    target = Path(args.output)
    passphrase = _read_passphrase(args.passphrase_file)
    try:
        make_backup(target, passphrase)
    except StoreError as error:
        raise CliError(error.message.english()) from None
    except OSError as error:
        raise CliError(
            f"-o: {target} cannot be written ({error.strerror or error}). Nothing was written."
        ) from None
    print(f"Backup written: {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.services.safety import restore_backup

    source = Path(args.file)
    passphrase = _read_passphrase(args.passphrase_file)
    if not source.is_file():
        raise CliError(f"FILE: {source} is not a file. Nothing was changed.")
    try:
        aside = restore_backup(source, passphrase)
    except StoreError as error:
        raise CliError(error.message.english()) from None
    print(f"The data in {paths.data_dir()} is now the backup's ({source}).")
    if aside is not None:
        print(f"The data it replaced is kept in {aside}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    del args
    from app.services.safety import verify

    report = verify()
    for line in report.lines:
        print(line.english())
    return 0 if report.healthy else PROBLEM_FOUND


def _read_passphrase(option: str | None) -> str | None:
    if option is None:
        return None
    try:
        text = Path(option).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"--passphrase-file: {option} cannot be read ({error}).") from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise CliError(f"--passphrase-file: {option} is empty; put the passphrase in it.")
    return passphrase
