"""Fixtures for the desktop app's tests: a main window on a fresh data folder, a fixed
"today", and the message boxes replaced by recorders (a modal box would block a test)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.cases import Cases
from app.services.session import open_store
from app.store import Store
from app.ui import ask
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.text_size import apply_text_size

# After every day in the sample case, so its records are all in the past.
TODAY = dt.date(2026, 11, 29)


@dataclass
class Answers:
    """What the replaced message boxes were asked, and what they answer."""

    confirm_answer: bool = True
    confirms: list[str] = field(default_factory=list)
    problems: list[tuple[str, list[str]]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    open_path: str | None = None
    save_path: str | None = None
    folders: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorded = Answers()

    def confirm(parent: object, title: str, text: str, yes_text: str) -> bool:
        recorded.confirms.append(text)
        return recorded.confirm_answer

    def problem(parent: object, title: str, text: str, details: list[str] | None = None) -> None:
        recorded.problems.append((text, list(details or [])))

    def inform(parent: object, title: str, text: str) -> None:
        recorded.notices.append(text)

    def show_folder(folder: object) -> bool:
        recorded.folders.append(str(folder))
        return True

    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(ask, "problem", problem)
    monkeypatch.setattr(ask, "inform", inform)
    monkeypatch.setattr(ask, "open_file", lambda *a: recorded.open_path)
    monkeypatch.setattr(ask, "save_file", lambda *a: recorded.save_path)
    monkeypatch.setattr(ask, "show_folder", show_folder)
    return recorded


@pytest.fixture
def store() -> Iterator[Store]:
    opened = open_store()
    yield opened
    opened.close()


@pytest.fixture
def make_window(qtbot: QtBot, store: Store, answers: Answers):  # type: ignore[no-untyped-def]
    """Build a main window (and start it) as the program does at start-up."""

    made: list[MainWindow] = []

    def make(*, demo: bool = False, start: bool = True) -> MainWindow:
        window = MainWindow(Cases(store), Settings(), today=lambda: TODAY)
        qtbot.addWidget(window)
        made.append(window)
        if start:
            window.start(demo=demo)
        window.show()
        return window

    yield make
    # Closed before the store closes: a window must not touch a closed data folder.
    for window in made:
        window.close()
    apply_text_size(False)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a person: ASCII with keyClicks, other characters one key event each
    (keyClicks stops at the first non-ASCII character)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The screen in Spanish for one test, then English again (and the locale as it was)."""
    from app.ui.language import ENGLISH, SPANISH, LanguageSwitcher

    original_locale = QLocale()
    switcher = LanguageSwitcher()
    assert switcher.apply(qapp, SPANISH, remember=False)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.apply(qapp, ENGLISH, remember=False)
    QLocale.setDefault(original_locale)


@pytest.fixture(autouse=True)
def _no_window_left_showing(qapp: QApplication) -> Iterator[None]:
    """After each test, hide every window still showing. A window the program made itself
    (one a session lock built, a letter window, a dialog a test did not close) is no test's
    widget, so nothing else closes it; left showing, it can take the keyboard and the
    active-window state from the next test's window on the same worker, which then waits in
    vain for a key to arrive. (A letter-window test and the accessibility walk's self-test
    each failed once under two workers and never again; this is the likeliest cause, not a
    proven one.)"""
    yield
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            top.hide()
