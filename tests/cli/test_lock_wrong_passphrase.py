"""A wrong passphrase for a locked data folder changes nothing, whatever the command: every
file under the data folder (data, backups, settings, logs) keeps its name, its permissions
and its bytes (hashed), no file is added (not even the data folder's lock file), and no output
file is written. Every subcommand the program has is tried: one added later fails this test
until it is listed here."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app import paths
from app.cli import build_parser
from tests.helpers.datafiles import filled_database, folder_state
from tests.helpers.locking import DEMO, NUMBER, PASSPHRASE, run, secret


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    a_backup = tmp_path / "a-backup.sqlite3"
    return {
        "list": ["list"],
        "import": ["import", DEMO, "--replace"],
        "export": ["export", NUMBER, "-o", str(out / "case.json")],
        "check": ["check", NUMBER],
        "exhibit": ["exhibit", NUMBER, "--dispute", "d1", "-o", str(out / "decl.pdf")],
        "letter": ["letter", NUMBER, "--kind", "first", "--dispute", "d1",
                   "-o", str(out / "letter.pdf"), "--log"],
        "packet": ["packet", NUMBER, "--dispute", "d1", "-o", str(out / "packet.pdf")],
        "backup": ["backup", "-o", str(out / "copy.sqlite3")],
        "restore": ["restore", str(a_backup)],
        "verify": ["verify"],
        "lock": ["lock", "--new-passphrase-file", secret(tmp_path, "a new one", "new.txt")],
        "unlock": ["unlock"],
    }


def _subcommands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    raise AssertionError("no subcommands")


@pytest.fixture
def locked_folder(data_dir: Path, tmp_path: Path) -> Path:
    """A locked folder with a sealed backup, a settings file and a log."""
    filled_database(paths.database_path())
    assert run(data_dir, "backup", "-o", str(tmp_path / "a-backup.sqlite3")) == 0
    backups = paths.backups_dir()
    backups.mkdir()
    (backups / "auto-20250101-090000.sqlite3").write_bytes(
        (tmp_path / "a-backup.sqlite3").read_bytes()
    )
    paths.settings_path().write_text("[view]\nlarger_text=true\n", encoding="utf-8")
    paths.logs_dir().mkdir()
    (paths.logs_dir() / "meetconfer.log").write_text("a line\n", encoding="utf-8")
    assert run(data_dir, "lock", "--new-passphrase-file", secret(tmp_path, PASSPHRASE)) == 0
    return data_dir


def test_every_command_is_listed(tmp_path: Path) -> None:
    assert set(_commands(tmp_path)) == _subcommands()


def test_a_wrong_passphrase_changes_no_file_for_any_command(
    locked_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = secret(tmp_path, "not the passphrase", "wrong.txt")
    before = folder_state(locked_folder)
    assert before  # the data file, the sealed backup, the settings and the log
    capsys.readouterr()
    for name, command in _commands(tmp_path).items():
        assert run(locked_folder, "--passphrase-file", wrong, *command) == 2, name
        err = capsys.readouterr().err
        assert err.strip() and "Traceback" not in err, name
        assert folder_state(locked_folder) == before, name
    assert not list((tmp_path / "out").iterdir())
