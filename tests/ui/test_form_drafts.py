"""Every form keeps what is typed as a draft while the person types (`RecordForm`
with `keep_typing`): shown again when the form is opened next, thrown away on Save or on a
confirmed Cancel, and never without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.text import format_day
from app.services.drafts import Drafts
from app.store import Store
from app.ui.autosave import AUTOSAVE_DELAY_MS
from app.ui.forms.base import RecordForm
from app.ui.forms.case_form import CaseForm
from app.ui.forms.communication_form import CommunicationForm
from app.ui.forms.counsel_form import CounselForm
from app.ui.forms.dispute_form import DisputeForm
from tests.ui.conftest import TODAY, Answers, type_text

NAME = "Dana M. Whitfield"


def type_lines(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type several lines: Return between them (QTest has no key for a newline)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        type_text(qtbot, widget, line)


@pytest.fixture
def demo_window(make_window):  # type: ignore[no-untyped-def]
    return make_window(demo=True)


def _counsel_form(qtbot: QtBot, window) -> CounselForm:  # type: ignore[no-untyped-def]
    form = CounselForm(window, window.context.session)
    qtbot.addWidget(form)
    form.open()
    return form


def _kept(qtbot: QtBot, store: Store, key: str, wanted: str) -> None:
    """Wait (no longer than a few pauses) for the draft to hold `wanted`."""
    def holds() -> None:
        draft = Drafts(store).load(key)
        assert draft is not None and wanted in str(draft.payload)
    qtbot.waitUntil(holds, timeout=AUTOSAVE_DELAY_MS * 6)


def test_typing_is_kept_soon_after_a_pause_and_not_at_every_key(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = _counsel_form(qtbot, demo_window)
    key = form.draft_key
    assert key == f"case:{demo_window.context.session.case_id}:counsel:new"
    type_text(qtbot, form.field("name").widget, NAME)
    assert Drafts(store).load(key) is None  # not yet: the typing has not paused
    _kept(qtbot, store, key, NAME)
    draft = Drafts(store).load(key)
    assert draft is not None
    assert draft.kind == "counsel" and draft.title == NAME
    assert draft.payload["fields"]["name"] == NAME
    assert draft.payload["record_id"] is None


def test_the_same_form_opened_again_shows_the_typing(
        qtbot: QtBot, demo_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    form = _counsel_form(qtbot, demo_window)
    type_text(qtbot, form.field("name").widget, NAME)
    type_lines(qtbot, form.field("address").widget, "1 Main St\nSuite ñ 2")
    form.keep_draft()
    form.deleteLater()  # gone without Cancel or Save, as in a crash
    again = _counsel_form(qtbot, demo_window)
    assert again.field("name").widget.text() == NAME
    assert again.field("address").widget.toPlainText() == "1 Main St\nSuite ñ 2"
    assert again.draft_note.isVisibleTo(again)
    assert "not saved yet" in again.draft_note.text()
    # Typing shown again is still unsaved typing: Cancel asks.
    answers.confirm_answer = False
    again.reject()
    assert again.isVisible() and len(answers.confirms) == 1


def test_save_throws_the_draft_away(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = _counsel_form(qtbot, demo_window)
    type_text(qtbot, form.field("name").widget, NAME)
    type_text(qtbot, form.field("address").widget, "1 Main St")
    form.keep_draft()
    assert Drafts(store).pending()
    form.save()
    assert not form.isVisible()
    assert Drafts(store).pending() == []
    assert NAME in [c.name for c in demo_window.context.session.case.counsel]


def test_cancel_keeps_the_draft_until_the_person_confirms(
        qtbot: QtBot, demo_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    form = _counsel_form(qtbot, demo_window)
    type_text(qtbot, form.field("name").widget, NAME)
    answers.confirm_answer = False
    form.reject()  # the question comes after the typing is kept
    assert form.isVisible()
    [draft] = Drafts(store).pending()
    assert draft.payload["fields"]["name"] == NAME
    answers.confirm_answer = True
    form.reject()
    assert not form.isVisible()
    assert Drafts(store).pending() == []


def test_typing_undone_leaves_no_draft(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = _counsel_form(qtbot, demo_window)
    type_text(qtbot, form.field("name").widget, "A")
    form.keep_draft()
    assert Drafts(store).pending()
    form.field("name").widget.clear()
    form.keep_draft()
    assert Drafts(store).pending() == []


def test_a_change_to_a_record_is_kept_under_that_record(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    letter = session.case.communications[0]
    form = CommunicationForm(demo_window, session, letter, today=TODAY)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("summary").widget, "More words. ")
    form.keep_draft()
    draft = Drafts(store).load(f"case:{session.case_id}:communication:{letter.id}")
    assert draft is not None and draft.payload["record_id"] == letter.id
    # The title is the day and the summary's first line, to recognise the letter by.
    # The day as the field shows it: in words (issue 16).
    assert draft.title.startswith(f"{format_day(letter.sent_on)} \u2014 More words. ")
    assert draft.payload["fields"]["summary"] == "More words. " + (letter.summary or "")


def test_a_typed_label_stays_the_persons_own_when_shown_again(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    form = DisputeForm(demo_window, session, today=TODAY)
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("label").widget, "My own name for it")
    form.keep_draft()
    form.deleteLater()
    again = DisputeForm(demo_window, session, today=TODAY)
    qtbot.addWidget(again)
    again.open()
    type_text(qtbot, again.field("item_number").widget, "4")
    assert again.field("label").widget.text() == "My own name for it"


def test_the_new_case_form_keeps_its_typing_too(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    form = CaseForm(demo_window, lambda case: case, drafts=Drafts(store))
    qtbot.addWidget(form)
    form.open()
    type_text(qtbot, form.field("short_title").widget, "Doe v. Roe")
    form.keep_draft()
    draft = Drafts(store).load("nocase:case:new")
    assert draft is not None and draft.title == "Doe v. Roe"


def test_a_draft_that_cannot_be_kept_is_said_in_the_form(
        qtbot: QtBot, demo_window, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from app.store import drafts as store_drafts

    def full_disk(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.services.drafts.save_draft", full_disk)
    form = _counsel_form(qtbot, demo_window)
    type_text(qtbot, form.field("name").widget, NAME)
    form.keep_draft()
    assert form.draft_note.isVisibleTo(form)
    assert "cannot be kept safe" in form.draft_note.text()
    assert "disk is not full" in form.draft_note.text()
    assert form.field("name").widget.text() == NAME
    monkeypatch.setattr("app.services.drafts.save_draft", store_drafts.save_draft)
    form.keep_draft()
    assert not form.draft_note.isVisibleTo(form)


def test_closing_the_main_window_keeps_the_last_words(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Within the half second before the typing is kept, the window closes: the words are
    kept now, and the form's draft stays for the next start."""
    form = _counsel_form(qtbot, demo_window)
    type_text(qtbot, form.field("name").widget, NAME)
    assert Drafts(store).pending() == []
    demo_window.close()
    [draft] = Drafts(store).pending()
    assert draft.payload["fields"]["name"] == NAME


def test_every_form_keeps_drafts(qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    session = demo_window.context.session
    forms: list[RecordForm] = [
        CounselForm(demo_window, session), DisputeForm(demo_window, session, today=TODAY),
        CommunicationForm(demo_window, session, today=TODAY),
        CaseForm(demo_window, lambda case: case, drafts=Drafts(store)),
        CaseForm(demo_window, session.update_details, session.case, drafts=Drafts(store),
                 case_id=session.case_id),
    ]
    keys = []
    for form in forms:
        qtbot.addWidget(form)
        assert form.draft_key, type(form).__name__
        keys.append(form.draft_key)
    assert len(set(keys)) == len(keys)


def test_a_choice_comes_back_by_what_it_is_not_where_it_was(
        qtbot: QtBot, demo_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The lawyer chosen in a letter's draft is the same lawyer when the draft comes back,
    even when the list of lawyers changed in between (a lawyer removed)."""
    session = demo_window.context.session
    form = CommunicationForm(demo_window, session, today=TODAY)
    qtbot.addWidget(form)
    form.open()
    chosen = session.case.counsel[-1]
    counsel_field = form.field("counsel")
    counsel_field.widget.setCurrentIndex(counsel_field.index_of(chosen.id))
    form.keep_draft()
    form.hide()
    form.deleteLater()
    # The list changes ahead of the chosen lawyer: its old place now holds another one.
    session.case.counsel.insert(0, session.case.counsel[0])
    again = CommunicationForm(demo_window, session, today=TODAY)
    qtbot.addWidget(again)
    assert again.field("counsel").value() == chosen.id
