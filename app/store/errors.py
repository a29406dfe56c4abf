"""The store's errors, in a module of their own below every other part of the store.

Every module of `app.store` may raise them and every caller may catch them, so they import
nothing else from the store: the store's files stand in layers (tests/store/test_layers.py).
`StoreError` carries a translatable message; `str()` gives the English text.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path

from app.domain.text import QT_TRANSLATE_NOOP, Message, message

_CTX = "Store"


class StoreError(Exception):
    """A write the data does not allow. `message` is translatable; `str()` is English."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


class DuplicateCaseError(StoreError):
    def __init__(self, case_number: str) -> None:
        super().__init__(
            message(
                _CTX,
                QT_TRANSLATE_NOOP("Store", "A case numbered {number} is already here."),
                number=case_number,
            )
        )
        self.case_number = case_number


class NotFoundError(StoreError):
    pass


class DuplicateIdError(StoreError):
    pass


class InUseError(StoreError):
    """A record that others still point at (counsel named in the log, a request a letter
    dealt with) cannot be removed."""


class ImmutableLetterError(StoreError):
    """A change to the text or kind of a letter that was logged as mailed: the log keeps
    what was sent. The entry's other fields can still change."""

    def __init__(self) -> None:
        super().__init__(
            message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Store",
                    "A letter that was logged as mailed cannot be changed; delete the entry "
                    "(it goes to the trash) and log it again.",
                ),
            )
        )


def database_errors() -> tuple[type[Exception], ...]:
    """The errors a database connection may raise: Python's `sqlite3` ones, and SQLCipher's
    (`sqlcipher3`, a separate module whose errors do not derive from them) once a locked
    data folder has loaded it. Called in the `except` clause itself, so it is current when
    the error is caught; a plain folder never loads SQLCipher."""
    return _from_both("Error")


def integrity_errors() -> tuple[type[Exception], ...]:
    """`database_errors`, narrowed to a broken rule of the data (a unique name taken, a
    record pointed at that is gone): `IntegrityError` from either module."""
    return _from_both("IntegrityError")


def _from_both(name: str) -> tuple[type[Exception], ...]:
    import sys

    found: tuple[type[Exception], ...] = (getattr(sqlite3, name),)
    cipher_module = sys.modules.get("sqlcipher3.dbapi2")
    if cipher_module is not None:
        found += (getattr(cipher_module, name),)
    return found


# -- a data folder locked with a passphrase (app.store.cipher) -------------------------


class LockError(StoreError):
    """A data file that cannot be locked, unlocked or opened with a passphrase; nothing
    was changed."""


class WrongPassphraseError(LockError):
    """The passphrase does not open the locked file; nothing was changed."""


# -- a data file the program cannot use ------------------------------------------------


class ProblemKind(StrEnum):
    DAMAGED = "damaged"
    NOT_OURS = "not ours"
    NEWER = "newer"
    UNREADABLE = "unreadable"
    LOCKED = "locked"


class DatabaseProblem(StoreError, sqlite3.DatabaseError):  # noqa: N818 - its agreed name
    """The data file cannot be used as it is; nothing in it was changed.

    Also a `sqlite3.DatabaseError`, so callers that already treat any database error as
    "the data could not be used" report it (with this plain message) without knowing it.
    """

    def __init__(self, kind: ProblemKind, path: Path | str, msg: Message) -> None:
        super().__init__(msg)
        self.kind = kind
        self.path = Path(path)

    @property
    def backup_may_help(self) -> bool:
        """A damaged or foreign file can be replaced by a backup; a newer program's file
        or a folder the program cannot reach cannot be fixed that way."""
        return self.kind in (ProblemKind.DAMAGED, ProblemKind.NOT_OURS)


def problem(kind: ProblemKind, path: Path | str, detail: str = "") -> DatabaseProblem:
    """The plain message for each kind of problem, naming the file."""
    where = str(path)
    if kind is ProblemKind.DAMAGED:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The data file {path} is damaged, so the program will not use it. It was "
                "not changed. You can put back a backup.",
            ),
            path=where,
        )
    elif kind is ProblemKind.NOT_OURS:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The file {path} is not a Meet-and-Confer Log data file, or its beginning "
                "is damaged. It was not changed. You can put back a backup.",
            ),
            path=where,
        )
    elif kind is ProblemKind.LOCKED:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "This data folder is locked with a passphrase ({path}): it opens only with "
                "its passphrase. It was not changed.",
            ),
            path=where,
        )
    elif kind is ProblemKind.NEWER:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The data file {path} was written by a newer version of Meet-and-Confer "
                "Log. It was not changed. Ask the staff to install the newer version.",
            ),
            path=where,
        )
    else:
        text = message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The data file {path} could not be opened ({reason}). Nothing was changed. "
                "Check that the USB stick is in, that the folder can be written, and that "
                "no other program is using the file.",
            ),
            path=where,
            reason=detail,
        )
    return DatabaseProblem(kind, path, text)


def empty_file_problem(path: Path | str) -> DatabaseProblem:
    """A data file cut to nothing (a copy that failed, a full disk) is damaged, not a new
    folder: opening it must not write a fresh, empty database over what a backup can bring
    back."""
    text = message(
        "Safety",
        QT_TRANSLATE_NOOP(
            "Safety",
            "The data file {path} is empty (0 bytes): a copy or a save did not finish. The "
            "program will not use it, and it was not changed. You can put back a backup.",
        ),
        path=str(path),
    )
    return DatabaseProblem(ProblemKind.DAMAGED, path, text)


def not_a_file_problem(path: Path | str, reason: str) -> DatabaseProblem:
    """Where the data file should be there is something else: a folder, a device, a pipe,
    or a link to a file that is not there."""
    return problem(ProblemKind.UNREADABLE, path, reason)
