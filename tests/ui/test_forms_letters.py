"""The forms' part of case file version 2: the request form's `What would settle it` and
its picker of common problems (sentences in the screen's language, from the list's own
data), the case form's day of the court's own step, length limits beside the field, and a
logged letter that survives a change to its log entry."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.model import DisputeKind, LetterKind, LetterRecord
from app.domain.reasons import load_reasons, reasons_for
from app.ui.forms.case_form import CaseForm
from app.ui.forms.communication_form import CommunicationForm
from app.ui.forms.dispute_form import DisputeForm
from app.ui.forms.reasons_field import ReasonsField
from app.ui.language import ENGLISH, SPANISH, LanguageSwitcher
from tests.ui.conftest import TODAY, type_text


@pytest.fixture
def demo_window(make_window):  # type: ignore[no-untyped-def]
    return make_window(demo=True)


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    original_locale = QLocale()
    chosen = LanguageSwitcher()
    yield chosen
    chosen.apply(qapp, ENGLISH, remember=False)
    QLocale.setDefault(original_locale)


def reasons_field(form: DisputeForm) -> ReasonsField:
    field = form.field("reasons")
    assert isinstance(field, ReasonsField)
    return field


def shown(form: DisputeForm) -> list[tuple[str, str, bool]]:
    """(id, words, ticked) of each reason the picker shows."""
    return [(str(item.data(Qt.ItemDataRole.UserRole)), item.text(),
             item.checkState() == Qt.CheckState.Checked)
            for item in reasons_field(form).items()]


def open_request(qtbot: QtBot, window, dispute_id: str) -> DisputeForm:  # type: ignore[no-untyped-def]
    session = window.context.session
    form = DisputeForm(window, session, session.case.dispute(dispute_id), today=TODAY)
    qtbot.addWidget(form)
    form.open()
    return form


def test_the_request_form_shows_what_was_saved(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    d1 = demo_window.context.session.case.dispute("d1")
    form = open_request(qtbot, demo_window, "d1")
    assert form.field("wanted").value() == d1.wanted
    assert [reason_id for reason_id, _, on in shown(form) if on] == d1.reasons
    # An interrogatory is offered the reasons for interrogatories, in the list's order,
    # each by its English sentence.
    assert [(i, words) for i, words, _ in shown(form)] == [
        (r.id, r.text_en) for r in reasons_for(DisputeKind.INTERROGATORY)]


def test_reasons_are_ticked_with_the_keyboard_and_saved(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = open_request(qtbot, demo_window, "d4")  # a request for production
    picker = reasons_field(form).list
    picker.setFocus()
    row = [i for i, _, _ in shown(form)].index("withheld_not_stated")
    picker.setCurrentRow(row)
    qtbot.keyClick(picker, Qt.Key.Key_Space)
    wanted = form.field("wanted").widget
    wanted.selectAll()
    qtbot.keyClick(wanted, Qt.Key.Key_Delete)
    type_text(qtbot, wanted, "Send the nurse's notes.")
    form.save()
    assert not form.isVisible()
    stored = session.store.load_case(session.case_id).dispute("d4")
    # In the list's order, whatever order they were ticked in.
    assert stored.reasons == ["withheld_not_stated", "evasive_or_incomplete"]
    assert stored.wanted == "Send the nurse's notes."
    assert session.case.dispute("d4") == stored


def test_a_new_kind_offers_its_reasons_and_keeps_what_is_ticked(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = open_request(qtbot, demo_window, "d1")  # boilerplate_objection, evasive_...
    form.field("kind").set_value(DisputeKind.ADMISSION)
    ids = [i for i, _, _ in shown(form)]
    assert "admission_no_inquiry" in ids
    assert "boilerplate_objection" in ids  # ticked, so still shown though it does not fit
    assert "not_answered_under_oath" not in ids  # not ticked and not for admissions
    assert [i for i, _, on in shown(form) if on] == ["boilerplate_objection",
                                                     "evasive_or_incomplete"]
    assert ids == [r for r in load_reasons() if r in ids]  # still the list's order


def test_the_picker_speaks_the_screens_language(qtbot: QtBot, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                 switcher: LanguageSwitcher,
                                                 demo_window) -> None:
    assert switcher.apply(qapp, SPANISH, remember=False)
    form = open_request(qtbot, demo_window, "d2")
    reasons = load_reasons()
    assert [words for _, words, _ in shown(form)] == [
        reasons[i].text_es for i, _, _ in shown(form)]
    # The words around it come from Qt's catalogue.
    label = form._rows["reasons"].label
    assert label is not None and label.text().startswith("Proble&mas comunes")


def test_what_would_settle_it_has_a_limit_shown_beside_it(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = open_request(qtbot, demo_window, "d1")
    form.field("wanted").widget.setPlainText("w" * 50_001)
    assert form.error_text("wanted") == (
        "This is too long: 50001 characters, where at most 50000 fit here.")
    form.save()
    assert form.isVisible()
    assert demo_window.context.session.case.dispute("d1").wanted != "w" * 50_001


def test_the_case_form_keeps_the_day_of_the_courts_own_step(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = CaseForm(demo_window, session.update_details, session.case)
    qtbot.addWidget(form)
    form.open()
    field = form.field("local_step_done_on").widget
    # Days are read as people write them (issue 16): an impossible one is told.
    type_text(qtbot, field, "20/06/2025")
    assert "there is no month 20" in form.error_text("local_step_done_on")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, "06/20/2025")
    assert form.error_text("local_step_done_on") == ""
    form.save()
    assert not form.isVisible()
    stored = session.store.load_case(session.case_id)
    assert stored.local_step_done_on is not None
    assert stored.local_step_done_on.isoformat() == "2025-06-20"
    # Opened again, the form shows it.
    again = CaseForm(demo_window, session.update_details, session.case)
    qtbot.addWidget(again)
    assert again.field("local_step_done_on").widget.text() == "June 20, 2025"


def test_a_name_too_long_is_told_beside_its_field(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = CaseForm(demo_window, session.update_details, session.case)
    qtbot.addWidget(form)
    form.open()
    form.field("judge").widget.setText("J" * 201)
    form.save()
    assert form.isVisible()
    assert form.error_text("judge") == (
        "This is too long: 201 characters, where at most 200 fit here.")


def test_changing_a_logged_letters_entry_keeps_the_letter(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    letter = LetterRecord(LetterKind.FOLLOW_UP, "Dear Counsel:\n\nI write again.")
    entry = dataclasses.replace(session.case.communications[0], letter=letter)
    session.save_communication(entry, new=False)
    form = CommunicationForm(demo_window, session, entry, today=TODAY)
    qtbot.addWidget(form)
    form.open()
    number = form.field("mail_log_number").widget
    number.selectAll()
    qtbot.keyClick(number, Qt.Key.Key_Delete)
    type_text(qtbot, number, "LM-25-0999")
    form.save()
    assert not form.isVisible()
    stored = session.store.load_case(session.case_id).communications[0]
    assert stored.mail_log_number == "LM-25-0999"
    assert stored.letter == letter
