"""Letters and calls: filters, order, the lazy model, deleting after asking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Direction,
    Dispute,
    DisputeKind,
    DisputeStatus,
    Litigant,
    Method,
    Role,
)
from app.store import Store
from app.ui.models.disputes_model import DisputesModel
from tests.ui.conftest import type_text


def _big_case(entries: int) -> Case:
    disputes = [Dispute(id=f"d{n}", kind=DisputeKind.PRODUCTION, label=f"RFP No. {n}",
                        status=DisputeStatus.OPEN, served_on=dt.date(2007, 1, 2))
                for n in (1, 2)]
    comms = [
        Communication(
            id=f"c{n}",
            direction=Direction.OUTGOING if n % 2 else Direction.INCOMING,
            method=Method.LETTER if n % 3 else Method.PHONE,
            sent_on=dt.date(2007, 1, 1) + dt.timedelta(days=n % 300),
            counsel="k1",
            disputes=["d1"] if n % 5 else ["d1", "d2"],
            summary=f"entry number {n}" + (" about the missing grievance file" if n == 77 else ""),
        )
        for n in range(entries)
    ]
    return Case(case_number="C 1", court="U.S.D.C.", district="N.D. Cal.", short_title="A v. B",
                plaintiffs=["A"], defendants=["B"], rule_profile="cand",
                litigant=Litigant(name="A", role=Role.PLAINTIFF),
                counsel=[Counsel(id="k1", name="Pat Lawyer")], disputes=disputes,
                communications=comms)


@pytest.fixture
def big_window(make_window, store: Store):  # type: ignore[no-untyped-def]
    store.insert_case(_big_case(10_000))
    window = make_window(start=False)
    window.open_case(store.case_id("C 1"))
    window.show_page(1)
    return window


def test_ten_thousand_entries_open_and_filter(qtbot: QtBot, big_window) -> None:  # type: ignore[no-untyped-def]
    page = big_window.log_page
    model = page.model
    assert model.rowCount() == 10_000
    # Only what was looked at (the visible rows, a page around them) is in memory.
    assert len(model._rows._cache) <= 200
    type_text(qtbot, page.text_filter, "GRIEVANCE")
    page.apply_filters()  # as the pause after typing would
    assert model.rowCount() == 1
    assert model.record(0).id == "c77"
    assert "Showing 1 of the 10000" in page.count_label.text()


def test_filters_combine(qtbot: QtBot, big_window) -> None:  # type: ignore[no-untyped-def]
    page = big_window.log_page
    model = page.model
    page.request_filter.setCurrentIndex(page.request_filter.findData("d2"))
    assert model.rowCount() == 2000
    page.direction_filter.setCurrentIndex(page.direction_filter.findData("incoming"))
    assert all(model.record(r).direction is Direction.INCOMING for r in range(0, 1000, 97))
    page.method_filter.setCurrentIndex(page.method_filter.findData("phone"))
    rows = model.rowCount()
    assert rows > 0
    assert all(model.record(r).method is Method.PHONE for r in range(rows))
    assert all("d2" in model.record(r).disputes for r in range(rows))


def test_order_newest_first_is_remembered(qtbot: QtBot, big_window, make_window) -> None:  # type: ignore[no-untyped-def]
    page = big_window.log_page
    first_day = page.model.record(0).day
    page.order.setCurrentIndex(1)
    assert page.model.record(0).day > first_day
    assert page.model.record(0).day >= page.model.record(1).day
    again = make_window()
    assert again.log_page.order.currentIndex() == 1


def test_log_model_passes_qt_model_tester(qtbot: QtBot, qtmodeltester, big_window) -> None:  # type: ignore[no-untyped-def]
    page = big_window.log_page
    page.text_filter.setText("entry number 12")
    page.apply_filters()
    qtmodeltester.check(page.model)


def test_disputes_model_passes_qt_model_tester(qtbot: QtBot, qtmodeltester, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    model = window.disputes_page.model
    assert isinstance(model, DisputesModel)
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_delete_asks_first(qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    window.show_page(1)
    page = window.log_page
    before = page.model.rowCount()
    page.select(page.model.record(0).id)
    answers.confirm_answer = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(answers.confirms) == 1
    assert page.model.rowCount() == before
    answers.confirm_answer = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before - 1
    assert len(window.context.session.case.communications) == before - 1


def test_a_request_in_use_is_not_deleted(qtbot: QtBot, make_window, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    page = window.disputes_page
    page.select("d1")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert answers.problems and "letters or calls deal with this request" in answers.problems[0][0]
    assert page.model.rowCount() == 5


def test_editing_an_entry_keeps_it_selected(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    window.show_page(1)
    page = window.log_page
    target = page.model.record(2)
    page.select(target.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    assert form is not None and form.isVisible()
    assert form.field("sent_on").value() == target.sent_on
    summary = form.field("summary").widget
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    type_text(qtbot, summary, " Checked.")
    with qtbot.waitSignal(form.finished):
        form.save()
    chosen = page.selected_record()
    assert chosen is not None and chosen.id == target.id
    assert (chosen.summary or "").endswith("Checked.")


def test_log_a_letter_about_the_chosen_request(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    page = window.disputes_page
    page.select("d2")
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.log_page
    form = window.log_page.form
    assert form is not None and form.isVisible()
    assert form.field("disputes").value() == ["d2"]
