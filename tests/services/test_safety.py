"""The data-safety use cases on the configured data folder, and environment trouble (a full
disk, a read-only or removed folder, a locked file): a plain message, nothing lost."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.services import safety
from app.store import DatabaseProblem, ProblemKind, Store, StoreError
from app.store.backup import BackupKind
from app.store.lock import DataFolderInUseError
from tests.helpers.builders import make_case
from tests.helpers.datafiles import busy_case, filled_database, fingerprint
from tests.helpers.processes import holding_lock

NUMBER = "C 07-959 SI"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    filled_database(paths.database_path())
    opened = Store.open(paths.database_path(), daily_backup=True)  # as the app opens it
    yield opened
    opened.close()


def test_backups_are_listed_newest_first(store: Store, tmp_path: Path) -> None:
    (listed,) = safety.list_backups()  # the one made on opening
    assert listed.kind is BackupKind.AUTOMATIC
    assert safety.newest_good_backup() == listed


def test_make_and_restore_a_backup(store: Store, tmp_path: Path) -> None:
    saved = safety.make_backup(tmp_path / "saved.mcbak", "frase", store=store)
    store.insert_case(make_case(case_number="C 99-1 AB"))
    store.close()
    aside = safety.restore_backup(saved, "frase")
    reopened = Store.open(paths.database_path())
    try:
        assert [c.case_number for c in reopened.list_cases()] == [NUMBER]
    finally:
        reopened.close()
    assert aside is not None and aside.parent == paths.backups_dir()


def test_a_backup_without_an_open_store_reads_the_file(store: Store, tmp_path: Path) -> None:
    store.insert_case(make_case(case_number="C 99-1 AB"))
    saved = safety.make_backup(tmp_path / "saved.sqlite3")
    copy = Store.open(saved)
    try:
        assert len(copy.list_cases()) == 2
    finally:
        copy.close()


def test_restore_waits_for_no_one_else(store: Store, data_dir: Path, tmp_path: Path) -> None:
    saved = safety.make_backup(tmp_path / "saved.sqlite3", store=store)
    store.close()
    before = fingerprint(paths.database_path())
    with holding_lock(data_dir), pytest.raises(DataFolderInUseError):
        safety.restore_backup(saved)
    assert fingerprint(paths.database_path()) == before


def test_a_damaged_data_file_points_to_the_newest_good_backup(store: Store) -> None:
    store.close()
    paths.database_path().write_bytes(b"\x00" * 8192)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(paths.database_path(), daily_backup=True)
    assert caught.value.backup_may_help
    good = safety.newest_good_backup()
    assert good is not None
    safety.restore_backup(good.path)
    reopened = Store.open(paths.database_path(), daily_backup=True)
    try:
        assert [c.case_number for c in reopened.list_cases()] == [NUMBER]
    finally:
        reopened.close()


def test_verify_reports_in_plain_lines(store: Store) -> None:
    report = safety.verify()
    assert report.healthy
    text = "\n".join(line.english() for line in report.lines)
    assert "Backups: 1" in text and "in good order" in text


def test_history_and_trash_through_the_services(store: Store) -> None:
    case_id = store.case_id(NUMBER) or 0
    letter = store.load_case(case_id).communications[0]
    store.update_communication(case_id, dataclasses.replace(letter, summary="Oops"))
    entries = safety.history_of(store, safety.RecordKind.LETTER, case_id, "c1")
    safety.put_back_version(store, entries[-1])
    assert store.load_case(case_id).communications[0] == letter
    store.delete_communication(case_id, "c1")
    (item,) = safety.trash_items(store, case_id)
    safety.restore_from_trash(store, item)
    store.delete_communication(case_id, "c1")
    assert safety.empty_trash(store, case_id) == 1
    assert safety.trash_items(store, case_id) == []


# -- environment trouble -----------------------------------------------------------------


def test_a_full_disk_in_the_middle_of_an_import_saves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    history_before = store.db.execute("SELECT count(*) FROM history").fetchone()[0]
    real_insert = Store._insert
    calls = 0

    def fills_up(self: Store, table: str, row: dict[str, object]) -> int:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise sqlite3.OperationalError("database or disk is full")
        return real_insert(self, table, row)

    monkeypatch.setattr(Store, "_insert", fills_up)
    with pytest.raises(sqlite3.OperationalError):
        store.insert_case(busy_case("C 99-1 AB"))
    assert [c.case_number for c in store.list_cases()] == [NUMBER]
    assert store.db.execute("SELECT count(*) FROM history").fetchone()[0] == history_before


def test_a_removed_stick_while_saving_reaches_the_person_plainly(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.cases import Cases, SaveError

    opened = Cases(store).open(store.case_id(NUMBER) or 0)

    def io_error(self: Store, *args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "delete_communication", io_error)
    with pytest.raises(SaveError, match="Nothing was changed"):
        opened.delete_communication("c1")


def test_a_folder_that_cannot_be_written_when_opening(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    before = fingerprint(paths.database_path())
    from app.store import db as db_module

    def read_only(path: object, in_memory: bool) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(db_module, "_open", read_only)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(paths.database_path())
    assert caught.value.kind is ProblemKind.UNREADABLE
    assert "could not be opened" in str(caught.value)
    assert not caught.value.backup_may_help
    assert fingerprint(paths.database_path()) == before


def test_a_failed_daily_backup_does_not_stop_the_program(data_dir: Path) -> None:
    filled_database(paths.database_path())
    shutil.rmtree(paths.backups_dir(), ignore_errors=True)
    paths.backups_dir().write_text("a file where the folder should be")
    reopened = Store.open(paths.database_path())
    try:
        assert [c.case_number for c in reopened.list_cases()] == [NUMBER]
        assert safety.backup_if_due(reopened) is None
    finally:
        reopened.close()


def test_a_removed_data_folder_is_made_again(data_dir: Path) -> None:
    filled_database(paths.database_path())
    shutil.rmtree(data_dir)
    fresh = Store.open(paths.database_path())
    fresh.close()
    assert paths.database_path().exists()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="permissions do not bind the superuser"
)
def test_a_read_only_folder(data_dir: Path, tmp_path: Path) -> None:
    filled_database(paths.database_path())
    before = fingerprint(paths.database_path())
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises((DatabaseProblem, OSError)) as caught:
            Store.open(paths.database_path()).close()
        assert isinstance(caught.value, (StoreError, OSError))
        with pytest.raises((OSError, StoreError)):
            safety.make_backup(data_dir / "x.sqlite3")
    finally:
        data_dir.chmod(stat.S_IRWXU)
    assert fingerprint(paths.database_path()) == before
