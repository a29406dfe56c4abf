"""Opening a data file locked with a passphrase for reading and writing: it is checked as a
plain file is before anything is written (damage is told, nothing changed), and the store
keeps the passphrase only for a locked file, and never shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import DatabaseProblem, ProblemKind, Store
from app.store.db import is_cipher_connection
from tests.helpers.datafiles import folder_state
from tests.helpers.locked_files import PASSPHRASE


def test_a_locked_store_keeps_its_passphrase_out_of_sight(locked: Path) -> None:
    store = Store.open(locked, passphrase=PASSPHRASE)
    try:
        assert is_cipher_connection(store.conn)
        assert store.is_locked and store.folder_passphrase == PASSPHRASE
        assert PASSPHRASE not in repr(store) and PASSPHRASE not in str(vars(store).keys())
    finally:
        store.close()


def test_a_passphrase_given_for_a_plain_file_is_not_kept(demo_data: Path) -> None:
    store = Store.open(demo_data, passphrase=PASSPHRASE)
    try:
        assert not is_cipher_connection(store.conn)
        assert not store.is_locked and store.folder_passphrase is None
        assert repr(store) == "<Store plain>"
    finally:
        store.close()


def test_a_damaged_page_in_a_locked_file_is_told_and_nothing_is_changed(locked: Path) -> None:
    data = bytearray(locked.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200  # inside a page past the first
    data[middle:middle + 16] = bytes(16)
    locked.write_bytes(bytes(data))
    before = folder_state(locked.parent)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(locked, passphrase=PASSPHRASE, daily_backup=True)
    assert caught.value.kind is ProblemKind.DAMAGED and caught.value.backup_may_help
    assert folder_state(locked.parent) == before
