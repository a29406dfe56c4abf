"""Checking a data file before the program changes anything in it.

A data file that is damaged, cut short, not one of ours, or written by a newer version of
the program is never changed or overwritten: opening it raises `DatabaseProblem`, which
says in plain words what is wrong and where, and the file stays exactly as it was. The
checks read the file through a read-only connection, so even a check cannot write to it.

The same checks serve a backup before it is restored (`inspect_bytes`) and
`meetconfer verify` (`inspect_file(..., thorough=True)`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.store import case_reading
from app.store.errors import (
    DatabaseProblem,
    ProblemKind,
    StoreError,
    database_errors,
    empty_file_problem,
    not_a_file_problem,
    problem,
)
from app.store.migrations import MIGRATIONS_TABLE, applied_in, known_versions

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

# Error codes (the primary ones, `sqlite_errorcode & 0xFF`) that mean the environment, not
# the file, is at fault: permissions, a lock, a full disk, a removed stick.
_ENVIRONMENT_CODES = {3, 5, 6, 8, 10, 13, 14}  # PERM BUSY LOCKED READONLY IOERR FULL CANTOPEN
_NOT_A_DATABASE = 26
_CORRUPT = 11


@dataclass(frozen=True, slots=True)
class Inspection:
    """What a check found. `problem` is None when the file can be used."""

    exists: bool
    problem: DatabaseProblem | None = None
    applied: list[str] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        """No data yet: no file, or a database with no tables (one the program was
        creating when it stopped)."""
        return not self.applied and self.problem is None


def kind_of_error(
    error: Exception, otherwise: ProblemKind = ProblemKind.DAMAGED
) -> ProblemKind:
    """What an SQLite (or SQLCipher) error says about the file; `otherwise` for errors that
    do not say."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _NOT_A_DATABASE:
        return ProblemKind.NOT_OURS
    if primary == _CORRUPT:
        return ProblemKind.DAMAGED
    if primary in _ENVIRONMENT_CODES:
        return ProblemKind.UNREADABLE
    return otherwise


def inspect_file(path: Path | str, *, thorough: bool = False) -> Inspection:
    """Check the data file at `path` without changing it (not even a journal file is
    created beside it). `thorough` runs SQLite's full integrity check instead of the quick
    one and reads every row, as `meetconfer verify` does."""
    path = Path(path)
    try:
        header = _read_header(path)
    except _NotAFileError as error:
        return Inspection(True, not_a_file_problem(path, str(error)))
    except OSError as error:
        return Inspection(True, problem(ProblemKind.UNREADABLE, path, error.strerror or ""))
    if header is None:
        return Inspection(False)
    if not header and not _wal_path(path).exists():
        return Inspection(True, empty_file_problem(path))
    found = _check_header(path, header)
    if found is not None:
        return Inspection(True, found)
    try:
        with _read_only(path) as conn:
            return _inspect_connection(conn, path, thorough)
    except sqlite3.Error as error:
        return Inspection(True, problem(kind_of_error(error), path, str(error)))
    except UnicodeDecodeError:  # SQLite's report quoted damaged bytes
        return Inspection(True, problem(ProblemKind.DAMAGED, path))


def inspect_locked_file(path: Path | str, passphrase: str) -> Inspection:
    """`inspect_file(..., thorough=True)` for a data file locked with `passphrase`: every
    page's tamper check, then the same checks on a plain copy held in memory. Raises
    `WrongPassphraseError` when the passphrase does not open the file."""
    from app.store.cipher import pages_intact, read_into_memory

    path = Path(path)
    try:
        if not pages_intact(path, passphrase):
            return Inspection(True, problem(ProblemKind.DAMAGED, path))
        with contextlib.closing(read_into_memory(path, passphrase)) as conn:
            return _inspect_connection(conn, path, thorough=True)
    except database_errors() as error:  # SQLCipher's, reading the locked file
        return Inspection(True, problem(kind_of_error(error), path, str(error)))
    except UnicodeDecodeError:
        return Inspection(True, problem(ProblemKind.DAMAGED, path))


def inspect_bytes(data: bytes, source: Path | str, *, thorough: bool = True) -> Inspection:
    """Check a database held in memory (a backup being restored); `source` names it."""
    if not data:
        return Inspection(True, problem(ProblemKind.NOT_OURS, source))
    found = _check_header(source, data[:HEADER_SIZE], size=len(data))
    if found is not None:
        return Inspection(True, found)
    try:
        with contextlib.closing(load_in_memory(data)) as conn:
            return _inspect_connection(conn, source, thorough)
    except sqlite3.Error as error:
        return Inspection(True, problem(kind_of_error(error), source, str(error)))
    except UnicodeDecodeError:
        return Inspection(True, problem(ProblemKind.DAMAGED, source))


def check_file(path: Path | str) -> Inspection:
    """`inspect_file`, raising the problem if there is one."""
    inspection = inspect_file(path)
    if inspection.problem is not None:
        raise inspection.problem
    return inspection


def as_standalone(data: bytes) -> bytes:
    """The same database with its header saying "rollback journal" rather than "WAL"
    (bytes 18 and 19, the file format's read and write versions), so that the bytes can be
    opened in memory or as a lone file with no journal files beside it."""
    if len(data) < HEADER_SIZE or not data.startswith(SQLITE_MAGIC):
        return data
    return data[:18] + b"\x01\x01" + data[20:]


def load_in_memory(data: bytes) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(as_standalone(data))
    except BaseException:
        conn.close()
        raise
    return conn


# -- internals ---------------------------------------------------------------------------


class _NotAFileError(Exception):
    """Something other than a regular file is where the data file should be."""


def _read_header(path: Path) -> bytes | None:
    """The first bytes of the file (empty for an empty file), or None when there is no
    file yet. Only a regular file is opened: opening a pipe would wait for ever."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise _NotAFileError("it is a link to a file that is not there") from None
        return None
    if stat.S_ISDIR(found.st_mode):
        raise _NotAFileError("it is a folder, not a file")
    if not stat.S_ISREG(found.st_mode):
        raise _NotAFileError("it is not an ordinary file")
    with path.open("rb") as file:
        return file.read(HEADER_SIZE)


def _looks_locked(path: Path) -> bool:
    # The cipher module reads 100 bytes and a size; sqlcipher3 itself is never loaded here.
    from app.store.cipher import is_locked_file

    return is_locked_file(path)


def _check_header(
    path: Path | str, header: bytes, size: int | None = None
) -> DatabaseProblem | None:
    if not header:
        return problem(ProblemKind.DAMAGED, path)  # empty, with its data only in a journal
    if not header.startswith(SQLITE_MAGIC[: len(header)]):
        if size is None and _looks_locked(Path(path)):
            return problem(ProblemKind.LOCKED, path)  # not damage: it needs its passphrase
        return problem(ProblemKind.NOT_OURS, path)
    if len(header) < HEADER_SIZE:
        return problem(ProblemKind.DAMAGED, path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return problem(ProblemKind.DAMAGED, path)
    if size is None:
        size = Path(path).stat().st_size
        if _wal_path(Path(path)).exists():
            return None  # the journal may hold pages the file does not have yet
    pages = int.from_bytes(header[28:32], "big")
    counter_matches = header[24:28] == header[92:96]
    if counter_matches and pages * page_size > size:
        return problem(ProblemKind.DAMAGED, path)  # cut short
    return None


def _inspect_connection(conn: sqlite3.Connection, path: Path | str, thorough: bool) -> Inspection:
    # A damaged file can hold text that is not UTF-8.
    conn.text_factory = _lenient_text
    check = "integrity_check" if thorough else "quick_check"
    results = [row[0] for row in conn.execute(f"PRAGMA {check}")]
    if results != ["ok"]:
        return Inspection(True, problem(ProblemKind.DAMAGED, path))
    found = _inspect_schema(conn, path)
    if thorough and found.problem is None and not found.is_new and not _every_row_reads(conn):
        return Inspection(True, problem(ProblemKind.DAMAGED, path), found.applied)
    return found


def _inspect_schema(conn: sqlite3.Connection, path: Path | str) -> Inspection:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return Inspection(True)
    if MIGRATIONS_TABLE not in tables:
        return Inspection(True, problem(ProblemKind.NOT_OURS, path))
    applied = applied_in(conn)
    known = known_versions()
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if any(name not in known for name in applied) or user_version > len(known):
        return Inspection(True, problem(ProblemKind.NEWER, path), applied)
    if not applied or "cases" not in tables:
        return Inspection(True, problem(ProblemKind.NOT_OURS, path), applied)
    return Inspection(True, None, applied)


class _NotTextError(Exception):
    """A text value in the file that is not UTF-8: damage the integrity check cannot see."""


def _strict_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise _NotTextError from None


def _every_row_reads(conn: sqlite3.Connection) -> bool:
    """Read every row of every table, each text decoded, and every case as the program
    reads it: SQLite's integrity check looks at the file's structure, not at what a page
    holds, so bytes changed inside a row pass it. False when something cannot be read."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    conn.text_factory = _strict_text
    try:
        for table in tables:
            quoted = table.replace('"', '""')
            for _row in conn.execute(f'SELECT * FROM "{quoted}"'):
                pass
        if set(known_versions()) <= set(applied_in(conn)):
            _load_every_case(conn)
    except (_NotTextError, sqlite3.Error, ValueError, KeyError, TypeError, AttributeError,
            StoreError):
        return False
    finally:
        conn.text_factory = _lenient_text
    return True


def _load_every_case(conn: sqlite3.Connection) -> None:
    """Each case built as the program builds it (days, choices, links), so a value changed
    into one the program cannot hold is found now, not when the person opens the case."""
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        case_reading.load_case(conn, int(case_id))


def open_read_only(path: Path | str) -> sqlite3.Connection:
    """A connection that cannot change the file or create anything beside it.

    SQLite makes `-wal` and `-shm` files beside a database in WAL mode even for a read-only
    connection, and leaves them there. When there is no `-wal` file, no copy of the program
    is writing (a writer keeps one while it runs), so the file is opened as unchanging
    (`immutable`), which creates nothing; otherwise the journal holds data and is read."""
    path = Path(path)
    uri = path.resolve().as_uri()
    if not _wal_path(path).exists():
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro", uri=True)


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    conn = open_read_only(path)
    try:
        yield conn
    finally:
        conn.close()


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")
