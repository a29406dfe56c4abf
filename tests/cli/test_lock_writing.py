"""The writing commands on a locked data folder (docs/command-line.md): with
`--passphrase-file` they write into the locked file, which stays locked and holds no plain
text; without it, or with a wrong one, they exit 2 with a plain message and change nothing,
not even an output file or the data folder's lock file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import paths
from app.store.cipher import is_locked_file
from tests.helpers.datafiles import filled_database
from tests.helpers.locking import (
    DEMO,
    LOCKED,
    NUMBER,
    PASSPHRASE,
    exported,
    folder_bytes,
    run,
    secret,
)

DEMO_NUMBER = json.loads(Path(DEMO).read_text(encoding="utf-8"))["case"]["case_number"]


@pytest.fixture
def locked(data_dir: Path, tmp_path: Path) -> Path:
    database = filled_database(paths.database_path())
    assert run(data_dir, "lock", "--new-passphrase-file", secret(tmp_path, PASSPHRASE)) == 0
    assert is_locked_file(database)
    return database


def _writing_commands(tmp_path: Path) -> dict[str, list[str]]:
    return {
        "import": ["import", DEMO],
        "letter --log": ["letter", NUMBER, "--kind", "first", "--dispute", "d1", "-o",
                         str(tmp_path / "letter.pdf"), "--log"],
    }


@pytest.mark.parametrize("name", ["import", "letter --log"])
def test_a_writing_command_without_or_with_a_wrong_passphrase_changes_nothing(
    locked: Path, data_dir: Path, tmp_path: Path, name: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    command = _writing_commands(tmp_path)[name]
    wrong = secret(tmp_path, "not the passphrase", "wrong.txt")
    before = folder_bytes(data_dir)
    capsys.readouterr()

    assert run(data_dir, *command) == 2
    err = capsys.readouterr().err
    assert LOCKED in err and "Traceback" not in err
    assert folder_bytes(data_dir) == before

    assert run(data_dir, "--passphrase-file", wrong, *command) == 2
    err = capsys.readouterr().err
    assert "The passphrase does not open the locked data" in err and "Traceback" not in err
    assert folder_bytes(data_dir) == before
    assert not (tmp_path / "letter.pdf").exists()


def test_import_writes_into_the_locked_file(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    assert run(data_dir, "--passphrase-file", key, "import", DEMO) == 0
    assert DEMO_NUMBER in capsys.readouterr().out
    assert is_locked_file(locked)
    assert run(data_dir, "--passphrase-file", key, "list") == 0
    listed = capsys.readouterr().out
    assert DEMO_NUMBER in listed and NUMBER in listed
    for name, data in folder_bytes(data_dir).items():
        assert DEMO_NUMBER.encode() not in data, name
    # Given after the command, as every option may be.
    assert run(data_dir, "import", DEMO, "--replace", "--passphrase-file", key) == 0
    assert is_locked_file(locked)


def test_logging_a_letter_writes_into_the_locked_file(
    locked: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = secret(tmp_path, PASSPHRASE)
    before = exported(data_dir, tmp_path, "--passphrase-file", key)
    command = _writing_commands(tmp_path)["letter --log"]
    assert run(data_dir, "--passphrase-file", key, *command) == 0
    assert "Logged it as mailed" in capsys.readouterr().out
    assert (tmp_path / "letter.pdf").stat().st_size > 0
    assert is_locked_file(locked)
    after = exported(data_dir, tmp_path, "--passphrase-file", key)
    count = len(before["case"]["communications"])  # type: ignore[index]
    assert len(after["case"]["communications"]) == count + 1  # type: ignore[index]


def test_writing_commands_on_a_plain_folder_need_no_passphrase(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled_database(paths.database_path())
    for command in _writing_commands(tmp_path).values():
        assert run(data_dir, *command) == 0, command
    # A passphrase given for a plain folder is not needed and does no harm.
    key = secret(tmp_path, PASSPHRASE)
    assert run(data_dir, "--passphrase-file", key, "import", DEMO, "--replace") == 0
    assert not is_locked_file(paths.database_path())
