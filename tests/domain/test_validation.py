"""The rules of a case (app.domain.validation), shared by import and the forms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from app.domain.model import Case, Communication, Counsel, Direction, Dispute, Method
from app.domain.validation import (
    LARGEST_NUMBER,
    InvalidValueError,
    Problem,
    parse_day,
    parse_time,
    validate_case,
    validate_communication,
    validate_counsel,
    validate_dispute,
)
from tests.helpers.strategies import EXAMPLE_TODAY, cases, example_case

TODAY = EXAMPLE_TODAY


def paths(problems: list[Problem]) -> list[str]:
    return [p.path for p in problems]


def test_the_example_case_is_valid() -> None:
    assert validate_case(example_case(), TODAY) == []


@settings(max_examples=25, deadline=None)
@given(cases(today=TODAY))
def test_generated_valid_cases_have_no_problems(case: Case) -> None:
    assert validate_case(case, TODAY) == []


# --- references and ids -----------------------------------------------------------------


def test_a_communication_naming_unknown_counsel_is_refused() -> None:
    case = example_case()
    case.communications[2].counsel = "k9"
    problems = validate_case(case, TODAY)
    assert paths(problems) == ["case.communications[2].counsel"]
    assert "k9" in problems[0].message.english()


def test_a_communication_naming_an_unknown_request_is_refused() -> None:
    case = example_case()
    case.communications[1].disputes = ["d1", "nope"]
    problems = validate_case(case, TODAY)
    assert paths(problems) == ["case.communications[1].disputes[1]"]
    assert "nope" in problems[0].message.english()


def test_a_request_listed_twice_in_one_communication_is_refused() -> None:
    case = example_case()
    case.communications[1].disputes = ["d1", "d2", "d1"]
    problems = validate_case(case, TODAY)
    assert paths(problems) == ["case.communications[1].disputes[2]"]
    assert "twice" in problems[0].message.english()


@pytest.mark.parametrize("list_name", ["counsel", "disputes", "communications"])
def test_ids_repeated_within_a_list_are_refused(list_name: str) -> None:
    case = example_case()
    records = getattr(case, list_name)
    records[1].id = records[0].id
    if list_name == "counsel":
        # Keep the references valid: only the repeat is wrong.
        case.communications[2].counsel = "k1"
    if list_name == "disputes":
        case.communications[1].disputes = ["d1"]
    problems = validate_case(case, TODAY)
    assert paths(problems) == [f"case.{list_name}[1].id"]
    assert records[0].id in problems[0].message.english()


def test_the_same_id_may_appear_in_different_lists() -> None:
    case = example_case()
    case.counsel[0].id = "x"
    case.disputes[0].id = "x"
    case.communications[0].id = "x"
    case.communications[0].counsel = "x"
    case.communications[0].disputes = ["x"]
    case.communications[1].counsel = "x"
    case.communications[1].disputes = ["x", "d2"]
    assert validate_case(case, TODAY) == []


# --- days -------------------------------------------------------------------------------


def test_an_incoming_letter_cannot_arrive_before_its_date() -> None:
    case = example_case()
    case.communications[1].sent_on = dt.date(2007, 8, 6)
    case.communications[1].received_on = dt.date(2007, 8, 1)
    problems = validate_case(case, TODAY)
    assert paths(problems) == ["case.communications[1].received_on"]
    assert problems[0].message.english() == (
        "The day it arrived (2007-08-01) is before the day on the letter (2007-08-06)."
    )


def test_arriving_the_day_it_was_sent_is_fine() -> None:
    case = example_case()
    case.communications[1].received_on = case.communications[1].sent_on
    assert validate_case(case, TODAY) == []


def test_an_outgoing_letters_receipt_day_is_not_checked_against_its_date() -> None:
    case = example_case()
    case.communications[0].received_on = case.communications[0].sent_on - dt.timedelta(days=3)
    assert validate_case(case, TODAY) == []


@pytest.mark.parametrize(
    ("list_name", "index", "field"),
    [
        ("communications", 0, "sent_on"),
        ("communications", 1, "received_on"),
        ("disputes", 0, "served_on"),
        ("disputes", 0, "response_received_on"),
    ],
)
def test_days_after_today_are_refused(list_name: str, index: int, field: str) -> None:
    case = example_case()
    record = getattr(case, list_name)[index]
    tomorrow = TODAY + dt.timedelta(days=1)
    setattr(record, field, tomorrow)
    problems = validate_case(case, TODAY)
    assert f"case.{list_name}[{index}].{field}" in paths(problems)
    problem = next(p for p in problems if p.path.endswith(field))
    assert tomorrow.isoformat() in problem.message.english()
    assert TODAY.isoformat() in problem.message.english()
    # Today itself is fine.
    setattr(record, field, TODAY)
    if field == "sent_on" or field == "received_on":
        record.received_on = TODAY if record.direction is Direction.INCOMING else None
    assert validate_case(case, TODAY) == []


def test_a_reply_may_be_requested_by_a_day_still_to_come() -> None:
    case = example_case()
    case.communications[0].reply_requested_by = TODAY + dt.timedelta(days=30)
    assert validate_case(case, TODAY) == []


def test_a_time_with_seconds_is_refused() -> None:
    case = example_case()
    case.communications[2].time = dt.time(10, 30, 15)
    assert paths(validate_case(case, TODAY)) == ["case.communications[2].time"]


# --- numbers and text -------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, -3, LARGEST_NUMBER + 1])
def test_numbers_out_of_range_are_refused(value: int) -> None:
    case = example_case()
    case.disputes[0].set_number = value
    case.disputes[0].item_number = value
    case.communications[2].duration_minutes = value
    assert paths(validate_case(case, TODAY)) == [
        "case.disputes[0].set_number",
        "case.disputes[0].item_number",
        "case.communications[2].duration_minutes",
    ]


def test_blank_required_text_is_refused() -> None:
    case = example_case()
    case.case_number = "   "
    case.plaintiffs = ["ok", ""]
    case.defendants = []
    case.litigant.name = ""
    case.counsel[0].name = " "
    case.disputes[1].label = ""
    assert paths(validate_case(case, TODAY)) == [
        "case.case_number",
        "case.plaintiffs[1]",
        "case.defendants",
        "case.litigant.name",
        "case.counsel[0].name",
        "case.disputes[1].label",
    ]


# --- the court's rules ------------------------------------------------------------------


def test_an_unknown_rule_profile_is_refused() -> None:
    case = example_case()
    case.rule_profile = "xxnd"
    problems = validate_case(case, TODAY)
    assert paths(problems) == ["case.rule_profile"]
    assert "xxnd" in problems[0].message.english()


@pytest.mark.parametrize("profile", ["generic", "cand", "cacd", "caed", "casd", "nysd",
                                     "ilnd", "wawd", "idd", "nvd"])
def test_every_shipped_profile_is_accepted(profile: str) -> None:
    case = example_case()
    case.rule_profile = profile
    assert validate_case(case, TODAY) == []


def test_overrides_must_name_known_parameters_with_the_right_type() -> None:
    case = example_case()
    case.profile_overrides = {"response_days": 45, "reply_wait": 10,
                              "pleading_paper": "yes", "conferral_required": False}
    problems = validate_case(case, TODAY)
    assert paths(problems) == ["case.profile_overrides.reply_wait",
                               "case.profile_overrides.pleading_paper"]


# --- one record, as a form checks it ----------------------------------------------------


def test_a_form_gets_paths_relative_to_its_record() -> None:
    case = example_case()
    comm = Communication(id="new", direction=Direction.INCOMING, method=Method.LETTER,
                         sent_on=dt.date(2007, 8, 6), received_on=dt.date(2007, 8, 1),
                         counsel="zz", disputes=["d1", "d1"])
    problems = validate_communication(comm, case, TODAY)
    assert paths(problems) == ["counsel", "received_on", "disputes[1]"]
    assert [p.field for p in problems] == ["counsel", "received_on", "disputes"]


def test_record_validators_use_the_index_for_the_path() -> None:
    dispute = Dispute(id="", kind=example_case().disputes[0].kind, label="x",
                      status=example_case().disputes[0].status,
                      served_on=TODAY + dt.timedelta(days=2))
    assert paths(validate_dispute(dispute, TODAY, index=4)) == [
        "case.disputes[4].id", "case.disputes[4].served_on"]
    assert paths(validate_counsel(Counsel(id="k", name=""), index=2)) == ["case.counsel[2].name"]
    assert Problem("case.disputes[4].served_on", validate_dispute(dispute, TODAY)[0].message)\
        .field == "served_on"


# --- days and times as text -------------------------------------------------------------


def test_parse_day_reads_real_days() -> None:
    assert parse_day("2007-08-28") == dt.date(2007, 8, 28)
    assert parse_day("2024-02-29") == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2007-02-30", "2007-02-30 is not a real day."),
        ("2023-02-29", "2023-02-29 is not a real day."),
        ("2007-13-01", "2007-13-01 is not a real day."),
        ("2007-8-1", "YYYY-MM-DD"),
        ("08/28/2007", "YYYY-MM-DD"),
        ("2007-08-28\n", "YYYY-MM-DD"),
        ("2007-08-28T10:00", "YYYY-MM-DD"),
        ("\u0662\u0660\u0660\u0667-\u0660\u0668-\u0662\u0668", "YYYY-MM-DD"),
        ("", "YYYY-MM-DD"),
    ],
)
def test_parse_day_says_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_day(text)
    assert words in caught.value.message.english()


def test_parse_time_reads_times_of_day() -> None:
    assert parse_time("00:00") == dt.time(0, 0)
    assert parse_time("23:59") == dt.time(23, 59)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("25:00", "25:00 is not a time of day"),
        ("24:00", "is not a time of day"),
        ("12:60", "is not a time of day"),
        ("9:30", "HH:MM"),
        ("09:30:00", "HH:MM"),
        ("9.30", "HH:MM"),
    ],
)
def test_parse_time_says_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        parse_time(text)
    assert words in caught.value.message.english()
