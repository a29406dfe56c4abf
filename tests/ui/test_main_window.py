"""The main window: menus and shortcuts, case files in and out, larger text, About, the
case switcher, and the crash notice."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.ui import crash
from app.ui.settings import Settings
from app.ui.text_size import LARGER_POINTS, NORMAL_POINTS


def test_common_actions_have_shortcuts(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    assert window.new_comm_action.shortcut() == QKeySequence("Ctrl+M")
    assert window.new_dispute_action.shortcut() == QKeySequence("Ctrl+R")
    assert window.new_case_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert [a.shortcut() for a in window.page_actions] == [
        QKeySequence(f"Ctrl+{n}") for n in range(1, 6)]
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()  # each menu has a mnemonic


def test_welcome_page_when_nothing_was_open(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert not window.new_comm_action.isEnabled()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.case_view
    assert window.new_comm_action.isEnabled()


def test_larger_text_scales_and_is_remembered(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    heading_before = window.case_title.font().pointSizeF()
    window.larger_text_action.trigger()
    assert QApplication.font().pointSizeF() == LARGER_POINTS
    # Qt tells the widgets through posted events.
    qtbot.waitUntil(lambda: window.case_title.font().pointSizeF() > heading_before)
    assert Settings().larger_text
    window.larger_text_action.trigger()
    assert QApplication.font().pointSizeF() == NORMAL_POINTS
    assert not Settings().larger_text


def test_export_then_import_replaces_after_asking(qtbot: QtBot, make_window, answers,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    window = make_window(demo=True)
    target = tmp_path / "case.json"
    answers.save_path = str(target)
    window.export_action.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "meetconfer.case"
    answers.open_path = str(target)
    answers.confirm_answer = False
    window.import_action.trigger()
    assert len(answers.confirms) == 1 and "already here" in answers.confirms[0]
    answers.confirm_answer = True
    window.import_action.trigger()
    assert window.context.session is not None
    assert answers.problems == []


def test_a_bad_case_file_lists_its_problems(qtbot: QtBot, make_window, answers,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    window = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "meetconfer.case", "version": 1, "exported_at": None,
                               "case": {"case_number": "X"}}), encoding="utf-8")
    answers.open_path = str(bad)
    window.import_action.trigger()
    [(text, details)] = answers.problems
    assert "nothing was changed" in text
    assert details and any("case." in line for line in details)
    assert window.stack.currentWidget() is window.welcome


def test_switcher_appears_with_two_cases(qtbot: QtBot, make_window, store, answers,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    window = make_window(demo=True)
    assert window.switcher.isHidden()
    data = json.loads(paths.demo_case_path().read_text(encoding="utf-8"))
    data["case"]["case_number"] = "C 99-1 XX"
    data["case"]["short_title"] = "Second v. Case"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    answers.open_path = str(other)
    window.import_action.trigger()
    assert window.context.session.case.case_number == "C 99-1 XX"
    assert not window.switcher.isHidden()
    assert window.switcher.count() == 2
    first = window.switcher.findData(store.case_id(window.cases.summaries()[0].case_number))
    window.switcher.activated.emit(first)
    assert window.context.session.case.case_number != "C 99-1 XX"


def test_about_says_where_the_data_lives(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.about_action.trigger()
    text = window.about_dialog.text.toPlainText()
    assert str(paths.data_dir()) in text
    assert "command line" in text
    assert "OFL.txt" in text or "No fonts" in text


def test_open_data_folder(qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.folder_action.trigger()
    assert answers.folders == [str(paths.data_dir())]


def test_crash_hook_writes_a_report_and_shows_no_traceback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    previous = sys.excepthook
    try:
        crash.install(shown.append)
        try:
            raise RuntimeError("a bug")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    [notice] = shown
    assert "Something went wrong" in notice
    assert "Traceback" not in notice
    reports = list(paths.logs_dir().glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in notice
    # The kind of error and where, never its message (it may quote case details).
    report = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError (its message is left out" in report
    assert 'raise RuntimeError("a bug")' in report


def test_details_form_changes_the_case(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    window.details_action.trigger()
    form = window.case_form
    assert form.field("case_number").value() == window.context.session.case.case_number
    form.field("short_title").set_value("Renamed v. Sample")
    with qtbot.waitSignal(form.finished):
        form.save()
    assert "Renamed v. Sample" in window.case_title.text()
    assert len(window.context.session.case.communications) > 0


def test_switching_language_rebuilds_the_window_on_the_same_page(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    window.show_page(1)
    number = window.context.session.case.case_number
    old_log_page = window.log_page
    [spanish] = [a for a in window.language_menu.actions() if a.text() == "Es&pañol"]
    try:
        spanish.trigger()
        qtbot.waitUntil(lambda: window.log_page is not old_log_page)
        assert window.current_page() is window.log_page
        assert window.context.session.case.case_number == number
        assert window.log_page.model is not None and window.log_page.model.rowCount() > 0
    finally:
        [english] = [a for a in window.language_menu.actions() if a.text() == "&English"]
        english.trigger()
        qtbot.waitUntil(lambda: not window._rebuild_pending)


def test_ctrl_m_opens_a_new_letter_from_the_keyboard(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    # Ctrl+M ("mail"): Ctrl+L locks a data folder locked with a passphrase.
    window = make_window(demo=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.disputes_page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.log_page
    form = window.log_page.form
    assert form is not None and form.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_the_sample_case_is_marked_as_made_up(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    assert window.sample_note.isVisible()
    assert "made up" in window.sample_note.text()
