"""Every form checks as you type and says beside the field what is wrong; a failed save
keeps the form open with everything typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.model import Communication, Direction, Method
from app.domain.text import QT_TRANSLATE_NOOP, message
from app.services.cases import SaveError
from app.ui.forms.case_form import CaseForm
from app.ui.forms.communication_form import CommunicationForm
from app.ui.forms.counsel_form import CounselForm
from app.ui.forms.dispute_form import DisputeForm
from app.ui.forms.fields import ChoiceField
from tests.ui.conftest import TODAY, type_text


@pytest.fixture
def demo_window(make_window):  # type: ignore[no-untyped-def]
    return make_window(demo=True)


def _clear_and_type(qtbot: QtBot, form, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = form.field(key).widget
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def test_counsel_name_is_required(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = CounselForm(demo_window, demo_window.context.session)
    qtbot.addWidget(form)
    form.open()
    form.save()
    assert form.isVisible()
    assert form.error_text("name") == "This must not be left empty."
    assert "Nothing was saved" in form.banner.text()
    assert form.field("name").widget.hasFocus() or not form.isActiveWindow()
    type_text(qtbot, form.field("name").widget, "Ana")
    assert form.error_text("name") == ""


def test_every_field_is_labelled_for_screen_readers(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    forms = [CounselForm(demo_window, session), DisputeForm(demo_window, session, today=TODAY),
             CommunicationForm(demo_window, session, today=TODAY),
             CaseForm(demo_window, lambda case: case)]
    for form in forms:
        qtbot.addWidget(form)
        for key, row in form._rows.items():
            assert row.label is None or row.label.buddy() is row.field.widget, key
            assert row.field.widget.accessibleName(), key
            assert "&" not in row.field.widget.accessibleName(), key


def test_dispute_form_messages(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = DisputeForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("set_number").widget, "one")
    assert "whole number" in form.error_text("set_number")
    _clear_and_type(qtbot, form, "set_number", "0")
    # Typing the number filled in no label yet (no request number): the label is not
    # touched, so it shows no message until Save.
    type_text(qtbot, form.field("served_on").widget, "13/45/2007")
    assert "there is no month 13" in form.error_text("served_on")
    _clear_and_type(qtbot, form, "served_on", "2007-02-30")
    assert "not a real day" in form.error_text("served_on")
    _clear_and_type(qtbot, form, "served_on", "2099-01-01")
    assert "after today" in form.error_text("served_on")
    form.save()
    assert form.isVisible()
    assert "1 or more" in form.error_text("set_number")
    assert form.error_text("label") == "This must not be left empty."
    # What was typed is still there.
    assert form.field("served_on").widget.text() == "2099-01-01"


def test_dispute_label_follows_until_typed_over(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = DisputeForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    kind = form.field("kind")
    assert isinstance(kind, ChoiceField)
    kind.combo.setCurrentIndex(kind.index_of("interrogatory"))
    type_text(qtbot, form.field("item_number").widget, "7")
    assert form.field("label").value() == "Interrogatory No. 7"
    type_text(qtbot, form.field("set_number").widget, "2")
    assert form.field("label").value() == "Interrogatory No. 7 (Set Two)"
    type_text(qtbot, form.field("label").widget, " (as amended)")
    type_text(qtbot, form.field("item_number").widget, "1")
    assert form.field("label").value() == "Interrogatory No. 7 (Set Two) (as amended)"


def test_communication_form_fits_the_method(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = CommunicationForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    method = form.field("method")
    assert isinstance(method, ChoiceField)
    assert "prison staff" in form._rows["sent_on"].label.text()
    method.combo.setCurrentIndex(method.index_of(Method.PHONE))
    assert form.field_visible("time") and form.field_visible("duration_minutes")
    assert not form.field_visible("mail_log_number")
    assert not form.field_visible("received_on")
    assert "happened" in form._rows["sent_on"].label.text()
    type_text(qtbot, form.field("time").widget, "25:00")
    assert "not a time of day" in form.error_text("time")
    type_text(qtbot, form.field("duration_minutes").widget, "x")
    assert "whole number" in form.error_text("duration_minutes")


def test_communication_form_received_before_sent(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = CommunicationForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    direction = form.field("direction")
    assert isinstance(direction, ChoiceField)
    form.open()
    direction.combo.setCurrentIndex(direction.index_of(Direction.INCOMING))
    assert "Date written on the letter" in form._rows["sent_on"].label.text().replace("&", "")
    type_text(qtbot, form.field("sent_on").widget, "2007-08-10")
    type_text(qtbot, form.field("received_on").widget, "2007-08-01")
    assert "before the day on the letter" in form.error_text("received_on")
    form.save()
    assert form.isVisible()


def test_sent_on_is_required(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = CommunicationForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    form.save()
    assert "Write the day here" in form.error_text("sent_on")


def test_case_form_messages(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    saved: list[object] = []
    form = CaseForm(demo_window, saved.append)
    qtbot.addWidget(form)
    form.open()
    form.save()
    assert saved == []
    assert form.field_visible("district")  # "any district court" is chosen first
    for key in ("case_number", "short_title", "name", "district"):
        assert form.error_text(key) == "This must not be left empty.", key
    assert form.error_text("plaintiffs") == "Give at least one name."


def test_a_failed_save_keeps_everything(qtbot: QtBot, demo_window,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    session = demo_window.context.session

    def full_disk(comm: Communication, *, new: bool) -> Communication:
        raise SaveError(message("Cases", QT_TRANSLATE_NOOP("Cases", "The disk is full.")))

    monkeypatch.setattr(session, "save_communication", full_disk)
    form = CommunicationForm(demo_window, session, today=TODAY)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("sent_on").widget, "2007-08-10")
    type_text(qtbot, form.field("summary").widget, "My words.")
    form.save()
    assert form.isVisible()
    assert form.banner.text() == "The disk is full."
    assert form.field("summary").value() == "My words."


def test_a_duplicate_case_number_is_told_plainly(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = CaseForm(demo_window, demo_window.cases.create)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("case_number").widget, session.case.case_number)
    type_text(qtbot, form.field("short_title").widget, "Another")
    type_text(qtbot, form.field("plaintiffs").widget, "A")
    type_text(qtbot, form.field("defendants").widget, "B")
    type_text(qtbot, form.field("name").widget, "A")
    type_text(qtbot, form.field("district").widget, "District of Arizona")
    form.save()
    assert form.isVisible()
    assert "already here" in form.banner.text()


def test_cancel_asks_before_losing_what_was_typed(qtbot: QtBot, demo_window, answers) -> None:  # type: ignore[no-untyped-def]
    form = CounselForm(demo_window, demo_window.context.session)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("name").widget, "Ana")
    answers.confirm_answer = False
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert form.field("name").value() == "Ana"
    answers.confirm_answer = True
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert len(answers.confirms) == 2


def test_cancel_on_an_unchanged_record_closes_at_once(qtbot: QtBot, demo_window, answers) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = CommunicationForm(demo_window, session, session.case.communications[0], today=TODAY)
    qtbot.addWidget(form)
    form.open()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert answers.confirms == []


def test_a_call_asks_who_started_it_and_an_incoming_letter_shows_no_empty_heading(
        qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = CommunicationForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    method, direction = form.field("method"), form.field("direction")
    assert isinstance(method, ChoiceField) and isinstance(direction, ChoiceField)
    heading = form.section_labels["form-did"]
    assert heading.isVisible()
    method.combo.setCurrentIndex(method.index_of(Method.PHONE))
    assert form._rows["direction"].label.text() == "&Who started it"
    assert direction.combo.itemText(0) == "I called them or asked for it"
    method.combo.setCurrentIndex(method.index_of(Method.LETTER))
    assert form._rows["direction"].label.text() == "&Who sent it"
    assert direction.combo.itemText(0) == "I sent it to them"
    direction.combo.setCurrentIndex(direction.index_of(Direction.INCOMING))
    assert not heading.isVisible()
    assert not form.why_links["form-did"].isVisible()


@pytest.mark.parametrize("which", ["counsel", "dispute", "letter", "case"])
def test_a_form_opens_in_its_first_field_and_tabs_in_reading_order(
        qtbot: QtBot, demo_window, which: str) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = {"counsel": lambda: CounselForm(demo_window, session),
            "dispute": lambda: DisputeForm(demo_window, session, today=TODAY),
            "letter": lambda: CommunicationForm(demo_window, session, today=TODAY),
            "case": lambda: CaseForm(demo_window, lambda case: case)}[which]()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    fields = [row.field.widget for key, row in form._rows.items() if form.field_visible(key)]
    assert form.focusWidget() is fields[0]
    # Tab from field to field (and past each field's companions: a day's calendar, a
    # section's Why? link) reaches every field in order, then Save, then Cancel.
    reached: list[object] = [form.focusWidget()]
    widget = form.focusWidget()
    for _step in range(80):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(form)
                   and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        reached.append(widget)
        if widget is form.cancel_button:
            break
    in_order = [w for w in reached if w in fields]
    assert in_order == fields
    assert reached[-2:] == [form.save_button, form.cancel_button]


def test_a_message_appearing_does_not_move_the_fields_below(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    form = DisputeForm(demo_window, demo_window.context.session, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    below = [form.field(key).widget for key in ("item_number", "label", "served_on")]

    def places() -> list[int]:
        QApplication.processEvents()
        return [w.mapTo(form, w.rect().topLeft()).y() for w in below]

    before = places()
    type_text(qtbot, form.field("set_number").widget, "x")
    assert "whole number" in form.error_text("set_number")
    assert places() == before
    type_text(qtbot, form.field("served_on").widget, "45/45/2025")
    assert form.error_text("served_on")
    assert places() == before


def test_a_letter_about_nothing_is_not_saved_without_a_word(qtbot: QtBot, demo_window) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    before = len(session.case.communications)
    form = CommunicationForm(demo_window, session, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.field("sent_on").widget, "8/1/2007")
    form.save()
    assert form.isVisible()
    assert "Tick the requests it dealt with" in form.error_text("disputes")
    assert len(session.case.communications) == before
    type_text(qtbot, form.field("summary").widget, "Asked about the schedule.")
    with qtbot.waitSignal(form.finished):
        form.save()
    assert len(session.case.communications) == before + 1


def test_a_case_whose_court_and_district_disagree_is_warned(  # type: ignore[no-untyped-def]
        qtbot: QtBot, demo_window) -> None:
    import dataclasses

    case = dataclasses.replace(demo_window.context.session.case, rule_profile="cacd")
    form = CaseForm(demo_window, lambda record: record, case)
    qtbot.addWidget(form)
    form.open()
    warning = form.district_warning.text()
    assert not form.district_warning.isHidden()
    assert "Northern District of California" in warning
    assert "Central District of California" in warning
    form.field("rule_profile").set_value("cand")  # the court the papers name
    assert form.district_warning.isHidden()
    plain = CaseForm(demo_window, lambda record: record,
                     demo_window.context.session.case)
    qtbot.addWidget(plain)
    assert plain.district_warning.isHidden()
