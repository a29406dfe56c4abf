"""What every subcommand shares: the error that means "exit 2 with this message", opening
the data folder's store for reading or for writing, and checking an output path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store import Store, StoreError

USAGE_ERROR = 2

LOCKED_FOLDER = (
    "This data folder is locked with a passphrase; give it with --passphrase-file FILE. "
    "Nothing was changed."
)

# The passphrase of a locked data folder (`--passphrase-file` before the command), read
# once by `app.cli` before the command runs; None when none was given.
_folder_passphrase: str | None = None


def use_folder_passphrase(passphrase: str | None) -> None:
    global _folder_passphrase
    _folder_passphrase = passphrase


def folder_passphrase() -> str | None:
    return _folder_passphrase


def data_file_is_locked() -> bool:
    """Whether the data folder's file is locked with a passphrase (`app.store.cipher`)."""
    from app import paths
    from app.store.cipher import is_locked_file

    return is_locked_file(paths.database_path())


class CliError(Exception):
    """Bad input: each line is printed on standard error and the exit status is 2."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


def open_store(passphrase: str | None = None) -> Store:
    """Open (creating if needed) the database in the configured data folder; a locked one
    with its `passphrase`."""
    from app.services.session import open_store as open_session_store

    return open_session_store(passphrase=passphrase)


@contextmanager
def reading_store() -> Iterator[Store | None]:
    """The data folder's data for a command that only reads (`list`, `export`, `check`,
    `exhibit`); None when there is no data yet. Nothing in the data folder is created or
    changed, and a data file that cannot be used is told plainly (exit 2)."""
    from app import paths
    from app.store import Store

    store: Store | None = None
    try:
        with _plain_store_errors():
            passphrase = folder_passphrase()
            if passphrase is not None and data_file_is_locked():
                store = Store.open_locked_for_reading(paths.database_path(), passphrase)
            else:
                store = Store.open_for_reading(paths.database_path())
            yield store
    finally:
        if store is not None:
            store.close()


@contextmanager
def writing_store() -> Iterator[Store]:
    """The data folder's store for a command that writes (`import`, `letter --log`), after
    the data file's full check, holding the data folder's lock while it writes: a second
    writer is refused and told who holds it. A locked folder needs its passphrase
    (`--passphrase-file`); without it, or with a wrong one, the call is refused before
    anything is created. Holding the lock, it first finishes what a lock or unlock cut
    short left (`app.services.privacy.finish_interrupted`)."""
    from app import paths
    from app.services.privacy import finish_interrupted
    from app.store.health import inspect_file, inspect_locked_file
    from app.store.lock import acquire_data_folder_lock

    store: Store | None = None
    passphrase = passphrase_for_writing()
    with _plain_store_errors():
        # The full check, as `verify` makes it (under a second for 10,000 letters): damage
        # inside a row passes the quick check that opening makes, and nothing is written
        # into a damaged file. Made before the lock, so a refusal creates nothing; for a
        # locked file it also tells a wrong passphrase.
        database = paths.database_path()
        if passphrase is None:
            found = inspect_file(database, thorough=True).problem
        else:
            found = inspect_locked_file(database, passphrase).problem
        if found is not None:
            raise found
    with _plain_store_errors(), acquire_data_folder_lock():
        try:
            finish_interrupted(passphrase=passphrase)
            store = open_store(passphrase)
            yield store
        finally:
            if store is not None:
                store.close()


def passphrase_for_writing() -> str | None:
    """The locked data folder's passphrase for a command that will write (None for a plain
    folder): without one the command is refused at once, exit 2, before anything is
    written, even an output file."""
    if not data_file_is_locked():
        return None
    passphrase = folder_passphrase()
    if passphrase is None:
        raise CliError(LOCKED_FOLDER)
    return passphrase


@contextmanager
def _plain_store_errors() -> Iterator[None]:
    from app import paths
    from app.store import StoreError
    from app.store.cipher import LockError
    from app.store.errors import database_errors

    try:
        yield
    except LockError as error:
        raise CliError(str(error)) from None
    except StoreError as error:
        raise CliError(*store_error_lines(error)) from None
    except database_errors() as error:
        raise CliError(
            f"The data in {paths.data_dir()} could not be used ({error}). Nothing was "
            "changed. `meetconfer verify` checks the data folder."
        ) from None


def store_error_lines(error: StoreError) -> list[str]:
    """The store's own plain words, and what can help: the newest good backup for a
    damaged data file, the process holding the data folder."""
    from app.store import DatabaseProblem
    from app.store.errors import ProblemKind
    from app.store.lock import DataFolderInUseError

    if isinstance(error, DatabaseProblem) and error.kind is ProblemKind.LOCKED:
        return [LOCKED_FOLDER]
    lines = [error.message.english()]
    if isinstance(error, DatabaseProblem) and error.backup_may_help:
        from app.services.safety import newest_good_backup

        # A locked folder's backups are sealed with its passphrase: found with it, and
        # put back with it given before the command.
        passphrase = folder_passphrase()
        good = newest_good_backup(passphrase)
        if good is not None:
            before = "--passphrase-file FILE " if good.sealed and passphrase else ""
            lines.append(
                f"The newest good backup is {good.path}, from "
                f"{good.made_at:%Y-%m-%d %H:%M}. To put it back: "
                f'meetconfer {before}restore "{good.path}"'
            )
    if isinstance(error, DataFolderInUseError) and error.holder is not None:
        lines.append(f"(The copy using it is process {error.holder}.)")
    return lines


def output_path(option: str, value: str) -> Path:
    """The file a command may write for `option` (`-o`), or exit 2 with a plain message.

    Every command that writes a file the person names goes through this: never a file of
    the data folder (the database, its journal, the lock, a backup), never a folder, a
    device or a pipe; only a regular file or a new name in a folder that exists. Returns
    the path to write (a link is followed to the file it names)."""
    from app.services.outputs import OutputPathError, checked_output_path

    try:
        return checked_output_path(Path(value))
    except OutputPathError as error:
        raise CliError(f"{option}: {error.message.english()}") from None


def cannot_write(output: Path, error: OSError) -> str:
    """The plain message for an output file that could not be written after all."""
    return f"-o: cannot write {output}: {error.strerror or error}"


def parse_day(text: str, option: str) -> dt.date:
    """A YYYY-MM-DD day from the command line, read by the same rule as forms and case
    files, or a plain error naming the option."""
    from app.domain.validation import InvalidValueError
    from app.domain.validation import parse_day as read_day

    try:
        return read_day(text)
    except InvalidValueError as error:
        raise CliError(f"{option}: {error.message.english()}") from None


def printable(text: str) -> str:
    """`text` safe to print on a terminal: a control character (an escape sequence, a
    carriage return, a line break held in old data) is shown as its code, never sent raw."""
    from app.domain.text_safety import escape_control_characters

    return escape_control_characters(text)


def stored_case_number(store: Store, typed: str) -> str:
    """The case number as stored for the one a person typed: exactly, or written another
    way a person cannot tell apart (other capitals, spaces, a Unicode hyphen); `typed`
    itself when no case matches (the caller then says so)."""
    same = store.same_case(typed)
    return typed if same is None else same[1]


# A passphrase is one line a person types; a file much longer than that is the wrong file.
LARGEST_PASSPHRASE_FILE = 4096


def read_passphrase_file(option: str, value: str | None) -> str | None:
    """The passphrase in the file `value` named with `option`: its first line, read from an
    ordinary file only and at most `LARGEST_PASSPHRASE_FILE` bytes (a pipe or `/dev/zero`
    is refused)."""
    if value is None:
        return None
    from app.store.reading import FileTooLargeError, NotARegularFileError, read_regular_file

    try:
        text = read_regular_file(Path(value), LARGEST_PASSPHRASE_FILE).decode("utf-8-sig")
    except NotARegularFileError:
        raise CliError(f"{option}: {value} is not an ordinary file (a device, a "
                       "pipe or the like), so it is not read.") from None
    except FileTooLargeError:
        raise CliError(f"{option}: {value} is larger than a passphrase file can be "
                       f"({LARGEST_PASSPHRASE_FILE} bytes); is it the right file?") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise CliError(f"{option}: {value} cannot be read ({reason}).") from None
    passphrase = text.partition("\n")[0].removesuffix("\r")
    if not passphrase:
        raise CliError(f"{option}: {value} is empty; put the passphrase in it.")
    if not passphrase.strip():
        raise CliError(f"{option}: {value} holds only spaces; put the passphrase "
                       "in it.")
    return passphrase
