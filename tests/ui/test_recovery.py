"""At start, what the last run left: a plain notice that it closed unexpectedly (and where
the staff's details are), and each unsaved draft offered back with Keep it and Throw it
away (`app.ui.recovery`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.crash import PreviousRun
from app.services.drafts import Drafts
from app.store import Store
from app.ui import recovery
from app.ui.forms.counsel_form import CounselForm
from tests.ui.conftest import Answers, type_text

NAME = "Dana M. Whitfield"
CRASHED = PreviousRun(True, Path("/data/logs/crash-20261204-101500-000000-fatal.txt"))


@pytest.fixture
def demo_window(make_window):  # type: ignore[no-untyped-def]
    return make_window(demo=True)


def _leave_a_lawyer_draft(qtbot: QtBot, window) -> str:  # type: ignore[no-untyped-def]
    """Type a new lawyer, keep the draft, and drop the form as a crash would."""
    form = CounselForm(window, window.context.session)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("name").widget, NAME)
    type_text(qtbot, form.field("phone").widget, "(555) 010-0199 ñ")
    form.keep_draft()
    key = form.draft_key
    form.hide()
    form.deleteLater()
    return key


def _dialog(window, last: PreviousRun = CRASHED) -> recovery.RecoveryDialog:  # type: ignore[no-untyped-def]
    dialog = recovery.offer(window, last)
    assert dialog is not None
    # Deleted by the test's teardown, not on close (it would be deleted twice).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


def test_nothing_is_shown_after_a_clean_end_with_nothing_typed(demo_window) -> None:  # type: ignore[no-untyped-def]
    assert recovery.offer(demo_window, PreviousRun(False)) is None


def test_a_crash_with_nothing_typed_is_said_plainly(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    text = dialog.heading.text()
    assert "The program closed unexpectedly" in text
    assert str(CRASHED.report) in text
    assert "Everything you saved is safe." in text
    assert "Traceback" not in text
    assert dialog.keep_buttons == []


def test_a_draft_is_offered_back_and_keep_reopens_the_form_with_the_text(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    _leave_a_lawyer_draft(qtbot, demo_window)
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    words = dialog.grid.itemAtPosition(0, 0).widget().text()
    assert words.startswith(f"You were adding a lawyer: {NAME} (case Ramírez v. Kessler")
    assert "last typed" in words
    assert "still here" in dialog.heading.text()
    assert [b.text() for b in (dialog.keep_buttons[0], dialog.throw_buttons[0])] == [
        "&Keep it", "Throw it away"]

    dialog.keep_buttons[0].click()
    form = demo_window.counsel_page.form
    assert form is not None and form.isVisible()
    assert demo_window.tabs.currentIndex() == 2
    assert form.field("name").widget.text() == NAME
    assert form.field("phone").widget.text() == "(555) 010-0199 ñ"
    type_text(qtbot, form.field("address").widget, "1 Main St")
    form.save()
    assert not form.isVisible()
    assert Drafts(store).pending() == []
    assert NAME in [c.name for c in demo_window.context.session.case.counsel]


def test_throw_it_away_asks_first(
        qtbot: QtBot, demo_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    _leave_a_lawyer_draft(qtbot, demo_window)
    dialog = _dialog(demo_window, PreviousRun(False))
    qtbot.addWidget(dialog)
    assert "had not finished" in dialog.heading.text()
    assert "unexpectedly" not in dialog.heading.text()
    answers.confirm_answer = False
    dialog.throw_buttons[0].click()
    assert len(Drafts(store).pending()) == 1
    answers.confirm_answer = True
    dialog.throw_buttons[0].click()
    assert Drafts(store).pending() == []
    assert dialog.keep_buttons == [] and dialog.close_button.text() == "&Close"


def test_the_drafts_left_are_offered_again_when_the_kept_one_is_done(
        qtbot: QtBot, demo_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    _leave_a_lawyer_draft(qtbot, demo_window)
    session = demo_window.context.session
    letter = session.case.communications[0]
    Drafts(store).save(f"case:{session.case_id}:communication:{letter.id}", "communication",
                       "A letter", {"case_id": session.case_id, "record_id": letter.id,
                                    "fields": {"summary": "Changed words"}})
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    assert len(dialog.keep_buttons) == 2
    dialog.keep_buttons[0].click()
    form = demo_window.counsel_page.form
    answers.confirm_answer = True
    form.reject()  # thrown away after asking
    again = demo_window.findChildren(recovery.RecoveryDialog)
    shown = [d for d in again if d.isVisible()]
    assert len(shown) == 1 and len(shown[0].keep_buttons) == 1
    assert "You were changing a letter or call: A letter" in shown[0].grid.itemAtPosition(
        0, 0).widget().text()
    shown[0].keep_buttons[0].click()
    log_form = demo_window.log_page.form
    assert log_form is not None and log_form.original == letter
    assert log_form.field("summary").widget.toPlainText() == "Changed words"
    log_form.hide()


def test_a_change_to_a_record_removed_since_comes_back_as_a_new_record(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    Drafts(store).save(f"case:{session.case_id}:counsel:gone", "counsel", NAME,
                       {"case_id": session.case_id, "record_id": "gone",
                        "fields": {"name": NAME, "address": "1 Main St"}})
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    assert "You were changing a lawyer's details" in dialog.grid.itemAtPosition(
        0, 0).widget().text()
    dialog.keep_buttons[0].click()
    form = demo_window.counsel_page.form
    assert form is not None and form.original is None
    assert form.field("name").widget.text() == NAME
    assert [d.key for d in Drafts(store).pending()] == [form.draft_key]
    form.save()
    assert Drafts(store).pending() == []


def test_a_draft_whose_case_is_gone_shows_its_words_to_copy(
        qtbot: QtBot, demo_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    Drafts(store).save("case:999:dispute:new", "dispute", "RFP 9",
                       {"case_id": 999, "record_id": None,
                        "fields": {"label": "RFP 9", "deficiency": "They sent nothing."}})
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.keep_buttons[0].click()
    [(text, details)] = answers.problems
    assert "no longer here" in text
    assert details == ["RFP 9", "They sent nothing."]
    assert len(Drafts(store).pending()) == 1  # still there, to throw away when read


def test_the_dialog_is_translated(qtbot: QtBot, spanish: None, demo_window) -> None:  # type: ignore[no-untyped-def]
    _leave_a_lawyer_draft(qtbot, demo_window)
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    assert "inesperada" in dialog.heading.text()
    words = dialog.grid.itemAtPosition(0, 0).widget().text()
    assert words.startswith(f"Estaba agregando un abogado: {NAME}")


def test_a_new_case_and_a_change_to_the_case_details_come_back(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    drafts = Drafts(store)
    drafts.save("nocase:case:new", "case", "Doe v. Roe",
                {"case_id": None, "record_id": None, "fields": {"short_title": "Doe v. Roe"}})
    drafts.save(f"case:{session.case_id}:case:details", "case", "Ramírez v. Kessler",
                {"case_id": session.case_id, "record_id": "details",
                 "fields": {"judge": "Hon. A. New Judge"}})
    dialog = _dialog(demo_window)
    qtbot.addWidget(dialog)
    texts = [dialog.grid.itemAtPosition(row, 0).widget().text() for row in range(2)]
    assert texts[0].startswith("You were starting a new case: Doe v. Roe (last typed")
    assert texts[1].startswith("You were changing the case details: Ramírez v. Kessler")

    dialog.keep_buttons[1].click()
    form = demo_window.case_form
    assert form is not None and form.original is not None
    assert form.field("judge").widget.text() == "Hon. A. New Judge"
    assert form.field("case_number").widget.text() == session.case.case_number
    form.hide()

    dialog.keep_buttons[0].click()
    form = demo_window.case_form
    assert form is not None and form.original is None
    assert form.field("short_title").widget.text() == "Doe v. Roe"
    form.hide()
