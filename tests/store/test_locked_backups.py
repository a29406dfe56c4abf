"""Backups of a data folder locked with a passphrase: every one sealed with the folder's
passphrase (the day's, the one before an upgrade, the data a restore sets aside, one made
on purpose), found and read back with it, and a backup put back into a locked folder
written locked, with no plain byte on disk on the way."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from app.store import DatabaseProblem, ProblemKind, Store, backup, cipher, sealed
from app.store.backup import BackupError, BackupKind
from app.store.cipher import LockError, WrongPassphraseError, is_locked_file, lock_copy
from app.store.health import load_in_memory
from app.store.migrations import applied_versions, known_versions
from tests.helpers.datafiles import database_at_version, fingerprint, folder_state
from tests.helpers.demo_secrets import demo_private_texts, readable_in_folder
from tests.helpers.locked_files import PASSPHRASE, all_rows, locked_rows, plain_rows


def unsealed_rows(path: Path, passphrase: str = PASSPHRASE) -> dict[str, list[tuple[object, ...]]]:
    data = sealed.unseal(path.read_bytes(), passphrase)
    with contextlib.closing(load_in_memory(data)) as conn:
        return all_rows(conn)


def test_a_backup_of_a_locked_store_is_sealed_and_holds_the_same_rows(
    demo_data: Path, locked: Path, tmp_path: Path
) -> None:
    store = Store.open(locked, passphrase=PASSPHRASE)
    try:
        written = backup.back_up_to(store.conn, tmp_path / "saved.mcbak", PASSPHRASE)
    finally:
        store.close()
    assert sealed.is_sealed(written.read_bytes())
    assert unsealed_rows(written) == plain_rows(demo_data)
    # read_backup checks it in full, as a restore does.
    assert backup.read_backup(written, PASSPHRASE)


def test_a_locked_store_is_never_backed_up_plain(locked: Path, tmp_path: Path) -> None:
    store = Store.open(locked, passphrase=PASSPHRASE)
    before = folder_state(locked.parent)  # opened: in WAL mode now, its journal beside it
    try:
        with pytest.raises(BackupError, match="locked with a passphrase"):
            backup.back_up_to(store.conn, tmp_path / "plain.sqlite3")
        assert folder_state(locked.parent) == before
    finally:
        store.close()
    assert not (tmp_path / "plain.sqlite3").exists()


def test_the_days_backup_of_a_locked_folder_is_sealed_and_found_with_the_passphrase(
    demo_data: Path, locked: Path
) -> None:
    Store.open(locked, passphrase=PASSPHRASE, daily_backup=True).close()
    folder = locked.parent / "backups"
    (made,) = backup.list_backups(folder)
    assert made.kind is BackupKind.AUTOMATIC and made.sealed
    assert unsealed_rows(made.path) == plain_rows(demo_data)
    assert backup.newest_good_backup(folder) is None  # nothing it can read without it
    assert backup.newest_good_backup(folder, "not the passphrase") is None
    assert backup.newest_good_backup(folder, PASSPHRASE) == made
    with pytest.raises(sealed.PassphraseError):
        backup.read_backup(made.path, None)
    # A second opening the same day makes no second backup.
    Store.open(locked, passphrase=PASSPHRASE, daily_backup=True).close()
    assert backup.list_backups(folder) == [made]


def test_the_newest_good_backup_passes_over_a_damaged_sealed_one(locked: Path) -> None:
    folder = locked.parent / "backups"
    store = Store.open(locked, passphrase=PASSPHRASE)
    try:
        older = backup.back_up_to(
            store.conn, backup.fresh_name(folder, BackupKind.AUTOMATIC), PASSPHRASE
        )
        newer = backup.fresh_name(folder, BackupKind.AUTOMATIC)
        backup.back_up_to(store.conn, newer, PASSPHRASE)
    finally:
        store.close()
    data = bytearray(newer.read_bytes())
    data[-40] ^= 0xFF  # the cipher's tag no longer matches
    newer.write_bytes(bytes(data))
    found = backup.newest_good_backup(folder, PASSPHRASE)
    assert found is not None and found.path == older


def test_the_backup_before_an_upgrade_of_a_locked_folder_is_sealed(tmp_path: Path) -> None:
    path = tmp_path / "old" / "meetconfer.sqlite3"
    path.parent.mkdir()
    database_at_version(path, 2)
    lock_copy(path, path, PASSPHRASE)
    store = Store.open(path, passphrase=PASSPHRASE)
    try:
        assert applied_versions(store.db) == known_versions()
    finally:
        store.close()
    (made,) = backup.list_backups(path.parent / "backups")
    assert made.kind is BackupKind.BEFORE_UPGRADE and made.sealed
    data = sealed.unseal(made.path.read_bytes(), PASSPHRASE)
    with contextlib.closing(load_in_memory(data)) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert len(names) == 2  # the data as it was, before the upgrade
    assert readable_in_folder(path.parent, {"Letter 1 about the missing documents."}) == {}


# -- putting a backup back into a locked folder ------------------------------------------


def test_a_backup_put_back_into_a_locked_folder_is_written_locked(
    demo_data: Path, locked: Path, tmp_path: Path
) -> None:
    folder = locked.parent / "backups"
    plain_backup = tmp_path / "plain.sqlite3"
    conn = sqlite3.connect(demo_data)
    try:
        backup.back_up_to(conn, plain_backup)  # a plain backup from before the lock
    finally:
        conn.close()
    store = Store.open(locked, passphrase=PASSPHRASE)
    try:
        store.delete_case(store.list_cases()[0].id)  # the change the backup undoes
    finally:
        store.close()
    aside = backup.restore(plain_backup, None, locked, folder, PASSPHRASE)
    assert is_locked_file(locked)
    assert locked_rows(locked, PASSPHRASE)["cases"] == plain_rows(demo_data)["cases"]
    assert aside is not None and aside.name.startswith("replaced-")
    assert sealed.is_sealed(aside.read_bytes())
    assert unsealed_rows(aside)["cases"] == []  # what the restore replaced
    leftovers = sorted(p.name for p in locked.parent.iterdir())
    assert leftovers == ["backups", "meetconfer.sqlite3"]  # no journal, no temporary
    assert readable_in_folder(locked.parent, demo_private_texts()) == {}
    reopened = Store.open(locked, passphrase=PASSPHRASE)
    try:
        assert len(reopened.list_cases()) == 1
    finally:
        reopened.close()


def test_a_locked_copy_that_fails_its_check_leaves_the_data_file_as_it_was(
    demo_data: Path, locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = backup.read_backup(demo_data, None)
    before = fingerprint(locked)

    def differs(*args: object) -> None:
        raise LockError(sealed.not_protected("x").message)

    monkeypatch.setattr(cipher, "_check_copy", differs)
    with pytest.raises(LockError):
        backup.put_in_place(data, locked, locked.parent / "backups", PASSPHRASE)
    assert fingerprint(locked) == before
    assert not [p for p in locked.parent.iterdir() if p.name.startswith(".")]


def test_a_locked_data_file_the_passphrase_does_not_open_is_kept_aside_as_it_is(
    demo_data: Path, locked: Path
) -> None:
    """Damage at its start looks like another passphrase: its bytes are kept, still
    locked, and the backup put back is locked with the passphrase given."""
    original = locked.read_bytes()
    aside = backup.put_in_place(
        backup.read_backup(demo_data, None), locked, locked.parent / "backups", "another one"
    )
    assert aside is not None and aside.read_bytes() == original
    assert locked_rows(locked, "another one")["cases"] == plain_rows(demo_data)["cases"]
    with pytest.raises(WrongPassphraseError):
        locked_rows(locked, PASSPHRASE)


def test_plain_data_is_never_put_over_a_locked_file(demo_data: Path, locked: Path) -> None:
    before = folder_state(locked.parent)
    with pytest.raises(DatabaseProblem) as caught:
        backup.put_in_place(backup.read_backup(demo_data, None), locked, locked.parent / "b")
    assert caught.value.kind is ProblemKind.LOCKED
    assert folder_state(locked.parent) == before
