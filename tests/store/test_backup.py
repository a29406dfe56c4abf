"""Backups: consistent copies through SQLite's backup API, protected ones, the rolling
automatic backups, and restoring (checked first, the replaced data kept, all or nothing)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.store import Store, sealed
from app.store.backup import (
    KEEP_LATEST,
    BackupError,
    BackupKind,
    automatic_backup,
    back_up_to,
    list_backups,
    newest_good_backup,
    prune,
    read_backup,
    restore,
)
from app.store.health import inspect_file
from app.store.sealed import PassphraseError
from tests.helpers.builders import make_case
from tests.helpers.datafiles import busy_case, filled_database, fingerprint, overwrite

NUMBER = "C 07-959 SI"


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    return filled_database(tmp_path / "data" / "meetconfer.sqlite3")


def cases_in(path: Path) -> list[str]:
    store = Store.open(path)
    try:
        return [c.case_number for c in store.list_cases()]
    finally:
        store.close()


def test_a_backup_of_open_data_has_every_saved_change(data_file: Path, tmp_path: Path) -> None:
    store = Store.open(data_file)
    store.insert_case(make_case(case_number="C 99-1 AB"))  # still in the journal, not the file
    target = back_up_to(store.db.conn, tmp_path / "copy.sqlite3")
    store.close()
    assert inspect_file(target, thorough=True).problem is None
    assert cases_in(target) == ["C 07-959 SI", "C 99-1 AB"]
    assert not Path(f"{target}-wal").exists() or cases_in(target)


def test_a_protected_backup_opens_only_with_its_passphrase(data_file: Path, tmp_path: Path) -> None:
    store = Store.open(data_file)
    target = back_up_to(store.db.conn, tmp_path / "copy.mcbak", "correct horse")
    store.close()
    data = target.read_bytes()
    assert sealed.is_sealed(data)
    assert b"Harrison" not in data
    assert read_backup(target, "correct horse").startswith(b"SQLite format 3\x00")
    with pytest.raises(PassphraseError, match="passphrase does not open"):
        read_backup(target, "wrong horse")
    with pytest.raises(PassphraseError, match="protected with a passphrase"):
        read_backup(target, None)


@pytest.mark.parametrize("where", [20, 40, -1, -40])
def test_a_changed_protected_backup_is_refused(data_file: Path, tmp_path: Path, where: int) -> None:
    store = Store.open(data_file)
    target = back_up_to(store.db.conn, tmp_path / "copy.mcbak", "pass")
    store.close()
    data = bytearray(target.read_bytes())
    data[where] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises(PassphraseError):
        read_backup(target, "pass")


def test_an_empty_passphrase_protects_nothing(data_file: Path, tmp_path: Path) -> None:
    store = Store.open(data_file)
    with pytest.raises(PassphraseError):
        back_up_to(store.db.conn, tmp_path / "copy.mcbak", "")
    store.close()
    assert not (tmp_path / "copy.mcbak").exists()


def test_a_failed_write_leaves_nothing_behind(
    data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    store = Store.open(data_file)

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        back_up_to(store.db.conn, folder / "copy.sqlite3")
    store.close()
    assert list(folder.iterdir()) == []


# -- automatic backups -------------------------------------------------------------------


def test_opening_data_makes_the_daily_backup_once(data_file: Path) -> None:
    backups = data_file.parent / "backups"
    Store.open(data_file, daily_backup=True).close()
    Store.open(data_file, daily_backup=True).close()
    automatic = [b for b in list_backups(backups) if b.kind is BackupKind.AUTOMATIC]
    assert len(automatic) == 1
    assert cases_in(automatic[0].path) == [NUMBER]


def test_a_new_data_file_is_not_backed_up_empty(tmp_path: Path) -> None:
    Store.open(tmp_path / "meetconfer.sqlite3", daily_backup=True).close()
    assert list_backups(tmp_path / "backups") == []


def test_the_next_day_brings_another_backup(data_file: Path) -> None:
    backups = data_file.parent / "backups"
    store = Store.open(data_file, daily_backup=True)
    tomorrow = dt.datetime.now() + dt.timedelta(days=1, minutes=1)
    assert automatic_backup(store.db.conn, backups, tomorrow) is not None
    assert automatic_backup(store.db.conn, backups, tomorrow) is None
    store.close()
    assert len(list_backups(backups)) == 2


def test_the_last_ten_and_one_a_month_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2025, 1, 3, 10, 0, 0)
    for day in range(0, 400, 4):  # every fourth day for thirteen months
        stamp = (start + dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        (folder / f"auto-{stamp}.sqlite3").write_bytes(b"x")
    (folder / "replaced-20250101-000000.sqlite3").write_bytes(b"x")
    (folder / "before-upgrade-20250101-000000.sqlite3").write_bytes(b"x")
    made = sorted(
        (b.made_at for b in list_backups(folder) if b.kind is BackupKind.AUTOMATIC), reverse=True
    )
    newest_of_month: dict[tuple[int, int], dt.datetime] = {}
    for when in made:
        newest_of_month.setdefault((when.year, when.month), when)

    prune(folder)

    kept = list_backups(folder)
    automatic = {b.made_at for b in kept if b.kind is BackupKind.AUTOMATIC}
    assert len(newest_of_month) == 14  # January 2025 to February 2026
    assert automatic == set(made[:KEEP_LATEST]) | set(newest_of_month.values())
    assert {b.kind for b in kept} == set(BackupKind)  # only automatic ones are removed


# -- restoring ---------------------------------------------------------------------------


def make_backup_of(path: Path, target: Path, passphrase: str | None = None) -> Path:
    conn = sqlite3.connect(path)
    try:
        return back_up_to(conn, target, passphrase)
    finally:
        conn.close()


def test_restore_replaces_the_data_and_keeps_the_old(data_file: Path, tmp_path: Path) -> None:
    saved = make_backup_of(data_file, tmp_path / "saved.mcbak", "pass")
    store = Store.open(data_file)
    store.insert_case(make_case(case_number="C 99-1 AB"))
    store.close()
    aside = restore(saved, "pass", data_file, data_file.parent / "backups")
    assert cases_in(data_file) == [NUMBER]
    assert aside is not None and aside.name.startswith("replaced-")
    assert cases_in(aside) == ["C 07-959 SI", "C 99-1 AB"]


@pytest.mark.parametrize("damage", ["wrong passphrase", "changed", "not a backup"])
def test_a_bad_backup_changes_nothing(data_file: Path, tmp_path: Path, damage: str) -> None:
    saved = make_backup_of(data_file, tmp_path / "saved.mcbak", "pass")
    if damage == "changed":
        overwrite(saved, 200, b"\x00\x00")
    elif damage == "not a backup":
        saved.write_text("hello")
    Store.open(data_file).close()
    before = fingerprint(data_file)
    listing = sorted(p.name for p in data_file.parent.rglob("*"))
    with pytest.raises((PassphraseError, BackupError)):
        restore(
            saved,
            "wrong" if damage == "wrong passphrase" else "pass",
            data_file,
            data_file.parent / "backups",
        )
    assert fingerprint(data_file) == before
    assert sorted(p.name for p in data_file.parent.rglob("*")) == listing


def test_a_damaged_plain_backup_is_refused(data_file: Path, tmp_path: Path) -> None:
    saved = make_backup_of(data_file, tmp_path / "saved.sqlite3")
    with saved.open("r+b") as file:
        file.truncate(saved.stat().st_size // 2)
    with pytest.raises(BackupError, match="damaged"):
        read_backup(saved, None)


def test_a_backup_from_a_newer_program_is_refused(data_file: Path, tmp_path: Path) -> None:
    saved = make_backup_of(data_file, tmp_path / "saved.sqlite3")
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(BackupError, match="newer version"):
        restore(saved, None, data_file, data_file.parent / "backups")


def test_restore_over_damaged_data_keeps_its_bytes(data_file: Path, tmp_path: Path) -> None:
    saved = make_backup_of(data_file, tmp_path / "saved.sqlite3")
    data_file.write_bytes(b"ruined" * 1000)
    ruined = fingerprint(data_file)
    aside = restore(saved, None, data_file, data_file.parent / "backups")
    assert aside is not None and fingerprint(aside) == ruined
    assert cases_in(data_file) == [NUMBER]


def test_restore_into_an_empty_folder(data_file: Path, tmp_path: Path) -> None:
    saved = make_backup_of(data_file, tmp_path / "saved.sqlite3")
    target = tmp_path / "elsewhere" / "meetconfer.sqlite3"
    target.parent.mkdir()
    assert restore(saved, None, target, target.parent / "backups") is None
    assert cases_in(target) == [NUMBER]


def test_the_newest_good_backup_skips_damaged_ones(data_file: Path) -> None:
    folder = data_file.parent / "backups"
    older = make_backup_of(data_file, folder / "auto-20250101-000000.sqlite3")
    newer = make_backup_of(data_file, folder / "auto-20250102-000000.sqlite3")
    newer.write_bytes(b"damaged")
    good = newest_good_backup(folder)
    assert good is not None and good.path == older


def test_many_cases_survive_a_round_trip(tmp_path: Path) -> None:
    path = filled_database(tmp_path / "a.sqlite3", busy_case("A 1"), busy_case("B 2", letters=3))
    saved = make_backup_of(path, tmp_path / "saved.mcbak", "pass")
    target = tmp_path / "b" / "meetconfer.sqlite3"
    target.parent.mkdir()
    restore(saved, "pass", target, target.parent / "backups")
    first, second = Store.open(path), Store.open(target)
    try:
        for number in ("A 1", "B 2"):
            assert first.load_case_by_number(number) == second.load_case_by_number(number)
    finally:
        first.close()
        second.close()


def test_half_written_backups_of_a_killed_copy_are_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".auto-20250101-000000.sqlite3.abc123.tmp"
    fresh = folder / ".auto-20250102-000000.sqlite3.def456.tmp"
    mine = folder / ".notes.txt.tmp"
    for path in (old, fresh, mine):
        path.write_bytes(b"half")
    os.utime(old, (0, 0))
    os.utime(mine, (0, 0))
    prune(folder)
    assert not old.exists()
    assert fresh.exists()  # it may still be being written
    assert mine.exists()  # not a backup


def test_the_passphrase_is_the_same_in_either_unicode_form(data_file: Path, tmp_path: Path) -> None:
    composed, decomposed = "contrase\u00f1a", "contrasen\u0303a"
    saved = make_backup_of(data_file, tmp_path / "saved.mcbak", composed)
    assert read_backup(saved, decomposed).startswith(b"SQLite format 3\x00")


def test_a_copy_of_live_data_is_restored_without_its_journal(
    data_file: Path, tmp_path: Path
) -> None:
    """A person may pick a plain copy of a data file (its header says "WAL")."""
    copy = tmp_path / "copied.sqlite3"
    copy.write_bytes(data_file.read_bytes())
    target = tmp_path / "new" / "meetconfer.sqlite3"
    target.parent.mkdir()
    restore(copy, None, target, target.parent / "backups")
    assert target.read_bytes()[18:20] == b"\x01\x01"
    assert cases_in(target) == [NUMBER]
