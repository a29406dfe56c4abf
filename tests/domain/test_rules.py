"""The eight checks of rules.md, each at the edges of its days, and the verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.model import Case, Communication, Direction, DisputeStatus, Method, ServedBy
from app.domain.profiles import RuleParameters, effective_parameters, get_profile
from app.domain.rules import (
    CaseAssessment,
    CheckId,
    CheckResult,
    DisputeAssessment,
    Result,
    assess,
    check_title,
)
from tests.helpers.builders import day, incoming, make_case, make_dispute, outgoing


def _params(profile_id: str = "generic", **overrides: object) -> RuleParameters:
    params, _ = effective_parameters(get_profile(profile_id), overrides)
    return params


def _assess(case: Case, as_of: str, profile_id: str = "generic",
            **overrides: object) -> CaseAssessment:
    profile = get_profile(profile_id)
    return assess(case, _params(profile_id, **overrides), day(as_of), profile.check_sources)


def _dispute(case: Case, as_of: str, profile_id: str = "generic",
             **overrides: object) -> DisputeAssessment:
    return _assess(case, as_of, profile_id, **overrides).disputes[0]


def _results(case: Case, as_of: str, profile_id: str = "generic",
             **overrides: object) -> Mapping[CheckId, Result]:
    return {c.id: c.result for c in _dispute(case, as_of, profile_id, **overrides).checks}


def _result(check: CheckId, case: Case, as_of: str, profile_id: str = "generic",
            **overrides: object) -> Result:
    return _results(case, as_of, profile_id, **overrides)[check]


def _get(dispute: DisputeAssessment, check_id: CheckId) -> CheckResult:
    check = dispute.check(check_id)
    assert check is not None
    return check


def _one(*communications: Communication, **dispute_fields: object) -> Case:
    return make_case(disputes=[make_dispute("d1", **dispute_fields)],
                     communications=communications)


# --- RESPONSE_DUE -----------------------------------------------------------------------

RD = CheckId.RESPONSE_DUE


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-07-04", Result.FAIL), ("2007-07-05", Result.FAIL), ("2007-07-06", Result.PASS),
])
def test_response_due_by_mail_passes_only_after_the_due_day(as_of: str,
                                                            expected: Result) -> None:
    # Served by mail (the default) on June 1, 2007: due Thursday, July 5, 2007.
    case = _one(served_on="2007-06-01")
    assert _result(RD, case, as_of) is expected
    assert _result(RD, _one(served_on="2007-06-01", served_by="mail"), as_of) is expected


@pytest.mark.parametrize("served_by", ["hand", "electronic"])
@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-07-01", Result.FAIL), ("2007-07-02", Result.FAIL), ("2007-07-03", Result.PASS),
])
def test_response_due_without_mail_days(served_by: str, as_of: str, expected: Result) -> None:
    # June 1 + 30 = Sunday July 1 -> Monday July 2; no Rule 6(d) days.
    assert _result(RD, _one(served_on="2007-06-01", served_by=served_by), as_of) is expected


def test_response_due_failure_says_the_day_and_what_to_do() -> None:
    check = _dispute(_one(served_on="2007-06-01"), "2007-07-05").check(RD)
    assert check is not None and check.next_step is not None
    assert "Thursday, July 5, 2007" in check.finding.english()
    assert "Thursday, July 5, 2007" in check.next_step.english()
    assert check.source == "Fed. R. Civ. P. 34(b)(2)(A), 6(a), 6(d)"


@pytest.mark.parametrize(("kind", "rule"), [
    ("interrogatory", "33(b)(2)"), ("production", "34(b)(2)(A)"), ("admission", "36(a)(3)"),
])
def test_response_due_cites_the_rule_for_the_kind_of_request(kind: str, rule: str) -> None:
    check = _dispute(_one(served_on="2007-06-01", kind=kind), "2007-08-01").check(RD)
    assert check is not None and rule in check.source


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-06-19", Result.FAIL), ("2007-06-20", Result.PASS), ("2007-06-21", Result.PASS),
])
def test_a_response_counts_from_the_day_it_arrived(as_of: str, expected: Result) -> None:
    case = _one(served_on="2007-06-01", response_received_on="2007-06-20")
    assert _result(RD, case, as_of) is expected


def test_without_a_service_day_it_fails_and_asks_for_it() -> None:
    check = _dispute(_one(), "2007-08-01").check(RD)
    assert check is not None and check.result is Result.FAIL
    assert check.next_step is not None and "served" in check.next_step.english()
    # ...unless their response has come.
    assert _result(RD, _one(response_received_on="2007-07-01"), "2007-08-01") is Result.PASS
    assert _result(RD, _one(response_received_on="2007-07-01"), "2007-06-30") is Result.FAIL


def test_a_45_day_override_moves_the_due_day() -> None:
    # June 1 + 45 = July 16 (Monday), + 3 = Thursday July 19.
    case = _one(served_on="2007-06-01")
    assert _result(RD, case, "2007-07-19", response_days=45) is Result.FAIL
    assert _result(RD, case, "2007-07-20", response_days=45) is Result.PASS
    assert _dispute(case, "2007-07-20", response_days=45).dates.response_due == day("2007-07-19")


def test_a_request_served_after_the_day_is_not_yet_due() -> None:
    assert _result(RD, _one(served_on="2007-09-01"), "2007-08-01") is Result.FAIL


# --- IDENTIFIED and DEFICIENCY_EXPLAINED -------------------------------------------------

ID, DX = CheckId.IDENTIFIED, CheckId.DEFICIENCY_EXPLAINED


def test_identified_needs_an_outgoing_or_live_linked_communication() -> None:
    assert _result(ID, _one(), "2007-08-01") is Result.FAIL
    assert _result(ID, _one(incoming("c1", "2007-07-20")), "2007-08-01") is Result.FAIL
    assert _result(ID, _one(outgoing("c1", "2007-07-20")), "2007-08-01") is Result.PASS
    other = outgoing("c1", "2007-07-20", method="other")
    assert _result(ID, _one(other), "2007-08-01") is Result.PASS
    their_call = incoming("c1", "2007-07-20", method="phone")
    assert _result(ID, _one(their_call), "2007-08-01") is Result.PASS
    about_another = outgoing("c1", "2007-07-20", disputes=("d2",))
    assert _result(ID, _one(about_another), "2007-08-01") is Result.FAIL


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-07-19", Result.FAIL), ("2007-07-20", Result.PASS), ("2007-07-21", Result.PASS),
])
def test_a_letter_counts_from_its_day(as_of: str, expected: Result) -> None:
    letter = outgoing("c1", "2007-07-20", explains_deficiency=True)
    assert _result(ID, _one(letter), as_of) is expected
    assert _result(DX, _one(letter), as_of) is expected


def test_deficiency_explained_needs_the_flag_on_an_outgoing_or_live_one() -> None:
    assert _result(DX, _one(outgoing("c1", "2007-07-20")), "2007-08-01") is Result.FAIL
    not_said = outgoing("c1", "2007-07-20", explains_deficiency=False)
    assert _result(DX, _one(not_said), "2007-08-01") is Result.FAIL
    theirs = incoming("c1", "2007-07-20", explains_deficiency=True)
    assert _result(DX, _one(theirs), "2007-08-01") is Result.FAIL
    their_call = incoming("c1", "2007-07-20", method="video", explains_deficiency=True)
    assert _result(DX, _one(their_call), "2007-08-01") is Result.PASS
    later_one = outgoing("c2", "2007-07-25", explains_deficiency=True)
    assert _result(DX, _one(outgoing("c1", "2007-07-20"), later_one), "2007-08-01") \
        is Result.PASS


# --- EXCHANGE -----------------------------------------------------------------------------

EX = CheckId.EXCHANGE


def test_one_letter_without_reply_is_not_an_exchange() -> None:
    check = _dispute(_one(outgoing("c1", "2007-07-20")), "2007-09-01").check(EX)
    assert check is not None and check.result is Result.FAIL
    assert "single letter" in check.finding.english()


def test_written_attempts_count_different_days() -> None:
    same_day = _one(outgoing("c1", "2007-07-20"), outgoing("c2", "2007-07-20", method="email"))
    assert _result(EX, same_day, "2007-09-01") is Result.FAIL
    two_days = _one(outgoing("c1", "2007-07-20"), outgoing("c2", "2007-07-21", method="email"))
    assert _result(EX, two_days, "2007-07-20") is Result.FAIL
    assert _result(EX, two_days, "2007-07-21") is Result.PASS
    assert _result(EX, two_days, "2007-09-01", min_attempts_without_reply=3) is Result.FAIL
    not_written = _one(outgoing("c1", "2007-07-20", method="other"),
                       outgoing("c2", "2007-07-27", method="other"))
    assert _result(EX, not_written, "2007-09-01") is Result.FAIL


def test_a_reply_or_a_call_is_an_exchange() -> None:
    assert _result(EX, _one(incoming("c1", "2007-07-20")), "2007-09-01") is Result.PASS
    assert _result(EX, _one(outgoing("c1", "2007-07-20", method="phone")), "2007-09-01") \
        is Result.PASS
    assert _result(EX, _one(incoming("c1", "2007-07-20", method="in_person")),
                   "2007-09-01") is Result.PASS


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-07-24", Result.FAIL), ("2007-07-25", Result.PASS), ("2007-07-26", Result.PASS),
])
def test_an_incoming_letter_counts_from_the_day_it_was_received(as_of: str,
                                                                expected: Result) -> None:
    # Dated July 20, received July 25: dated after T until July 25 (rules.md's day).
    reply = incoming("c1", "2007-07-20", received_on="2007-07-25")
    assert _result(EX, _one(reply), as_of) is expected


# --- WAITED -------------------------------------------------------------------------------

W = CheckId.WAITED


def test_waited_is_not_applicable_without_a_letter_or_email() -> None:
    assert _result(W, _one(), "2007-09-01") is Result.NOT_APPLICABLE
    call = _one(outgoing("c1", "2007-07-20", method="phone"))
    assert _result(W, call, "2007-09-01") is Result.NOT_APPLICABLE
    assert _dispute(call, "2007-09-01").dates.reply_window_ends is None


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-08-26", Result.FAIL), ("2007-08-27", Result.FAIL), ("2007-08-28", Result.PASS),
])
def test_waited_after_a_letter_counts_mail_days(as_of: str, expected: Result) -> None:
    # Letter of Wednesday Aug 8, 2007: + 14 + 3 = Saturday Aug 25 -> Monday Aug 27.
    case = _one(outgoing("c1", "2007-08-08"))
    assert _result(W, case, as_of) is expected
    assert _dispute(case, as_of).dates.reply_window_ends == day("2007-08-27")


@pytest.mark.parametrize(("as_of", "expected"), [
    ("2007-08-23", Result.FAIL), ("2007-08-24", Result.FAIL), ("2007-08-25", Result.PASS),
])
def test_waited_after_an_email_has_no_mail_days(as_of: str, expected: Result) -> None:
    # Email of Friday Aug 10: + 14 = Friday Aug 24.
    assert _result(W, _one(outgoing("c1", "2007-08-10", method="email")), as_of) is expected


def test_when_a_letter_and_an_email_share_the_latest_day_the_letter_counts() -> None:
    # Aug 10: the email alone would end Aug 24; the letter ends Monday Aug 27.
    for order in ((0, 1), (1, 0)):
        both = [outgoing("c1", "2007-08-10", method="email"), outgoing("c2", "2007-08-10")]
        case = _one(*(both[i] for i in order))
        assert _result(W, case, "2007-08-27") is Result.FAIL
        assert _result(W, case, "2007-08-28") is Result.PASS
        assert _dispute(case, "2007-08-28").dates.reply_window_ends == day("2007-08-27")


def test_a_failing_wait_names_the_day_to_wait_until() -> None:
    assessed = _dispute(_one(outgoing("c1", "2007-08-08")), "2007-08-20")
    check = assessed.check(W)
    assert check is not None and check.next_step is not None
    assert "until Monday, August 27, 2007" in check.next_step.english()


@pytest.mark.parametrize(("reply_day", "expected"), [
    ("2007-08-07", Result.FAIL), ("2007-08-08", Result.PASS), ("2007-08-09", Result.PASS),
])
def test_a_reply_on_or_after_the_latest_letter_ends_the_wait(reply_day: str,
                                                             expected: Result) -> None:
    case = _one(outgoing("c1", "2007-08-08"), incoming("c2", reply_day))
    assert _result(W, case, "2007-08-10") is expected
    # The window still shows, whether or not a reply came.
    assert _dispute(case, "2007-08-10").dates.reply_window_ends == day("2007-08-27")


def test_a_reply_is_dated_by_its_receipt() -> None:
    # Their letter is dated before ours but reached the litigant after: it came after L.
    case = _one(outgoing("c1", "2007-08-08"), incoming("c2", "2007-08-07",
                                                       received_on="2007-08-09"))
    assert _result(W, case, "2007-08-09") is Result.PASS
    # A reply received after T is not there yet.
    late = _one(outgoing("c1", "2007-08-08"), incoming("c2", "2007-08-09",
                                                       received_on="2007-08-20"))
    assert _result(W, late, "2007-08-19") is Result.FAIL
    assert _result(W, late, "2007-08-20") is Result.PASS


def test_a_call_after_the_latest_letter_ends_the_wait() -> None:
    case = _one(outgoing("c1", "2007-08-08"), outgoing("c2", "2007-08-08", method="phone"))
    assert _result(W, case, "2007-08-09") is Result.PASS


def test_only_the_latest_letter_counts() -> None:
    case = _one(outgoing("c1", "2007-07-20"), incoming("c2", "2007-07-30"),
                outgoing("c3", "2007-08-08"))
    assert _result(W, case, "2007-08-27") is Result.FAIL
    assert _result(W, case, "2007-08-28") is Result.PASS
    # Before the later letter was written, the earlier one had its reply.
    assert _result(W, case, "2007-08-07") is Result.PASS


def test_a_reply_about_another_request_does_not_end_the_wait() -> None:
    case = _one(outgoing("c1", "2007-08-08"), incoming("c2", "2007-08-10", disputes=("d2",)))
    assert _result(W, case, "2007-08-20") is Result.FAIL


def test_the_wait_override_changes_the_window() -> None:
    case = _one(outgoing("c1", "2007-08-08"))
    # C.D. Cal.'s 10 days: Aug 8 + 13 = Tuesday Aug 21.
    assert _result(W, case, "2007-08-21", "cacd") is Result.FAIL
    assert _result(W, case, "2007-08-22", "cacd") is Result.PASS
    assert _result(W, case, "2007-08-22", reply_wait_days=10) is Result.PASS
    assert _result(W, case, "2007-08-22", reply_wait_days=10, mail_extra_days=4) is Result.FAIL


# --- LIVE_ATTEMPT -------------------------------------------------------------------------

LA = CheckId.LIVE_ATTEMPT


def test_live_attempt_is_not_applicable_where_not_required() -> None:
    assert _result(LA, _one(), "2007-09-01", "cand") is Result.NOT_APPLICABLE


@pytest.mark.parametrize("profile_id", ["cacd", "casd", "nysd", "ilnd", "wawd"])
def test_live_attempt_where_required(profile_id: str) -> None:
    assert _result(LA, _one(outgoing("c1", "2007-08-08")), "2007-09-01", profile_id) \
        is Result.FAIL
    asked = _one(outgoing("c1", "2007-08-08", requests_conference=True))
    assert _result(LA, asked, "2007-08-07", profile_id) is Result.FAIL
    assert _result(LA, asked, "2007-08-08", profile_id) is Result.PASS
    they_asked = _one(incoming("c1", "2007-08-08", requests_conference=True))
    assert _result(LA, they_asked, "2007-09-01", profile_id) is Result.FAIL
    called = _one(incoming("c1", "2007-08-08", method="phone"))
    assert _result(LA, called, "2007-09-01", profile_id) is Result.PASS


def test_live_attempt_override() -> None:
    assert _result(LA, _one(), "2007-09-01", "cand", live_conference_required=True) \
        is Result.FAIL


# --- IMPASSE and LOCAL_STEP ---------------------------------------------------------------

IM, LS = CheckId.IMPASSE, CheckId.LOCAL_STEP


def test_impasse_looks_at_the_latest_day_of_outgoing_communications() -> None:
    assert _result(IM, _one(), "2007-09-01") is Result.WARN
    said = _one(outgoing("c1", "2007-08-08", states_impasse=True))
    assert _result(IM, said, "2007-09-01") is Result.PASS
    said_then_wrote_again = _one(outgoing("c1", "2007-08-08", states_impasse=True),
                                 outgoing("c2", "2007-08-09"))
    assert _result(IM, said_then_wrote_again, "2007-08-08") is Result.PASS
    assert _result(IM, said_then_wrote_again, "2007-08-09") is Result.WARN
    same_day = _one(outgoing("c1", "2007-08-09", method="email"),
                    outgoing("c2", "2007-08-09", method="phone", states_impasse=True))
    assert _result(IM, same_day, "2007-09-01") is Result.PASS
    theirs = _one(outgoing("c1", "2007-08-08"),
                  incoming("c2", "2007-08-10", states_impasse=True))
    assert _result(IM, theirs, "2007-09-01") is Result.WARN


@pytest.mark.parametrize(("profile_id", "words"), [
    ("cand", "joint discovery letter"), ("cacd", "joint stipulation"),
    ("caed", "joint statement"), ("casd", "joint motion"), ("nysd", "pre-motion conference"),
])
def test_local_step_names_the_courts_step(profile_id: str, words: str) -> None:
    check = _dispute(_one(), "2007-09-01", profile_id).check(LS)
    assert check is not None and check.result is Result.WARN
    assert words in check.finding.english()


@pytest.mark.parametrize("profile_id", ["generic", "ilnd", "wawd", "idd", "nvd"])
def test_local_step_not_applicable_without_a_joint_step(profile_id: str) -> None:
    assert _result(LS, _one(), "2007-09-01", profile_id) is Result.NOT_APPLICABLE


# --- verdicts -----------------------------------------------------------------------------

def _documented(*extra: Communication) -> Case:
    """A request whose effort is documented under N.D. Cal. as of 2007-08-28."""
    return _one(outgoing("c1", "2007-07-20", explains_deficiency=True),
                outgoing("c2", "2007-08-08", states_impasse=True), *extra,
                served_on="2007-06-01", response_received_on="2007-07-03")


def test_checks_come_in_the_specs_order() -> None:
    assert [c.id for c in _dispute(_documented(), "2007-08-28").checks] == list(CheckId)
    assert [c.value for c in CheckId] == [
        "RESPONSE_DUE", "IDENTIFIED", "DEFICIENCY_EXPLAINED", "EXCHANGE", "WAITED",
        "LIVE_ATTEMPT", "IMPASSE", "LOCAL_STEP",
    ]


def test_adequate_when_the_first_six_pass_or_are_not_applicable() -> None:
    assessed = _assess(_documented(), "2007-08-28", "cand")
    results = {c.id: c.result for c in assessed.disputes[0].checks}
    assert results[LS] is Result.WARN  # a warning does not stop the verdict
    assert assessed.disputes[0].adequate is True and assessed.adequate is True
    assert assessed.disputes[0].next_step is None


def test_one_failing_check_stops_the_verdict_and_gives_the_next_step() -> None:
    assessed = _assess(_documented(), "2007-08-27", "cand")
    dispute = assessed.disputes[0]
    assert dispute.adequate is False and assessed.adequate is False
    assert dispute.next_step is not None
    waited = dispute.check(W)
    assert waited is not None and dispute.next_step == waited.next_step


def test_next_step_is_that_of_the_first_failing_check() -> None:
    # Served August 1 and nothing written yet: their answer is not due.
    dispute = _dispute(_one(served_on="2007-08-01"), "2007-08-10")
    first = dispute.check(RD)
    assert first is not None and first.result is Result.FAIL
    assert dispute.next_step == first.next_step
    assert dispute.next_step_check is RD
    for check in dispute.checks:
        if check.result in (Result.FAIL, Result.WARN):
            assert check.next_step is not None, check.id


def test_while_waited_fails_the_next_step_is_to_wait_whatever_fails_before_it() -> None:
    # A letter of August 8 before their answer is due (September 4): WAITED (until August
    # 27) fails after RESPONSE_DUE, EXCHANGE and DEFICIENCY_EXPLAINED, and still comes first.
    dispute = _dispute(_one(outgoing("c1", "2007-08-08"), served_on="2007-08-01"),
                       "2007-08-10")
    assert _get(dispute, RD).result is Result.FAIL
    assert _get(dispute, W).result is Result.FAIL
    assert dispute.next_step_check is W
    assert dispute.next_step is not None
    assert dispute.next_step.english() == (
        "Next step: wait for a reply until Monday, August 27, 2007; log it if one comes. "
        "If nothing comes by then, wait for their answer to the request until "
        "Tuesday, September 4, 2007.")
    # Their answer came: after the wait, the first other failing check's step.
    answered = _dispute(_one(outgoing("c1", "2007-08-08"), served_on="2007-07-01",
                             response_received_on="2007-07-30"), "2007-08-10")
    assert answered.next_step_check is W
    assert answered.next_step is not None
    assert answered.next_step.english().endswith(
        "If nothing comes by then, write to them saying exactly what is missing or wrong in "
        "their answer to this request.")
    # The day after the window: the first failing check again.
    later = _dispute(_one(outgoing("c1", "2007-08-08"), served_on="2007-07-01",
                          response_received_on="2007-07-30"), "2007-08-28")
    assert later.next_step_check is DX


def test_where_conferring_is_not_required_failures_become_advice() -> None:
    bare = _one(served_on="2007-06-01")
    assessed = _dispute(bare, "2007-08-01", "caed")
    results = {c.id: c.result for c in assessed.checks}
    assert results[RD] is Result.PASS
    for check_id in (ID, DX, EX):
        assert results[check_id] is Result.WARN
    assert results[W] is Result.NOT_APPLICABLE
    assert results[LA] is Result.NOT_APPLICABLE
    assert assessed.adequate is True and assessed.next_step is None
    advice = assessed.check(ID)
    assert advice is not None and advice.note is not None
    # A waiting letter and a required live conference become advice too.
    waiting = _dispute(_one(outgoing("c1", "2007-08-08"), served_on="2007-06-01"),
                       "2007-08-20", "caed", live_conference_required=True)
    assert _get(waiting, W).result is Result.WARN
    assert _get(waiting, LA).result is Result.WARN
    assert waiting.adequate is True


def test_where_conferring_is_not_required_a_premature_motion_still_fails() -> None:
    assessed = _dispute(_one(served_on="2007-06-01"), "2007-07-05", "caed")
    assert _get(assessed, RD).result is Result.FAIL
    assert assessed.adequate is False and assessed.next_step is not None
    required_again = _dispute(_one(served_on="2007-06-01"), "2007-08-01", "caed",
                              conferral_required=True)
    assert _get(required_again, ID).result is Result.FAIL
    assert required_again.adequate is False


def test_resolved_and_withdrawn_requests_are_listed_without_checks() -> None:
    for status in ("resolved", "withdrawn"):
        case = make_case(disputes=[
            make_dispute("d1", status=status, served_on="2007-06-01"),
        ], communications=[outgoing("c1", "2007-08-08")])
        assessed = _assess(case, "2007-09-01")
        dispute = assessed.disputes[0]
        assert dispute.adequate is None and dispute.checks == () and dispute.next_step is None
        assert dispute.dates.response_due == day("2007-07-05")
        assert dispute.dates.reply_window_ends == day("2007-08-27")
        assert assessed.adequate is False  # no open or narrowed request


def test_the_case_needs_every_open_or_narrowed_request_documented() -> None:
    documented = _documented()
    two = replace(documented, disputes=[
        *documented.disputes, make_dispute("d2", status="narrowed", served_on="2007-06-01"),
        make_dispute("d3", status="withdrawn"),
    ])
    assessed = _assess(two, "2007-08-28", "cand")
    assert [d.adequate for d in assessed.disputes] == [True, False, None]
    assert assessed.adequate is False
    linked_to_both = [
        replace(c, disputes=["d1", "d2"]) for c in documented.communications
    ]
    both = replace(two, communications=linked_to_both)
    assessed = _assess(both, "2007-08-28", "cand")
    assert [d.adequate for d in assessed.disputes] == [True, True, None]
    assert assessed.adequate is True


def test_a_case_without_requests_is_not_documented() -> None:
    assert _assess(make_case(disputes=[]), "2007-09-01").adequate is False


def test_dates_are_given_whenever_their_facts_are() -> None:
    assessed = _dispute(_one(), "2007-09-01")
    assert assessed.dates.response_due is None and assessed.dates.reply_window_ends is None
    # The reply window is that of the latest letter as of T.
    case = _one(outgoing("c1", "2007-07-20"), outgoing("c2", "2007-08-08"))
    assert _dispute(case, "2007-08-07").dates.reply_window_ends == day("2007-08-06")
    assert _dispute(case, "2007-08-08").dates.reply_window_ends == day("2007-08-27")


def test_every_check_has_a_title_a_message_and_a_source() -> None:
    for profile_id in ("generic", "cand", "cacd", "caed", "casd", "nysd"):
        for as_of in ("2007-07-01", "2007-08-28"):
            for check in _dispute(_documented(), as_of, profile_id).checks:
                assert check.finding.english().strip()
                assert check.source.strip()
                assert check_title(check.id).english().strip()
                assert "{" not in check.english()


def test_an_outgoing_received_on_does_not_move_its_day() -> None:
    # The checks use received_on only for incoming communications.
    letter = outgoing("c1", "2007-08-08", received_on="2007-08-13")
    assert _result(ID, _one(letter), "2007-08-08") is Result.PASS
    assert _dispute(_one(letter), "2007-08-08").dates.reply_window_ends == day("2007-08-27")


def test_direction_and_method_helpers_agree_with_the_spec() -> None:
    assert {m for m in Method if m.is_written} == {Method.LETTER, Method.EMAIL}
    assert {m for m in Method if m.is_live} == {Method.PHONE, Method.VIDEO, Method.IN_PERSON}
    assert incoming("c1", "2007-08-01", received_on="2007-08-03").day == day("2007-08-03")
    assert outgoing("c1", "2007-08-01").direction is Direction.OUTGOING
    assert dt.date(2007, 8, 1) == incoming("c1", "2007-08-01").day


# --- properties ---------------------------------------------------------------------------

_START = dt.date(2007, 5, 1)
_days = st.integers(0, 150).map(lambda n: _START + dt.timedelta(days=n))
_PROFILES = ("generic", "cand", "cacd", "caed", "casd", "nysd", "ilnd", "wawd", "idd", "nvd")


@st.composite
def _communications(draw: st.DrawFn, index: int) -> Communication:
    direction = draw(st.sampled_from(list(Direction)))
    sent_on = draw(_days)
    received_on = None
    if draw(st.booleans()):
        received_on = sent_on + dt.timedelta(days=draw(st.integers(0, 12)))
    flag = st.one_of(st.none(), st.booleans())
    return Communication(
        id=f"c{index}", direction=direction, method=draw(st.sampled_from(list(Method))),
        sent_on=sent_on, received_on=received_on,
        disputes=draw(st.lists(st.sampled_from(["d1", "d2"]), max_size=2, unique=True)),
        explains_deficiency=draw(flag), requests_conference=draw(flag),
        states_impasse=draw(flag),
    )


@st.composite
def _cases(draw: st.DrawFn) -> Case:
    disputes = []
    for dispute_id in ("d1", "d2"):
        served_on = draw(st.one_of(st.none(), _days))
        received = draw(st.one_of(st.none(), _days))
        disputes.append(make_dispute(
            dispute_id, served_on=served_on, response_received_on=received,
            served_by=draw(st.one_of(st.none(), st.sampled_from(list(ServedBy)))),
            status=draw(st.sampled_from(list(DisputeStatus))),
        ))
    count = draw(st.integers(0, 6))
    communications = [draw(_communications(i)) for i in range(count)]
    return make_case(disputes=disputes, communications=communications)


def _assess_on(case: Case, as_of: dt.date, profile_id: str) -> CaseAssessment:
    profile = get_profile(profile_id)
    return assess(case, profile.parameters, as_of, profile.check_sources)


@settings(max_examples=100, deadline=None)
@given(_cases(), _days, st.integers(1, 60), st.sampled_from(_PROFILES))
def test_a_later_day_never_undoes_a_passed_response_due(
    case: Case, as_of: dt.date, later_by: int, profile_id: str
) -> None:
    before = _assess_on(case, as_of, profile_id)
    after = _assess_on(case, as_of + dt.timedelta(days=later_by), profile_id)
    for early, late in zip(before.disputes, after.disputes, strict=True):
        early_check, late_check = early.check(RD), late.check(RD)
        if early_check is not None and early_check.result is Result.PASS:
            assert late_check is not None and late_check.result is Result.PASS


@settings(max_examples=100, deadline=None)
@given(_cases(), _days, _days, st.sampled_from(list(Method)), st.sampled_from(_PROFILES))
def test_an_incoming_reply_never_makes_a_request_less_documented(
    case: Case, as_of: dt.date, reply_day: dt.date, method: Method, profile_id: str
) -> None:
    reply = incoming("reply", reply_day, method=method, disputes=("d1",))
    with_reply = replace(case, communications=[*case.communications, reply])
    before = _assess_on(case, as_of, profile_id)
    after = _assess_on(with_reply, as_of, profile_id)
    rank = {Result.FAIL: 0, Result.WARN: 1, Result.PASS: 2, Result.NOT_APPLICABLE: 2}
    for early, late in zip(before.disputes, after.disputes, strict=True):
        if early.adequate:
            assert late.adequate
        for early_check, late_check in zip(early.checks, late.checks, strict=True):
            if early_check.id is not IM:  # the impasse check ignores incoming mail
                assert rank[late_check.result] >= rank[early_check.result], early_check.id
    if before.adequate:
        assert after.adequate


@settings(max_examples=100, deadline=None)
@given(_cases(), _days, st.lists(st.integers(1, 40), max_size=4), st.sampled_from(_PROFILES),
       st.data())
def test_records_dated_after_the_day_change_nothing(
    case: Case, as_of: dt.date, offsets: list[int], profile_id: str, data: st.DataObject
) -> None:
    later = []
    for index, offset in enumerate(offsets):
        extra = data.draw(_communications(100 + index))
        if extra.is_incoming and extra.received_on is not None and extra.received_on > as_of \
                and data.draw(st.booleans()):
            # An incoming letter dated on or before T but received after T.
            extra = replace(extra, sent_on=min(extra.sent_on, as_of))
        else:
            extra = replace(extra, sent_on=as_of + dt.timedelta(days=offset),
                            received_on=None)
        assert extra.day > as_of
        later.append(extra)
    late_response = [
        replace(d, response_received_on=as_of + dt.timedelta(days=1))
        if d.response_received_on is None or d.response_received_on > as_of else d
        for d in case.disputes
    ]
    changed = replace(case, communications=[*case.communications, *later],
                      disputes=late_response)
    clean = replace(case, disputes=[
        replace(d, response_received_on=None)
        if d.response_received_on is not None and d.response_received_on > as_of else d
        for d in case.disputes
    ])
    assert _assess_on(changed, as_of, profile_id) == _assess_on(clean, as_of, profile_id)


@settings(max_examples=100, deadline=None)
@given(_cases(), _days, st.sampled_from(_PROFILES))
def test_verdicts_follow_the_checks(case: Case, as_of: dt.date, profile_id: str) -> None:
    assessed = _assess_on(case, as_of, profile_id)
    exempt = not get_profile(profile_id).parameters.conferral_required
    for dispute in assessed.disputes:
        if not dispute.status.is_live:
            assert dispute.checks == () and dispute.adequate is None
            assert dispute.next_step is None
            continue
        assert [c.id for c in dispute.checks] == list(CheckId)
        first_six = dispute.checks[:6]
        assert dispute.adequate == all(c.result is not Result.FAIL for c in first_six)
        assert (dispute.next_step is None) == bool(dispute.adequate)
        assert _get(dispute, IM).result is not Result.FAIL
        assert _get(dispute, LS).result is not Result.FAIL
        if exempt:
            assert all(c.result is not Result.FAIL for c in dispute.checks[1:])
    live = [d for d in assessed.disputes if d.adequate is not None]
    assert assessed.adequate == (bool(live) and all(d.adequate for d in live))
