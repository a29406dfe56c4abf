"""Locking the data folder from the desktop app: set up from the Privacy menu (the two boxes
must match; a locked folder keeps working), the passphrase changed, the lock removed, and the
optional last page of "Start my case"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app import paths
from app.domain.model import Dispute, DisputeKind, DisputeStatus
from app.services import privacy
from app.services.privacy import WrongPassphraseError
from app.services.session import open_store
from app.ui import ask
from app.ui.lock_setup.dialogs import ChangeDialog, LockDialog, RemoveDialog
from tests.ui.conftest import type_text

PASSPHRASE = "green river under the bridge"
NEW_PASSPHRASE = "cuatro palabras que recuerdo"
DEMO_NUMBER = "C 25-00417 MEC (PR)"


def _type(qtbot: QtBot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.clear()
    type_text(qtbot, box, text)


def _lock_from_menu(qtbot: QtBot, window, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    window.privacy_menu.lock_action.trigger()
    dialog = window.privacy_menu.dialog
    assert isinstance(dialog, LockDialog)
    _type(qtbot, dialog.new.first, passphrase)
    _type(qtbot, dialog.new.second, passphrase)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)


def _data_bytes() -> bytes:
    """The data file and its journal, as anyone who copies the folder would read them."""
    found = b""
    for path in paths.data_dir().glob(f"{paths.DATABASE_FILE}*"):
        found += path.read_bytes()
    return found


def test_locking_from_the_menu_refuses_two_different_passphrases_then_locks(
        qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    menu = window.privacy_menu
    assert menu.lock_action.isEnabled()
    assert not menu.change_action.isEnabled() and not menu.remove_action.isEnabled()
    assert window.windowTitle().startswith("Ramírez v. Kessler")
    told: list[bool] = []
    window.folder_lock_changed.connect(told.append)

    menu.lock_action.trigger()
    dialog = menu.dialog
    assert isinstance(dialog, LockDialog)
    # Said before anything is done: a forgotten passphrase is lost for good.
    assert any("nobody can open your cases again" in label.text()
               for label in dialog.findChildren(type(dialog.problem)))
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "passphrase is empty" in dialog.problem.text()
    _type(qtbot, dialog.new.first, PASSPHRASE)
    _type(qtbot, dialog.new.second, PASSPHRASE + "s")
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "not the same" in dialog.problem.text()
    assert not privacy.folder_is_locked()

    _type(qtbot, dialog.new.second, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert privacy.folder_is_locked()
    assert told == [True]
    assert answers.notices[-1].startswith("This data folder is locked.")
    assert DEMO_NUMBER.encode() not in _data_bytes()
    assert not menu.lock_action.isEnabled()
    assert menu.change_action.isEnabled() and menu.remove_action.isEnabled()
    # The window goes on showing the case (locking it closes the window: the lock screen).
    assert window.windowTitle().startswith("Ramírez v. Kessler")

    # The program goes on with its data, locked: a change is saved into the locked file.
    session = window.context.session
    session.save_dispute(Dispute(id="", kind=DisputeKind.INTERROGATORY, label="Interrogatory 9",
                                 status=DisputeStatus.OPEN), new=True)
    window.context.notify_changed()
    window.show_welcome()
    assert window.welcome.cases.count() == 1
    reopened = open_store(passphrase=PASSPHRASE)
    try:
        case = reopened.load_case_by_number(DEMO_NUMBER)
    finally:
        reopened.close()
    assert case is not None
    assert "Interrogatory 9" in [d.label for d in case.disputes]


def test_the_passphrase_changed_then_the_lock_removed(
        qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    _lock_from_menu(qtbot, window)
    menu = window.privacy_menu
    told: list[bool] = []
    window.folder_lock_changed.connect(told.append)

    menu.change_action.trigger()
    change = menu.dialog
    assert isinstance(change, ChangeDialog)
    # By keyboard: the present passphrase first, then the new one twice.
    change.activateWindow()
    qtbot.waitUntil(lambda: change.focusWidget() is change.present)
    for box in (change.new.first, change.new.second):
        qtbot.keyClick(change.focusWidget(), Qt.Key.Key_Tab)
        assert change.focusWidget() is box
    _type(qtbot, change.present, "not the passphrase")
    _type(qtbot, change.new.first, NEW_PASSPHRASE)
    _type(qtbot, change.new.second, NEW_PASSPHRASE)
    qtbot.mouseClick(change.go_button, Qt.MouseButton.LeftButton)
    assert change.isVisible() and change.problem.isVisible()
    privacy.check_passphrase(PASSPHRASE)  # nothing changed
    _type(qtbot, change.present, PASSPHRASE)
    _type(qtbot, change.new.second, NEW_PASSPHRASE + "!")
    qtbot.mouseClick(change.go_button, Qt.MouseButton.LeftButton)
    assert "not the same" in change.problem.text()
    privacy.check_passphrase(PASSPHRASE)
    _type(qtbot, change.new.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(change.accepted):
        qtbot.mouseClick(change.go_button, Qt.MouseButton.LeftButton)
    privacy.check_passphrase(NEW_PASSPHRASE)
    assert "only the new one" in answers.notices[-1]
    with pytest.raises(WrongPassphraseError):
        privacy.check_passphrase(PASSPHRASE)
    assert window.cases.summaries()[0].case_number == DEMO_NUMBER  # still working

    menu.remove_action.trigger()
    remove = menu.dialog
    assert isinstance(remove, RemoveDialog)
    # Said before anything is done: without the lock anyone can read the cases.
    assert any("anyone who uses this computer" in label.text()
               for label in remove.findChildren(type(remove.problem)))
    _type(qtbot, remove.present, PASSPHRASE)  # the old one no longer opens it
    qtbot.mouseClick(remove.go_button, Qt.MouseButton.LeftButton)
    assert remove.isVisible() and remove.problem.isVisible()
    assert privacy.folder_is_locked()
    _type(qtbot, remove.present, NEW_PASSPHRASE)
    with qtbot.waitSignal(remove.accepted):
        qtbot.mouseClick(remove.go_button, Qt.MouseButton.LeftButton)
    assert not privacy.folder_is_locked()
    assert "opens without a passphrase" in answers.notices[-1]
    assert told == [True, False]  # changed (still locked), then removed
    assert DEMO_NUMBER.encode() in _data_bytes()
    assert menu.lock_action.isEnabled() and not menu.remove_action.isEnabled()
    assert window.windowTitle().startswith("Ramírez v. Kessler")
    assert window.cases.summaries()[0].case_number == DEMO_NUMBER


def test_a_failed_lock_leaves_the_folder_as_it_was_and_working(
        qtbot: QtBot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)

    def fails(passphrase: str, folder: object = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(privacy, "lock_folder", fails)
    window.privacy_menu.lock_action.trigger()
    dialog = window.privacy_menu.dialog
    _type(qtbot, dialog.new.first, PASSPHRASE)
    _type(qtbot, dialog.new.second, PASSPHRASE)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "No space left on device" in dialog.problem.text()
    assert "Nothing was changed" in dialog.problem.text()
    assert not privacy.folder_is_locked()
    assert DEMO_NUMBER.encode() in _data_bytes()
    # Still working on the plain data.
    assert window.cases.summaries()[0].case_number == DEMO_NUMBER
    dialog.reject()


def _wizard_to_the_lock_page(qtbot: QtBot, window):  # type: ignore[no-untyped-def]
    from tests.ui.test_wizard import _next, _open_wizard
    from tests.ui.test_wizard import _type as type_field

    wizard = _open_wizard(qtbot, window)
    type_field(qtbot, wizard.court_page, "district", "District of Arizona")
    _next(qtbot, wizard)
    for key, text in (("case_number", "CV 26-101"), ("short_title", "Doe v. Roe"),
                      ("plaintiffs", "J. Doe"), ("defendants", "R. Roe")):
        type_field(qtbot, wizard.case_page, key, text)
    _next(qtbot, wizard)
    type_field(qtbot, wizard.you_page, "name", "J. Doe")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()  # skip it all
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.lock_page
    assert window.cases.case_id("CV 26-101") is not None  # saved before the offer
    return wizard


def test_start_my_case_offers_the_lock_last(qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    told: list[bool] = []
    window.folder_lock_changed.connect(told.append)
    wizard = _wizard_to_the_lock_page(qtbot, window)
    page = wizard.lock_page
    assert page.not_now.isChecked() and not page.new.isEnabled()
    # On the round button itself (a wide row's middle may be past its words).
    qtbot.mouseClick(page.lock_it, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, page.lock_it.height() // 2))
    assert page.new.isEnabled()
    _type(qtbot, page.new.first, PASSPHRASE)
    _type(qtbot, page.new.second, "something else")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and "not the same" in page.problem.text()
    assert not privacy.folder_is_locked()
    _type(qtbot, page.new.second, PASSPHRASE)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert privacy.folder_is_locked()
    assert answers.notices[-1].startswith("This data folder is locked.")
    assert window.context.session is not None
    assert window.windowTitle().startswith("Doe v. Roe")
    assert told == [True]
    assert window.privacy_menu.change_action.isEnabled()


def test_start_my_case_lock_page_skipped(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wizard = _wizard_to_the_lock_page(qtbot, window)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert not privacy.folder_is_locked()
    assert window.context.session.case.case_number == "CV 26-101"


def test_exporting_from_a_locked_folder_says_the_file_is_not_locked(
        qtbot: QtBot, make_window, answers, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    plain_copy = tmp_path / "plain-folder.json"
    answers.save_path = str(plain_copy)
    window.export_action.trigger()
    assert answers.confirms == []  # a plain folder: nothing to warn about
    assert plain_copy.exists()

    _lock_from_menu(qtbot, window)
    target = tmp_path / "case.json"
    answers.save_path = str(target)
    answers.confirm_answer = False
    window.export_action.trigger()
    assert len(answers.confirms) == 1
    assert "will NOT be locked" in answers.confirms[0]
    assert "anyone who opens it can read your case" in answers.confirms[0]
    assert not target.exists()

    answers.confirm_answer = True
    suggested: list[str] = []
    monkeypatch.setattr(ask, "save_file",
                        lambda parent, title, name, filters: suggested.append(name) or str(target))
    window.export_action.trigger()
    assert len(answers.confirms) == 2
    assert suggested == ["case-file.json"]  # the case's number is not in the file's name
    assert DEMO_NUMBER in target.read_text(encoding="utf-8")


def test_the_welcome_page_offers_the_lock_until_the_folder_is_locked(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.welcome.lock_button.isVisible()
    qtbot.mouseClick(window.welcome.lock_button, Qt.MouseButton.LeftButton)
    dialog = window.privacy_menu.dialog
    assert isinstance(dialog, LockDialog) and dialog.isVisible()
    _type(qtbot, dialog.new.first, PASSPHRASE)
    _type(qtbot, dialog.new.second, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert privacy.folder_is_locked()
    assert not window.welcome.lock_button.isVisible()
    window.show_welcome()
    assert not window.welcome.lock_button.isVisible()


def _dialogs_fit_a_small_screen(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.ui.text_size import apply_text_size

    apply_text_size(True)
    for make in (LockDialog, ChangeDialog, RemoveDialog):
        dialog = make(window, window.cases.store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.say("x " * 80)  # a long message beside the boxes
        QApplication.processEvents()
        assert dialog.width() <= 1024 and dialog.height() <= 768, (make.__name__,
                                                                    dialog.size())
        dialog.close()


def test_the_passphrase_dialogs_fit_a_small_screen_with_larger_text(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    _dialogs_fit_a_small_screen(qtbot, make_window(demo=True))


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_passphrase_dialogs_fit_a_small_screen_with_larger_text(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    _dialogs_fit_a_small_screen(qtbot, make_window(demo=True))


def test_after_the_language_changes_the_new_menus_still_lock_and_tell(
        qtbot: QtBot, make_window, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale

    from app.ui.language import ENGLISH, SPANISH, LanguageSwitcher

    window = make_window(demo=True)
    told: list[bool] = []
    window.folder_lock_changed.connect(told.append)
    original_locale = QLocale()
    switcher = LanguageSwitcher()
    try:
        assert switcher.apply(qapp, SPANISH, remember=False)
        # The window is made again in Spanish, its menus too.
        qtbot.waitUntil(lambda: window.privacy_menu.menu.title() == "Pri&vacidad")
        _lock_from_menu(qtbot, window)
        assert told == [True]
        assert privacy.folder_is_locked()
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        switcher.apply(qapp, ENGLISH, remember=False)
        QCoreApplication.processEvents()
        QLocale.setDefault(original_locale)


def test_locking_from_the_menu_brings_lock_now_and_removing_the_lock_takes_it_away(
        qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    """The start's guard (app.ui.launch) makes the session lock when the plain folder is
    locked while the program runs: Lock now (Ctrl+L) appears and works; with the lock
    removed it goes again."""
    from app.ui import launch

    window = make_window(demo=True)
    guard = launch._Guard(window, window.cases.store, locked=False)
    assert guard.session is None and not window.lock_actions.lock_now.isVisible()
    _lock_from_menu(qtbot, window)
    session = guard.session
    assert session is not None and window.lock_actions.lock_now.isVisible()
    store = window.cases.store
    # The store every page holds goes on locked: its backups are sealed with the passphrase.
    assert store.is_locked and store.folder_passphrase == PASSPHRASE

    window.privacy_menu.remove_action.trigger()
    remove = window.privacy_menu.dialog
    assert isinstance(remove, RemoveDialog)
    _type(qtbot, remove.present, PASSPHRASE)
    with qtbot.waitSignal(remove.accepted):
        qtbot.mouseClick(remove.go_button, Qt.MouseButton.LeftButton)
    assert not privacy.folder_is_locked() and not store.is_locked
    assert not window.lock_actions.lock_now.isVisible() and not session.can_lock()
    session.lock_now()  # nothing to lock on a plain folder
    assert not session.is_locked() and window.isVisible()

    _lock_from_menu(qtbot, window)
    assert window.lock_actions.lock_now.isVisible() and session.can_lock()
    window.lock_actions.lock_now.trigger()
    assert session.is_locked() and session.window is None
    screen = session.screen
    assert screen is not None
    type_text(qtbot, screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not session.is_locked()
    again = session.window
    assert again is not None and again.windowTitle().startswith("Ramírez v. Kessler")
    assert again.lock_actions.lock_now.isVisible()
    # The window the session made is no test's widget: closed here, with the data.
    again.close()
    again.deleteLater()
    guard.close()
    del store
