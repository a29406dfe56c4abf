"""Letters as the window and the command line use them: drafting with defaults and plain
refusals, logging as mailed, and what logging a letter does to the check (random cases
of every court profile, around holidays)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.dates import is_business_day
from app.domain.letters import LetterDraft, propose_kind
from app.domain.model import Case, LetterKind, LetterRecord, Method
from app.domain.reasons import load_reasons
from app.domain.rules import CheckId, Result
from app.services import letters
from app.services.assessment import assess_case
from app.services.cases import Cases, OpenCase
from app.services.session import open_store
from tests.documents.pdfcheck import full_text
from tests.helpers.builders import day, make_case, make_counsel, make_dispute, outgoing
from tests.helpers.strategies import cases

TODAY = dt.date(2026, 11, 27)  # the day after Thanksgiving
# Mailing days whose reply day (17 days later in most courts, 13 in C.D. Cal.) falls on a
# federal holiday or a weekend next to one: Christmas 2026, Juneteenth 2025, Independence
# Day 2026 (kept on Friday, July 3), New Year's Day 2027, Thanksgiving 2026.
_MAILING_DAYS = (dt.date(2026, 12, 8), dt.date(2025, 6, 2), dt.date(2026, 6, 17),
                 dt.date(2026, 12, 19), dt.date(2026, 11, 13), TODAY)
ANSWERED = {"served_on": "2007-06-01", "response_received_on": "2007-07-02",
            "deficiency": "No documents were produced.", "wanted": "Produce them."}
_SETTINGS = settings(max_examples=30, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
_GOOD = (Result.PASS, Result.NOT_APPLICABLE)
_REASON_IDS = sorted(load_reasons())


def _with_letter(case: Case, draft: LetterDraft) -> Case:
    entry = replace(draft.as_communication(draft.text, draft.mailing_day), id="new-letter")
    return replace(case, communications=[*case.communications, entry])


def _results(case: Case, as_of: dt.date) -> dict[str, dict[CheckId, Result]]:
    return {d.dispute_id: {c.id: c.result for c in d.checks}
            for d in assess_case(case, as_of).disputes}


@st.composite
def _letter_cases(draw: st.DrawFn) -> tuple[Case, dt.date]:
    """Valid random cases with a lawyer to write to and some reasons picked, and the day
    the letter is mailed (the case's today), chosen so reply days meet holidays."""
    today = draw(st.sampled_from(_MAILING_DAYS))
    case = draw(cases(today))
    assume(case.counsel and case.live_disputes)
    disputes = [replace(d, reasons=draw(st.lists(st.sampled_from(_REASON_IDS), unique=True,
                                                 max_size=2)),
                        wanted=draw(st.none() | st.text(max_size=20)))
                for d in case.disputes]
    return replace(case, disputes=disputes), today


@_SETTINGS
@given(_letter_cases())
def test_logging_the_proposed_letter_never_turns_a_passing_check_into_a_failing_one(
    scenario: tuple[Case, dt.date],
) -> None:
    case, today = scenario
    proposed = letters.proposals(case, today)
    assume(proposed)
    for dispute_id, kind in proposed.items():
        draft = letters.draft(case, kind, [dispute_id], today=today)
        after_case = _with_letter(case, draft)
        # On the mailing day (WAITED then waits for the letter's own reply day) and the day
        # after the reply day the letter asks for.
        for as_of, skip in ((today, {CheckId.WAITED}),
                            (draft.reply_requested_by + dt.timedelta(days=1), set())):
            before, after = _results(case, as_of), _results(after_case, as_of)
            for request, checks in before.items():
                for check_id, result in checks.items():
                    if result in _GOOD and check_id not in skip:
                        assert after[request][check_id] is not Result.FAIL, (
                            kind, request, check_id, as_of)


@_SETTINGS
@given(_letter_cases(), st.data())
def test_after_a_first_letter_the_request_is_identified_explained_and_waits_for_its_day(
    scenario: tuple[Case, dt.date], data: st.DataObject,
) -> None:
    case, today = scenario
    target = data.draw(st.sampled_from(case.live_disputes))
    if target.response_received_on is None:
        target.response_received_on = data.draw(st.dates(dt.date(1990, 1, 1), today))
    if not (target.deficiency and target.deficiency.strip()) and not target.reasons:
        # The letter can only explain what the log says is wrong.
        target.reasons = [data.draw(st.sampled_from(_REASON_IDS))]
    draft = letters.draft(case, LetterKind.FIRST, [target.id], today=today)
    assert draft.explains_deficiency
    assert draft.reply_requested_by > today and is_business_day(draft.reply_requested_by)
    assessed = {d.dispute_id: d for d in assess_case(_with_letter(case, draft), today).disputes}
    result = assessed[target.id]
    identified, explained = result.check(CheckId.IDENTIFIED), \
        result.check(CheckId.DEFICIENCY_EXPLAINED)
    assert identified is not None and identified.result is Result.PASS
    assert explained is not None and explained.result is Result.PASS
    assert result.dates.reply_window_ends == draft.reply_requested_by


@pytest.mark.parametrize("kind", list(LetterKind))
def test_the_pdf_shows_the_stored_text(kind: LetterKind) -> None:
    case = _demo_like()
    case.disputes[0].request_text = "Every page of the logbook for June 3, 2007.\n\nAnd July."
    case.disputes[0].response_text = "Objection: overbroad; see attached (José Núñez)."
    draft = letters.draft(case, kind, ["d1", "d2"], today=day("2007-08-01"))
    shown = re.sub(r"Page \d+ of \d+", " ", full_text(letters.letter_pdf(case, draft.text)))
    assert shown.split() == draft.text.split()


# --- drafting: defaults and refusals ----------------------------------------------------


def _demo_like() -> Case:
    return make_case(
        disputes=[make_dispute("d1", **ANSWERED), make_dispute("d2", **ANSWERED),
                  make_dispute("d3", status="resolved", **ANSWERED)],
        counsel=[make_counsel("k1"), make_counsel("k2", name="B. Lawyer", address=[])],
        communications=[outgoing("c1", "2007-07-10", disputes=["d2"], counsel="k2")],
    )


def test_default_requests_are_those_the_check_proposes_this_kind_for() -> None:
    draft = letters.draft(_demo_like(), "first", today=day("2007-07-12"))
    assert draft.dispute_ids == ("d1",) and draft.counsel_id == "k1"
    assert draft.mailing_day == day("2007-07-12")
    follow = letters.draft(_demo_like(), LetterKind.FOLLOW_UP, ["d2"], today=day("2007-08-01"))
    assert follow.counsel_id == "k2"  # the lawyer of the request's latest letter


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"kind": "letter"}, "kind", "no kind of letter called \"letter\""),
    ({"dispute_ids": ["d9"]}, "disputes", "no request with the id \"d9\""),
    ({"dispute_ids": ["d3"]}, "disputes", "resolved or withdrawn"),
    ({"dispute_ids": []}, "disputes", "at least one request"),
    ({"counsel_id": "k9"}, "counsel", "no lawyer with the id \"k9\""),
    ({"mailing_day": day("2007-07-13")}, "mailing_day", "has not come yet"),
    ({"kind": "impasse", "dispute_ids": None}, "disputes", "does not propose"),
])
def test_refusals_say_what_to_change(kwargs: dict[str, object], field: str, words: str) -> None:
    arguments: dict[str, object] = {"kind": "first", "dispute_ids": ["d1"]}
    arguments.update(kwargs)
    with pytest.raises(letters.LetterError) as raised:
        letters.draft(_demo_like(), today=day("2007-07-12"), **arguments)  # type: ignore[arg-type]
    assert raised.value.field == field
    assert words in raised.value.message.english()


def test_no_counsel_on_the_case_is_refused() -> None:
    with pytest.raises(letters.LetterError) as raised:
        letters.draft(make_case(counsel=[]), "first", ["d1"], today=day("2007-07-12"))
    assert "no lawyer for the other side" in raised.value.message.english()


def test_too_long_a_letter_is_refused() -> None:
    huge = make_case(disputes=[make_dispute("d1", request_text="word " * 21_000, **ANSWERED)])
    with pytest.raises(letters.LetterError) as raised:
        letters.draft(huge, "first", ["d1"], today=day("2007-07-12"))
    assert raised.value.field == "text"
    assert "at most 100000" in raised.value.message.english()


def test_a_lawyer_without_an_address_can_be_written_to_but_not_mailed() -> None:
    case = _demo_like()
    draft = letters.draft(case, "first", ["d1"], "k2", today=day("2007-07-12"))
    assert not letters.can_be_mailed(case.counsel[1]) and letters.can_be_mailed(case.counsel[0])
    assert any("cannot be mailed" in m.english() for m in draft.missing)


# --- logging as mailed --------------------------------------------------------------------


@pytest.fixture
def session(data_dir: object) -> Iterator[OpenCase]:
    store = open_store()
    try:
        yield Cases(store).create(_demo_like())
    finally:
        store.close()


def test_log_mailed_adds_one_outgoing_letter_with_its_text(session: OpenCase) -> None:
    draft = letters.draft(session.case, "first", ["d1"], today=day("2007-07-12"))
    edited = draft.text.replace("Dear Counsel:", "Dear Counsel:\n\nAn added line.")
    before = len(session.case.communications)
    stored = letters.log_mailed(session, draft, edited, None, " LM-1 ", today=day("2007-07-13"))
    assert len(session.case.communications) == before + 1
    assert stored.method is Method.LETTER and stored.is_outgoing
    assert stored.sent_on == day("2007-07-12") and stored.counsel == "k1"
    assert stored.disputes == ["d1"] and stored.mail_log_number == "LM-1"
    assert stored.reply_requested_by == draft.reply_requested_by
    assert stored.letter == LetterRecord(LetterKind.FIRST, edited)
    assert stored.explains_deficiency and stored.requests_conference
    reread = session.store.load_case(session.case_id)
    assert reread.communications[-1].letter == LetterRecord(LetterKind.FIRST, edited)
    assert reread.communications[-1].summary == draft.summary


@pytest.mark.parametrize(("mailed_on", "number", "words"), [
    ("2007-07-14", None, "has not come yet"),
    ("2007-07-11", None, "cannot have been mailed"),
    (None, "x" * 201, "at most 200"),
])
def test_log_mailed_refusals_change_nothing(session: OpenCase, mailed_on: str | None,
                                            number: str | None, words: str) -> None:
    draft = letters.draft(session.case, "first", ["d1"], today=day("2007-07-12"))
    before = session.store.load_case(session.case_id)
    with pytest.raises(letters.LetterError) as raised:
        letters.log_mailed(session, draft, draft.text, day(mailed_on) if mailed_on else None,
                           number, today=day("2007-07-13"))
    assert words in raised.value.message.english()
    assert session.store.load_case(session.case_id) == before


def test_the_demo_letter_is_the_one_the_program_writes() -> None:
    """The demo's logged letter was made with `meetconfer letter --log`: the same request,
    lawyer and day give the same text, flags and reply day (regenerate it the same way when
    the wording changes)."""
    from app import paths
    from app.store.casefile import read_case_file

    demo = read_case_file(paths.demo_case_path().read_bytes(), today=TODAY)
    logged = [c for c in demo.communications if c.letter is not None]
    assert len(logged) == 1
    [entry] = logged
    before = replace(demo, communications=[c for c in demo.communications if c is not entry])
    assert entry.letter is not None
    draft = letters.draft(before, entry.letter.kind, entry.disputes, entry.counsel,
                          entry.sent_on, today=TODAY)
    expected = replace(draft.as_communication(draft.text, entry.sent_on,
                                              entry.mail_log_number), id=entry.id)
    assert entry == expected


@_SETTINGS
@given(_letter_cases())
def test_the_proposal_and_the_badge_never_disagree(scenario: tuple[Case, dt.date]) -> None:
    """A letter is proposed only when the badge asks for something to be written (never
    while it says to wait, never for a closed request), and every request whose badge asks
    for a letter, a call or an explanation gets a proposal."""
    from app.services.badges import BadgeKind, badge_for

    case, today = scenario
    for assessment in assess_case(case, today).disputes:
        badge = badge_for(assessment)
        kind = propose_kind(case, assessment)
        if badge.kind in (BadgeKind.WAIT, BadgeKind.CLOSED):
            assert kind is None, (badge, kind)
        if badge.kind is BadgeKind.NOT_YET and assessment.next_step_check is not \
                CheckId.RESPONSE_DUE:
            assert kind is not None, badge
