"""The badge is the short form of the request's next step: the same check, and the day
that step waits for."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.model import Case
from app.domain.rules import CheckId
from app.domain.text import Day
from app.services.assessment import assess_case
from app.services.badges import BadgeKind, badge_for
from tests.helpers.builders import make_case, make_dispute, outgoing
from tests.helpers.strategies import cases

TODAY = dt.date(2026, 11, 29)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(TODAY), st.dates(dt.date(1990, 1, 1), TODAY))
def test_the_badge_says_what_the_next_step_says(case: Case, as_of: dt.date) -> None:
    for dispute in assess_case(case, as_of).disputes:
        badge = badge_for(dispute)
        if dispute.adequate is None:
            assert badge.kind is BadgeKind.CLOSED
            continue
        if dispute.next_step_check is None:
            assert badge.kind is BadgeKind.READY and dispute.next_step is None
            continue
        assert dispute.next_step is not None
        if dispute.next_step_check is CheckId.WAITED:
            # Waiting for their reply: the badge names the reply day the next step names.
            assert badge.kind is BadgeKind.WAIT
            ends = dispute.dates.reply_window_ends
            assert ends is not None and badge.text.args["day"] == Day(ends)
            assert Day(ends, weekday=True).english() in dispute.next_step.english()
        elif badge.kind is BadgeKind.WAIT:
            assert dispute.next_step_check is CheckId.RESPONSE_DUE
            due = dispute.dates.response_due
            assert due is not None and badge.text.args["day"] == Day(due)
            assert Day(due, weekday=True).english() in dispute.next_step.english()
        else:
            assert badge.kind is BadgeKind.NOT_YET


def test_a_letter_before_the_answer_is_due_waits_for_the_letters_reply_day() -> None:
    # The letter of August 8 asks for a reply by August 27; their answer is due September 4.
    case = make_case(disputes=[make_dispute(served_on="2007-08-01")],
                     communications=[outgoing("c1", "2007-08-08")])
    badge = badge_for(assess_case(case, dt.date(2007, 8, 10)).disputes[0])
    assert badge.text.english() == "Not yet: wait until August 27, 2007"
    after = badge_for(assess_case(case, dt.date(2007, 8, 28)).disputes[0])
    assert after.text.english() == "Not yet: wait until September 4, 2007"


def test_ready_to_file_waits_for_the_courts_own_step() -> None:
    from app.domain.profiles import JointFiling
    from app.services.badges import CourtStep, court_step, is_ready
    from tests.helpers.builders import spec_example_case

    case = spec_example_case()  # N.D. Cal.: a joint letter before a motion
    as_of = dt.date(2007, 8, 28)
    assessment = assess_case(case, as_of)
    dispute = assessment.disputes[0]
    assert dispute.adequate
    step = court_step(case, assessment.parameters)
    badge = badge_for(dispute, step)
    assert badge.kind is BadgeKind.DOCUMENTED and not is_ready(dispute, step)
    assert badge.text.english() == "Conferring documented; next: the joint letter to the judge"
    case.local_step_done_on = as_of
    done = court_step(case, assessment.parameters)
    assert badge_for(dispute, done).kind is BadgeKind.READY and is_ready(dispute, done)
    # A court without a step of its own: documented is ready.
    assert badge_for(dispute, CourtStep(JointFiling.NONE)).kind is BadgeKind.READY
