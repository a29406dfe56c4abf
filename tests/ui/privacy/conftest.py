"""Fixtures for the locked-folder screens: the demo case in a data folder locked with a
passphrase, what a person sees on the screen, and the program locked while in use."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import paths
from app.services.casefiles import import_demo_case
from app.services.cases import Cases
from app.services.privacy import lock_folder
from app.services.session import open_store
from app.store import Store
from app.store.errors import database_errors
from app.ui.main_window import MainWindow
from app.ui.privacy.session_lock import SessionLock
from app.ui.privacy.unlock_screen import OpenAnotherFolder, UnlockScreen
from app.ui.settings import Settings
from app.ui.text_size import apply_text_size
from tests.helpers.locked_files import PASSPHRASE
from tests.ui.conftest import TODAY

__all__ = ["PASSPHRASE"]


def demo_case_words() -> list[str]:
    """Words of the demo case that must never be on screen before it is unlocked."""
    case = json.loads(paths.demo_case_path().read_text(encoding="utf-8"))["case"]
    return [case["case_number"], case["short_title"], "Kessler", "Ramírez",
            case["counsel"][0]["name"]]


@pytest.fixture(scope="session")
def _locked_demo_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The demo case's data folder, locked, made once (locking takes a second): its folder
    and the case's row id."""
    folder = tmp_path_factory.mktemp("locked-demo")
    paths.configure(folder)  # each test configures its own folder after this
    store = open_store()
    try:
        number = import_demo_case(store)
        case_id = store.case_id(number)
    finally:
        store.close()
    assert case_id is not None
    lock_folder(PASSPHRASE, folder)
    return folder, case_id


@pytest.fixture
def locked_demo(data_dir: Path, _locked_demo_files: tuple[Path, str]) -> Path:
    """The data folder holding the demo case (the last one opened), locked."""
    made, case_id = _locked_demo_files
    shutil.copytree(made, data_dir, dirs_exist_ok=True)
    Settings().last_case_id = case_id
    return data_dir


def visible_words(widgets: list[QWidget] | None = None) -> str:
    """Every title and text a person can see in the program's visible windows."""
    words: list[str] = []
    for top in widgets if widgets is not None else QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        words.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
                words.append(widget.text())
            elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
                words.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                words += [widget.itemText(i) for i in range(widget.count())]
            elif isinstance(widget, QTabWidget):
                words += [widget.tabText(i) for i in range(widget.count())]
    return "\n".join(words)


def the_unlock_screen() -> UnlockScreen:
    screens = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, UnlockScreen) and w.isVisible()]
    assert len(screens) == 1, screens
    return screens[0]


def while_screen_is_up(action: Callable[[UnlockScreen], None]) -> None:
    """Run `action` on the unlock screen once it is shown (the start waits in its loop).
    A failing check quits the screen, so the start stops and the test reports it."""
    def run() -> None:
        screen = the_unlock_screen()
        try:
            action(screen)
        except BaseException:
            screen.quit_button.click()
            raise

    QTimer.singleShot(0, run)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: proof that nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def is_closed(store: Store) -> bool:
    try:
        store.conn.execute("SELECT 1")
    except database_errors():  # SQLCipher's errors for a locked folder's connection
        return True
    return False


def process_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def unlocked_session(qtbot: QtBot, locked_demo: Path, answers: object
                     ) -> Iterator[Callable[..., SessionLock]]:
    """The program on the locked demo folder after its passphrase opened it, as the start
    leaves it: the demo case on screen, locking by hand or after `minutes` (short) ones."""
    made: list[SessionLock] = []

    def make_window(store: Store) -> MainWindow:
        settings = Settings()
        apply_text_size(settings.larger_text)
        return MainWindow(Cases(store), settings, today=lambda: TODAY)

    def open_with(passphrase: str) -> Store:
        return open_store(daily_backup=True, passphrase=passphrase)

    def start(*, ms_per_minute: int = 60_000,
              open_another_folder: OpenAnotherFolder | None = None) -> SessionLock:
        store = open_with(PASSPHRASE)
        window = make_window(store)
        window.start()
        window.show()
        session = SessionLock(window, store, make_window=make_window, open_with=open_with,
                              open_another_folder=open_another_folder,
                              ms_per_minute=ms_per_minute)
        made.append(session)
        return session

    yield start
    for session in made:
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        if session.screen is not None:
            session.screen.hide()
            session.screen.deleteLater()
        process_deletions()
        session.close()
        session.deleteLater()
    process_deletions()
    apply_text_size(False)
