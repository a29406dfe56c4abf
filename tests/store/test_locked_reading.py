"""Reading a data file locked with a passphrase: told apart from a damaged file before any
check calls it damaged, and read through a plain copy held in memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import Store
from app.store.cipher import WrongPassphraseError, is_locked_file, read_into_memory
from app.store.errors import ProblemKind
from app.store.health import inspect_file, inspect_locked_file
from tests.helpers.datafiles import fingerprint
from tests.helpers.locked_files import PASSPHRASE, all_rows, plain_rows


def test_a_locked_file_is_told_as_locked_not_damaged(locked: Path) -> None:
    found = inspect_file(locked, thorough=True).problem
    assert found is not None and found.kind is ProblemKind.LOCKED
    assert not found.backup_may_help
    assert "locked with a passphrase" in found.message.english()


def test_a_plain_file_with_its_first_bytes_overwritten_is_still_damaged(demo_data: Path) -> None:
    with demo_data.open("r+b") as file:
        file.write(b"\xa7" * 16)  # as random as a locked file's first bytes
    found = inspect_file(demo_data).problem
    assert found is not None and found.kind is not ProblemKind.LOCKED


def test_the_copy_in_memory_holds_the_same_data(demo_data: Path, locked: Path) -> None:
    before = fingerprint(locked)
    copy = read_into_memory(locked, PASSPHRASE)
    try:
        assert all_rows(copy) == plain_rows(demo_data)
        assert isinstance(copy, sqlite3.Connection)
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        original = sqlite3.connect(demo_data)
        try:
            assert copy.execute(schema).fetchall() == original.execute(schema).fetchall()
            version = "PRAGMA user_version"
            assert copy.execute(version).fetchone() == original.execute(version).fetchone()
        finally:
            original.close()
    finally:
        copy.close()
    assert fingerprint(locked) == before


def test_a_locked_store_reads_like_the_plain_one(demo_data: Path, locked: Path) -> None:
    store = Store.open_locked_for_reading(locked, PASSPHRASE)
    reference = Store.open_for_reading(demo_data)
    assert reference is not None
    try:
        assert [c.case_number for c in store.list_cases()] == [
            c.case_number for c in reference.list_cases()
        ]
    finally:
        store.close()
        reference.close()


def test_the_locked_files_full_check(locked: Path) -> None:
    assert inspect_locked_file(locked, PASSPHRASE).problem is None
    before = fingerprint(locked)
    with pytest.raises(WrongPassphraseError):
        inspect_locked_file(locked, "not it")
    with pytest.raises(WrongPassphraseError):
        read_into_memory(locked, "not it")
    assert fingerprint(locked) == before


@pytest.mark.parametrize(
    "content",
    [b"\x00" * 4096, b"Dear counsel, I am writing about my requests.\n" * 512],
    ids=["zeros", "text"],
)
def test_zeros_or_text_of_whole_pages_are_not_taken_for_a_locked_file(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    path.write_bytes(content[: len(content) // 512 * 512])
    assert not is_locked_file(path)
    found = inspect_file(path).problem
    assert found is not None and found.kind is ProblemKind.NOT_OURS
