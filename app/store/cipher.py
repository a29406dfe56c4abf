"""A data file locked with a passphrase (SQLCipher).

On a law-library PC that many people share, a data folder can be locked so that its file is
unreadable without the passphrase: SQLCipher encrypts every page of the SQLite file
(AES-256, a key made from the passphrase with PBKDF2-HMAC-SHA512, an HMAC on every page).
Nothing of the file is readable without the passphrase, not even the table names.

What this module does (and its tests prove):

- `is_locked_file`: tells a locked file from a plain or damaged one by its first 100 bytes;
- `open_locked`: a connection to a locked file, the passphrase checked by reading the
  schema; `WrongPassphraseError` otherwise, the file left byte for byte as it was;
- `lock_copy`, `unlock_copy`, `change_passphrase`: write a locked (or plain, or re-locked)
  copy with `sqlcipher_export`, check the copy in full (its integrity, the same tables with
  the same row counts, the same `user_version`, the same schema), put it on disk, and only
  then move it into place in one step. On any failure the half-written copy is removed and
  the source is not changed. The copy may take the source's own name (locking in place).
  As for a restore, the caller holds the data folder's lock and has closed its own
  connections: changes a killed program left in the -wal journal are copied too, and the
  journal is folded in and removed. Measured once: locking a data file of 10,000 log
  entries (8.1 MB) took 0.40 s, unlocking it 0.23 s, opening it 0.12 s (most of it the
  key made from the passphrase), on a 2-core Intel Xeon virtual machine under Linux;
- `lock_from_memory`: a locked file written from a plain database held in memory (a
  checked backup put back into a locked folder), checked in full before it takes its
  place; nothing plain reaches the disk;
- `passphrase_problem`: the rules for a new passphrase, as a pure function.

`sqlcipher3` (the `sqlcipher3-wheels` package) is imported only inside these functions: a
plain data folder starts as fast as before and never loads it.
The passphrase is normalised to Unicode NFC (as backups' passphrases are, `app.store.sealed`),
so the same words typed on another keyboard open the file. It is never logged and never put
in an error message; in `ATTACH` it is a bound parameter, in `PRAGMA key` a quoted string
literal with its quotes doubled.

Where the rest of the program meets it:

- `app.store.db.open_locked_connection`: the program's own connection to a locked data file
  (WAL, whose journal SQLCipher encrypts too; synchronous=FULL; migrations), which
  `Store.open(path, passphrase=...)` and the desktop app's unlock screen use;
- `app.store.backup`: every backup of a locked folder (automatic, before an upgrade, the
  data a restore sets aside, one made on purpose) is sealed with the folder's passphrase
  (`app.store.sealed`), which the `Store` keeps from its opening; a backup put back into a
  locked folder is written locked by `lock_from_memory`;
- `app.services.privacy`: locking, changing and removing the lock of a whole data folder,
  its backups included, safe against a kill at any moment;
- the bundle ships `sqlcipher3` (installer/meetconfer.spec, its notices in
  installer/notices.py); a plain folder still never loads it (tests/ui/test_startup_imports.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.store.atomic import sync_folder
from app.store.errors import LockError, WrongPassphraseError

__all__ = [
    "LockError",
    "WrongPassphraseError",
    "change_passphrase",
    "is_locked_file",
    "lock_copy",
    "lock_from_memory",
    "open_locked",
    "pages_intact",
    "passphrase_problem",
    "read_into_memory",
    "unlock_copy",
]

if TYPE_CHECKING:
    from sqlcipher3 import dbapi2 as sqlcipher

log = logging.getLogger(__name__)
# Into the program's log file when there is one (app.crash), never onto a terminal.
log.addHandler(logging.NullHandler())

SQLITE_HEADER = b"SQLite format 3\x00"
# Every SQLite and SQLCipher page is a power of two from 512 bytes up, and a database file
# is a whole number of pages: anything shorter or of another length is not a locked file.
_SMALLEST_PAGE = 512
_INTEGRITY_OK = [("ok",)]
# A locked file's first bytes are a random salt and ciphertext: 100 random bytes hold about
# 83 different values (the odds of fewer than 48 are below one in 10^15), text or a damaged
# plain file far fewer. Bytes 21 to 23 of every plain SQLite header are fixed by the format.
_LOOKED_AT = 100
_FEWEST_DIFFERENT_BYTES = 48
_FIXED_HEADER_BYTES = slice(21, 24)
_FIXED_HEADER_VALUES = b"\x40\x20\x20"

# Names the copying connection gives the two files it attaches.
_SOURCE = "source"
_TARGET = "target"


@dataclass(frozen=True, slots=True)
class _Contents:
    """What a copy must keep: the schema, every table's row count, the layout version."""

    schema: frozenset[tuple[str, str, str]]
    row_counts: dict[str, int]
    user_version: int


# -- telling and opening ---------------------------------------------------------------


def is_locked_file(path: Path | str) -> bool:
    """True when `path` is a file that looks locked: a whole number of pages long, at least
    one, that does not start with SQLite's header and whose first bytes look random, as
    encrypted bytes do. Empty, missing, too short or plain files are not locked, nor is a
    file of zeros, of text, or a plain data file whose first bytes were overwritten (the
    rest of its header is still plain). Only the passphrase can tell a locked file from
    random bytes."""
    try:
        info = os.stat(path)
        # Only an ordinary file: reading a pipe or a device could wait for ever.
        if not stat.S_ISREG(info.st_mode) or info.st_size < _SMALLEST_PAGE or (
            info.st_size % _SMALLEST_PAGE
        ):
            return False
        with open(path, "rb") as file:
            start = file.read(_LOOKED_AT)
    except OSError:  # missing, not allowed to read
        return False
    return (
        len(start) == _LOOKED_AT
        and not start.startswith(SQLITE_HEADER)
        and start[_FIXED_HEADER_BYTES] != _FIXED_HEADER_VALUES
        and len(set(start)) >= _FEWEST_DIFFERENT_BYTES
    )


def open_locked(path: Path | str, passphrase: str) -> sqlcipher.Connection:
    """A connection to the locked file `path`, its passphrase checked by reading the schema;
    `WrongPassphraseError` when it does not open the file, `LockError` when the file is not a
    locked one. The file is never created or changed by a failed open."""
    target = Path(path)
    if not is_locked_file(target):
        raise _not_locked(target)
    import sqlcipher3

    # mode=rw: never create a file that has gone missing since the check above.
    # Autocommit and usable from any thread, as the program's plain connections are
    # (`app.store.db`): transactions are begun explicitly, by sqlite-utils or the store.
    conn = sqlcipher3.connect(
        f"{target.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
        check_same_thread=False,
    )
    try:
        _quiet(conn)
        conn.execute(f"PRAGMA key = {_quoted(_normalised(passphrase))}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise _wrong_passphrase(target) from None
    except BaseException:
        conn.close()
        raise
    return conn


def pages_intact(path: Path | str, passphrase: str) -> bool:
    """Whether every page of the locked file `path` passes its tamper check (the HMAC each
    page carries); `WrongPassphraseError` when the passphrase does not open it."""
    conn = open_locked(path, passphrase)
    try:
        return conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()


def read_into_memory(path: Path | str, passphrase: str) -> sqlite3.Connection:
    """A plain copy held in memory (Python's own sqlite3, which every reading command uses)
    of the locked file `path`: nothing plain is written to disk, and the file is not
    changed. `WrongPassphraseError` when the passphrase does not open it."""
    locked = open_locked(path, passphrase)
    try:
        from app.store.copying import copy_into_memory

        return copy_into_memory(locked)
    finally:
        locked.close()


# -- copying -------------------------------------------------------------------------------


def lock_copy(plain_path: Path | str, locked_path: Path | str, passphrase: str) -> None:
    """Write a locked copy of the plain data file `plain_path` to `locked_path` (which may be
    `plain_path` itself), checked in full before it takes its place. No other connection
    may have the source open (the data folder's lock, `app.store.lock`)."""
    source = Path(plain_path)
    _refuse_bad_passphrase(passphrase)
    if not _is_plain_database(source):
        raise _not_plain(source)
    _copy(source, "", Path(locked_path), _normalised(passphrase))
    log.info("locked a copy of %s as %s", source, locked_path)


def unlock_copy(locked_path: Path | str, plain_path: Path | str, passphrase: str) -> None:
    """Write a plain copy of the locked file `locked_path` to `plain_path` (which may be
    `locked_path` itself), checked in full before it takes its place."""
    source = Path(locked_path)
    if not is_locked_file(source):
        raise _not_locked(source)
    _copy(source, _normalised(passphrase), Path(plain_path), "")
    log.info("unlocked a copy of %s as %s", source, plain_path)


def change_passphrase(
    locked_path: Path | str, new_path: Path | str, old: str, new: str
) -> None:
    """Write a copy of the locked file `locked_path`, opened with `old`, locked with `new`,
    to `new_path` (which may be `locked_path` itself)."""
    source = Path(locked_path)
    _refuse_bad_passphrase(new)
    if not is_locked_file(source):
        raise _not_locked(source)
    _copy(source, _normalised(old), Path(new_path), _normalised(new))
    log.info("changed the passphrase of a copy of %s as %s", source, new_path)


def lock_from_memory(source: sqlite3.Connection, locked_path: Path | str, passphrase: str) -> None:
    """Write the database behind `source` (a plain one held in memory: a checked backup
    being put back into a locked folder) as a file locked with `passphrase` at
    `locked_path`, checked in full before it takes that name in one step: no plain byte of
    it is ever written to disk. On any failure nothing is left behind and `locked_path` is
    as it was."""
    import sqlcipher3

    target = Path(locked_path)
    _refuse_bad_passphrase(passphrase)
    key = _normalised(passphrase)
    temporary = _temporary_beside(target)
    try:
        try:
            expected = _contents(source, "main")
            conn = sqlcipher3.connect(str(temporary), isolation_level=None)
            try:
                _quiet(conn)
                conn.execute(f"PRAGMA key = {_quoted(key)}")
                from app.store.copying import copy_database

                copy_database(source, conn)
            finally:
                conn.close()
            _sync_file(temporary)
            _check_copy(temporary, key, expected)
        except (sqlcipher3.Error, sqlite3.Error) as error:
            raise _copy_failed(target, error) from None
        os.replace(temporary, target)
    except BaseException:
        _remove_with_journals(temporary)
        raise
    sync_folder(target.parent)
    log.info("wrote a locked data file %s", target)


def _temporary_beside(target: Path) -> Path:
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)  # mkstemp made it readable by its owner only; SQLite reopens it
    return Path(name)


def _remove_with_journals(temporary: Path) -> None:
    for leftover in _with_journals(temporary):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _copy(source: Path, source_key: str, target: Path, target_key: str) -> None:
    """Export `source` (opened with `source_key`, "" for plain) into a temporary file beside
    `target` (locked with `target_key`, "" for plain), check it, then put it in place."""
    import sqlcipher3

    temporary = _temporary_beside(target)
    try:
        try:
            expected = _export(source, source_key, temporary, target_key)
            _sync_file(temporary)
            _check_copy(temporary, target_key, expected)
        except (sqlcipher3.Error, sqlite3.Error) as error:
            raise _copy_failed(source, error) from None
        os.replace(temporary, target)
    except BaseException:
        _remove_with_journals(temporary)
        raise
    sync_folder(target.parent)


def _export(source: Path, source_key: str, temporary: Path, target_key: str) -> _Contents:
    """Copy everything with `sqlcipher_export`; returns what the source holds, read in the
    same connection. The source is opened read-write on purpose: a read-only connection to a
    file in WAL mode leaves -wal and -shm files behind it."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        _quiet(conn)
        try:
            conn.execute(f"ATTACH DATABASE ? AS {_SOURCE} KEY ?", (str(source), source_key))
            expected = _contents(conn, _SOURCE)
        except sqlcipher3.DatabaseError:
            if source_key:
                raise _wrong_passphrase(source) from None
            raise
        conn.execute(f"ATTACH DATABASE ? AS {_TARGET} KEY ?", (str(temporary), target_key))
        conn.execute("SELECT sqlcipher_export(?, ?)", (_TARGET, _SOURCE))
        # sqlcipher_export copies tables, indexes, triggers and rows, not the header's
        # user_version, which holds how many migrations the data has had.
        conn.execute(f"PRAGMA {_TARGET}.user_version = {expected.user_version:d}")
        conn.execute(f"DETACH DATABASE {_TARGET}")
        conn.execute(f"DETACH DATABASE {_SOURCE}")
    finally:
        conn.close()
    return expected


def _check_copy(copy: Path, key: str, expected: _Contents) -> None:
    """The copy opened on its own, as the program will open it: whole, and the same data."""
    if key:
        conn = open_locked(copy, key)
        try:
            whole = conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            whole = whole and conn.execute("PRAGMA integrity_check").fetchall() == _INTEGRITY_OK
            found = _contents(conn, "main")
        finally:
            conn.close()
    else:
        # A plain copy is checked with Python's own sqlite3, the one the program reads with.
        plain = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            whole = plain.execute("PRAGMA integrity_check").fetchall() == _INTEGRITY_OK
            found = _contents(plain, "main")
        finally:
            plain.close()
    if not whole or found != expected:
        raise LockError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Lock",
                    "The copy did not come out the same as the data it was made from. "
                    "Nothing was changed. Check that the disk has free space and try again.",
                )
            )
        )


def _contents(conn: sqlite3.Connection | sqlcipher.Connection, schema: str) -> _Contents:
    from app.store.copying import identifier  # copying is loaded only to copy

    rows = conn.execute(
        f"SELECT type, name, coalesce(sql, '') FROM {schema}.sqlite_master"
    ).fetchall()
    tables = sorted(name for kind, name, _ in rows if kind == "table")
    counts = {
        name: int(conn.execute(f"SELECT count(*) FROM {schema}.{identifier(name)}").fetchone()[0])
        for name in tables
    }
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    return _Contents(frozenset((str(k), str(n), str(s)) for k, n, s in rows), counts, version)


# -- passphrases ---------------------------------------------------------------------------


def passphrase_problem(text: str) -> Message | None:
    """What is wrong with `text` as a new passphrase, in plain words; None when it will do."""
    if not text.strip():
        return _message(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The passphrase is empty. Type a passphrase to lock the data folder: it will "
                "be asked for each time the folder is opened.",
            )
        )
    if "\x00" in text:
        return _message(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The passphrase holds a character that cannot be typed (a null character). "
                "Type the passphrase again.",
            )
        )
    return None


def _refuse_bad_passphrase(text: str) -> None:
    problem = passphrase_problem(text)
    if problem is not None:
        raise LockError(problem)


def _normalised(passphrase: str) -> str:
    # The same passphrase typed on another computer may come in another Unicode form.
    return unicodedata.normalize("NFC", passphrase)


def _quoted(text: str) -> str:
    """`text` as an SQL string literal: PRAGMA takes no bound parameters."""
    if "\x00" in text:
        raise _wrong_passphrase(None)  # no file opens with it, and SQL cannot carry it
    return "'" + text.replace("'", "''") + "'"


# -- files ---------------------------------------------------------------------------------


def _is_plain_database(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _sync_file(path: Path) -> None:
    # Opened for writing: Windows flushes only a handle that may write.
    with open(path, "r+b") as file:
        os.fsync(file.fileno())


def _with_journals(path: Path) -> Iterator[Path]:
    yield path
    for suffix in ("-journal", "-wal", "-shm"):
        yield path.with_name(path.name + suffix)


def _quiet(conn: sqlcipher.Connection) -> None:
    # SQLCipher writes a wrong key's failed page checks to the terminal by default.
    conn.execute("PRAGMA cipher_log_level = NONE")


# -- messages --------------------------------------------------------------------------------

_CTX = "Lock"


def _message(template: str, **args: object) -> Message:
    # Every template below is marked for translation where it is written.
    return message(_CTX, template, **args)


def _wrong_passphrase(path: Path | None) -> WrongPassphraseError:
    if path is None:
        return WrongPassphraseError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Lock",
                    "The passphrase does not open the locked data. Nothing was changed. "
                    "Check the passphrase (capital letters and accents count) and try again.",
                )
            )
        )
    return WrongPassphraseError(
        _message(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The passphrase does not open the locked data {path}. Nothing was changed. "
                "Check the passphrase (capital letters and accents count) and try again.",
            ),
            path=str(path),
        )
    )


def _not_locked(path: Path) -> LockError:
    return LockError(
        _message(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The file {path} is not a locked data file (or it is missing or damaged). "
                "Nothing was changed.",
            ),
            path=str(path),
        )
    )


def _not_plain(path: Path) -> LockError:
    return LockError(
        _message(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The file {path} is not a Meet-and-Confer Log data file that can be locked "
                "(it is missing, damaged or already locked). Nothing was changed.",
            ),
            path=str(path),
        )
    )


def _copy_failed(source: Path, error: Exception) -> LockError:
    log.warning("copying %s failed: %s", source, error)
    return LockError(
        _message(
            QT_TRANSLATE_NOOP(
                "Lock",
                "The data in {path} could not be copied. Nothing was changed. Check that "
                "the disk has free space and that the data is not damaged (`meetconfer "
                "verify`).",
            ),
            path=str(source),
        )
    )
