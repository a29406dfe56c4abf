"""A new user's first session: create a case, add counsel and a request, log a letter and
the reply, and watch the request's badge change. Real widgets, typed into."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.services.session import open_store
from app.ui.forms.base import RecordForm
from app.ui.forms.fields import CheckListField, ChoiceField
from app.ui.settings import Settings
from tests.ui.conftest import type_text


def _type(qtbot: QtBot, form: RecordForm, key: str, text: str) -> None:
    type_text(qtbot, form.field(key).widget, text)


def _choose(form: RecordForm, key: str, value: object) -> None:
    field = form.field(key)
    assert isinstance(field, ChoiceField)
    field.combo.setCurrentIndex(field.index_of(value))


def _save(qtbot: QtBot, form: RecordForm) -> None:
    with qtbot.waitSignal(form.finished):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def test_first_session(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.stack.currentWidget() is window.welcome

    # A new case, through the full form (Case → New case; the welcome page's button opens
    # the page-by-page start, tests/ui/test_wizard.py).
    window.new_case_action.trigger()
    form = window.case_form
    assert form is not None and form.isVisible()
    _choose(form, "rule_profile", "cand")
    _type(qtbot, form, "case_number", "C 07-959 SI")
    _type(qtbot, form, "short_title", "Núñez v. Sample")
    _type(qtbot, form, "plaintiffs", "José Núñez")
    _type(qtbot, form, "defendants", "A. Sample")
    _type(qtbot, form, "name", "José Núñez")
    _type(qtbot, form, "prisoner_number", "P-12345")
    _type(qtbot, form, "institution", "Pelican Bay State Prison")
    _save(qtbot, form)
    assert window.stack.currentWidget() is window.case_view
    assert "Núñez v. Sample" in window.case_title.text()
    # Remembered by its row in the data file, never by its number (nothing of a case in
    # the settings file).
    assert Settings().last_case_id == window.context.session.case_id
    assert "07-959" not in paths.settings_path().read_text(encoding="utf-8")

    # The other side's lawyer.
    window.new_counsel_action.trigger()
    form = window.counsel_page.form
    assert form is not None
    _type(qtbot, form, "name", "Pat Lawyer")
    _type(qtbot, form, "represents", "Defendant Sample")
    _save(qtbot, form)
    assert window.counsel_page.list.count() == 1

    # A request in dispute: the label is suggested from kind, set and number.
    window.new_dispute_action.trigger()
    form = window.disputes_page.form
    assert form is not None
    _choose(form, "kind", "production")
    _type(qtbot, form, "set_number", "1")
    _type(qtbot, form, "item_number", "3")
    assert form.field("label").value() == "Request for Production No. 3 (Set One)"
    _type(qtbot, form, "served_on", "2007-06-01")
    _type(qtbot, form, "response_received_on", "2007-07-05")
    _type(qtbot, form, "deficiency", "They sent no documents at all.")
    _save(qtbot, form)
    page = window.disputes_page
    assert page.model.rowCount() == 1
    assert page.model.badge(0).kind == "not_yet"
    assert "Next step" in page.detail.toPlainText()
    assert "not legal advice" in page.detail.toPlainText()

    # The letter: sent from prison, explaining what is wrong.
    window.new_comm_action.trigger()
    assert window.current_page() is window.log_page
    form = window.log_page.form
    assert form is not None
    assert form.field_visible("mail_log_number")
    assert not form.field_visible("time")
    _type(qtbot, form, "sent_on", "2007-08-01")
    _type(qtbot, form, "mail_log_number", "LM-2231")
    requests = form.field("disputes")
    assert isinstance(requests, CheckListField)
    requests.items()[0].setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(form.field("explains_deficiency").widget, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.field("states_impasse").widget, Qt.MouseButton.LeftButton)
    _type(qtbot, form, "summary", "Asked for the documents in RFP 3.")
    _save(qtbot, form)
    assert window.log_page.model is not None
    assert window.log_page.model.rowCount() == 1
    # One letter and no reply: not enough yet.
    assert page.model.badge(0).kind == "not_yet"

    # Their reply: an incoming letter, with the day on it and the day it came.
    window.new_comm_action.trigger()
    form = window.log_page.form
    assert form is not None
    _choose(form, "direction", "incoming")
    assert not form.field_visible("explains_deficiency")
    assert "came to you" in form._rows["received_on"].label.text()
    _type(qtbot, form, "sent_on", "2007-08-06")
    _type(qtbot, form, "received_on", "2007-08-09")
    form.field("disputes").set_value(["d1"])
    _save(qtbot, form)
    assert window.log_page.model.rowCount() == 2
    # N.D. Cal. asks for a joint letter first: documented, and that step comes next.
    assert page.model.badge(0).kind == "documented"
    assert page.model.data(page.model.index(0, 1)).endswith(
        "Conferring documented; next: the joint letter to the judge")

    # Everything was saved at once: a fresh look at the data folder finds it.
    store = open_store()
    try:
        case = store.load_case_by_number("C 07-959 SI")
    finally:
        store.close()
    assert case is not None
    assert case.litigant.name == "José Núñez"
    assert [c.mail_log_number for c in case.communications] == ["LM-2231", None]
    assert case.communications[1].disputes == ["d1"]


def test_last_case_opens_at_once(qtbot: QtBot, make_window, store) -> None:  # type: ignore[no-untyped-def]
    first = make_window(demo=True)
    number = first.context.session.case.case_number
    first.close()
    second = make_window()
    assert second.stack.currentWidget() is second.case_view
    assert second.context.session is not None
    assert second.context.session.case.case_number == number


def test_an_older_versions_case_number_in_the_settings_is_replaced_by_the_row(
        qtbot: QtBot, make_window, store) -> None:  # type: ignore[no-untyped-def]
    first = make_window(demo=True)
    number = first.context.session.case.case_number
    case_id = first.context.session.case_id
    first.close()
    # As an older version left it: the case's own number, in plain text.
    from PySide6.QtCore import QSettings

    old = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
    old.remove("cases/last_case")
    old.setValue("cases/last_case_number", number)
    old.sync()
    second = make_window()
    assert second.context.session is not None and second.context.session.case_id == case_id
    assert Settings().last_case_id == case_id
    assert number not in paths.settings_path().read_text(encoding="utf-8")
