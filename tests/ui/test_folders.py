"""Several people, one PC account: Open another data folder starts the program again on the
chosen folder (and ends this copy once what was typed is kept), the Recent data folders list
holds paths alone, and a folder that cannot be used is refused in plain words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.services.drafts import Drafts
from app.ui import ask
from app.ui.folders import recent, switching
from tests.helpers.processes import holding_lock
from tests.ui.conftest import type_text


@pytest.fixture(autouse=True)
def _own_recent_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test its own list (the installation's list outlives one data folder)."""
    monkeypatch.setattr(paths, "recent_folders_path", lambda: tmp_path / "recent.ini")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What would have been started and ended, instead of starting and ending it."""
    done: list[object] = []
    monkeypatch.setattr(switching, "start_program_on", lambda folder: done.append(folder) or True)
    # The program's own ending, its event loops' end recorded instead.
    monkeypatch.setattr(QApplication, "exit", lambda *_status: done.append("ended"))
    return done


def _choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> None:
    monkeypatch.setattr(ask, "open_folder",
                        lambda parent, title: None if folder is None else str(folder))


def test_the_list_keeps_paths_newest_first_and_no_more_than_it_should(tmp_path: Path) -> None:
    folders = [tmp_path / f"person {n}" for n in range(recent.MOST_REMEMBERED + 2)]
    for folder in folders:
        recent.remember(folder)
    recent.remember(folders[3])
    listed = recent.recent_folders()
    assert listed[0] == folders[3]
    assert len(listed) == recent.MOST_REMEMBERED
    assert listed[1:3] == [folders[-1], folders[-2]]
    # Kept for the installation, outside every data folder.
    assert paths.data_dir() not in paths.recent_folders_path().parents
    recent.forget(folders[3])
    assert folders[3] not in recent.recent_folders()
    recent.forget_all()
    assert recent.recent_folders() == []


def test_open_another_folder_starts_the_program_there_after_keeping_the_typing(
        qtbot: QtBot, make_window, answers, started, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    window = make_window(demo=True)
    here = paths.data_dir()
    other = tmp_path / "Maria's folder"
    other.mkdir()
    # Half a sentence typed in a form, not saved yet.
    window._new_dispute()
    form = window.disputes_page.form
    assert form is not None
    type_text(qtbot, form.field("label").widget, "Request 12")
    _choose_folder(monkeypatch, other)

    window.other_folder_action.trigger()
    # No data there yet: asked first, then the program is started on it.
    assert len(answers.confirms) == 1 and "no cases in this folder" in answers.confirms[0]
    assert started == [other, "ended"]
    # The typing is kept, to be offered back when this folder is next opened.
    assert "Request 12" in str([d.payload for d in Drafts(window.cases.store).pending()])
    assert recent.recent_folders() == [other, here]

    # The list in the menu: paths only, the folder open now not chosen again.
    texts = [(a.text(), a.isEnabled()) for a in window.recent_folders_menu.actions()
             if not a.isSeparator()]
    assert texts[0] == (str(other), True)
    assert texts[1] == (f"{here} (open now)", False)
    assert texts[-1] == ("&Clear this list", True)
    written = paths.recent_folders_path().read_text(encoding="utf-8")
    for word in ("Ram", "Kessler", "00417", "Request 12"):
        assert word not in written


def test_a_folder_from_the_recent_list_with_data_opens_without_asking(
        make_window, answers, started, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    other = tmp_path / "other"
    other.mkdir()
    (other / paths.DATABASE_FILE).write_bytes(b"")  # there is data (what it is: its start)
    recent.remember(other)
    [chosen] = [a for a in window.recent_folders_menu.actions() if a.text() == str(other)]
    chosen.trigger()
    assert answers.confirms == []
    assert started == [other, "ended"]


def test_folders_that_cannot_be_opened_are_refused_plainly(
        make_window, answers, started, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    window = make_window()
    _choose_folder(monkeypatch, paths.data_dir())
    assert not switching.open_another_data_folder(window)
    assert "the one open now" in answers.notices[-1]

    assert not switching.switch_to_folder(window, tmp_path / "stick" / "unplugged")
    assert "cannot be found" in answers.problems[-1][0]

    busy = tmp_path / "busy"
    busy.mkdir()
    with holding_lock(busy):
        assert not switching.switch_to_folder(window, busy)
    assert "already" in answers.problems[-1][0].lower()

    answers.confirm_answer = False  # "There are no cases in this folder yet": Go back
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not switching.switch_to_folder(window, empty)
    assert list(empty.iterdir()) == []  # nothing written there
    _choose_folder(monkeypatch, None)  # the picker closed without a folder
    assert not switching.open_another_data_folder(window)
    assert started == []
    assert recent.recent_folders() == []


def test_the_same_program_starts_on_the_other_folder(tmp_path: Path) -> None:
    """The command the switch starts: this program, on the chosen folder (its smoke test,
    which opens the folder and paints the window)."""
    other = tmp_path / "other"
    program, arguments = switching.program_command(other)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(paths.program_folder()))
    done = subprocess.run([program, *arguments, "--smoke-test"], cwd=paths.program_folder(),
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("smoke-test ok")
    assert (other / paths.DATABASE_FILE).exists()
    assert program == sys.executable


def test_the_program_is_started_on_its_own_as_a_new_instance(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Started detached, from the program's folder, told to be a new instance of the
    installed program (not a helper of this one): a stand-in program says what it got."""
    said = tmp_path / "said.json"
    stand_in = ("import json, os, sys; json.dump({'args': sys.argv[1:], 'cwd': os.getcwd(), "
                "'new': os.environ.get('PYINSTALLER_RESET_ENVIRONMENT')}, "
                f"open({str(said)!r}, 'w'))")
    monkeypatch.setattr(switching, "program_command",
                        lambda folder: (sys.executable, ["-c", stand_in, str(folder)]))
    assert switching.start_program_on(tmp_path / "other")
    qtbot.waitUntil(lambda: said.exists() and said.read_text(encoding="utf-8").endswith("}"),
                    timeout=20_000)
    got = json.loads(said.read_text(encoding="utf-8"))
    assert got == {"args": [str(tmp_path / "other")], "cwd": str(paths.program_folder()),
                   "new": "1"}
