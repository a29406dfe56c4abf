"""`meetconfer backup`, `restore` and `verify` (docs/command-line.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.store import Store
from app.store.lock import acquire_data_folder_lock
from tests.helpers.builders import make_case
from tests.helpers.datafiles import filled_database, fingerprint
from tests.helpers.processes import holding_lock

NUMBER = "C 07-959 SI"


@pytest.fixture
def filled(data_dir: Path) -> Path:
    return filled_database(paths.database_path())


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def numbers() -> list[str]:
    store = Store.open(paths.database_path())
    try:
        return [c.case_number for c in store.list_cases()]
    finally:
        store.close()


def passphrase_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "passphrase.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_backup_and_restore_round_trip(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "saved.mcbak"
    target.parent.mkdir()
    secret = passphrase_file(tmp_path, "una frase larga")
    assert run(data_dir, "backup", "-o", str(target), "--passphrase-file", secret) == 0
    assert "Backup written" in capsys.readouterr().out
    store = Store.open(paths.database_path())
    store.insert_case(make_case(case_number="C 99-1 AB"))
    store.close()
    assert run(data_dir, "restore", str(target), "--passphrase-file", secret) == 0
    out = capsys.readouterr().out
    assert "is now the backup's" in out and "replaced-" in out
    assert numbers() == [NUMBER]


def test_a_plain_backup_is_a_data_file(filled: Path, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "saved.sqlite3"
    assert run(data_dir, "backup", "-o", str(target)) == 0
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT case_number FROM cases").fetchall() == [(NUMBER,)]
    conn.close()


def test_wrong_passphrase_changes_nothing(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "saved.mcbak"
    assert (
        run(
            data_dir,
            "backup",
            "-o",
            str(target),
            "--passphrase-file",
            passphrase_file(tmp_path, "right"),
        )
        == 0
    )
    before = fingerprint(paths.database_path())
    wrong = passphrase_file(tmp_path, "wrong")
    assert run(data_dir, "restore", str(target), "--passphrase-file", wrong) == 2
    assert "passphrase does not open this backup" in capsys.readouterr().err
    assert fingerprint(paths.database_path()) == before


def test_a_protected_backup_without_a_passphrase(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "saved.mcbak"
    run(data_dir, "backup", "-o", str(target), "--passphrase-file", passphrase_file(tmp_path, "p"))
    assert run(data_dir, "restore", str(target)) == 2
    assert "protected with a passphrase" in capsys.readouterr().err


@pytest.mark.parametrize("problem", ["missing", "empty"])
def test_a_bad_passphrase_file(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str
) -> None:
    secret = tmp_path / "secret.txt"
    if problem == "empty":
        secret.write_text("\n")
    assert run(data_dir, "backup", "-o", str(tmp_path / "x"), "--passphrase-file", str(secret)) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_backup_with_no_data(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "backup", "-o", str(tmp_path / "x")) == 2
    assert "no data to back up" in capsys.readouterr().err
    assert not paths.database_path().exists()


def test_backup_to_a_folder_that_is_not_there(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    assert run(data_dir, "backup", "-o", str(blocker / "x.sqlite3")) == 2
    assert "cannot be written" in capsys.readouterr().err


def test_restore_a_file_that_is_not_there(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "restore", str(tmp_path / "nope")) == 2
    assert "is not a file" in capsys.readouterr().err


def test_restore_is_refused_while_another_copy_runs(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "saved.sqlite3"
    run(data_dir, "backup", "-o", str(target))
    before = fingerprint(paths.database_path())
    with holding_lock(data_dir):
        assert run(data_dir, "restore", str(target)) == 2
    assert "Another copy" in capsys.readouterr().err
    assert fingerprint(paths.database_path()) == before


# -- verify ------------------------------------------------------------------------------


def test_verify_a_healthy_folder(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(paths.database_path(), daily_backup=True).close()  # the daily backup
    assert run(data_dir, "verify") == 0
    out = capsys.readouterr().out
    assert "in good order" in out
    assert "current format (version" in out
    assert "Backups: 1 in" in out
    assert "No other copy" in out


def test_verify_an_empty_folder_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "verify") == 0
    assert "no saved data here yet" in capsys.readouterr().out
    assert not data_dir.exists()


def test_verify_a_damaged_file_offers_the_newest_backup(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(paths.database_path(), daily_backup=True).close()
    paths.database_path().write_bytes(b"\x00" * 4096)
    before = fingerprint(paths.database_path())
    assert run(data_dir, "verify") == 1
    out = capsys.readouterr().out
    assert "not a Meet-and-Confer Log data file" in out
    assert "The newest good backup is" in out
    assert "A problem was found" in out
    assert fingerprint(paths.database_path()) == before


def test_verify_reports_a_damaged_newest_backup(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(paths.database_path(), daily_backup=True).close()
    newest = next(paths.backups_dir().iterdir())
    newest.write_bytes(b"nothing useful")
    assert run(data_dir, "verify") == 1
    assert "cannot be used" in capsys.readouterr().out


def test_verify_sees_another_copy(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with holding_lock(data_dir) as pid:
        assert run(data_dir, "verify") == 0
    assert f"using this folder now (process {pid})" in capsys.readouterr().out


def test_opening_a_damaged_file_through_another_command_is_plain(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.database_path().write_bytes(b"\x00" * 4096)
    assert run(data_dir, "list") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not a Meet-and-Confer Log data file" in err


# -- the lock ---------------------------------------------------------------------------


def test_the_lock_is_released_after_a_command(filled: Path, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "saved.sqlite3"
    run(data_dir, "backup", "-o", str(target))
    assert run(data_dir, "restore", str(target)) == 0
    acquire_data_folder_lock(data_dir).release()


def test_verify_a_file_from_a_newer_program(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(paths.database_path())
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert run(data_dir, "verify") == 1
    out = capsys.readouterr().out
    assert "newer version" in out
    assert "newest good backup" not in out  # a backup cannot help with that


def test_verify_an_older_format(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlite_utils import Database

    from app.store.migrations import _migrations, known_versions

    data_dir.mkdir()
    conn = sqlite3.connect(paths.database_path(), isolation_level=None)
    _migrations().apply(Database(conn), stop_before=known_versions()[1])
    conn.close()
    assert run(data_dir, "verify") == 0
    assert "older format (version 1)" in capsys.readouterr().out


def test_a_backup_over_the_data_itself_is_refused(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(paths.database_path())
    assert run(data_dir, "backup", "-o", str(paths.database_path())) == 2
    assert "in the program's data folder" in capsys.readouterr().err
    assert fingerprint(paths.database_path()) == before


def test_verify_a_backups_folder_that_is_a_file(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.backups_dir().write_text("oops")
    assert run(data_dir, "verify") == 1
    assert "is a file, not a folder" in capsys.readouterr().out
