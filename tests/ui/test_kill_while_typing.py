"""Issue 13: the program is killed (SIGKILL: no clean-up of any kind) while a form holds
typed text; the next start says it closed unexpectedly and offers the draft back whole,
and Keep it opens the form with every character in it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import crash
from app.services.cases import Cases
from app.services.session import open_store
from app.ui import launch, recovery
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.ui.conftest import TODAY, Answers

ROOT = Path(__file__).resolve().parent.parent.parent
NAME = "Dana M. Whitfield"
ADDRESS = ["Office of the Attorney General", "1300 “I” Street, Suite 125", "Sacramento ñ CA"]

# The real program (`launch`), driven from inside once its window is up: the menu's New
# lawyer, typing through key events, then a wait until the typing is kept, then "typed".
_PROGRAM = r"""
import sys
from app import paths
paths.configure(sys.argv[1])
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(["meetconfer"])
NAME, ADDRESS = sys.argv[2], sys.argv[3].split("|")

def key(widget, text):
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, text,
                       Qt.KeyboardModifier.NoModifier)

def drive():
    from app.ui.main_window import MainWindow
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or windows[0].context.session is None:
        QTimer.singleShot(50, drive)
        return
    window = windows[0]
    window.new_counsel_action.trigger()
    form = window.counsel_page.form
    for ch in NAME:
        key(form.field("name").widget, ch)
    address = form.field("address").widget
    for number, line in enumerate(ADDRESS):
        if number:
            QTest.keyClick(address, Qt.Key.Key_Return)
        for ch in line:
            key(address, ch)
    wait_until_kept(window, form)

def wait_until_kept(window, form):
    from app.services.drafts import Drafts
    draft = Drafts(window.cases.store).load(form.draft_key)
    if draft is None or draft.payload["fields"]["address"] != "\n".join(ADDRESS):
        QTimer.singleShot(50, lambda: wait_until_kept(window, form))
        return
    print("typed", flush=True)

QTimer.singleShot(0, drive)
from app.ui.launch import launch
sys.exit(launch(demo=True))
"""


def _run_and_kill(data: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _PROGRAM, str(data), NAME, "|".join(ADDRESS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "typed", child.stderr.read() if child.stderr else line
        child.send_signal(signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL


def test_killed_while_typing_the_draft_comes_back_whole(
        qtbot: QtBot, data_dir: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    _run_and_kill(data_dir)

    # The next start, as `launch` makes it.
    last = crash.previous_run()
    assert last.ended_unexpectedly and last.report is None
    store = open_store()
    window = MainWindow(Cases(store), Settings(), today=lambda: TODAY)
    qtbot.addWidget(window)
    try:
        window.start()
        window.show()
        launch._offer_recovery(window, last)
        qtbot.waitUntil(lambda: any(d.isVisible()
                                    for d in window.findChildren(recovery.RecoveryDialog)))
        [dialog] = [d for d in window.findChildren(recovery.RecoveryDialog) if d.isVisible()]
        assert "closed unexpectedly" in dialog.heading.text()
        [words] = [dialog.grid.itemAtPosition(0, 0).widget().text()]
        assert words.startswith(f"You were adding a lawyer: {NAME} (case Ramírez v. Kessler")

        dialog.keep_buttons[0].click()
        form = window.counsel_page.form
        assert form is not None and form.isVisible()
        assert form.field("name").widget.text() == NAME
        assert form.field("address").widget.toPlainText() == "\n".join(ADDRESS)
        before = len(window.context.session.case.counsel)
        form.save()
        counsel = window.context.session.case.counsel
        assert len(counsel) == before + 1
        assert (counsel[-1].name, counsel[-1].address) == (NAME, ADDRESS)
    finally:
        window.close()
        store.close()
