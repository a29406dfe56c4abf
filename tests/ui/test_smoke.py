"""`meetconfer --smoke-test` and `--demo` as cli.md describes them, on a plain data folder
and on one locked with a passphrase (`--passphrase-file`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.cli import main
from app.services.casefiles import import_demo_case
from app.services.session import open_store
from app.store import Store
from app.store.cipher import is_locked_file, lock_copy
from app.ui import launch
from tests.helpers.datafiles import folder_state

DEMO_NUMBER = json.loads(
    (Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo-case.json").read_text(
        encoding="utf-8"))["case"]["case_number"]


def test_smoke_test_paints_and_reports(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--smoke-test"])
    out = capsys.readouterr().out
    assert status == 0
    assert re.fullmatch(r"smoke-test ok \d+\n", out)


def test_smoke_test_with_demo_loads_the_sample(qtbot: QtBot,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--smoke-test", "--demo"]) == 0
    assert capsys.readouterr().out.startswith("smoke-test ok ")
    store = open_store()
    try:
        assert len(store.list_cases()) == 1
    finally:
        store.close()


def test_smoke_test_fails_with_the_reason(qtbot: QtBot, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_options: object) -> None:
        raise OSError("the disk is gone")

    monkeypatch.setattr("app.services.session.open_store", broken)
    assert main(["--smoke-test"]) == 1
    captured = capsys.readouterr()
    assert "smoke-test failed" in captured.err
    assert "the disk is gone" in captured.err


def test_a_damaged_data_file_is_told_and_a_backup_offered(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import paths
    from app.ui import launch
    from app.ui.safety import backups_dialog

    paths.database_path().parent.mkdir(parents=True, exist_ok=True)
    paths.database_path().write_bytes(b"this is not a database" * 100)
    offered: list[object] = []

    def decline(parent: object, problem: object) -> bool:
        offered.append(problem)
        return False

    monkeypatch.setattr(backups_dialog, "offer_newest_backup", decline)
    with pytest.raises(launch._NotOpenedError):
        launch._OpenData()()
    assert len(offered) == 1


# -- a data folder locked with a passphrase (cli.md: --passphrase-file, --smoke-test too) --

PASSPHRASE = "una frase bastante larga"
LOCKED_FOLDER = "This data folder is locked with a passphrase; give it with --passphrase-file FILE"


def _passphrase_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / f"passphrase-{len(list(tmp_path.glob('passphrase-*')))}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def locked_demo(data_dir: Path) -> Path:
    """The data folder holding the demo case, locked in place with PASSPHRASE."""
    store = open_store()
    try:
        import_demo_case(store)
    finally:
        store.close()
    lock_copy(paths.database_path(), paths.database_path(), PASSPHRASE)
    assert is_locked_file(paths.database_path())
    return data_dir


def test_the_smoke_test_opens_a_locked_folder_with_its_passphrase(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        locked_demo: Path, tmp_path: Path) -> None:
    opened: list[list[str]] = []
    real_open = launch._open_data_plainly

    def open_and_look(passphrase: str | None = None) -> Store:
        store = real_open(passphrase)
        opened.append([case.case_number for case in store.list_cases()])
        return store

    monkeypatch.setattr(launch, "_open_data_plainly", open_and_look)

    status = main(["--data-dir", str(locked_demo), "--passphrase-file",
                   _passphrase_file(tmp_path, PASSPHRASE), "--demo", "--smoke-test"])

    assert status == 0, capsys.readouterr().err
    assert re.fullmatch(r"smoke-test ok \d+\n", capsys.readouterr().out)
    # It read the locked data (the demo case, not a second copy of it), and left it locked.
    assert opened == [[DEMO_NUMBER]]
    assert is_locked_file(paths.database_path())


def test_the_smoke_test_on_a_locked_folder_without_its_passphrase_exits_2(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str], locked_demo: Path) -> None:
    before = folder_state(locked_demo)
    assert main(["--data-dir", str(locked_demo), "--smoke-test"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert LOCKED_FOLDER in captured.err and "Traceback" not in captured.err
    assert folder_state(locked_demo) == before


def test_the_smoke_test_with_a_wrong_passphrase_exits_2_and_changes_nothing(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str], locked_demo: Path,
        tmp_path: Path) -> None:
    before = folder_state(locked_demo)
    wrong = _passphrase_file(tmp_path, "otra frase distinta")
    assert main(["--data-dir", str(locked_demo), "--passphrase-file", wrong,
                 "--smoke-test"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "The passphrase does not open the locked data" in captured.err
    assert "Nothing was changed" in captured.err and "Traceback" not in captured.err
    assert folder_state(locked_demo) == before


def test_a_passphrase_file_that_cannot_be_read_is_told_before_starting(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str], locked_demo: Path,
        tmp_path: Path) -> None:
    before = folder_state(locked_demo)
    missing = str(tmp_path / "missing.txt")
    assert main(["--data-dir", str(locked_demo), "--passphrase-file", missing, "--smoke-test"]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    assert folder_state(locked_demo) == before


def test_a_plain_folder_needs_no_passphrase(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    # Given one all the same (a shortcut shared by several folders), it is not used.
    key = _passphrase_file(tmp_path, PASSPHRASE)
    status = main(["--data-dir", str(data_dir), "--passphrase-file", key, "--smoke-test"])
    assert status == 0
    assert capsys.readouterr().out.startswith("smoke-test ok ")
    assert not is_locked_file(paths.database_path())
