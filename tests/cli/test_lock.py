"""`meetconfer lock` and `unlock`, and every command on a locked data folder
(docs/command-line.md): without the passphrase, or with a wrong one, exit 2 with a plain
message and nothing changed; with it, the reading commands work."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import paths
from app.store import sealed
from app.store.cipher import is_locked_file
from tests.helpers.datafiles import filled_database, fingerprint
from tests.helpers.locking import (
    DEMO,
    LOCKED,
    NUMBER,
    OTHER,
    PASSPHRASE,
    exported,
    folder_bytes,
    leave_a_change_in_the_journal,
    run,
    secret,
)
from tests.helpers.processes import holding_lock


@pytest.fixture
def plain(data_dir: Path) -> Path:
    return filled_database(paths.database_path())


@pytest.fixture
def locked(plain: Path, data_dir: Path, tmp_path: Path) -> Path:
    assert run(data_dir, "lock", "--new-passphrase-file", secret(tmp_path, PASSPHRASE)) == 0
    assert is_locked_file(plain)
    return plain


# -- locking -------------------------------------------------------------------------------


def test_lock_leaves_no_case_text_in_the_folder_and_seals_the_backups(
    plain: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A change a killed program left only in the -wal journal is folded in, and no plain
    # page stays in a journal; a plain backup in the folder is sealed with the passphrase.
    backups = paths.backups_dir()
    backups.mkdir(parents=True, exist_ok=True)
    old_backup = backups / "old-copy.sqlite3"
    old_backup.write_bytes(plain.read_bytes())
    leave_a_change_in_the_journal(plain, "UPDATE cases SET short_title = 'Walpage v. Journal'")
    assert b"Walpage" in Path(f"{plain}-wal").read_bytes()
    before = exported(data_dir, tmp_path)
    assert "Walpage" in json.dumps(before)
    old_bytes = old_backup.read_bytes()
    capsys.readouterr()

    assert run(data_dir, "lock", "--new-passphrase-file", secret(tmp_path, PASSPHRASE)) == 0

    out = capsys.readouterr().out
    assert "now locked" in out
    assert "a forgotten passphrase cannot be recovered" in out
    assert f"1 backup file(s) in {backups} are now locked with the same passphrase" in out
    assert is_locked_file(plain)
    for name, data in folder_bytes(data_dir).items():
        assert b"Walpage" not in data, name
        assert NUMBER.encode() not in data, name
        assert b"CREATE TABLE" not in data, name
    assert not Path(f"{plain}-wal").exists() and not Path(f"{plain}-shm").exists()
    assert sealed.unseal(old_backup.read_bytes(), PASSPHRASE) == old_bytes
    assert exported(data_dir, tmp_path, "--passphrase-file", secret(tmp_path, PASSPHRASE)) == (
        before
    )


def test_lock_refuses_a_blank_passphrase_and_changes_nothing(
    plain: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_bytes(data_dir)
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n", encoding="utf-8")
    assert run(data_dir, "lock", "--new-passphrase-file", str(blank)) == 2
    assert "--new-passphrase-file" in capsys.readouterr().err
    assert folder_bytes(data_dir) == before


@pytest.mark.parametrize("kind", ["fifo", "folder", "huge"])
def test_passphrase_files_that_are_not_one_line_files_are_refused(
    locked: Path, data_dir: Path, tmp_path: Path, kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    odd = tmp_path / "odd"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(odd)
    elif kind == "folder":
        odd.mkdir()
    else:
        odd.write_bytes(b"x" * 100_000)
    before = folder_bytes(data_dir)
    capsys.readouterr()
    assert run(data_dir, "--passphrase-file", str(odd), "list") == 2
    assert run(data_dir, "lock", "--new-passphrase-file", str(odd)) == 2
    err = capsys.readouterr().err
    assert "--passphrase-file" in err and "--new-passphrase-file" in err
    assert "Traceback" not in err
    assert folder_bytes(data_dir) == before


def test_lock_with_no_data_is_refused(data_dir: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "lock", "--new-passphrase-file", secret(tmp_path, PASSPHRASE)) == 2
    assert "no data" in capsys.readouterr().err
    assert not paths.database_path().exists()


# -- each command on a locked folder ----------------------------------------------------


def _commands(tmp_path: Path) -> list[list[str]]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return [
        ["list"],
        ["export", NUMBER, "-o", str(out / "case.json")],
        ["check", NUMBER],
        ["exhibit", NUMBER, "--dispute", "d1", "-o", str(out / "decl.pdf")],
        ["packet", NUMBER, "--dispute", "d1", "-o", str(out / "packet.pdf")],
        ["letter", NUMBER, "--kind", "first", "--dispute", "d1", "-o", str(out / "letter.pdf")],
        ["verify"],
    ]


def test_every_command_without_or_with_a_wrong_passphrase_changes_nothing(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = secret(tmp_path, "not the passphrase", "wrong.txt")
    before = folder_bytes(data_dir)
    capsys.readouterr()
    for command in [*_commands(tmp_path), ["import", DEMO], ["unlock"]]:
        assert run(data_dir, *command) == 2, command
        err = capsys.readouterr().err
        assert LOCKED in err, command
        assert "damaged" not in err, command
        assert run(data_dir, "--passphrase-file", wrong, *command) in (2,), command
        err = capsys.readouterr().err
        assert "Traceback" not in err and "damaged" not in err, command
        assert folder_bytes(data_dir) == before, command
    assert run(data_dir, "--passphrase-file", wrong, "list") == 2
    assert "The passphrase does not open the locked data" in capsys.readouterr().err
    assert not list((tmp_path / "out").iterdir())


def test_reading_commands_work_with_the_passphrase(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    before = folder_bytes(data_dir)
    for command in _commands(tmp_path):
        # `check` exits 3: the busy case's log does not document the effort yet.
        expected = 3 if command[0] == "check" else 0
        assert run(data_dir, "--passphrase-file", key, *command) == expected, command
    out = capsys.readouterr().out
    assert NUMBER in out and "Overall: NOT YET." in out
    assert "The data file is locked with a passphrase, which opens it" in out
    assert "The data file is in good order" in out
    for name in ("case.json", "decl.pdf", "packet.pdf", "letter.pdf"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert folder_bytes(data_dir) == before


def test_a_locked_folders_backup_is_protected_with_its_passphrase(
    locked: Path, data_dir: Path, tmp_path: Path
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    target = tmp_path / "saved.mcbak"
    assert run(data_dir, "--passphrase-file", key, "backup", "-o", str(target)) == 0
    assert NUMBER.encode() not in target.read_bytes()
    other = tmp_path / "elsewhere"
    assert run(other, "restore", str(target), "--passphrase-file", key) == 0


# -- unlocking and changing the passphrase ----------------------------------------------


def test_unlock_gives_back_the_same_data(
    plain: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = exported(data_dir, tmp_path)
    key = secret(tmp_path, PASSPHRASE)
    assert run(data_dir, "lock", "--new-passphrase-file", key) == 0
    assert run(data_dir, "--passphrase-file", key, "unlock") == 0
    assert "unlocked" in capsys.readouterr().out
    assert not is_locked_file(plain)
    assert exported(data_dir, tmp_path) == before
    assert run(data_dir, "verify") == 0
    assert run(data_dir, "--passphrase-file", key, "unlock") == 2  # not locked now


def test_change_passphrase(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = secret(tmp_path, PASSPHRASE)
    new = secret(tmp_path, OTHER, "new.txt")
    before = folder_bytes(data_dir)
    # Without the present passphrase, or with a wrong one: refused, nothing changed.
    assert run(data_dir, "lock", "--new-passphrase-file", new) == 2
    assert "already locked" in capsys.readouterr().err
    assert run(data_dir, "--passphrase-file", new, "lock", "--new-passphrase-file", new) == 2
    assert folder_bytes(data_dir) == before

    assert run(data_dir, "--passphrase-file", old, "lock", "--new-passphrase-file", new) == 0
    assert "is changed" in capsys.readouterr().out
    assert run(data_dir, "--passphrase-file", old, "list") == 2
    assert run(data_dir, "--passphrase-file", new, "list") == 0
    assert NUMBER in capsys.readouterr().out
    # The same passphrase again: nothing to change, what was unfinished is finished.
    assert run(data_dir, "--passphrase-file", new, "lock", "--new-passphrase-file", new) == 0
    assert "locked with this passphrase already" in capsys.readouterr().out


def test_the_smoke_test_on_a_locked_folder_exits_2_plainly(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_bytes(data_dir)
    assert run(data_dir, "--smoke-test") == 2
    assert LOCKED in capsys.readouterr().err
    assert run(data_dir, "--passphrase-file", secret(tmp_path, OTHER), "--smoke-test") == 2
    assert "The passphrase does not open the locked data" in capsys.readouterr().err
    assert folder_bytes(data_dir) == before


def test_the_passphrase_may_also_follow_the_command(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    assert run(data_dir, "list", "--passphrase-file", key) == 0
    assert NUMBER in capsys.readouterr().out
    assert run(data_dir, "unlock", "--passphrase-file", key) == 0
    assert not is_locked_file(locked)


def test_a_damaged_folder_is_not_locked(
    plain: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with plain.open("r+b") as file:
        file.seek(plain.stat().st_size // 2)
        file.write(b"\xff" * 4096)
    before = folder_bytes(data_dir)
    assert run(data_dir, "lock", "--new-passphrase-file", secret(tmp_path, PASSPHRASE)) == 2
    assert "damaged" in capsys.readouterr().err
    assert folder_bytes(data_dir) == before


def test_lock_and_unlock_wait_for_no_other_copy(
    plain: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    before = fingerprint(plain)
    with holding_lock(data_dir):
        assert run(data_dir, "lock", "--new-passphrase-file", key) == 2
    assert "Another copy" in capsys.readouterr().err
    assert fingerprint(plain) == before
    assert run(data_dir, "lock", "--new-passphrase-file", key) == 0
    locked_bytes = fingerprint(plain)
    with holding_lock(data_dir):
        assert run(data_dir, "--passphrase-file", key, "unlock") == 2
    assert fingerprint(plain) == locked_bytes
