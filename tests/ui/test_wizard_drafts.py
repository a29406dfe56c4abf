""""Start my case" keeps what is typed as it is typed: after a crash the recovery offers it
back ("You were starting your case: …") and Keep it opens the wizard on the page the person
was on, every page filled in; saving the case or cancelling (and saying so) throws it away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.crash import PreviousRun
from app.domain.model import DisputeKind
from app.services.drafts import Drafts
from app.store import Store
from app.ui import recovery
from app.ui.wizard import DRAFT_KIND, FirstCaseWizard
from tests.helpers.wizard_typing import (
    HALF_TYPED,
    choose,
    half_typed_case,
    next_page,
    shows_half_typed_case,
    type_into,
)
from tests.ui.conftest import Answers

CRASHED = PreviousRun(True, Path("/data/logs/crash-20261204-101500-000000-fatal.txt"))


def _open_wizard(window) -> FirstCaseWizard:  # type: ignore[no-untyped-def]
    window.start_case_wizard()
    wizard = window.case_wizard
    assert wizard is not None and wizard.isVisible()
    return wizard


def _crash(wizard: FirstCaseWizard) -> None:
    """As if the program had stopped: no closing, no saving."""
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    wizard.hide()


def test_a_case_half_started_is_offered_back_on_its_page(
        qtbot: QtBot, make_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wizard = _open_wizard(window)
    half_typed_case(qtbot, wizard)
    assert wizard._autosave.pending()
    qtbot.waitUntil(lambda: not wizard._autosave.pending())  # kept half a second later
    [draft] = Drafts(store).pending()
    assert draft.kind == DRAFT_KIND and draft.title == "Núñez v. Ståhl"
    _crash(wizard)

    dialog = recovery.offer(window, CRASHED)
    assert dialog is not None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    words = dialog.grid.itemAtPosition(0, 0).widget().text()
    assert words.startswith("You were starting your case: Núñez v. Ståhl (last typed")
    dialog.keep_buttons[0].click()
    back = window.case_wizard
    assert back is not None and back is not wizard and back.isVisible()
    assert shows_half_typed_case(back)
    assert back.draft_note.isVisible() and "typed before" in back.draft_note.text()
    # Back goes to the pages before, as they were typed.
    back.back()
    assert back.currentPage() is back.case_page
    assert back.you_page.fields["name"].raw() == HALF_TYPED["you.name"]  # Back empties nothing

    # On to the end: the case is saved and its draft thrown away.
    next_page(qtbot, back)
    next_page(qtbot, back)
    next_page(qtbot, back)
    requests = back.requests_page
    choose(requests, "kind", DisputeKind.PRODUCTION)
    type_into(qtbot, requests, "item_number", "3")
    qtbot.mouseClick(requests.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(back.finished):
        qtbot.mouseClick(back.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert Drafts(store).pending() == []
    session = window.context.session
    assert session is not None and session.case.short_title == "Núñez v. Ståhl"
    assert session.case.defendants == ["Åsa Ståhl", "Íñigo Peña"]
    assert [d.label for d in session.case.disputes] == ["Request for Production No. 3"]


def test_requests_added_come_back_and_opening_it_again_shows_them(
        qtbot: QtBot, make_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wizard = _open_wizard(window)
    half_typed_case(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    requests = wizard.requests_page
    choose(requests, "kind", DisputeKind.ADMISSION)
    type_into(qtbot, requests, "set_number", "2")
    type_into(qtbot, requests, "item_number", "7")
    type_into(qtbot, requests, "served_on", "2026-10-05")
    qtbot.mouseClick(requests.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, requests, "item_number", "8")  # typed, not added yet
    wizard.keep_draft()
    _crash(wizard)

    # Opened again from the welcome page as usual: what was kept is shown, as every form does.
    back = _open_wizard(window)
    assert back.currentPage() is back.requests_page
    assert [r.label for r in back.requests_page.requests] == [
        "Request for Admission No. 7 (Set Two)"]
    assert back.requests_page.list.count() == 1
    assert str(back.requests_page.requests[0].served_on) == "2026-10-05"
    assert back.requests_page.fields["item_number"].raw() == "8"
    assert back.requests_page.fields["kind"].value() is DisputeKind.ADMISSION


def test_cancel_asks_then_throws_the_typing_away(
        qtbot: QtBot, make_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wizard = _open_wizard(window)
    half_typed_case(qtbot, wizard)
    answers.confirm_answer = False
    wizard.reject()
    assert wizard.isVisible() and len(answers.confirms) == 1
    assert [d.kind for d in Drafts(store).pending()] == [DRAFT_KIND]  # kept while it asked
    answers.confirm_answer = True
    wizard.reject()
    assert not wizard.isVisible()
    assert Drafts(store).pending() == []


def test_nothing_typed_keeps_nothing_and_closes_without_asking(
        qtbot: QtBot, make_window, store: Store, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wizard = _open_wizard(window)
    wizard.keep_draft()
    assert Drafts(store).pending() == []
    wizard.reject()
    assert not wizard.isVisible() and answers.confirms == []


def test_the_offer_is_in_spanish_too(
        qtbot: QtBot, spanish: None, make_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wizard = _open_wizard(window)
    half_typed_case(qtbot, wizard)
    wizard.keep_draft()
    _crash(wizard)
    [draft] = Drafts(store).pending()
    assert recovery.describe(draft, {}).startswith("Estaba empezando su caso: Núñez v. Ståhl")
    back = _open_wizard(window)
    assert "escribió antes" in back.draft_note.text()


def test_typing_that_cannot_be_kept_is_said_on_the_page(
        qtbot: QtBot, make_window, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from app.store import drafts as store_drafts

    def full_disk(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    window = make_window()
    wizard = _open_wizard(window)
    monkeypatch.setattr("app.services.drafts.save_draft", full_disk)
    half_typed_case(qtbot, wizard)
    wizard.keep_draft()
    assert wizard.draft_note.isVisibleTo(wizard.you_page)
    assert "cannot be kept safe" in wizard.draft_note.text()
    assert shows_half_typed_case(wizard)  # every word still on the pages
    monkeypatch.setattr("app.services.drafts.save_draft", store_drafts.save_draft)
    wizard.keep_draft()
    assert not wizard.draft_note.isVisibleTo(wizard.you_page)
    assert [d.title for d in Drafts(store).pending()] == ["Núñez v. Ståhl"]
