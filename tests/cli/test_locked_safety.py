"""`meetconfer backup`, `restore` and `verify` on a data folder locked with a passphrase
(given before the command: `--passphrase-file F`): its backups are protected with it, a
restore keeps the folder locked, `verify` checks its sealed backups; without the
passphrase, or with a wrong one, exit 2 with a plain message and nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.store import Store
from app.store.cipher import is_locked_file, lock_copy
from app.store.sealed import is_sealed
from tests.helpers.datafiles import filled_database
from tests.helpers.demo_secrets import readable_in_folder
from tests.helpers.locked_files import PASSPHRASE
from tests.helpers.locking import LOCKED, folder_bytes, run, secret

NUMBER = "C 07-959 SI"
SECRETS = {NUMBER, "Letter 1 about the missing documents."}



@pytest.fixture
def locked(data_dir: Path) -> Path:
    """A locked data folder that the desktop app has opened once: its day's backup is
    sealed with the folder's passphrase."""
    database = filled_database(paths.database_path())
    lock_copy(database, database, PASSPHRASE)
    Store.open(database, passphrase=PASSPHRASE, daily_backup=True).close()
    return database


def numbers() -> list[str]:
    store = Store.open(paths.database_path(), passphrase=PASSPHRASE)
    try:
        return [c.case_number for c in store.list_cases()]
    finally:
        store.close()


def test_a_backup_without_the_passphrase_is_refused(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_bytes(data_dir)
    target = tmp_path / "saved.mcbak"
    # Not even with a passphrase of the backup's own: the folder's opens the data.
    for extra in ([], ["--passphrase-file", secret(tmp_path, "the backup's own")]):
        assert run(data_dir, "backup", "-o", str(target), *extra) == 2
        err = capsys.readouterr().err
        assert LOCKED in err
        assert ("before the command" in err) == bool(extra)
    assert not target.exists()
    assert folder_bytes(data_dir) == before


def test_a_backup_is_protected_with_the_folders_passphrase(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    target = tmp_path / "saved.mcbak"
    assert run(data_dir, "--passphrase-file", key, "backup", "-o", str(target)) == 0
    assert "protected with the data folder's passphrase" in capsys.readouterr().out
    assert is_sealed(target.read_bytes())
    assert readable_in_folder(tmp_path, SECRETS) == {}
    # Or with the backup's own, given after the command: still never plain.
    own = tmp_path / "own.mcbak"
    other = secret(tmp_path, "the backup's own", "own.txt")
    assert run(data_dir, "--passphrase-file", key, "backup", "-o", str(own),
               "--passphrase-file", other) == 0
    assert is_sealed(own.read_bytes())


def test_restore_keeps_the_folder_locked(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(locked, passphrase=PASSPHRASE)
    try:
        store.delete_case(store.list_cases()[0].id)
    finally:
        store.close()
    (daily,) = (data_dir / "backups").iterdir()
    key = secret(tmp_path, PASSPHRASE)
    # Its own automatic backup: sealed with the folder's passphrase, which opens it.
    assert run(data_dir, "--passphrase-file", key, "restore", str(daily)) == 0
    out = capsys.readouterr().out
    assert "still locked" in out and "kept in" in out
    assert is_locked_file(locked)
    assert numbers() == [NUMBER]
    replaced = [p for p in (data_dir / "backups").iterdir() if p.name.startswith("replaced-")]
    assert len(replaced) == 1 and is_sealed(replaced[0].read_bytes())
    assert readable_in_folder(data_dir, SECRETS) == {}


def test_restore_without_or_with_a_wrong_passphrase_changes_nothing(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (daily,) = (data_dir / "backups").iterdir()
    before = folder_bytes(data_dir)
    assert run(data_dir, "restore", str(daily)) == 2
    assert LOCKED in capsys.readouterr().err
    # After the command, a passphrase file is the backup's: the folder's goes before it.
    assert run(data_dir, "restore", str(daily), "--passphrase-file",
               secret(tmp_path, PASSPHRASE)) == 2
    assert "before the command" in capsys.readouterr().err
    wrong = secret(tmp_path, "not the passphrase", "wrong.txt")
    assert run(data_dir, "--passphrase-file", wrong, "restore", str(daily)) == 2
    err = capsys.readouterr().err
    assert "passphrase does not open" in err and "Traceback" not in err
    assert folder_bytes(data_dir) == before


def test_verify_checks_the_sealed_backups(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    assert run(data_dir, "--passphrase-file", key, "verify") == 0
    out = capsys.readouterr().out
    assert "Backups protected with a passphrase: 1 of 1" in out
    assert "Everything checked is in good order." in out
    locked.write_bytes(b"\x00" * 8192)  # damaged
    assert run(data_dir, "--passphrase-file", key, "verify") == 1
    out = capsys.readouterr().out
    (daily,) = (data_dir / "backups").iterdir()
    assert f"The newest good backup is {daily}" in out
