"""Opening safely: a bad data file is refused with a plain message and left exactly as it
was; an older one is upgraded with its data, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import DatabaseProblem, ProblemKind, Store, StoreError
from app.store.backup import BackupKind, list_backups
from app.store.health import inspect_bytes, inspect_file
from app.store.migrations import applied_versions, known_versions
from tests.helpers.datafiles import (
    database_at_version,
    filled_database,
    fingerprint,
    overwrite,
    page_size,
)


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    return filled_database(tmp_path / "meetconfer.sqlite3")


def refused(path: Path, kind: ProblemKind) -> DatabaseProblem:
    """Opening `path` is refused for `kind`, and the file's bytes are unchanged."""
    before = fingerprint(path)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(path)
    assert caught.value.kind is kind
    assert fingerprint(path) == before
    assert str(path) in str(caught.value)
    return caught.value


def test_a_missing_file_is_a_new_one(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "missing.sqlite3")
    assert store.list_cases() == []
    store.close()


def test_a_file_cut_to_nothing_is_damaged_not_new(tmp_path: Path) -> None:
    """A failed copy or a full disk can leave a 0-byte data file: writing a fresh database
    over it would hide that the data is gone and fill the place a backup goes back to."""
    empty = tmp_path / "meetconfer.sqlite3"
    empty.touch()
    problem = refused(empty, ProblemKind.DAMAGED)
    assert "empty (0 bytes)" in str(problem) and problem.backup_may_help
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meetconfer.sqlite3"]


@pytest.mark.parametrize("kind", ["fifo", "dangling link"])
def test_something_other_than_a_file_is_refused_without_waiting(tmp_path: Path, kind: str) -> None:
    import os

    path = tmp_path / "meetconfer.sqlite3"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "gone.sqlite3")
    inspection = inspect_file(path, thorough=True)
    assert inspection.problem is not None
    assert inspection.problem.kind is ProblemKind.UNREADABLE
    with pytest.raises(DatabaseProblem):
        Store.open(path)
    assert not (tmp_path / "gone.sqlite3").exists()


def test_a_good_file_opens_with_its_data(data_file: Path) -> None:
    store = Store.open(data_file)
    assert len(store.load_case_by_number("C 07-959 SI").communications) == 40  # type: ignore[union-attr]
    store.close()


def test_text_is_not_a_data_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dear counsel, I am writing about my requests.\n" * 50)
    problem = refused(path, ProblemKind.NOT_OURS)
    assert problem.backup_may_help
    assert "not a Meet-and-Confer Log data file" in str(problem)


def test_a_few_stray_bytes_are_not_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "short.sqlite3"
    path.write_bytes(b"SQLite")
    refused(path, ProblemKind.DAMAGED)


def test_a_damaged_beginning(data_file: Path) -> None:
    overwrite(data_file, 0, b"\xff" * 16)
    refused(data_file, ProblemKind.NOT_OURS)


def test_an_impossible_page_size(data_file: Path) -> None:
    overwrite(data_file, 16, b"\x03\x00")
    refused(data_file, ProblemKind.DAMAGED)


def test_a_file_cut_short(data_file: Path) -> None:
    size = data_file.stat().st_size
    with data_file.open("r+b") as file:
        file.truncate(size // 2)
    assert "damaged" in str(refused(data_file, ProblemKind.DAMAGED))


def test_a_damaged_page_inside(data_file: Path) -> None:
    page = page_size(data_file)
    pages = data_file.stat().st_size // page
    assert pages > 4
    for number in range(2, pages):
        overwrite(data_file, number * page, b"\x0d\xff\xff\xff" * 8)
    refused(data_file, ProblemKind.DAMAGED)


def test_an_empty_file_whose_data_is_in_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    path.touch()
    Path(f"{path}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    refused(path, ProblemKind.DAMAGED)


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    refused(path, ProblemKind.NOT_OURS)


def test_a_file_from_a_newer_program_by_its_migrations(data_file: Path) -> None:
    conn = sqlite3.connect(data_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('meetconfer', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    problem = refused(data_file, ProblemKind.NEWER)
    assert not problem.backup_may_help
    assert "newer version" in str(problem)


def test_a_file_from_a_newer_program_by_its_version_number(data_file: Path) -> None:
    conn = sqlite3.connect(data_file)
    conn.execute(f"PRAGMA user_version = {len(known_versions()) + 1}")
    conn.close()
    refused(data_file, ProblemKind.NEWER)


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(path)
    assert caught.value.kind is ProblemKind.UNREADABLE
    assert path.is_dir()


def test_the_problem_is_a_store_error_and_a_database_error(data_file: Path) -> None:
    """So the handlers already in place (`StoreError`, `sqlite3.Error`) report it plainly."""
    data_file.write_bytes(b"garbage" * 100)
    with pytest.raises(StoreError):
        Store.open(data_file)
    with pytest.raises(sqlite3.Error):
        Store.open(data_file)


def test_a_thorough_check_reports_a_good_file(data_file: Path) -> None:
    inspection = inspect_file(data_file, thorough=True)
    assert inspection.problem is None
    assert inspection.applied == known_versions()


def test_bytes_in_memory_are_checked_like_a_file(data_file: Path) -> None:
    assert inspect_bytes(data_file.read_bytes(), "copy").problem is None
    assert inspect_bytes(b"", "copy").problem is not None
    assert inspect_bytes(b"nonsense" * 100, "copy").problem is not None


# -- upgrading from every earlier version ------------------------------------------------


@pytest.mark.parametrize("count", range(1, len(known_versions())))
def test_every_earlier_version_is_upgraded_with_its_data(tmp_path: Path, count: int) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    database_at_version(path, count)
    store = Store.open(path)
    try:
        assert applied_versions(store.db) == known_versions()
        case = store.load_case_by_number("C 07-959 SI")
        assert case is not None
        assert [c.id for c in case.communications] == ["c1", "c2", "c3", "c4", "c5"]
        assert case.communications[0].disputes == ["d1", "d2"]
        # What a later migration added is empty, as a case file of version 1 reads.
        assert case.disputes[0].reasons == [] and case.disputes[0].wanted is None
        assert case.communications[0].letter is None and case.local_step_done_on is None
        store.delete_communication(store.case_id("C 07-959 SI") or 0, "c1")
    finally:
        store.close()
    kept = [b for b in list_backups(tmp_path / "backups") if b.kind is BackupKind.BEFORE_UPGRADE]
    assert len(kept) == 1
    assert inspect_file(kept[0].path).applied == known_versions()[:count]


def test_no_upgrade_backup_when_nothing_changes(data_file: Path) -> None:
    Store.open(data_file).close()
    kinds = {b.kind for b in list_backups(data_file.parent / "backups")}
    assert BackupKind.BEFORE_UPGRADE not in kinds


def test_damage_that_garbles_sqlites_own_report(
    data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by benchmarks/safety_report.py: SQLite's report on a damaged page may quote
    bytes that are not text, and reading the report then fails in Python."""
    class Garbled:
        text_factory: object = None

        def execute(self, sql: str) -> None:
            raise UnicodeDecodeError("utf-8", b"\xa3", 0, 1, "invalid start byte")

        def close(self) -> None:
            pass

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Garbled())
    refused(data_file, ProblemKind.DAMAGED)
