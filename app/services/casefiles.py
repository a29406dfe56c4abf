"""Case files in and out: import (all or nothing), export (atomic), and the demo case.

The desktop app and the command line both come here. A file is read and checked in full
before the database is touched, so a bad file never changes anything; the command line
reads the file (`read_case_path`) before it even opens the data folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import paths
from app.domain.model import Case
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.domain.validation import Problem
from app.store import DuplicateCaseError, Store
from app.store.atomic import write_atomically
from app.store.casefile import CaseFileError, read_case_file, write_case_file
from app.store.reading import FileTooLargeError, NotARegularFileError, read_regular_file

CONTEXT = "CaseFiles"
# The largest case file read: far beyond the biggest case a person keeps (a 10,000-entry
# case is a few megabytes), so a file chosen by mistake is refused before it fills memory.
LARGEST_CASE_FILE = 256_000_000

__all__ = [
    "CaseExistsError",
    "CaseFileError",
    "CaseNotFoundError",
    "export_case_file",
    "import_case",
    "import_case_file",
    "import_demo_case",
    "read_case_path",
]


class CaseExistsError(Exception):
    """A case with the file's case number is already here and replacing was not asked for;
    nothing was changed."""

    def __init__(self, case_number: str) -> None:
        self.case_number = case_number
        self.message: Message = message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseFiles",
                              "A case numbered {number} is already here. Nothing was "
                              "imported. To put this file in its place, ask to replace it."),
            number=case_number,
        )
        super().__init__(self.message.english())


class CaseNotFoundError(Exception):
    """No case with this number is in the data folder."""

    def __init__(self, case_number: str) -> None:
        self.case_number = case_number
        self.message: Message = message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseFiles", "There is no case numbered {number} here."),
            number=case_number,
        )
        super().__init__(self.message.english())


def read_case_path(path: Path | str, *, today: dt.date | None = None) -> Case:
    """The case in the file at `path`, fully checked; CaseFileError when the file cannot
    be read or is not a good case file. Touches nothing."""
    try:
        data = read_regular_file(Path(path), LARGEST_CASE_FILE)
    except NotARegularFileError:
        raise _unreadable(path, QT_TRANSLATE_NOOP(
            "CaseFiles", "This is not an ordinary file (it is a device, a pipe or the like), "
            "so it is not read.")) from None
    except FileTooLargeError:
        raise _unreadable(path, QT_TRANSLATE_NOOP(
            "CaseFiles", "This file is larger than any case file can be ({limit} MB), so it "
            "is not read."), limit=LARGEST_CASE_FILE // 1_000_000) from None
    except FileNotFoundError:
        raise _unreadable(path, QT_TRANSLATE_NOOP("CaseFiles", "There is no file here.")) \
            from None
    except IsADirectoryError:
        raise _unreadable(path, QT_TRANSLATE_NOOP(
            "CaseFiles", "This is a folder, not a case file.")) from None
    except OSError as error:
        raise _unreadable(path, QT_TRANSLATE_NOOP(
            "CaseFiles", "The file cannot be read ({reason})."),
            reason=error.strerror or str(error)) from None
    return read_case_file(data, today=today or dt.date.today())


def _unreadable(path: Path | str, template: str, **args: object) -> CaseFileError:
    return CaseFileError([Problem(str(path), message(CONTEXT, template, **args))])


def import_case(store: Store, case: Case, *, replace: bool = False) -> str:
    """Store a checked case in one transaction; CaseExistsError (naming the case already
    here, whose number may be written another way) when its number is taken and `replace`
    is False. Returns the case number."""
    try:
        store.insert_case(case, replace=replace)
    except DuplicateCaseError as error:
        raise CaseExistsError(error.case_number) from None
    return case.case_number


def import_case_file(store: Store, path: Path | str, *, replace: bool = False,
                     today: dt.date | None = None) -> str:
    """Import the case file at `path`, all or nothing; returns the case number."""
    return import_case(store, read_case_path(path, today=today), replace=replace)


def export_case_file(store: Store, case_number: str, path: Path | str) -> None:
    """Write the case to `path` as a case file, replacing the file only once it is whole.
    `OutputPathError` for a path that must not be written (`app.services.outputs`)."""
    from app.services.outputs import refuse_unsafe_output

    target = refuse_unsafe_output(Path(path))  # never over the data itself (issue 19)
    case = store.load_case_by_number(case_number)
    if case is None:
        raise CaseNotFoundError(case_number)
    data = write_case_file(case, exported_at=dt.datetime.now(dt.UTC).astimezone())
    write_atomically(target, data)


def import_demo_case(store: Store) -> str:
    """The fictional sample case, imported if it is not here yet; returns its number."""
    case = read_case_path(paths.demo_case_path())
    if store.case_id(case.case_number) is None:
        import_case(store, case)
    return case.case_number
