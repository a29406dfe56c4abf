"""The command line (`docs/command-line.md`): `meetconfer` and `python -m app`.

With no subcommand it opens the desktop app. Each group of subcommands lives in its own
module with `register(subparsers)`; handlers return the exit status. Bad input raises
`CliError` (exit 2, message on stderr); nothing reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from app import __version__
from app.cli.common import USAGE_ERROR, CliError

PROGRAM = "meetconfer"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as our exit status 2 with a plain message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise CliError(f"{self.prog}: {message}")


def _with_global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep everything in DIR")
    parser.add_argument(
        "--passphrase-file", metavar="F", dest="folder_passphrase_file",
        help="the file whose first line is a locked data folder's passphrase",
    )
    parser.add_argument("--demo", action="store_true", help="open the fictional sample case")
    parser.add_argument(
        "--smoke-test", action="store_true", help="start, paint the main window once and quit"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from app.cli import cases, check, exhibit, letter, lock, packet, safety

    parser = _with_global_options(_Parser(prog=PROGRAM, description="Meet-and-Confer Log"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (cases, check, exhibit, letter, packet, safety, lock):
        module.register(subparsers)
    _accept_data_dir_after_the_command(subparsers)
    return parser


def _accept_data_dir_after_the_command(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`meetconfer list --data-dir DIR` works as `meetconfer --data-dir DIR list` does.
    SUPPRESS: given only before the command, the value stays the one read there."""
    for command in subparsers.choices.values():
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep everything in DIR"
        )
        # Likewise a locked folder's passphrase, except after `backup` and `restore`, where
        # --passphrase-file names the backup's own passphrase.
        if not any("--passphrase-file" in action.option_strings for action in command._actions):
            command.add_argument(
                "--passphrase-file", metavar="F", dest="folder_passphrase_file",
                default=argparse.SUPPRESS,
                help="the file whose first line is the locked data folder's passphrase",
            )


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Opening the app (no subcommand) reads only the global options, so it does not pay
    for importing every command's machinery (case files, the rules, backups) at start-up."""
    words = list(sys.argv[1:] if argv is None else argv)
    opening = _with_global_options(_Parser(prog=PROGRAM, add_help=False))
    early, rest = opening.parse_known_args(words)
    if not rest:
        early.command = None
        return early
    return build_parser().parse_args(words)


def _run(argv: Sequence[str] | None) -> int:
    args = _parse(argv)
    from app import paths
    from app.store.private import keep_new_files_private

    keep_new_files_private()  # the data folder and all in it: the person's only (issue 19)

    try:
        paths.configure(args.data_dir)
    except OSError as error:
        raise CliError(f"--data-dir: cannot use that folder: {error}") from error
    if args.command is None:
        passphrase = None
        if args.smoke_test:
            passphrase = _passphrase_for_the_smoke_test(args.folder_passphrase_file)
        from app.ui.launch import launch

        return launch(demo=args.demo, smoke_test=args.smoke_test, passphrase=passphrase)
    from app.cli.common import read_passphrase_file, use_folder_passphrase

    use_folder_passphrase(read_passphrase_file("--passphrase-file", args.folder_passphrase_file))
    handler = args.handler
    status: int = handler(args)
    return status


def _passphrase_for_the_smoke_test(passphrase_file: str | None) -> str | None:
    """The passphrase the smoke test opens a locked data folder with; None for a plain
    folder, which needs none (and so never loads SQLCipher). A locked folder without one is
    refused before anything starts: exit 2 with a plain message, as every call on a locked
    folder (a wrong one is told by the smoke test, which tries it)."""
    from app.cli.common import LOCKED_FOLDER, data_file_is_locked, read_passphrase_file

    passphrase = read_passphrase_file("--passphrase-file", passphrase_file)
    if not data_file_is_locked():
        return None
    if passphrase is None:
        raise CliError(LOCKED_FOLDER)
    return passphrase


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except CliError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except OSError as error:
        # Disk full, read-only folder, removed USB stick: an environment problem, told plainly.
        where = f" ({error.filename})" if error.filename else ""
        print(
            f"The program could not read or write a file{where}: {error.strerror or error}",
            file=sys.stderr,
        )
        return USAGE_ERROR


def run() -> NoReturn:
    """The installed program's entry point (`meetconfer`, `meetconfer-gui`, `python -m app`
    and the bundle): `main`, then the process ends without Python's slow clean-up
    (`app.ending`)."""
    from app.ending import end_process

    end_process(main(None))
