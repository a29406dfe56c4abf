"""Locked data files (SQLCipher): telling them apart, opening them only with the passphrase,
and copies that lock, unlock and re-lock all or nothing, checked before they take a place."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.store import Store, cipher
from app.store.cipher import (
    LockError,
    WrongPassphraseError,
    change_passphrase,
    is_locked_file,
    lock_copy,
    open_locked,
    passphrase_problem,
    unlock_copy,
)
from tests.helpers.datafiles import filled_database, fingerprint, folder_state
from tests.helpers.demo_secrets import demo_private_texts
from tests.helpers.locked_files import PASSPHRASE, locked_rows, plain_rows


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


# -- telling a locked file ---------------------------------------------------------------


def test_a_plain_data_file_is_not_locked_and_its_locked_copy_is(
    demo_data: Path, locked: Path
) -> None:
    assert not is_locked_file(demo_data)
    assert is_locked_file(locked)
    assert not locked.read_bytes().startswith(cipher.SQLITE_HEADER)


@pytest.mark.parametrize(
    "content", [None, b"", b"SQLite", b"\x01" * 15, b"\x01" * 600, "folder",
                pytest.param("pipe", marks=pytest.mark.skipif(not hasattr(os, "mkfifo"),
                                                              reason="no pipes here"))],
    ids=["missing", "empty", "short header", "fifteen bytes", "not whole pages", "folder",
         "pipe"],
)
def test_missing_empty_short_or_odd_files_are_not_locked(tmp_path: Path, content: Any) -> None:
    path = tmp_path / "data.sqlite3"
    if content == "folder":
        path.mkdir()
    elif content == "pipe":
        os.mkfifo(path)  # nobody writes to it: reading it would wait for ever
    elif content is not None:
        path.write_bytes(content)
    assert not is_locked_file(path)


# -- locking hides everything ------------------------------------------------------------


def test_no_name_summary_or_case_number_is_readable_in_the_locked_file(
    demo_data: Path, locked: Path
) -> None:
    secrets = demo_private_texts()
    plain = demo_data.read_bytes()
    assert len(secrets) > 20
    # The check could fail: every one of them is in the plain file.
    assert all(text.encode("utf-8") in plain for text in secrets)
    data = locked.read_bytes()
    assert [t for t in sorted(secrets) if t.encode("utf-8") in data] == []
    # Nor the table names, nor any longer run of readable words.
    assert b"communications" not in data and b"CREATE TABLE" not in data


def test_plain_to_locked_to_plain_gives_the_same_rows_and_layout_version(
    demo_data: Path, locked: Path, tmp_path: Path
) -> None:
    before = plain_rows(demo_data)
    assert sum(len(rows) for rows in before.values()) > 20
    assert locked_rows(locked, PASSPHRASE) == before
    back = tmp_path / "back" / "meetconfer.sqlite3"
    back.parent.mkdir()
    unlock_copy(locked, back, PASSPHRASE)
    assert not is_locked_file(back)
    assert plain_rows(back) == before
    assert user_version(back) == user_version(demo_data) > 0
    store = Store.open(back)  # the program opens the unlocked copy as its own
    try:
        assert [c.case_number for c in store.list_cases()] == ["C 25-00417 MEC (PR)"]
    finally:
        store.close()


def test_a_data_file_is_locked_and_unlocked_in_place(tmp_path: Path) -> None:
    data = filled_database(tmp_path / "data" / "meetconfer.sqlite3")
    before = plain_rows(data)
    lock_copy(data, data, PASSPHRASE)
    assert is_locked_file(data)
    assert sorted(p.name for p in data.parent.iterdir()) == ["meetconfer.sqlite3"]
    unlock_copy(data, data, PASSPHRASE)
    assert plain_rows(data) == before


# -- passphrases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "passphrase",
    ["café señor año", "it's \"quoted\"'; DROP TABLE cases; --", "x'00ff'", "  spaced  "],
    ids=["accents", "quotes", "hex-looking", "spaces"],
)
def test_unusual_passphrases_lock_and_open(tmp_path: Path, passphrase: str) -> None:
    data = filled_database(tmp_path / "plain.sqlite3")
    target = tmp_path / "locked.sqlite3"
    lock_copy(data, target, passphrase)
    assert locked_rows(target, passphrase) == plain_rows(data)
    with pytest.raises(WrongPassphraseError):
        open_locked(target, passphrase.strip() + "!")


def test_an_accented_passphrase_opens_whichever_way_the_accent_was_typed(tmp_path: Path) -> None:
    data = filled_database(tmp_path / "plain.sqlite3")
    target = tmp_path / "locked.sqlite3"
    lock_copy(data, target, "ni\u00f1o caf\u00e9")  # composed: ñ, é
    open_locked(target, "nin\u0303o cafe\u0301").close()  # n + tilde, e + accent


def test_a_wrong_passphrase_opens_nothing_and_changes_no_byte(locked: Path) -> None:
    folder = locked.parent
    before = folder_state(folder)
    with pytest.raises(WrongPassphraseError, match="does not open"):
        open_locked(locked, "wrong horse battery")
    with pytest.raises(WrongPassphraseError):
        open_locked(locked, PASSPHRASE.upper())
    with pytest.raises(WrongPassphraseError):
        unlock_copy(locked, folder / "plain.sqlite3", "wrong")
    with pytest.raises(WrongPassphraseError):
        change_passphrase(locked, locked, "wrong", "new passphrase")
    assert folder_state(folder) == before


def test_the_passphrase_never_appears_in_the_error_or_the_log(
    locked: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    with pytest.raises(WrongPassphraseError) as raised:
        unlock_copy(locked, locked.parent / "plain.sqlite3", "a very secret guess")
    assert "secret" not in str(raised.value)
    assert "secret" not in caplog.text


def test_changing_the_passphrase_opens_with_the_new_one_only(
    demo_data: Path, locked: Path
) -> None:
    change_passphrase(locked, locked, PASSPHRASE, "new words, ñ")
    assert locked_rows(locked, "new words, ñ") == plain_rows(demo_data)
    with pytest.raises(WrongPassphraseError):
        open_locked(locked, PASSPHRASE)


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "a\x00b"])
def test_empty_or_untypeable_passphrases_are_refused_and_nothing_is_written(
    tmp_path: Path, text: str
) -> None:
    problem = passphrase_problem(text)
    assert problem is not None and "passphrase" in problem.english()
    data = filled_database(tmp_path / "data" / "meetconfer.sqlite3")
    before = folder_state(tmp_path)
    with pytest.raises(LockError, match="passphrase"):
        lock_copy(data, tmp_path / "locked.sqlite3", text)
    assert folder_state(tmp_path) == before


def test_an_ordinary_passphrase_has_no_problem() -> None:
    assert passphrase_problem("correct horse") is None
    assert passphrase_problem("é") is None


# -- refusing files and failures on the way ----------------------------------------------


def test_what_is_not_locked_cannot_be_opened_or_unlocked(demo_data: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(LockError, match="not a locked data file"):
        open_locked(missing, PASSPHRASE)
    assert not missing.exists()
    with pytest.raises(LockError, match="not a locked data file"):
        open_locked(demo_data, PASSPHRASE)
    with pytest.raises(LockError, match="not a locked data file"):
        unlock_copy(demo_data, tmp_path / "out.sqlite3", PASSPHRASE)
    assert not (tmp_path / "out.sqlite3").exists()


def test_a_locked_file_is_not_locked_twice(locked: Path) -> None:
    before = folder_state(locked.parent)
    with pytest.raises(LockError, match="already locked"):
        lock_copy(locked, locked, PASSPHRASE)
    assert folder_state(locked.parent) == before


def _fail(*_args: object, **_kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["_sync_file", "_check_copy", "replace"])
def test_a_failure_mid_copy_leaves_the_source_untouched_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    data = filled_database(tmp_path / "data" / "meetconfer.sqlite3")
    before = folder_state(tmp_path)
    if where == "replace":
        monkeypatch.setattr(cipher.os, "replace", _fail)
    else:
        monkeypatch.setattr(cipher, where, _fail)
    with pytest.raises(OSError, match="No space"):
        lock_copy(data, data, PASSPHRASE)
    with pytest.raises(OSError, match="No space"):
        lock_copy(data, tmp_path / "data" / "locked.sqlite3", PASSPHRASE)
    assert folder_state(tmp_path) == before


def test_a_copy_that_differs_from_its_source_is_refused_and_removed(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_export = cipher._export

    def export_losing_the_layout_version(*args: Any) -> Any:
        found = real_export(*args)
        return cipher._Contents(found.schema, found.row_counts, found.user_version + 1)

    monkeypatch.setattr(cipher, "_export", export_losing_the_layout_version)
    before = folder_state(locked.parent)
    fingerprint_before = fingerprint(locked)
    with pytest.raises(LockError, match="did not come out the same"):
        unlock_copy(locked, locked, PASSPHRASE)
    assert folder_state(locked.parent) == before
    assert fingerprint(locked) == fingerprint_before


# -- starting fast -----------------------------------------------------------------------


def test_importing_the_module_does_not_load_sqlcipher() -> None:
    code = "import sys, app.store.cipher; sys.exit('sqlcipher3' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2])
    assert done.returncode == 0


def test_a_wrong_passphrase_prints_nothing_on_the_terminal(
    locked: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # SQLCipher logs each failed page check to standard error unless told not to.
    with pytest.raises(WrongPassphraseError):
        open_locked(locked, "wrong")
    with pytest.raises(WrongPassphraseError):
        unlock_copy(locked, locked, "wrong")
    assert capfd.readouterr() == ("", "")


def test_changes_still_in_the_journal_of_a_crashed_program_are_locked_too(
    tmp_path: Path,
) -> None:
    """A program killed before it folded its journal (-wal) into the data file: the locked
    copy holds those changes, and no plain journal is left beside the locked file."""
    data = filled_database(tmp_path / "live" / "meetconfer.sqlite3")
    live = sqlite3.connect(data, isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("UPDATE cases SET short_title = 'Only in the journal'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("meetconfer.sqlite3", "meetconfer.sqlite3-wal"):
        (crashed / name).write_bytes((data.parent / name).read_bytes())
    live.close()
    copy = crashed / "meetconfer.sqlite3"
    assert b"Only in the journal" not in copy.read_bytes()

    lock_copy(copy, copy, PASSPHRASE)

    assert sorted(p.name for p in crashed.iterdir()) == ["meetconfer.sqlite3"]
    rows = locked_rows(copy, PASSPHRASE)
    assert any("Only in the journal" in row for row in rows["cases"])


def test_a_locked_file_opens_in_a_folder_whose_name_has_signs_and_accents(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "José's #1 100% ?x=1"
    folder.mkdir()
    data = filled_database(folder / "meetconfer.sqlite3")
    lock_copy(data, data, PASSPHRASE)
    assert locked_rows(data, PASSPHRASE)["cases"]
    unlock_copy(data, data, PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == ["meetconfer.sqlite3"]
