"""Locking the program while it is in use (Ctrl+L, the Lock button, minutes without use):
only the lock screen is left, the data folder is closed, and unlocking brings back the case
and every half-typed form with what was typed in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.services.drafts import Drafts
from app.ui.forms.counsel_form import CounselForm
from app.ui.privacy.session_lock import SessionLock
from app.ui.privacy.unlock_screen import UnlockScreen
from tests.ui.conftest import Answers, type_text
from tests.ui.privacy.conftest import (
    PASSPHRASE,
    demo_case_words,
    is_closed,
    process_deletions,
    visible_words,
)

# Typed half-way into a new lawyer's form: letters a US keyboard does not have.
HALF_TYPED = "Íñigo Peña-Ståhl, Oficina del Fiscal"


def _unlock(qtbot: QtBot, screen: UnlockScreen, passphrase: str = PASSPHRASE) -> None:
    type_text(qtbot, screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def _assert_locked(session: SessionLock, store: object) -> UnlockScreen:
    """Only the lock screen is up, nothing of the case shows, the connection is closed."""
    screen = session.screen
    assert screen is not None and screen.isVisible()
    process_deletions()
    assert is_closed(store)  # type: ignore[arg-type]
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [screen]
    words = visible_words()
    for secret in demo_case_words():
        assert secret not in words
    assert screen.windowTitle() == "Locked \u2014 Meet-and-Confer Log"
    return screen


def _new_lawyer_form(session: SessionLock) -> CounselForm:
    window = session.window
    assert window is not None
    window.show_page(2)
    window.counsel_page.new_counsel()
    form = window.counsel_page.form
    assert form is not None and form.isVisible()
    return form


def test_a_plain_folder_has_nothing_to_lock(make_window) -> None:  # type: ignore[no-untyped-def]
    plain = make_window(demo=True).lock_actions
    assert not plain.lock_now.isVisible() and not plain.button.isVisible()
    assert not plain.idle_minutes.isVisible()


def test_a_locked_folder_offers_the_lock_in_the_menu_and_a_button(
        unlocked_session: Callable[..., SessionLock]) -> None:
    session = unlocked_session()
    assert session.window is not None
    actions = session.window.lock_actions
    assert actions.lock_now.isVisible() and actions.button.isVisible()
    assert actions.lock_now.shortcut().toString() == "Ctrl+L"
    assert actions.lock_now in session.window.menuBar().actions()[0].menu().actions()


def test_ctrl_l_locks_and_closes_the_data_folder(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock]) -> None:
    session = unlocked_session()
    window, store = session.window, session.store
    assert window is not None and store is not None
    assert "Ramírez v. Kessler" in window.windowTitle()
    window.show_page(1)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = _assert_locked(session, store)
    assert session.window is None and session.store is None

    _unlock(qtbot, screen, "wrong one")
    assert session.is_locked() and screen.message.isVisible()
    _unlock(qtbot, screen)
    again = session.window
    assert again is not None and again.isVisible() and not session.is_locked()
    assert "Ramírez v. Kessler" in again.windowTitle()
    assert again.tabs.currentIndex() == 1  # the page that was in front
    assert session.store is not None and not is_closed(session.store)


def test_a_half_typed_form_is_kept_closed_and_brought_back(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock], answers: Answers) -> None:
    session = unlocked_session()
    form = _new_lawyer_form(session)
    key = form.draft_key
    store = session.store
    type_text(qtbot, form.field("name").widget, HALF_TYPED)
    # Ctrl+L in the form (its window blocks the main window's own shortcut).
    qtbot.keyClick(form.field("name").widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.is_locked()
    assert answers.confirms == []  # closed without asking
    screen = _assert_locked(session, store)

    _unlock(qtbot, screen)
    window = session.window
    assert window is not None and session.store is not None
    back = window.counsel_page.form
    assert back is not None and back.isVisible() and back is not form
    assert back.field("name").raw() == HALF_TYPED
    assert back.draft_key == key
    assert window.tabs.currentIndex() == 2


@pytest.mark.parametrize("larger", [False])
def test_idle_minutes_lock_the_program_and_keep_the_typing(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock], larger: bool) -> None:
    # One "minute" is 20 ms: the default 10 lock after 200 ms without input, sooner than
    # the half second a form waits before it keeps the typing.
    session = unlocked_session(ms_per_minute=20)
    store = session.store
    form = _new_lawyer_form(session)
    name = form.field("name").widget
    for ch in HALF_TYPED:
        QTest.sendKeyEvent(QTest.KeyAction.Click, name, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    assert form._autosave.pending()  # not yet kept when the lock comes
    qtbot.waitUntil(session.is_locked, timeout=3000)
    screen = _assert_locked(session, store)
    assert "nobody used it for 10 minutes" in screen.explanation.text()

    _unlock(qtbot, screen)
    window = session.window
    assert window is not None and session.store is not None
    back = window.counsel_page.form
    assert back is not None and back.field("name").raw() == HALF_TYPED
    draft = Drafts(session.store).load(back.draft_key)
    assert draft is not None and HALF_TYPED in str(draft.payload)


def test_input_keeps_the_program_open(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock]) -> None:
    session = unlocked_session(ms_per_minute=30)  # 300 ms
    window = session.window
    assert window is not None
    for _ in range(6):  # 600 ms, with a key every 100 ms
        qtbot.wait(100)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert not session.is_locked()
    qtbot.waitUntil(session.is_locked, timeout=3000)


def test_every_other_window_is_closed_without_asking(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock], answers: Answers) -> None:
    session = unlocked_session()
    window = session.window
    assert window is not None
    window.show_about()
    loose = QDialog()  # a window of the program with no parent
    loose.setWindowTitle("Ramírez v. Kessler")
    loose.show()
    store = session.store
    session.lock_now()
    assert not loose.isVisible()
    _assert_locked(session, store)
    loose.deleteLater()


def test_the_idle_minutes_are_chosen_and_kept(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock], locked_demo: Path) -> None:
    from app.ui.privacy.idle_dialog import IdleMinutesDialog
    from app.ui.settings import Settings

    session = unlocked_session(ms_per_minute=1000)
    window = session.window
    assert window is not None
    window.lock_actions.idle_minutes.trigger()
    dialog = window.findChild(IdleMinutesDialog)
    assert dialog is not None and dialog.minutes.value() == 10
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "75")  # more than an hour is not offered
    assert dialog.minutes.value() <= 60
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "3")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Return)
    assert Settings().idle_lock_minutes == 3
    assert session._idle.interval_ms == 3000


def test_a_letter_being_written_comes_back_with_its_words(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock]) -> None:
    from app.ui.letters.opening import open_letter_window
    from app.ui.letters.window import LetterWindow

    session = unlocked_session()
    window = session.window
    assert window is not None
    letter = open_letter_window(window, window.context, "d4")
    assert letter is not None
    box = letter.blocks.box("thanks")
    assert box is not None
    box.editor.setFocus()
    qtbot.keyClick(box.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, box.editor, " ¡Gracias, señora Natarajan!")
    wanted = box.text()
    store = session.store
    qtbot.keyClick(box.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = _assert_locked(session, store)

    _unlock(qtbot, screen)
    again = session.window
    assert again is not None
    [back] = [w for w in again.findChildren(LetterWindow) if w.isVisible()]
    assert back.ticked_ids() == ["d4"]
    kept = back.blocks.box("thanks")
    assert kept is not None and kept.text() == wanted


# Typed half-way into "I mailed it": a log number with letters a US keyboard does not have.
LOG_NUMBER = "LM-4471 nº ñ"


def test_i_mailed_it_half_filled_in_comes_back_over_its_letter(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock], answers: Answers) -> None:
    from app.ui.letters.mailed import MailedForm
    from app.ui.letters.opening import open_letter_window
    from app.ui.letters.window import LetterWindow

    session = unlocked_session()
    window = session.window
    assert window is not None
    letter = open_letter_window(window, window.context, "d4")
    assert letter is not None
    form = letter.open_mailed_form()
    assert form is not None and form.isVisible()
    day = form.field("mailed_on").widget
    day.selectAll()
    type_text(qtbot, day, "2026-11-1")  # half typed: kept as it is, not yet a day
    type_text(qtbot, form.field("mail_log_number").widget, LOG_NUMBER)
    assert form._autosave.pending()  # not yet kept when the lock comes
    store = session.store
    qtbot.keyClick(form.field("mail_log_number").widget, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert answers.confirms == []  # closed without asking
    screen = _assert_locked(session, store)

    _unlock(qtbot, screen)
    again = session.window
    assert again is not None and session.store is not None
    [letter_back] = [w for w in again.findChildren(LetterWindow) if w.isVisible()]
    assert letter_back.ticked_ids() == ["d4"]
    [back] = [w for w in again.findChildren(MailedForm) if w.isVisible()]
    assert back.parent() is letter_back
    assert back.field("mailed_on").raw() == "2026-11-1"
    assert back.field("mail_log_number").raw() == LOG_NUMBER
    case_id, kind = letter_back.session.case_id, letter_back.kind().value
    assert back.draft_key == form.draft_key == f"case:{case_id}:mailed:{kind}"

    # Cancelled on purpose (and confirmed): the draft is thrown away, as every form's is.
    back.reject()
    assert answers.confirms and not back.isVisible()
    assert Drafts(session.store).load(back.draft_key) is None


def test_start_my_case_half_typed_comes_back_on_its_page(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock], answers: Answers) -> None:
    from tests.helpers.wizard_typing import half_typed_case, shows_half_typed_case

    session = unlocked_session()
    window = session.window
    assert window is not None
    window.show_welcome()
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    wizard = window.case_wizard
    assert wizard is not None and wizard.isVisible()
    half_typed_case(qtbot, wizard)
    assert wizard._autosave.pending()  # not yet kept when the lock comes
    key = wizard.draft_key
    store = session.store
    window.lock_actions.lock_now.trigger()  # Lock now, from the Case menu
    assert answers.confirms == []  # closed without asking
    screen = _assert_locked(session, store)
    assert "Núñez" not in visible_words()

    _unlock(qtbot, screen)
    again = session.window
    assert again is not None and session.store is not None
    assert again.stack.currentWidget() is again.welcome  # where it was started from
    back = again.case_wizard
    assert back is not None and back is not wizard and back.isVisible()
    assert shows_half_typed_case(back)
    assert back.draft_key == key
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets()
                   if isinstance(w, UnlockScreen))


def test_another_person_choosing_their_folder_on_the_lock_screen_ends_this_copy(
        qtbot: QtBot, unlocked_session: Callable[..., SessionLock]) -> None:
    """The program is started on their folder (`app.ui.folders.switching`); this copy ends
    with nothing of the case open or shown."""
    session = unlocked_session(open_another_folder=lambda _parent: True)
    store = session.store
    assert session.window is not None
    session.lock_now()
    screen = _assert_locked(session, store)
    qtbot.mouseClick(screen.other_folder_button, Qt.MouseButton.LeftButton)
    assert session.window is None and session.store is None
    assert not screen.isVisible()
    for secret in demo_case_words():
        assert secret not in visible_words()

