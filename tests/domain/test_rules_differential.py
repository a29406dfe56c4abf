"""Differential test: the program's good-faith check against an independent reading.

`tests/domain/oracle_rules.py` reads `docs/checks.md` on its own; here hypothesis
generates valid cases and an as-of day, and the program's `assess_case` + `assessment_to_json`
must give the same results, adequacy and dates as the oracle. The generator aims at the
places where readings part: several disputes of every status, service by each method or
none, responses before and after T, communications of every method and direction linked to
0-3 disputes, same-day letters and emails, incoming letters received later, every profile
and overrides, and as-of days just before, on and just after each computed date, around
weekends and federal holidays.

Run it hard with e.g. ``MEETCONFER_DIFF_EXAMPLES=5000 .venv/bin/python -m pytest
tests/domain/test_rules_differential.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.model import (
    Case,
    Communication,
    Direction,
    Dispute,
    DisputeKind,
    DisputeStatus,
    Litigant,
    Method,
    Role,
    ServedBy,
)
from app.domain.rules import CheckId
from app.services.assessment import assess_case, assessment_to_json
from tests.domain import oracle_rules as oracle
from tests.helpers.strategies import PROFILE_IDS, cases

EXAMPLES = int(os.environ.get("MEETCONFER_DIFF_EXAMPLES", "300"))
TODAY = dt.date(2026, 11, 29)
# The oracle's readings of the ambiguous sentences; try others with e.g.
# MEETCONFER_ORACLE_READINGS='{"comm_date_for_cutoff": "sent_on"}'.
_READINGS = json.loads(os.environ.get("MEETCONFER_ORACLE_READINGS", "{}"))
if "holiday_categories" in _READINGS:
    _READINGS["holiday_categories"] = tuple(_READINGS["holiday_categories"])
READINGS = oracle.Readings(**_READINGS)

# Days around which the calendar is crowded: Thanksgiving and Christmas/New Year (with
# observed Fridays and Mondays), Juneteenth and Independence Day, MLK/Inauguration, Labor and
# Columbus days; plus any day at all.
_ANCHORS = [dt.date(2021, 12, 1), dt.date(2022, 12, 1), dt.date(2010, 12, 5),
            dt.date(2016, 12, 10), dt.date(2022, 6, 1), dt.date(2021, 6, 1),
            dt.date(2020, 6, 15), dt.date(2017, 1, 1), dt.date(2024, 11, 1),
            dt.date(2025, 1, 1), dt.date(2018, 11, 20), dt.date(2019, 12, 1),
            dt.date(2023, 8, 20), dt.date(2007, 6, 1)]
_BASE = st.sampled_from(_ANCHORS) | st.dates(dt.date(1995, 1, 1), dt.date(2026, 9, 1))
_FLAG = st.sampled_from([None, True, False])
# Every method, written ones (the letter/email tie, the mail days) more often.
_METHODS = st.sampled_from([*Method, Method.LETTER, Method.EMAIL, Method.LETTER, Method.EMAIL])
_OVERRIDE_VALUES: dict[str, st.SearchStrategy[object]] = {
    "response_days": st.integers(1, 45),
    "mail_extra_days": st.integers(1, 5),
    "reply_wait_days": st.integers(1, 21),
    "min_attempts_without_reply": st.integers(1, 4),
    "live_conference_required": st.booleans(),
    "conferral_required": st.booleans(),
    "joint_filing": st.sampled_from(["none", "joint_letter", "joint_stipulation",
                                     "joint_statement", "joint_motion", "premotion_letter"]),
    "pleading_paper": st.booleans(),
    "min_font_pt": st.integers(8, 16),
}
_OVERRIDES = st.none() | st.lists(st.sampled_from(sorted(_OVERRIDE_VALUES)), unique=True,
                                  max_size=3).flatmap(
    lambda names: st.fixed_dictionaries({n: _OVERRIDE_VALUES[n] for n in names}))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Case, dt.date]:
    base = draw(_BASE)
    # A small pool of days, so that records share days (same-day letters and emails, replies
    # on the letter's day) more often than chance would have them.
    pool = sorted(set(draw(st.lists(st.integers(-70, 70), min_size=1, max_size=6))))

    days = (st.sampled_from(pool) | st.integers(-90, 90)).map(
        lambda k: base + dt.timedelta(days=k))

    def day() -> dt.date:
        return draw(days)

    dispute_ids = [f"d{n}" for n in range(1, draw(st.integers(1, 4)) + 1)]
    disputes = [
        Dispute(id=i, kind=DisputeKind.PRODUCTION, label=f"RFP {i}",
                status=draw(st.sampled_from(DisputeStatus)),
                served_on=draw(st.none() | days),
                served_by=draw(st.none() | st.sampled_from(ServedBy)),
                response_received_on=draw(st.none() | days))
        for i in dispute_ids
    ]
    comms = []
    for n in range(draw(st.integers(0, 8))):
        direction = draw(st.sampled_from(Direction))
        sent_on = day()
        if direction is Direction.INCOMING:
            received = draw(st.none() | st.integers(0, 12).map(
                lambda k, s=sent_on: s + dt.timedelta(days=k)))
        else:
            received = draw(st.none() | days)
        comms.append(Communication(
            id=f"c{n}", direction=direction, method=draw(_METHODS),
            sent_on=sent_on, received_on=received,
            disputes=draw(st.lists(st.sampled_from(dispute_ids), unique=True,
                                   min_size=draw(st.sampled_from([0, 1, 1, 1])), max_size=3)),
            explains_deficiency=draw(_FLAG), proposes_resolution=draw(_FLAG),
            requests_conference=draw(_FLAG), states_impasse=draw(_FLAG)))
    case = Case(case_number="C 1", court="U.S.D.C.", district="D", short_title="A v. B",
                plaintiffs=["A"], defendants=["B"],
                rule_profile=draw(st.sampled_from(PROFILE_IDS)),
                profile_overrides=draw(_OVERRIDES),
                litigant=Litigant(name="A", role=Role.PLAINTIFF),
                disputes=disputes, communications=comms)

    # The as-of day: mostly just before, on or just after a day the rules compute (so the
    # strict "T is after" matters), else near a record's day, else any day nearby.
    params = oracle.profile_parameters(case.rule_profile, case.profile_overrides)
    computed = []
    for dispute in disputes:
        due = oracle.response_due(dispute, params, oracle.DEFAULT)
        computed += [due] if due is not None else []
        linked = [c for c in comms if dispute.id in c.disputes]
        latest = oracle.latest_outgoing_written(linked)
        if latest is not None:
            computed.append(oracle.reply_window_ends(latest, params, oracle.DEFAULT))
    recorded = [base] + [oracle.comm_day(c) for c in comms] + [c.sent_on for c in comms]
    recorded += [d for x in disputes for d in (x.served_on, x.response_received_on) if d]
    near = st.integers(-1, 1).map(lambda k: dt.timedelta(days=k))
    choices = [st.tuples(st.sampled_from(recorded), near).map(sum_), days]
    if computed:
        choices = [st.tuples(st.sampled_from(computed), near).map(sum_)] * 3 + choices
    as_of = draw(st.one_of(choices))
    return case, as_of


def sum_(pair: tuple[dt.date, dt.timedelta]) -> dt.date:
    return pair[0] + pair[1]


def program_answer(case: Case, as_of: dt.date) -> dict[str, Any]:
    """The program's `check --json` answer, cut to what the oracle gives."""
    assessment = assess_case(case, as_of)
    answer = assessment_to_json(assessment)
    return {
        "adequate": answer["adequate"],
        "disputes": [
            {"id": d["id"], "status": d["status"], "adequate": d["adequate"],
             "checks": [{"id": c["id"], "result": c["result"]} for c in d["checks"]],
             # Which check the next step comes from (the JSON gives only its words).
             "next_step": _step_id(assessed.next_step_check),
             "dates": d["dates"]}
            for d, assessed in zip(answer["disputes"], assessment.disputes, strict=True)
        ],
    }


def _step_id(check_id: CheckId | None) -> str | None:
    return None if check_id is None else check_id.value


def _describe(case: Case, as_of: dt.date) -> str:
    return f"as_of={as_of} profile={case.rule_profile} overrides={case.profile_overrides}"


_SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_SETTINGS
@given(scenarios())
def test_program_agrees_with_an_independent_reading(scenario: tuple[Case, dt.date]) -> None:
    case, as_of = scenario
    expected = oracle.oracle_check(case, as_of, READINGS)
    assert program_answer(case, as_of) == expected, _describe(case, as_of)


@settings(_SETTINGS, max_examples=max(EXAMPLES // 3, 50))
@given(cases(TODAY), st.dates(dt.date(1990, 1, 1), TODAY))
def test_program_agrees_on_any_valid_case(case: Case, as_of: dt.date) -> None:
    """The shared strategy too: any text as ids, overrides up to 400 days."""
    expected = oracle.oracle_check(case, as_of, READINGS)
    assert program_answer(case, as_of) == expected, _describe(case, as_of)


def test_the_conferral_reading_is_pinned() -> None:
    """The one ambiguous sentence where the readings differ in result (see
    `oracle_rules.Readings.warn_blocks_adequacy`): under `conferral_required: false` a dispute
    with no conferring at all, whose answer has come, is adequately documented."""
    case = Case(case_number="C 1", court="U.S.D.C.", district="D", short_title="A v. B",
                plaintiffs=["A"], defendants=["B"], rule_profile="caed",
                litigant=Litigant(name="A", role=Role.PLAINTIFF),
                disputes=[Dispute(id="d1", kind=DisputeKind.PRODUCTION, label="RFP 1",
                                  status=DisputeStatus.OPEN,
                                  response_received_on=dt.date(2021, 12, 1))])
    as_of = dt.date(2021, 12, 1)
    answer = program_answer(case, as_of)
    assert answer == oracle.oracle_check(case, as_of, oracle.Readings())
    assert answer["adequate"] is True
    assert [c["result"] for c in answer["disputes"][0]["checks"]] == [
        "pass", "warn", "warn", "warn", "n/a", "n/a", "warn", "warn"]
    literal = oracle.oracle_check(case, as_of, oracle.Readings(warn_blocks_adequacy=True))
    assert literal["adequate"] is False
