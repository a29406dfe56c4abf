"""The assessment service: the spec's example, the JSON shape, the coming dates."""

from __future__ import annotations

import json

import pytest

from app.domain.profiles import ProfileError
from app.services.assessment import (
    ComingDateKind,
    assess_case,
    assessment_to_json,
    coming_dates,
)
from tests.helpers.builders import (
    day,
    incoming,
    make_case,
    make_dispute,
    outgoing,
    spec_example_case,
)


def test_the_specs_example_comes_out_as_the_spec_shows() -> None:
    result = assessment_to_json(assess_case(spec_example_case(), day("2007-08-28")))
    assert list(result) == ["case_number", "rule_profile", "as_of", "adequate", "disputes"]
    assert result["case_number"] == "C 07-959 SI"
    assert result["rule_profile"] == "cand"
    assert result["as_of"] == "2007-08-28"
    assert result["adequate"] is True
    (dispute,) = result["disputes"]
    assert list(dispute) == ["id", "label", "status", "adequate", "checks", "next_step",
                             "dates"]
    assert dispute["id"] == "d1"
    assert dispute["label"] == "Request for Production No. 3 (Set One)"
    assert dispute["status"] == "open"
    assert dispute["adequate"] is True
    assert dispute["next_step"] is None
    assert dispute["dates"] == {"response_due": "2007-07-05", "reply_window_ends": "2007-08-27"}
    assert list(dispute["dates"]) == ["response_due", "reply_window_ends"]
    first = dispute["checks"][0]
    assert list(first) == ["id", "result", "message", "source"]
    assert first["id"] == "RESPONSE_DUE" and first["result"] == "pass"
    assert first["source"] == "Fed. R. Civ. P. 34(b)(2)(A), 6(a), 6(d)"
    assert [(c["id"], c["result"]) for c in dispute["checks"]] == [
        ("RESPONSE_DUE", "pass"), ("IDENTIFIED", "pass"), ("DEFICIENCY_EXPLAINED", "pass"),
        ("EXCHANGE", "pass"), ("WAITED", "pass"), ("LIVE_ATTEMPT", "n/a"),
        ("IMPASSE", "pass"), ("LOCAL_STEP", "warn"),
    ]
    for check in dispute["checks"]:
        assert isinstance(check["message"], str) and check["message"]
    json.dumps(result)  # plain JSON types only


def test_on_the_day_the_window_ends_the_example_is_not_yet_documented() -> None:
    # Their reply of July 31 came before the Aug 8 letter, so the wait still runs to Aug 27.
    result = assessment_to_json(assess_case(spec_example_case(), day("2007-08-27")))
    assert result["adequate"] is False
    (dispute,) = result["disputes"]
    assert dispute["adequate"] is False
    waited = next(c for c in dispute["checks"] if c["id"] == "WAITED")
    assert waited["result"] == "fail"
    assert "Monday, August 27, 2007" in waited["message"]
    assert "Monday, August 27, 2007" in dispute["next_step"]
    assert dispute["dates"] == {"response_due": "2007-07-05", "reply_window_ends": "2007-08-27"}


def test_resolved_requests_are_listed_with_null_verdict_and_no_checks() -> None:
    case = spec_example_case()
    case.disputes.append(make_dispute("d2", status="resolved", label="Interrogatory No. 1"))
    result = assessment_to_json(assess_case(case, day("2007-08-28")))
    resolved = result["disputes"][1]
    assert resolved == {
        "id": "d2", "label": "Interrogatory No. 1", "status": "resolved", "adequate": None,
        "checks": [], "next_step": None,
        "dates": {"response_due": None, "reply_window_ends": None},
    }
    assert result["adequate"] is True


def test_overrides_of_the_case_are_applied() -> None:
    case = spec_example_case()
    case.profile_overrides = {"reply_wait_days": 30}
    result = assessment_to_json(assess_case(case, day("2007-08-28")))
    # Aug 8 + 33 = Sept 10 (a Monday).
    assert result["disputes"][0]["dates"]["reply_window_ends"] == "2007-09-10"
    assert result["adequate"] is False


def test_a_bad_profile_or_override_is_refused_by_name() -> None:
    case = spec_example_case()
    case.profile_overrides = {"reply_wait": 30}
    with pytest.raises(ProfileError, match="reply_wait"):
        assess_case(case, day("2007-08-28"))
    case = spec_example_case()
    case.rule_profile = "ndcal"
    with pytest.raises(ProfileError, match="ndcal"):
        assess_case(case, day("2007-08-28"))


def test_coming_dates_are_the_days_still_awaited_soonest_first() -> None:
    case = make_case(
        disputes=[
            make_dispute("d1", served_on="2007-08-01", label="RFP 1"),  # due Tue Sept 4
            make_dispute("d2", served_on="2007-06-01", label="RFP 2",
                         response_received_on="2007-07-02"),
            make_dispute("d3", served_on="2007-08-01", status="resolved"),
        ],
        communications=[outgoing("c1", "2007-08-08", disputes=("d2",))],  # ends Aug 27
    )
    coming = coming_dates(case, day("2007-08-20"))
    assert [(c.day, c.kind, c.dispute_id) for c in coming] == [
        (day("2007-08-27"), ComingDateKind.REPLY_WINDOW_ENDS, "d2"),
        (day("2007-09-04"), ComingDateKind.RESPONSE_DUE, "d1"),
    ]
    assert "RFP 2" in coming[0].message.english()
    # On the last day it is still coming; the day after it is gone.
    assert [c.dispute_id for c in coming_dates(case, day("2007-08-27"))] == ["d2", "d1"]
    assert [c.dispute_id for c in coming_dates(case, day("2007-08-28"))] == ["d1"]
    assert [c.dispute_id for c in coming_dates(case, day("2007-09-04"))] == ["d1"]
    assert coming_dates(case, day("2007-09-05")) == []


def test_a_reply_or_a_response_takes_its_date_off_the_list() -> None:
    case = make_case(
        disputes=[make_dispute("d1", served_on="2007-08-01",
                               response_received_on="2007-08-15")],
        communications=[outgoing("c1", "2007-08-16"), incoming("c2", "2007-08-18")],
    )
    assert coming_dates(case, day("2007-08-14"))[0].kind is ComingDateKind.RESPONSE_DUE
    assert [c.kind for c in coming_dates(case, day("2007-08-17"))] == [
        ComingDateKind.REPLY_WINDOW_ENDS]
    assert coming_dates(case, day("2007-08-18")) == []
