"""Case file version 2: written as version 2, versions 1 and 2 read; the new fields
(`wanted`, `reasons`, `letter`, `local_step_done_on`) read, checked and written back byte
for byte; every length limit refused on import with the field named."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from app.domain.model import LetterKind, LetterRecord
from app.store.casefile import CaseFileError, read_case_file, write_case_file
from tests.helpers.strategies import EXAMPLE_TODAY, example_case, to_json

TODAY = EXAMPLE_TODAY
STAMP = dt.datetime(2007, 9, 1, 12, 0, tzinfo=dt.UTC)
LETTER_TEXT = (
    "María Núñez\nBox 7500\n\nAugust 8, 2007\n\nDear Counsel:\n\n"
    "I write about Request for Production No. 1.\n\nSincerely,"
)


def as_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def problems_of(document: object) -> list[str]:
    with pytest.raises(CaseFileError) as caught:
        read_case_file(as_bytes(document), today=TODAY)
    return [p.english() for p in caught.value.problems]


def version_two() -> dict[str, Any]:
    document = to_json(example_case())
    case = document["case"]
    case["local_step_done_on"] = "2007-08-30"
    case["disputes"][0]["wanted"] = "Produce the log book pages for August 2006."
    case["disputes"][0]["reasons"] = ["boilerplate_objection", "withheld_not_stated"]
    case["communications"][0]["letter"] = {"kind": "first", "text": LETTER_TEXT}
    return document


def version_one() -> dict[str, Any]:
    """The example case as version 1 wrote it: no version 2 field at all."""
    document = to_json(example_case())
    document["version"] = 1
    del document["case"]["local_step_done_on"]
    for dispute in document["case"]["disputes"]:
        del dispute["wanted"], dispute["reasons"]
    for comm in document["case"]["communications"]:
        del comm["letter"]
    return document


def test_the_new_fields_are_read() -> None:
    case = read_case_file(as_bytes(version_two()), today=TODAY)
    assert case.local_step_done_on == dt.date(2007, 8, 30)
    assert case.disputes[0].wanted == "Produce the log book pages for August 2006."
    assert case.disputes[0].reasons == ["boilerplate_objection", "withheld_not_stated"]
    assert case.communications[0].letter == LetterRecord(LetterKind.FIRST, LETTER_TEXT)
    assert case.communications[1].letter is None


def test_a_version_two_file_is_written_back_byte_for_byte() -> None:
    document = version_two()
    document["exported_at"] = STAMP.isoformat()
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert write_case_file(read_case_file(data, today=TODAY), exported_at=STAMP) == data


def test_a_version_one_file_reads_as_before_and_is_written_as_version_two() -> None:
    case = read_case_file(as_bytes(version_one()), today=TODAY)
    assert case == example_case()
    written = json.loads(write_case_file(case, exported_at=None))
    assert written["version"] == 2
    assert written["case"]["local_step_done_on"] is None
    assert [(d["wanted"], d["reasons"]) for d in written["case"]["disputes"]] == [
        (None, []), (None, [])]
    assert [c["letter"] for c in written["case"]["communications"]] == [None, None, None]


def test_a_missing_new_field_means_its_default_in_version_two_too() -> None:
    document = version_one()
    document["version"] = 2
    assert read_case_file(as_bytes(document), today=TODAY) == example_case()


# --- what version 2 refuses, naming the field -------------------------------------------


def test_an_unknown_reason_is_refused_naming_its_place() -> None:
    document = version_two()
    document["case"]["disputes"][0]["reasons"].append("made_up")
    [problem] = problems_of(document)
    assert problem.startswith("case.disputes[0].reasons[2]: \u201cmade_up\u201d is not one")


def test_a_reason_written_twice_is_refused() -> None:
    document = version_two()
    document["case"]["disputes"][0]["reasons"] = ["no_response", "no_response"]
    assert problems_of(document) == [
        "case.disputes[0].reasons: Each item of this list may be written only once."]


@pytest.mark.parametrize(("direction", "method"), [("incoming", "letter"),
                                                   ("outgoing", "phone")])
def test_a_letter_only_on_an_outgoing_letter(direction: str, method: str) -> None:
    document = version_two()
    comm = document["case"]["communications"][0]
    comm["direction"], comm["method"] = direction, method
    [problem] = problems_of(document)
    assert problem.startswith("case.communications[0].letter: A letter's text can only be kept")


@pytest.mark.parametrize(("letter", "expected"), [
    ({"kind": "thanks", "text": "x"},
     "case.communications[0].letter.kind: \"thanks\" is not one of the choices; write one of "
     "these: first, follow_up, call_request, confirming, impasse."),
    ({"kind": "first"}, "case.communications[0].letter.text: This field is required, but it "
     "is missing."),
    ({"kind": "first", "text": ""}, "case.communications[0].letter.text: This must not be "
     "left empty."),
    ({"kind": "first", "text": "x", "date": "2007-08-08"},
     "case.communications[0].letter.date: This field is not part of the case file format."),
    ("Dear Counsel", "case.communications[0].letter: This should be a group of named fields "
     "(a JSON object), not \"Dear Counsel\"."),
])
def test_a_bad_letter_is_refused_naming_the_field(letter: object, expected: str) -> None:
    document = version_two()
    document["case"]["communications"][0]["letter"] = letter
    assert problems_of(document) == [expected]


@pytest.mark.parametrize(("place", "limit"), [
    (("case", "case_number"), 200),
    (("case", "litigant", "address", 0), 200),
    (("case", "counsel", 0, "name"), 200),
    (("case", "disputes", 0, "label"), 200),
    (("case", "disputes", 0, "wanted"), 50_000),
    (("case", "disputes", 0, "deficiency"), 50_000),
    (("case", "communications", 1, "summary"), 50_000),
    (("case", "communications", 1, "mail_log_number"), 200),
    (("case", "communications", 0, "letter", "text"), 100_000),
])
def test_a_text_over_its_limit_is_refused_naming_the_field(
    place: tuple[Any, ...], limit: int
) -> None:
    document = version_two()
    document["case"]["litigant"]["address"] = ["Box 7500"]
    parent: Any = document
    for step in place[:-1]:
        parent = parent[step]
    parent[place[-1]] = "y" * limit
    read_case_file(as_bytes(document), today=TODAY)  # at the limit: fine
    parent[place[-1]] = "y" * (limit + 1)
    path = ".".join(str(s) for s in place).replace(".0", "[0]").replace(".1", "[1]")
    assert problems_of(document) == [
        f"{path}: This is too long: {limit + 1} characters, where at most {limit} fit here."]


def test_too_many_address_lines_are_refused() -> None:
    document = version_two()
    document["case"]["counsel"][0]["address"] = [f"Line {n}" for n in range(9)]
    assert problems_of(document) == [
        "case.counsel[0].address: This list has 9 items, where at most 8 fit here."]


def test_the_limits_hold_for_a_version_one_file_too() -> None:
    # A version 1 file longer than version 2 allows could never be written back.
    document = version_one()
    document["case"]["short_title"] = "t" * 201
    [problem] = problems_of(document)
    assert problem.startswith("case.short_title: This is too long")


def test_a_version_two_file_is_not_changed_by_reading() -> None:
    document = version_two()
    before = copy.deepcopy(document)
    read_case_file(as_bytes(document), today=TODAY)
    assert document == before
