"""The "Prepare declaration" page: paragraphs as text, the requests it covers, edits that
stay until restored, the out-of-date mark, the signing date and the proof of service, and
"Ready to file?" for each covered request. Built on the fictional demo case."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from app.services.casefiles import import_demo_case
from app.services.cases import Cases, OpenCase
from app.store import Store
from app.ui.declaration.page import DeclarationPage
from tests.ui.conftest import Answers

AS_OF = dt.date(2025, 7, 8)  # the demo case's own "today"


@pytest.fixture
def demo(store: Store) -> OpenCase:
    cases = Cases(store)
    case_id = cases.case_id(import_demo_case(store))
    assert case_id is not None
    return cases.open(case_id)


@pytest.fixture
def page(qtbot: QtBot, demo: OpenCase, answers: Answers) -> Iterator[DeclarationPage]:
    widget = DeclarationPage(lambda: demo, today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    yield widget


def _list_texts(page: DeclarationPage) -> list[str]:
    view = page.paragraphs.list
    return [view.item(row).text() for row in range(view.count())]


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def _select(page: DeclarationPage, key: str) -> None:
    keys = [page.paragraphs._paragraphs[row].key for row in range(page.paragraphs.list.count())]
    page.paragraphs.list.setCurrentRow(keys.index(key))


def test_paragraphs_are_shown_as_numbered_text(page: DeclarationPage) -> None:
    texts = _list_texts(page)
    assert texts[0].startswith("1. I am the plaintiff in this action")
    assert texts[-1].startswith(f"{len(texts)}. I certify that I have in good faith conferred")
    # The editor holds the chosen paragraph's full text, as real text.
    assert page.paragraphs.editor.toPlainText().startswith("I am the plaintiff")


def test_only_requests_still_in_dispute_can_be_covered_and_documented_ones_start_ticked(
        page: DeclarationPage) -> None:
    view = page.covered.list
    labels = [view.item(row).text() for row in range(view.count())]
    assert labels == ["Interrogatory No. 4 (Set One)",
                      "Request for Production No. 3 (Set One) (narrowed)",
                      "Request for Production No. 1 (Set Two)"]
    # Set Two's conferring is not documented yet: not covered unless the person ticks it.
    assert page.covered.chosen_ids() == {"d1", "d2"}
    assert page.covered.warning.isHidden()


def test_conferring_documented_is_said_for_each_covered_request(page: DeclarationPage) -> None:
    summary = page.readiness.summary.text()
    # N.D. Cal. asks for a joint letter first: not "ready" until it is marked done.
    assert "\u2714 Conferring documented: Interrogatory No. 4 (Set One). Next: the court's " \
        "own step, the joint letter to the judge." in summary
    assert "Ready" not in summary
    page.covered.list.item(2).setCheckState(Qt.CheckState.Checked)
    summary = page.readiness.summary.text()
    assert "\u2716 Not ready yet: Request for Production No. 1 (Set Two). Next step:" in summary


def test_ticking_an_undocumented_request_warns(page: DeclarationPage) -> None:
    page.covered.list.item(2).setCheckState(Qt.CheckState.Checked)
    assert page.covered.chosen_ids() == {"d1", "d2", "d4"}
    assert not page.covered.warning.isHidden()
    assert "Request for Production No. 1 (Set Two)" in page.covered.warning.text()
    page.covered.list.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert page.covered.warning.isHidden()


def test_unticking_a_request_leaves_it_out(page: DeclarationPage) -> None:
    page.covered.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert page.covered.chosen_ids() == {"d1"}
    assert "Set One) (narrowed)" not in page.readiness.summary.text()
    assert not any("I served Request for Production No. 3" in t for t in _list_texts(page))


def test_with_no_request_ticked_nothing_can_be_printed(page: DeclarationPage) -> None:
    for row in range(page.covered.list.count()):
        item = page.covered.list.item(row)
        item.setCheckState(Qt.CheckState.Unchecked)
    assert page.paragraphs.list.count() == 0
    assert not page.print_button.isEnabled()
    assert not page.preview_button.isEnabled()


def test_an_edit_is_kept_printed_and_marked_until_restored(
        page: DeclarationPage, demo: OpenCase, answers: Answers, qtbot: QtBot) -> None:
    _select(page, "intro")
    page.paragraphs.editor.setPlainText("I am the plaintiff, and I wrote this myself.")
    # Kept as typed, once the typing pauses: no button to press.
    qtbot.waitUntil(lambda: _list_texts(page)[0]
                    == "1. [Your wording] I am the plaintiff, and I wrote this myself.")
    assert page.paragraphs.notice.text() == "This paragraph prints with your wording."

    # Kept with the case: a new page on the same case shows it, and the PDF prints it.
    again = DeclarationPage(lambda: demo, today=lambda: AS_OF)
    qtbot.addWidget(again)
    again.show()
    assert _list_texts(again)[0].startswith("1. [Your wording] I am the plaintiff, and I wrote")
    data = again.document_bytes()
    assert data is not None
    assert "I am the plaintiff, and I wrote this myself." in _pdf_text(data)

    page.paragraphs.restore_button.click()
    assert _list_texts(page)[0].startswith("1. I am the plaintiff in this action")
    assert page.paragraphs.editor.toPlainText().startswith("I am the plaintiff in this action")
    assert answers.problems == []


def test_a_wording_that_cannot_be_saved_is_told_plainly_and_kept_on_screen(
        page: DeclarationPage, answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import documents

    def full_disk(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(documents, "save_paragraph_text", full_disk)
    _select(page, "intro")
    page.paragraphs.editor.setPlainText("My own words, not yet saved.")
    page.paragraphs.flush()
    [(text, _details)] = answers.problems
    assert "disk is not full" in text and "Nothing was changed" in text
    assert page.paragraphs.editor.toPlainText() == "My own words, not yet saved."


def test_typing_is_kept_when_moving_to_another_paragraph(page: DeclarationPage) -> None:
    _select(page, "intro")
    page.paragraphs.editor.setPlainText("My own first paragraph.")
    page.paragraphs.list.setCurrentRow(1)
    assert _list_texts(page)[0] == "1. [Your wording] My own first paragraph."
    assert page.paragraphs.current_key() == page.paragraphs._paragraphs[1].key


def test_an_edit_whose_record_changed_is_marked_plainly(
        page: DeclarationPage, demo: OpenCase) -> None:
    _select(page, "dispute:d1")
    page.paragraphs.editor.setPlainText("My own words about the interrogatory.")
    page.paragraphs.flush()
    assert not page.paragraphs.confirm_button.isVisibleTo(page)

    d1 = demo.case.dispute("d1")
    assert d1 is not None
    demo.save_dispute(dataclasses.replace(d1, deficiency="He did not answer at all."), new=False)
    page.refresh()

    text = next(t for t in _list_texts(page) if "My own words" in t)
    assert "[Your wording \u2013 check it: the log has changed]" in text
    _select(page, "dispute:d1")
    assert page.paragraphs.notice.text().startswith("Check this paragraph:")
    assert "He did not answer at all." in page.paragraphs.generated_view.toPlainText()

    # "My wording is still right": the mark goes.
    assert page.paragraphs.confirm_button.isVisibleTo(page)
    page.paragraphs.confirm_button.click()
    assert not page.paragraphs.confirm_button.isVisibleTo(page)
    text = next(t for t in _list_texts(page) if "My own words" in t)
    assert "check it" not in text


def test_a_wrong_signing_date_is_explained_beside_the_field(
        page: DeclarationPage, answers: Answers) -> None:
    page.options.date_edit.setText("2025-13-40")
    assert page.document_bytes() is None
    assert page.options.date_error.isVisibleTo(page)
    assert page.options.date_error.text() == (
        "\u201c2025-13-40\u201d is not a real day: there is no month 13. Write the month "
        "first, then the day, then the year, like 3/10/2025 for March 10, 2025.")
    assert answers.problems == []


def test_signing_date_and_proof_of_service_reach_the_pdf(page: DeclarationPage) -> None:
    blank = page.document_bytes()
    assert blank is not None
    assert "DECLARATION OF SERVICE BY MAIL" in _pdf_text(blank)

    page.options.date_edit.setText("7/9/2025")  # as people write it: July 9
    page.options.proof.setChecked(False)
    data = page.document_bytes()
    assert data is not None
    text = _pdf_text(data)
    assert "Executed on July 9, 2025" in text
    assert "DECLARATION OF SERVICE BY MAIL" not in text


def test_without_an_open_case_the_page_says_so(qtbot: QtBot, answers: Answers) -> None:
    page = DeclarationPage(lambda: None, today=lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    assert page.readiness.summary.text().startswith("Open a case first")
    assert not page.print_button.isEnabled()
    assert page.document_bytes() is None


def test_typing_is_kept_when_the_log_changes_elsewhere(page: DeclarationPage) -> None:
    _select(page, "intro")
    page.paragraphs.editor.setPlainText("Typed, then a letter was saved on another page.")
    page.refresh()
    assert _list_texts(page)[0] == "1. [Your wording] Typed, then a letter was saved on " \
        "another page."


_START_UP = """
import sys, tempfile
from app import paths
paths.configure(tempfile.mkdtemp())
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from app.services.casefiles import import_demo_case
from app.services.cases import Cases
from app.services.session import open_store
store = open_store()
cases = Cases(store)
session = cases.open(cases.case_id(import_demo_case(store)))
from app.ui.declaration.page import DeclarationPage
page = DeclarationPage(lambda: session)
page.refresh()  # as the main window does when a case opens, before the page is shown
print(sorted(m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPrintSupport",
                         "app.services.documents") if m in sys.modules))
"""


def test_building_the_page_loads_no_pdf_machinery(tmp_path: Path) -> None:
    """The page is built at start-up; the documents service, QtPdf and printing wait
    until the page is shown or used."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _START_UP], capture_output=True, text=True,
                          check=True, env=env, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "[]"


def test_paragraph_rows_grow_with_larger_text(page: DeclarationPage, qtbot: QtBot) -> None:
    from app.ui.text_size import apply_text_size

    view = page.paragraphs.list
    first = view.model().index(0, 0)
    before = view.visualRect(first).height()
    assert before >= 3 * view.fontMetrics().lineSpacing()  # wrapped, not one cut-off line
    apply_text_size(True)
    try:
        qtbot.waitUntil(lambda: view.visualRect(first).height() > before)
    finally:
        apply_text_size(False)


def test_typing_is_kept_when_a_request_is_unticked(page: DeclarationPage) -> None:
    _select(page, "intro")
    page.paragraphs.editor.setPlainText("Typed, then a request was unticked.")
    page.covered.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert _list_texts(page)[0] == "1. [Your wording] Typed, then a request was unticked."


def test_characters_the_papers_cannot_print_are_named_before_printing(
    qtbot: QtBot, store: Store, demo: OpenCase, answers: Answers
) -> None:
    """Emoji and Chinese characters would vanish from the PDF: the page names them and
    where they are, above the Print button, before anything is printed."""
    case = dataclasses.replace(demo.case, defendants=["Officer \u4e2d\u6751 \U0001F600"])
    store.update_case_details(demo.case_id, case)
    changed = Cases(store).open(demo.case_id)
    widget = DeclarationPage(lambda: changed, today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    assert widget.unprintable.isVisible()
    text = widget.unprintable.text()
    assert "case.defendants[0]" in text and "U+4E2D" in text and "U+1F600" in text
    store.update_case_details(demo.case_id, dataclasses.replace(case, defendants=["Officer"]))
    widget._case_source = lambda: Cases(store).open(demo.case_id)
    widget.refresh()
    assert not widget.unprintable.isVisible()
def test_the_plan_says_what_each_part_holds_and_what_is_missing(page: DeclarationPage) -> None:
    parts = page.plan.parts.text()
    assert "1. The statement of the requests in dispute: 2 request(s)" in parts
    assert "4. Exhibit A: the log" in parts
    assert "Exhibit B: Letter from José A. Ramírez to Dana M. Whitfield" in parts
    # The demo case's requests hold their texts and what is wanted; every lawyer has an
    # address: nothing is missing.
    assert page.plan.missing.text() == "What is missing:\nNothing is missing."


def test_a_lawyer_without_an_address_is_warned_about(page: DeclarationPage,
                                                      demo: OpenCase) -> None:
    greer = next(c for c in demo.case.counsel if c.name == "Thomas Greer")
    demo.save_counsel(dataclasses.replace(greer, address=[]), new=False)
    page.refresh()
    assert "Thomas Greer has no mailing address" in page.plan.missing.text()


def test_a_request_without_its_text_gets_a_slip_sheet_said_before_printing(
        page: DeclarationPage, demo: OpenCase) -> None:
    dispute = dataclasses.replace(demo.case.dispute("d1"), request_text=None)  # type: ignore[type-var]
    demo.save_dispute(dispute, new=False)
    page.refresh()
    missing = page.plan.missing.text()
    assert "Interrogatory No. 4 (Set One): the text of the request or of the response is " \
        "not entered" in missing
    data = page.document_bytes()
    assert data is not None
    assert "The request and the response are attached as Exhibit" in _pdf_text(data)


def test_marking_the_courts_step_done_makes_it_ready(page: DeclarationPage,
                                                     demo: OpenCase) -> None:
    assert not page.court_step.isHidden()
    assert "joint letter to the judge" in page.court_step.state.text()
    page.court_step.button.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(page.court_step.button, Qt.Key.Key_Space)  # keyboard only
    assert demo.case.local_step_done_on == AS_OF
    assert "\u2714 Ready: Interrogatory No. 4 (Set One)." in page.readiness.summary.text()
    assert "July 8, 2025" in page.court_step.state.text()
    QTest.keyClick(page.court_step.button, Qt.Key.Key_Space)
    assert demo.case.local_step_done_on is None
    assert "Conferring documented" in page.readiness.summary.text()


def test_the_signing_day_and_service_are_on_the_first_screen(page: DeclarationPage) -> None:
    """At 1024 x 768 the signing day and the proof-of-service choice show without
    scrolling: they are what a person sets just before printing."""
    scroll = page.options.parentWidget().parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    viewport = scroll.viewport()
    for widget in (page.options.date_edit, page.options.proof):
        bottom = widget.mapTo(viewport, widget.rect().bottomLeft())
        assert 0 <= bottom.y() <= viewport.height(), widget
