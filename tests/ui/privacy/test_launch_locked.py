"""The whole start on a locked data folder, as `meetconfer` runs it: the unlock screen,
the main window on the case, Lock now, and Quit from the lock screen ending the program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui import launch
from app.ui.main_window import MainWindow
from app.ui.privacy.unlock_screen import UnlockScreen
from tests.ui.conftest import type_text
from tests.ui.privacy.conftest import PASSPHRASE, demo_case_words, visible_words, while_screen_is_up


def _shown(kind: type) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_start_unlock_lock_and_quit(qtbot: QtBot, locked_demo: Path, qapp: QApplication) -> None:
    seen: list[str] = []

    def unlock(screen: UnlockScreen) -> None:
        seen.append(visible_words())
        type_text(qtbot, screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)

    def once_the_window_is_up() -> None:
        windows = _shown(MainWindow)
        if not windows:
            return
        watch.stop()
        window = windows[0]
        assert isinstance(window, MainWindow)
        seen.append(window.windowTitle())
        window.lock_actions.lock_now.trigger()
        seen.append(visible_words())
        screens = _shown(UnlockScreen)
        assert len(screens) == 1 and isinstance(screens[0], UnlockScreen)
        screens[0].quit_button.click()  # the last window: the program ends

    while_screen_is_up(unlock)
    watch = QTimer()
    watch.setInterval(50)
    watch.timeout.connect(once_the_window_is_up)
    watch.start()
    # Should anything go wrong, the program is ended rather than the test run hanging.
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(qapp.quit)
    give_up.start(30_000)
    try:
        status = launch.launch()
    finally:
        watch.stop()
        give_up.stop()
    assert len(seen) == 3, seen
    assert status == 0
    before, title, locked = seen
    assert "This data folder is locked" in before and "The program is locked" in locked
    assert "Ramírez v. Kessler" in title
    for secret in demo_case_words():
        assert secret not in before and secret not in locked
    assert not _shown(MainWindow) and not _shown(UnlockScreen)
