"""`meetconfer --smoke-test` and `--demo` as cli.md describes them."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.services.session import open_store


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
    def broken() -> None:
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
