"""The services the desktop app calls: cases and their records (with the in-memory copy
kept in step), the log's filtered rows fetched as needed, the badges, label suggestions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest

from app.domain.model import Direction, Method
from app.services.assessment import assess_case
from app.services.badges import BadgeKind, badge_for
from app.services.cases import Cases, OpenCase, SaveError
from app.services.log import LogQuery, LogRows
from app.services.requests import suggest_label
from app.services.session import open_store
from app.store import Store
from tests.helpers.builders import (
    incoming,
    make_case,
    make_communication,
    make_counsel,
    make_dispute,
    outgoing,
    spec_example_case,
)


@pytest.fixture
def store() -> Iterator[Store]:
    opened = open_store()
    yield opened
    opened.close()


@pytest.fixture
def session(store: Store) -> OpenCase:
    cases = Cases(store)
    return cases.create(make_case(disputes=[make_dispute("d1"), make_dispute("d2")]))


def test_saves_keep_the_open_case_in_step(session: OpenCase, store: Store) -> None:
    comm = session.save_communication(make_communication("", counsel="k1"), new=True)
    assert comm.id == "c1"
    assert [c.id for c in session.case.communications] == ["c1"]
    comm.summary = "changed"
    session.save_communication(comm, new=False)
    assert session.case.communications[0].summary == "changed"
    assert store.load_case(session.case_id) == session.case
    session.delete_communication("c1")
    assert session.case.communications == []
    assert store.load_case(session.case_id) == session.case


def test_counsel_in_use_is_refused_in_plain_words(session: OpenCase) -> None:
    session.save_communication(make_communication("", counsel="k1"), new=True)
    with pytest.raises(SaveError) as raised:
        session.delete_counsel("k1")
    assert "letters or calls" in raised.value.message.english()
    assert [c.id for c in session.case.counsel] == ["k1"]


def test_new_counsel_and_details(session: OpenCase) -> None:
    session.save_counsel(make_counsel("", name="B. Lawyer"), new=True)
    assert [c.name for c in session.case.counsel] == ["A. Lawyer", "B. Lawyer"]
    details = make_case(short_title="Renamed v. Sample")
    session.update_details(details)
    assert session.case.short_title == "Renamed v. Sample"
    assert len(session.case.counsel) == 2


def test_duplicate_case_number(store: Store, session: OpenCase) -> None:
    with pytest.raises(SaveError) as raised:
        Cases(store).create(make_case())
    assert "already here" in raised.value.message.english()


def test_a_database_that_cannot_be_written_is_a_save_error(
        session: OpenCase, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(session.store, "add_dispute", locked)
    with pytest.raises(SaveError) as raised:
        session.save_dispute(make_dispute(""), new=True)
    assert "Nothing was changed" in raised.value.message.english()
    assert [d.id for d in session.case.disputes] == ["d1", "d2"]


def _log(session: OpenCase) -> None:
    for n in range(30):
        session.save_communication(make_communication(
            "", direction=Direction.OUTGOING if n % 2 else Direction.INCOMING,
            method=Method.LETTER if n % 3 else Method.PHONE,
            sent_on=dt.date(2007, 7, 1) + dt.timedelta(days=n), counsel="k1",
            disputes=["d1"] if n < 20 else ["d2"], summary=f"note {n} 100%_done" if n == 5 else
            f"note {n}"), new=True)


def test_log_rows_filter_and_order(session: OpenCase) -> None:
    _log(session)
    rows = LogRows(session.store, session.case_id)
    assert len(rows) == 30
    assert rows.get(0).sent_on < rows.get(29).sent_on
    rows.set_query(LogQuery(newest_first=True))
    assert rows.get(0).sent_on > rows.get(29).sent_on
    rows.set_query(LogQuery(dispute_key="d2"))
    assert len(rows) == 10
    rows.set_query(LogQuery(direction="incoming", method="phone"))
    assert all(rows.get(r).method is Method.PHONE and rows.get(r).is_incoming
               for r in range(len(rows)))
    # % and _ are matched as themselves, not as wildcards.
    rows.set_query(LogQuery(text="100%_"))
    assert len(rows) == 1 and rows.get(0).summary == "note 5 100%_done"
    rows.set_query(LogQuery(text="a. LAWYER"))  # the lawyer's name, any case
    assert len(rows) == 30
    assert rows.row_of(rows.get(7).id) == 7


def test_incoming_letters_sort_by_the_day_they_came(session: OpenCase) -> None:
    session.save_communication(outgoing("", "2007-07-10"), new=True)
    session.save_communication(incoming("", "2007-07-01", received_on="2007-07-20"), new=True)
    session.save_communication(outgoing("", "2007-07-15"), new=True)
    rows = LogRows(session.store, session.case_id)
    assert [rows.get(r).day.isoformat() for r in range(3)] == [
        "2007-07-10", "2007-07-15", "2007-07-20"]


def test_badges() -> None:
    case = spec_example_case()
    assessment = assess_case(case, dt.date(2007, 8, 28))
    assert badge_for(assessment.disputes[0]).kind is BadgeKind.READY
    early = assess_case(case, dt.date(2007, 8, 20))
    badge = badge_for(early.disputes[0])
    assert badge.kind is BadgeKind.WAIT
    assert badge.text.english() == "Not yet: wait until August 27, 2007"
    nothing = assess_case(make_case(), dt.date(2007, 8, 20))
    assert badge_for(nothing.disputes[0]).kind is BadgeKind.NOT_YET
    assert badge_for(nothing.disputes[0]).text.english() == "Not yet: add the day you served it"
    one_letter = assess_case(make_case(
        disputes=[make_dispute(served_on="2007-06-01", response_received_on="2007-07-02")],
        communications=[outgoing("c1", "2007-07-20", explains_deficiency=True)],
    ), dt.date(2007, 8, 20))
    assert badge_for(one_letter.disputes[0]).text.english() == (
        "Not yet: write again or ask for a call")
    closed = assess_case(make_case(disputes=[make_dispute(status="resolved")]),
                         dt.date(2007, 8, 20))
    assert badge_for(closed.disputes[0]).text.english() == "Resolved"


@pytest.mark.parametrize(("kind", "set_number", "item", "label"), [
    ("production", 1, 3, "Request for Production No. 3 (Set One)"),
    ("interrogatory", None, 12, "Interrogatory No. 12"),
    ("admission", 14, 2, "Request for Admission No. 2 (Set 14)"),
    ("deposition", 1, 1, ""),
    ("production", 1, None, ""),
])
def test_label_suggestion(kind: str, set_number: int | None, item: int | None,
                          label: str) -> None:
    from app.domain.model import DisputeKind

    assert suggest_label(DisputeKind(kind), set_number, item) == label
