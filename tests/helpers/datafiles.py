"""Data files for the data-safety tests: a filled database, and ways to damage one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.domain.model import Case
from app.store import Store
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
