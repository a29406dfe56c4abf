"""Data files for the data-safety tests: a filled database, and ways to damage one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.domain.model import Case
from app.store import Store
from app.store.migrations import _migrations, applied_versions, known_versions
from tests.helpers.builders import make_case, make_dispute, outgoing


def busy_case(number: str = "C 07-959 SI", letters: int = 40) -> Case:
    """A case with enough letters to fill several pages of the data file."""
    return make_case(
        case_number=number,
        disputes=[make_dispute("d1"), make_dispute("d2")],
        communications=[
            outgoing(
                f"c{n}",
                "2007-07-20",
                counsel="k1",
                disputes=("d1", "d2"),
                summary=f"Letter {n} about the missing documents. " * 4,
            )
            for n in range(1, letters + 1)
        ],
    )


def filled_database(path: Path, *cases: Case) -> Path:
    """A closed data file at `path` holding `cases` (one busy case by default)."""
    store = Store.open(path)
    try:
        for case in cases or (busy_case(),):
            store.insert_case(case)
    finally:
        store.close()
    return path


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(data)


def page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


# -- damaged data folders: each kind the safety tests make, for every command ------------


def _cut_to_nothing(path: Path) -> None:
    path.write_bytes(b"")


def _cut_short(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def _pages_overwritten(path: Path) -> None:
    size = page_size(path)
    for number in range(2, path.stat().st_size // size):
        overwrite(path, number * size, b"\x0d\xff\xff\xff" * 8)


def _not_ours(path: Path) -> None:
    path.write_text("Dear counsel, I am writing about my requests.\n" * 50)


def _beginning_damaged(path: Path) -> None:
    overwrite(path, 0, b"\xff" * 16)


def _folder_instead(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _dangling_link(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.with_name("gone.sqlite3"))


DAMAGES = {
    "cut to 0 bytes": _cut_to_nothing,
    "cut short": _cut_short,
    "pages overwritten": _pages_overwritten,
    "not a data file": _not_ours,
    "beginning damaged": _beginning_damaged,
    "a folder where the file goes": _folder_instead,
    "a link to nothing": _dangling_link,
}


def folder_state(folder: Path) -> dict[str, str]:
    """Everything in `folder` (names, kinds, bytes, link targets), to compare before and
    after a command that must change nothing."""
    state: dict[str, str] = {}
    if not folder.exists():
        return state
    for item in sorted(folder.rglob("*")):
        name = str(item.relative_to(folder))
        if item.is_symlink():
            state[name] = f"link {item.readlink()}"
        elif item.is_dir():
            state[name] = f"folder {item.stat().st_mode & 0o777:o}"
        else:
            state[name] = f"file {item.stat().st_mode & 0o777:o} {fingerprint(item)}"
    return state


def flip_bytes_in_cases_page(path: Path, count: int = 64) -> None:
    """Change `count` bytes in the middle of the page holding the cases table's rows:
    damage SQLite's structural check does not see."""
    import sqlite3

    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()[0]
    conn.close()
    size = page_size(path)
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    page = data[start:start + size]
    # The rows sit at the end of a leaf page; flip bytes among them.
    at = size - 200
    for offset in range(at, at + count):
        page[offset] ^= 0xFF
    data[start:start + size] = page
    path.write_bytes(bytes(data))


# -- data files as older programs left them ------------------------------------------------


def database_at_version(path: Path, count: int, letters: int = 5) -> None:
    """A data file as an older program left it: the first `count` migrations, with data."""
    names = known_versions()
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    _migrations().apply(db, stop_before=names[count])
    assert applied_versions(db) == names[:count]
    _OlderStore(db).insert_case(busy_case(letters=letters))
    conn.close()


class _OlderStore(Store):
    """Writes a case as an older program did: only the columns the file's tables have
    (the store of today also fills columns later migrations added)."""

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        columns = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})").fetchall()}
        return super()._insert(table, {k: v for k, v in row.items() if k in columns})
