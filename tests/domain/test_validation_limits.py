"""Case file version 2's rules in app.domain.validation (what the forms use): every length
limit, the reasons picked, and a drafted letter only on an outgoing letter. The limits are
the ones the shipped JSON Schema states, so a form and an import refuse the same things."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest

from app import paths
from app.domain import validation
from app.domain.model import Case, Direction, LetterKind, LetterRecord, Method
from app.domain.validation import (
    Problem,
    validate_case,
    validate_case_details,
    validate_communication,
    validate_counsel,
    validate_dispute,
)
from tests.helpers.strategies import EXAMPLE_TODAY, example_case

TODAY = EXAMPLE_TODAY
LETTER = LetterRecord(LetterKind.FIRST, "Dear Counsel:\n\nI write about RFP No. 1.")


def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (paths.resources_dir() / "case-file.schema.json").read_text("utf-8"))
    return data


def paths_of(problems: list[Problem]) -> list[str]:
    return [p.path for p in problems]


def full_case() -> Case:
    """The example case with every list non-empty, so every field has a place."""
    case = example_case()
    case.litigant.address = ["Box 1"]
    case.counsel[0].address = ["1 Main St"]
    case.disputes[0].reasons = ["evasive_or_incomplete"]
    case.communications[0].letter = LETTER
    return case


# Where each record of the schema's `$defs` is in the example case (the first of a list).
_RECORDS = {
    "case": ("case", lambda c: c),
    "litigant": ("case.litigant", lambda c: c.litigant),
    "counsel": ("case.counsel[0]", lambda c: c.counsel[0]),
    "dispute": ("case.disputes[0]", lambda c: c.disputes[0]),
    "communication": ("case.communications[0]", lambda c: c.communications[0]),
}


def _limits() -> Iterator[tuple[str, str, str, int]]:
    """(record, field, keyword, limit) for every maxLength and maxItems in the schema."""
    defs = schema()["$defs"]
    for record in _RECORDS:
        for field, rule in defs[record]["properties"].items():
            for keyword in ("maxLength", "maxItems"):
                if keyword in rule:
                    yield record, field, keyword, rule[keyword]
            if "maxLength" in rule.get("items", {}):
                yield record, f"{field}[]", "maxLength", rule["items"]["maxLength"]
            if field == "letter":
                text = rule["properties"]["text"]
                yield record, "letter.text", "maxLength", text["maxLength"]


LIMITS = list(_limits())


def _too_big(case: Case, record: str, field: str, keyword: str, limit: int) -> str:
    """Make `field` of `record` one over `limit`; returns the path a problem must name."""
    prefix, find = _RECORDS[record]
    target = find(case)
    if field == "letter.text":
        target.letter = LetterRecord(LetterKind.FIRST, "x" * (limit + 1))
        return f"{prefix}.letter.text"
    if field.endswith("[]"):
        name = field[:-2]
        items = getattr(target, name)
        first = "x" * (limit + 1)
        setattr(target, name, [first, *items[1:]])
        return f"{prefix}.{name}[0]"
    if keyword == "maxItems":
        items = getattr(target, field)
        if field == "reasons":
            setattr(target, field, [f"r{n}" for n in range(limit + 1)])
        elif field in ("counsel", "disputes", "communications"):
            item = items[0]
            copies = [dataclasses.replace(item, id=f"{item.id}-{n}") for n in range(limit + 1)]
            setattr(target, field, copies)
        else:
            setattr(target, field, ["x"] * (limit + 1))
        return f"{prefix}.{field}"
    setattr(target, field, "x" * (limit + 1))
    return f"{prefix}.{field}"


@pytest.mark.parametrize(("record", "field", "keyword", "limit"),
                         [lim for lim in LIMITS if lim[3] <= 1000],
                         ids=[f"{r}.{f}".replace("[]", ".item") for r, f, _, lim in LIMITS
                              if lim <= 1000])
def test_every_limit_of_the_schema_is_a_rule_of_the_case(
    record: str, field: str, keyword: str, limit: int
) -> None:
    case = full_case()
    assert validate_case(case, TODAY) == []
    path = _too_big(case, record, field, keyword, limit)
    assert path in paths_of(validate_case(case, TODAY)), (record, field)


def test_the_big_limits_are_the_schemas_too() -> None:
    # A case with 100,001 letters or a 50,001-character text is costly to build for every
    # field; their numbers are held to the schema's here and tried once below.
    found = {(record, field): limit for record, field, _, limit in LIMITS}
    assert found[("case", "communications")] == validation.COMMUNICATIONS_LIMIT
    assert found[("communication", "letter.text")] == validation.LETTER_TEXT_LIMIT
    for record, field in (("communication", "summary"), ("dispute", "deficiency"),
                          ("dispute", "wanted"), ("dispute", "request_text"),
                          ("dispute", "response_text")):
        assert found[(record, field)] == validation.LONG_TEXT_LIMIT
    assert found[("dispute", "reasons")] == validation.REASONS_LIMIT
    assert found[("counsel", "address")] == validation.ADDRESS_LINES_LIMIT


@pytest.mark.parametrize(("field", "path"), [("wanted", "case.disputes[0].wanted"),
                                             ("response_text", "case.disputes[0].response_text")])
def test_long_texts_stop_at_fifty_thousand(field: str, path: str) -> None:
    case = full_case()
    setattr(case.disputes[0], field, "x" * 50_000)
    assert validate_case(case, TODAY) == []
    setattr(case.disputes[0], field, "x" * 50_001)
    [problem] = validate_case(case, TODAY)
    assert problem.path == path
    assert problem.message.english() == (
        "This is too long: 50001 characters, where at most 50000 fit here.")


def test_a_form_names_the_field_it_shows_the_problem_beside() -> None:
    case = full_case()
    counsel = dataclasses.replace(case.counsel[0], address=["x"] * 9)
    [problem] = validate_counsel(counsel)
    assert (problem.path, problem.field) == ("address", "address")
    assert "9 items, where at most 8" in problem.message.english()
    dispute = dataclasses.replace(case.disputes[0], wanted="w" * 50_001)
    assert [p.field for p in validate_dispute(dispute, TODAY)] == ["wanted"]
    details = dataclasses.replace(case, judge="j" * 201)
    assert [p.path for p in validate_case_details(details)] == ["case.judge"]


# --- reasons ----------------------------------------------------------------------------


def test_an_unknown_reason_is_refused_naming_its_place() -> None:
    case = full_case()
    case.disputes[0].reasons = ["evasive_or_incomplete", "rude"]
    [problem] = validate_case(case, TODAY)
    assert problem.path == "case.disputes[0].reasons[1]"
    text = problem.message.english()
    assert text.startswith("\u201crude\u201d is not one of the program\u2019s reasons.")
    assert "boilerplate_objection" in text


def test_a_reason_picked_twice_is_refused() -> None:
    dispute = dataclasses.replace(full_case().disputes[0],
                                  reasons=["no_response", "no_response"])
    [problem] = validate_dispute(dispute, TODAY)
    assert problem.path == "reasons[1]"
    assert "listed twice" in problem.message.english()


def test_any_known_reason_may_be_picked_whatever_the_kind_of_request() -> None:
    # The picker offers the reasons for the request's kind, but a kind changed later must
    # not make a saved request invalid.
    dispute = dataclasses.replace(full_case().disputes[0], reasons=["admission_no_inquiry"])
    assert validate_dispute(dispute, TODAY) == []


# --- the letter -------------------------------------------------------------------------


@pytest.mark.parametrize(("direction", "method"), [
    (Direction.INCOMING, Method.LETTER), (Direction.OUTGOING, Method.PHONE),
    (Direction.OUTGOING, Method.EMAIL),
])
def test_a_letters_text_belongs_only_to_an_outgoing_letter(
    direction: Direction, method: Method
) -> None:
    case = full_case()
    comm = dataclasses.replace(case.communications[0], direction=direction, method=method)
    [problem] = validate_communication(comm, case, TODAY)
    assert problem.path == "letter"
    assert "outgoing letter" in problem.message.english()
    case.communications[0] = comm
    assert paths_of(validate_case(case, TODAY)) == ["case.communications[0].letter"]


def test_a_letter_with_no_text_is_refused() -> None:
    case = full_case()
    comm = dataclasses.replace(case.communications[0],
                               letter=LetterRecord(LetterKind.IMPASSE, "  \n"))
    assert paths_of(validate_communication(comm, case, TODAY)) == ["letter.text"]
