from __future__ import annotations

import pytest

from app.documents.selection import UnknownDisputeError, select
from tests.documents.sample import AS_OF, sample_case
from tests.helpers.builders import day, incoming, make_case, make_dispute, outgoing


def test_default_is_every_open_and_narrowed_dispute() -> None:
    selection = select(sample_case(), AS_OF)
    assert [d.id for d in selection.disputes] == ["d1", "d2"]


def test_picked_disputes_keep_the_case_order() -> None:
    selection = select(sample_case(), AS_OF, ["d3", "d1"])
    assert [d.id for d in selection.disputes] == ["d1", "d3"]


def test_an_unknown_dispute_is_refused_by_name() -> None:
    with pytest.raises(UnknownDisputeError) as caught:
        select(sample_case(), AS_OF, ["d1", "nope"])
    assert caught.value.dispute_id == "nope"
    assert "nope" in str(caught.value)


def test_communications_about_other_requests_are_left_out_unlinked_kept() -> None:
    case = sample_case()
    case.communications.append(outgoing("general", "2007-08-01", disputes=[]))
    ids = [c.id for c in select(case, AS_OF).communications]
    assert "c9" not in ids  # only about d3, which is resolved and not chosen
    assert "general" in ids
    assert "c9" in [c.id for c in select(case, AS_OF, ["d3"]).communications]


def test_records_after_the_day_are_left_out() -> None:
    case = make_case(
        communications=[
            outgoing("early", "2007-07-01"),
            outgoing("late", "2007-09-01"),
            # Dated before the day but received after it: its day is its receipt.
            incoming("arrives-late", "2007-08-25", received_on="2007-08-30"),
            incoming("arrived", "2007-08-20", received_on="2007-08-28"),
        ]
    )
    ids = [c.id for c in select(case, day("2007-08-28")).communications]
    assert ids == ["early", "arrived"]


def test_oldest_first_by_sent_day_keeping_the_log_order_on_ties() -> None:
    case = make_case(
        communications=[
            outgoing("b", "2007-08-02"),
            outgoing("a1", "2007-08-01"),
            incoming("a2", "2007-07-20", received_on="2007-08-01"),
            outgoing("a3", "2007-08-01"),
        ]
    )
    selection = select(case, day("2007-09-01"))
    assert [c.id for c in selection.communications] == ["a2", "a1", "a3", "b"]
    assert [selection.exhibit_row(c) for c in selection.communications] == [1, 2, 3, 4]


def test_a_response_after_the_day_counts_as_not_received() -> None:
    case = make_case(disputes=[make_dispute(response_received_on="2007-09-01")])
    selection = select(case, day("2007-08-28"))
    assert selection.response_received(selection.disputes[0]) is None
    later = select(case, day("2007-09-01"))
    assert later.response_received(later.disputes[0]) == day("2007-09-01")
