"""A first case without help: from an empty data folder, "Start my case" walks through
the pages, typed into as a person would, and saves the case with its lawyer and requests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.domain.model import DisputeKind, Method
from app.services.session import open_store
from app.ui.forms.fields import CheckListField
from app.ui.wizard import FirstCaseWizard
from tests.helpers.wizard_typing import choose as _choose
from tests.helpers.wizard_typing import next_page as _next
from tests.helpers.wizard_typing import type_into as _type
from tests.ui.conftest import type_text


def _open_wizard(qtbot: QtBot, window) -> FirstCaseWizard:  # type: ignore[no-untyped-def]
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    wizard = window.case_wizard
    assert wizard is not None and wizard.isVisible()
    return wizard


def test_a_first_case_from_an_empty_folder(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.cases.summaries() == []
    assert "Start my case" in window.welcome.new_button.text().replace("&", "")
    wizard = _open_wizard(qtbot, window)

    court = wizard.court_page
    assert "top of the first page" in court.where.text()
    _choose(court, "rule_profile", "cacd")
    assert court.fields["district"].value() == "Central District of California"
    # A district from other papers disagrees with the court chosen: warned, in words.
    court.fields["district"].edit.clear()
    _type(qtbot, court, "district", "Southern District of New York")
    assert court.warning.isVisible() and "Central District" in court.warning.text()
    # The court that matches the papers.
    _choose(court, "rule_profile", "nysd")
    assert court.fields["district"].value() == "Southern District of New York"
    assert not court.warning.isVisible()
    _next(qtbot, wizard)

    case = wizard.case_page
    assert "case number" in case.where.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _type(qtbot, case, "case_number", "1:25-cv-04417")
    _type(qtbot, case, "short_title", "Núñez v. Sample")
    _type(qtbot, case, "plaintiffs", "José Núñez")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _type(qtbot, case, "defendants", "A. Sample")
    _next(qtbot, wizard)

    you = wizard.you_page
    _type(qtbot, you, "name", "José Núñez")
    _type(qtbot, you, "prisoner_number", "P-12345")
    _type(qtbot, you, "institution", "Green Haven Correctional Facility")
    _type(qtbot, you, "address", "P.O. Box 4000\nStormville, NY 12582")
    _next(qtbot, wizard)

    lawyer = wizard.lawyer_page
    _type(qtbot, lawyer, "name", "Pat Lawyer")
    _type(qtbot, lawyer, "represents", "Defendant Sample")
    _type(qtbot, lawyer, "address", "28 Liberty Street\nNew York, NY 10005")
    _next(qtbot, wizard)

    requests = wizard.requests_page
    _choose(requests, "kind", DisputeKind.PRODUCTION)
    _type(qtbot, requests, "set_number", "1")
    _type(qtbot, requests, "item_number", "3")
    _type(qtbot, requests, "served_on", "6/2/2025")
    qtbot.mouseClick(requests.add_button, Qt.MouseButton.LeftButton)
    _choose(requests, "kind", DisputeKind.INTERROGATORY)
    _type(qtbot, requests, "item_number", "4")
    qtbot.mouseClick(requests.add_button, Qt.MouseButton.LeftButton)
    assert [requests.list.item(i).text() for i in range(requests.list.count())] == [
        "Request for Production No. 3 (Set One)", "Interrogatory No. 4 (Set One)"]

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.case_view
    assert "Núñez v. Sample" in window.case_title.text()
    assert not window.sample_note.isVisible()

    store = open_store()
    try:
        saved = store.load_case_by_number("1:25-cv-04417")
    finally:
        store.close()
    assert saved.rule_profile == "nysd"
    assert saved.district == "Southern District of New York"
    assert saved.litigant.address == ["P.O. Box 4000", "Stormville, NY 12582"]
    assert [(c.name, c.represents) for c in saved.counsel] == [("Pat Lawyer",
                                                                "Defendant Sample")]
    assert [d.label for d in saved.disputes] == ["Request for Production No. 3 (Set One)",
                                                 "Interrogatory No. 4 (Set One)"]
    # The next request keeps the kind's set and day served (requests come in sets).
    assert [d.served_on for d in saved.disputes] == [dt.date(2025, 6, 2)] * 2
    # Everything stays editable in the full forms.
    window.details_action.trigger()
    assert window.case_form is not None
    assert window.case_form.field("case_number").value() == "1:25-cv-04417"
    window.case_form.reject()


def test_a_case_number_already_here_is_said_and_nothing_typed_is_lost(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_sample()
    window.show_welcome()
    number = window.context.session.case.case_number
    wizard = _open_wizard(qtbot, window)
    # "Any district court" first: Next waits for the district from the papers.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _type(qtbot, wizard.court_page, "district", "District of Arizona")
    _next(qtbot, wizard)
    page = wizard.case_page
    _type(qtbot, page, "case_number", number)
    _type(qtbot, page, "short_title", "Again v. Sample")
    _type(qtbot, page, "plaintiffs", "A")
    _type(qtbot, page, "defendants", "B")
    _next(qtbot, wizard)
    _type(qtbot, wizard.you_page, "name", "A")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert wizard.problem.isVisible() and wizard.problem.text()
    assert page.fields["short_title"].value() == "Again v. Sample"


@pytest.mark.usefixtures("spanish")
def test_in_spanish_a_first_case_and_its_first_letter_with_days_as_written(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.welcome.new_button.text() == "Empezar &mi caso"
    wizard = _open_wizard(qtbot, window)
    assert wizard.windowTitle() == "Empezar mi caso"
    _choose(wizard.court_page, "rule_profile", "cand")
    _next(qtbot, wizard)
    _type(qtbot, wizard.case_page, "case_number", "C 25-01234 SI")
    _type(qtbot, wizard.case_page, "short_title", "Núñez v. Sample")
    _type(qtbot, wizard.case_page, "plaintiffs", "José Núñez")
    _type(qtbot, wizard.case_page, "defendants", "A. Sample")
    _next(qtbot, wizard)
    _type(qtbot, wizard.you_page, "name", "José Núñez")
    _next(qtbot, wizard)
    _type(qtbot, wizard.lawyer_page, "name", "Pat Lawyer")
    _next(qtbot, wizard)
    requests = wizard.requests_page
    _type(qtbot, requests, "set_number", "1")
    _type(qtbot, requests, "item_number", "3")
    # Day first on the Spanish screen: 2 de junio.
    _type(qtbot, requests, "served_on", "2/6/2025")
    assert requests.fields["served_on"].words.text() == "lunes, 2 de junio de 2025"
    qtbot.mouseClick(requests.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    session = window.context.session
    assert session is not None and session.case.disputes[0].served_on == dt.date(2025, 6, 2)

    # The first letter, its day typed in words.
    window.new_comm_action.trigger()
    form = window.log_page.form
    assert form is not None and form.field("method").value() is Method.LETTER
    type_text(qtbot, form.field("sent_on").widget, "10 de julio de 2025")
    assert form.field("sent_on").words.text() == "jueves, 10 de julio de 2025"
    ticks = form.field("disputes")
    assert isinstance(ticks, CheckListField)
    ticks.items()[0].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(form.finished):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [letter] = session.case.communications
    assert letter.sent_on == dt.date(2025, 7, 10)
    assert window.log_page.model.index(0, 0).data() == "10 jul 2025"


def test_the_wizard_goes_by_keyboard_alone(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.activateWindow()
    wizard = _open_wizard(qtbot, window)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.focusWidget() is not None)
    court = wizard.court_page.fields["rule_profile"].widget
    assert wizard.focusWidget() is court
    # Down arrow picks the next court; Return goes to the next page.
    qtbot.keyClick(court, Qt.Key.Key_Down)
    assert wizard.court_page.fields["district"].value()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.case_page
    number = wizard.case_page.fields["case_number"].widget
    qtbot.waitUntil(lambda: wizard.focusWidget() is number)
    type_text(qtbot, number, "C 1")
    qtbot.keyClick(number, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.case_page.fields["short_title"].widget
