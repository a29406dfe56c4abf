"""Starting the program on a locked data folder: the unlock screen comes first, shows
nothing of the case, opens the folder with the right passphrase and changes nothing with a
wrong one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app import paths
from app.store import Store
from app.ui import launch
from app.ui.privacy.unlock_screen import UnlockScreen, Why, unlock_at_start
from tests.ui.conftest import type_text
from tests.ui.privacy.conftest import (
    PASSPHRASE,
    demo_case_words,
    folder_bytes,
    visible_words,
    while_screen_is_up,
)


def _type_and_enter(qtbot: QtBot, screen: UnlockScreen, passphrase: str) -> None:
    type_text(qtbot, screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_the_right_passphrase_opens_the_locked_folder(qtbot: QtBot, locked_demo: Path) -> None:
    seen: list[str] = []

    def unlock(screen: UnlockScreen) -> None:
        seen.append(screen.windowTitle())
        seen.append(screen.folder_label.text())
        _type_and_enter(qtbot, screen, PASSPHRASE)

    while_screen_is_up(unlock)
    opening = launch._OpenData()
    store = opening()
    try:
        assert opening.locked
        assert [s.short_title for s in store.list_cases()] == ["Ramírez v. Kessler"]
    finally:
        store.close()
    assert seen[0] == "Locked \u2014 Meet-and-Confer Log"
    assert str(paths.data_dir()) in seen[1]


def test_nothing_of_the_case_is_on_screen_before_it_is_unlocked(
        qtbot: QtBot, locked_demo: Path) -> None:
    shown: list[str] = []

    def look_then_unlock(screen: UnlockScreen) -> None:
        shown.append(visible_words())
        screen.show_passphrase.setChecked(True)  # even the field shown as typed
        _type_and_enter(qtbot, screen, "not it")
        shown.append(visible_words())
        _type_and_enter(qtbot, screen, PASSPHRASE)

    while_screen_is_up(look_then_unlock)
    launch._OpenData()().close()
    assert len(shown) == 2
    for words in shown:
        assert "This data folder is locked" in words
        for secret in demo_case_words():
            assert secret not in words


def test_a_wrong_passphrase_says_so_and_changes_nothing(
        qtbot: QtBot, locked_demo: Path) -> None:
    before = folder_bytes(paths.data_dir())
    after: list[dict[str, bytes]] = []

    def wrong_then_right(screen: UnlockScreen) -> None:
        _type_and_enter(qtbot, screen, "Contraseña equivocada")
        assert screen.message.isVisible()
        assert "does not open" in screen.message.text()
        assert screen.passphrase.text() == ""  # cleared, and the cursor back in it
        assert screen.focusWidget() is screen.passphrase
        assert screen.passphrase.accessibleDescription() == screen.message.text()
        after.append(folder_bytes(paths.data_dir()))
        _type_and_enter(qtbot, screen, PASSPHRASE)

    while_screen_is_up(wrong_then_right)
    launch._OpenData()().close()
    assert after == [before]


def test_the_screen_works_from_the_keyboard_alone(qtbot: QtBot, locked_demo: Path) -> None:
    steps: list[str] = []

    def by_keyboard(screen: UnlockScreen) -> None:
        assert screen.focusWidget() is screen.passphrase
        assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)  # nothing typed yet
        assert "Type the passphrase first" in screen.message.text()
        type_text(qtbot, screen.passphrase, "ñ")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Tab)
        assert screen.focusWidget() is screen.show_passphrase
        qtbot.keyClick(screen.show_passphrase, Qt.Key.Key_Space)
        assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Normal
        steps.append("shown")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Tab)
        assert screen.focusWidget() is screen.show_passphrase
        qtbot.keyClick(screen.show_passphrase, Qt.Key.Key_Tab)
        assert screen.focusWidget() is screen.open_button
        qtbot.keyClick(screen.open_button, Qt.Key.Key_Tab)
        assert screen.focusWidget() is screen.other_folder_button
        qtbot.keyClick(screen.other_folder_button, Qt.Key.Key_Tab)
        assert screen.focusWidget() is screen.quit_button
        qtbot.keyClick(screen.quit_button, Qt.Key.Key_Space)

    while_screen_is_up(by_keyboard)
    with pytest.raises(launch._NotOpenedError) as stopped:
        launch._OpenData()()
    assert stopped.value.status == 0  # Quit is the person's choice, not a failure
    assert steps == ["shown"]


def test_the_unlock_screen_speaks_spanish(qtbot: QtBot, locked_demo: Path, spanish: None
                                          ) -> None:
    seen: list[str] = []

    def in_spanish(screen: UnlockScreen) -> None:
        _type_and_enter(qtbot, screen, "wrong")
        seen.append(visible_words([screen]))
        _type_and_enter(qtbot, screen, PASSPHRASE)

    while_screen_is_up(in_spanish)
    launch._OpenData()().close()
    words = seen[0]
    assert "Esta carpeta de datos está bloqueada" in words
    assert "frase de contraseña" in words
    assert "&Abrir" in words and "&Salir" in words
    assert "No se cambió nada" in words  # the wrong passphrase, said in Spanish
    assert "passphrase" not in words.lower()


def test_choosing_another_data_folder_on_the_unlock_screen_ends_this_copy(
        qtbot: QtBot, locked_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program is started on the other folder (`app.ui.folders.switching`, whose own
    tests start it), and this copy ends without opening anything: status 0."""
    asked: list[bool] = []

    def started_on_another_folder(parent: object) -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(launch, "_another_folder_chooser", lambda: started_on_another_folder)

    def press_other_folder(screen: UnlockScreen) -> None:
        assert screen.other_folder_button.isVisible()
        qtbot.mouseClick(screen.other_folder_button, Qt.MouseButton.LeftButton)

    while_screen_is_up(press_other_folder)
    with pytest.raises(launch._NotOpenedError) as stopped:
        launch._OpenData()()
    assert asked == [True] and stopped.value.status == 0


def test_the_unlock_screen_offers_the_folders_own_chooser() -> None:
    from app.ui.folders.switching import open_another_data_folder

    assert launch._another_folder_chooser() is open_another_data_folder


def _stick_gone(_passphrase: str) -> Store:
    raise OSError("the USB stick is gone")


def test_a_folder_that_cannot_be_opened_at_start_is_left_to_the_start_to_report(
        qtbot: QtBot) -> None:
    while_screen_is_up(lambda screen: _type_and_enter(qtbot, screen, PASSPHRASE))
    with pytest.raises(OSError, match="the USB stick is gone"):
        unlock_at_start(_stick_gone)


def test_a_folder_that_cannot_be_opened_later_is_said_on_the_lock_screen(
        qtbot: QtBot) -> None:
    screen = UnlockScreen(_stick_gone, why=Why.BY_HAND)
    qtbot.addWidget(screen)
    screen.show()
    _type_and_enter(qtbot, screen, PASSPHRASE)
    assert screen.isVisible() and screen.message.isVisible()
    assert "the USB stick is gone" in screen.message.text()
    assert "check that the stick is plugged in" in screen.message.text()
