"""The case file format (app.store.casefile) and atomic writes (app.store.atomic)."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import paths
from app.domain.model import Case, ServedBy
from app.store.atomic import write_atomically
from app.store.casefile import CaseFileError, read_case_file, write_case_file
from tests.helpers.docs import documented_case_file
from tests.helpers.strategies import (
    EXAMPLE_TODAY,
    cases,
    example_case,
    json_places,
    json_values,
    to_json,
)

TODAY = EXAMPLE_TODAY
STAMP = dt.datetime(2007, 9, 1, 12, 0, tzinfo=dt.UTC)


def as_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def problems_of(data: bytes, today: dt.date = TODAY) -> list[str]:
    with pytest.raises(CaseFileError) as caught:
        read_case_file(data, today=today)
    assert caught.value.problems, "a CaseFileError must say what is wrong"
    return [p.english() for p in caught.value.problems]


def example_json() -> dict[str, Any]:
    return to_json(example_case())


# --- the demo case and writing ----------------------------------------------------------


def test_the_demo_case_is_a_valid_case_file() -> None:
    case = read_case_file(paths.demo_case_path().read_bytes(), today=dt.date.today())
    assert case.litigant.name == "José A. Ramírez"
    assert case.rule_profile == "cand"


def test_the_demo_case_is_written_back_byte_for_byte() -> None:
    # The demo is kept in the exact form export writes, so this checks order and layout.
    data = paths.demo_case_path().read_bytes()
    document = json.loads(data)
    stamp = dt.datetime.fromisoformat(document["exported_at"])
    case = read_case_file(data, today=dt.date.today())
    assert write_case_file(case, exported_at=stamp) == data


def test_the_demo_case_uses_every_field_and_every_choice() -> None:
    document = json.loads(paths.demo_case_path().read_bytes())
    case = document["case"]
    schema = json.loads((paths.resources_dir() / "case-file.schema.json").read_text("utf-8"))
    defs = schema["$defs"]
    assert set(case) == set(defs["case"]["properties"])
    for list_name, def_name in (("counsel", "counsel"), ("disputes", "dispute"),
                                ("communications", "communication")):
        for field in defs[def_name]["properties"]:
            values = [record[field] for record in case[list_name]]
            assert any(v not in (None, [], False) for v in values), (list_name, field)
    for def_name, list_name, field in (("dispute", "disputes", "kind"),
                                       ("dispute", "disputes", "status"),
                                       ("dispute", "disputes", "served_by"),
                                       ("communication", "communications", "method"),
                                       ("communication", "communications", "direction")):
        wanted = {v for v in defs[def_name]["properties"][field]["enum"] if v is not None}
        used = {record[field] for record in case[list_name]}
        if field == "kind":
            wanted -= {"other"}  # a demo needs no catch-all request
        assert wanted <= used, (field, wanted - used)


def test_the_shipped_schema_is_the_spec_schema() -> None:
    # The format's statement in the project's own words, docs/case-file.md: its version and,
    # for each kind of record, the fields its table lists.
    shipped = json.loads((paths.resources_dir() / "case-file.schema.json").read_text("utf-8"))
    stated = documented_case_file()
    assert stated.version in shipped["properties"]["version"].get("enum", [
        shipped["properties"]["version"].get("const")])
    for record, fields in stated.fields.items():
        assert list(shipped["$defs"][record]["properties"]) == fields, record


def test_writing_gives_utf8_indented_json_with_every_field_in_the_spec_order() -> None:
    data = write_case_file(example_case(), exported_at=STAMP)
    assert data.endswith(b"}\n")
    assert "Núñez".encode() in data  # not \u00fa escapes
    assert data.startswith(b'{\n  "format": "meetconfer.case",\n  "version": 2,\n')
    document = json.loads(data)
    assert list(document) == ["format", "version", "exported_at", "case"]
    assert document["exported_at"] == "2007-09-01T12:00:00+00:00"
    case = document["case"]
    assert list(case) == [
        "case_number", "court", "district", "division", "short_title", "plaintiffs",
        "defendants", "judge", "rule_profile", "profile_overrides", "litigant", "counsel",
        "disputes", "communications", "local_step_done_on",
    ]
    assert list(case["litigant"]) == ["name", "role", "prisoner_number", "institution",
                                      "address", "phone", "email"]
    assert list(case["counsel"][0]) == ["id", "name", "office", "represents", "address",
                                        "phone", "email"]
    assert list(case["disputes"][0]) == [
        "id", "kind", "set_number", "item_number", "label", "served_to", "served_on",
        "served_by", "response_received_on", "deficiency", "request_text", "response_text",
        "wanted", "reasons", "status",
    ]
    assert list(case["communications"][0]) == [
        "id", "direction", "method", "counsel", "sent_on", "approximate", "received_on",
        "time", "duration_minutes", "disputes", "summary", "explains_deficiency",
        "proposes_resolution", "requests_conference", "states_impasse",
        "reply_requested_by", "mail_log_number", "letter",
    ]
    assert case["communications"][2]["time"] == "10:30"
    assert case["division"] is None
    assert case["litigant"]["address"] == []
    # Version 2's fields, empty: null, [] and null.
    assert case["local_step_done_on"] is None
    assert case["disputes"][0]["wanted"] is None and case["disputes"][0]["reasons"] == []
    assert case["communications"][0]["letter"] is None


def test_a_timestamp_without_an_offset_is_not_written() -> None:
    with pytest.raises(ValueError, match="time zone"):
        write_case_file(example_case(), exported_at=dt.datetime(2007, 9, 1, 12, 0))


# --- missing optional fields, null and false --------------------------------------------


def minimal_json() -> dict[str, Any]:
    return {
        "format": "meetconfer.case",
        "version": 1,
        "case": {
            "case_number": "C 1", "court": "Court", "district": "District",
            "short_title": "A v. B", "plaintiffs": ["A"], "defendants": ["B"],
            "rule_profile": "generic", "litigant": {"name": "A", "role": "plaintiff"},
            "disputes": [{"id": "d1", "kind": "other", "label": "x", "status": "open"}],
            "communications": [{"id": "c1", "direction": "outgoing", "method": "letter",
                                "sent_on": "2007-01-02"}],
        },
    }


def test_missing_optional_fields_take_their_defaults() -> None:
    case = read_case_file(as_bytes(minimal_json()), today=TODAY)
    assert case.division is None and case.profile_overrides is None
    assert case.counsel == [] and case.litigant.address == []
    assert case.disputes[0].served_by is None
    assert case.disputes[0].effective_served_by is ServedBy.MAIL
    comm = case.communications[0]
    assert comm.disputes == [] and comm.counsel is None
    assert (comm.approximate, comm.explains_deficiency, comm.proposes_resolution,
            comm.requests_conference, comm.states_impasse) == (False,) * 5


def test_export_writes_missing_booleans_as_false_and_keeps_null_and_false() -> None:
    document = minimal_json()
    comm = document["case"]["communications"][0]
    comm["approximate"] = None
    comm["states_impasse"] = False
    comm["requests_conference"] = True
    written = json.loads(write_case_file(read_case_file(as_bytes(document), today=TODAY),
                                         exported_at=None))
    out = written["case"]["communications"][0]
    assert out["approximate"] is None
    assert out["states_impasse"] is False
    assert out["requests_conference"] is True
    assert out["explains_deficiency"] is False  # missing: the spec's default
    assert written["case"]["disputes"][0]["served_by"] is None
    assert written["case"]["counsel"] == []
    assert written["exported_at"] is None


def test_a_byte_order_mark_and_whole_number_floats_are_accepted() -> None:
    document = minimal_json()
    document["case"]["disputes"][0]["set_number"] = 2.0
    case = read_case_file(b"\xef\xbb\xbf" + as_bytes(document), today=TODAY)
    assert case.disputes[0].set_number == 2
    assert isinstance(case.disputes[0].set_number, int)


# --- round trip -------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(cases(today=TODAY))
def test_read_of_write_gives_the_same_case(case: Case) -> None:
    assert read_case_file(write_case_file(case, exported_at=STAMP), today=TODAY) == case


@settings(max_examples=30, deadline=None)
@given(cases(today=TODAY))
def test_write_of_read_gives_the_same_bytes(case: Case) -> None:
    data = write_case_file(case, exported_at=STAMP)
    assert write_case_file(read_case_file(data, today=TODAY), exported_at=STAMP) == data


# --- bad input: the file as a whole -----------------------------------------------------


def test_not_utf8() -> None:
    data = b'{"format": "meetconfer.case", "x": "\xff\xfe"}'
    position = data.index(255) + 1
    assert problems_of(data) == [
        "This is not a case file: it is not text in the UTF-8 encoding "
        f"(byte {position} cannot be read)."
    ]


def test_not_json_says_line_and_column() -> None:
    [problem] = problems_of(b'{\n  "format": "meetconfer.case",\n  "version" 1\n}')
    assert "not valid JSON at line 3, column 13" in problem


@pytest.mark.parametrize("data", [b"", b"  \n"])
def test_an_empty_file(data: bytes) -> None:
    assert problems_of(data) == ["This file is empty."]


@pytest.mark.parametrize("document", [[], "meetconfer.case", 1, None])
def test_top_level_must_be_an_object(document: object) -> None:
    [problem] = problems_of(as_bytes(document))
    assert "should hold one JSON object" in problem


@pytest.mark.parametrize("value", ["meetconfer.cases", None, 1])
def test_wrong_format(value: object) -> None:
    document = example_json()
    document["format"] = value
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("format: This is not a Meet-and-Confer Log case file")


def test_missing_format() -> None:
    document = example_json()
    del document["format"]
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("format: ") and "missing" in problem


def test_a_newer_version_says_which_version_is_known() -> None:
    document = example_json()
    document["version"] = 3
    assert problems_of(as_bytes(document)) == [
        "version: This file was written by a newer version (version 3); "
        "this program reads version 2."
    ]


@pytest.mark.parametrize("value", [0, "1", True, None, 1.5, -1])
def test_other_wrong_versions(value: object) -> None:
    document = example_json()
    document["version"] = value
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("version: This file says it is version")
    assert "this program reads version 2" in problem


def test_missing_version() -> None:
    document = example_json()
    del document["version"]
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("version: ")


# --- bad input: fields ------------------------------------------------------------------


def test_an_unknown_field_is_named_by_its_path() -> None:
    document = example_json()
    comm = document["case"]["communications"][2]
    comm["sent_date"] = comm.pop("sent_on")
    problems = problems_of(as_bytes(document))
    assert problems == [
        "case.communications[2].sent_on: This field is required, but it is missing.",
        "case.communications[2].sent_date: This field is not part of the case file format. "
        "Did you mean \u201csent_on\u201d?",
    ]


@pytest.mark.parametrize("where", [(), ("case",), ("case", "litigant"),
                                   ("case", "counsel", 0), ("case", "disputes", 1)])
def test_unknown_fields_anywhere(where: tuple[str | int, ...]) -> None:
    document = example_json()
    target: Any = document
    for step in where:
        target = target[step]
    target["zzz"] = 1
    prefix = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in where).lstrip(".")
    path = f"{prefix}.zzz" if prefix else "zzz"
    assert problems_of(as_bytes(document)) == [
        f"{path}: This field is not part of the case file format."
    ]


@pytest.mark.parametrize(
    ("where", "value", "words"),
    [
        (("case", "case_number"), 7, "should be text, not 7"),
        (("case", "plaintiffs"), "A", "should be a list"),
        (("case", "litigant"), [], "should be a group of named fields"),
        (("case", "disputes", 0, "set_number"), "2", "should be a whole number"),
        (("case", "disputes", 0, "set_number"), 2.5, "should be a whole number"),
        (("case", "disputes", 0, "set_number"), True, "should be a whole number"),
        (("case", "communications", 0, "approximate"), "yes", "should be true or false"),
        (("case", "communications", 0, "approximate"), 1, "should be true or false"),
        (("case", "communications", 0, "disputes"), "d1", "should be a list"),
        (("case", "communications", 0, "sent_on"), None, "should be text, not null"),
    ],
)
def test_wrong_types_are_named(where: tuple[str | int, ...], value: object,
                               words: str) -> None:
    document = example_json()
    target: Any = document
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    [problem] = problems_of(as_bytes(document))
    path = ".".join(str(s) for s in where).replace(".0", "[0]")
    assert problem.startswith(f"{path}: ")
    assert words in problem


def test_a_bad_choice_lists_the_allowed_ones() -> None:
    document = example_json()
    document["case"]["communications"][1]["method"] = "fax"
    document["case"]["disputes"][0]["served_by"] = "pigeon"
    assert problems_of(as_bytes(document)) == [
        "case.disputes[0].served_by: \"pigeon\" is not one of the choices; write one of "
        "these: mail, hand, electronic.",
        "case.communications[1].method: \"fax\" is not one of the choices; write one of "
        "these: letter, email, phone, video, in_person, other.",
    ]


def test_a_day_that_does_not_exist() -> None:
    document = example_json()
    document["case"]["disputes"][0]["served_on"] = "2007-02-30"
    assert problems_of(as_bytes(document)) == [
        "case.disputes[0].served_on: 2007-02-30 is not a real day."
    ]


@pytest.mark.parametrize("value", ["8/6/2007", "2007-8-6", "2007-08-06 ", "yesterday"])
def test_a_day_written_wrongly(value: str) -> None:
    document = example_json()
    document["case"]["communications"][1]["sent_on"] = value
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("case.communications[1].sent_on: ")
    assert "YYYY-MM-DD" in problem


@pytest.mark.parametrize("value", ["25:00", "10:75"])
def test_a_time_that_does_not_exist(value: str) -> None:
    document = example_json()
    document["case"]["communications"][2]["time"] = value
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith(f"case.communications[2].time: {value} is not a time of day")


def test_a_time_written_wrongly() -> None:
    document = example_json()
    document["case"]["communications"][2]["time"] = "10.30am"
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("case.communications[2].time: ") and "HH:MM" in problem


def test_exported_at_must_be_a_timestamp_with_offset() -> None:
    document = example_json()
    document["exported_at"] = "2007-09-01T12:00:00"
    [problem] = problems_of(as_bytes(document))
    assert problem.startswith("exported_at: ")


@pytest.mark.parametrize(
    ("where", "name"),
    [
        (("case",), "case_number"),
        (("case",), "litigant"),
        (("case", "litigant"), "role"),
        (("case", "counsel", 1), "name"),
        (("case", "disputes", 0), "status"),
        (("case", "communications", 1), "direction"),
        ((), "case"),
    ],
)
def test_missing_required_fields(where: tuple[str | int, ...], name: str) -> None:
    document = example_json()
    target: Any = document
    for step in where:
        target = target[step]
    del target[name]
    [problem] = problems_of(as_bytes(document))
    assert problem.endswith(f"{name}: This field is required, but it is missing.")


@pytest.mark.parametrize(
    ("where", "value", "words"),
    [
        (("case", "case_number"), "", "must not be left empty"),
        (("case", "plaintiffs"), [], "Give at least one name"),
        (("case", "disputes", 0, "item_number"), 0, "must be 1 or more (it is 0)"),
        (("case", "communications", 2, "duration_minutes"), -5, "1 or more"),
    ],
)
def test_limits_of_values(where: tuple[str | int, ...], value: object, words: str) -> None:
    document = example_json()
    target: Any = document
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    [problem] = problems_of(as_bytes(document))
    assert words in problem


def test_a_field_written_twice_is_refused() -> None:
    data = as_bytes(example_json()).replace(b'"court": ', b'"court": "X", "court": ', 1)
    assert problems_of(data) == ["case.court: This field is written more than once."]


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_numbers_json_parsers_allow_but_a_case_cannot_hold(number: bytes) -> None:
    data = as_bytes(example_json()).replace(b'"duration_minutes": 20',
                                            b'"duration_minutes": ' + number)
    [problem] = problems_of(data)
    assert problem.startswith("case.communications[2].duration_minutes: ")


def test_a_huge_whole_number_is_refused_plainly() -> None:
    data = as_bytes(example_json()).replace(b'"duration_minutes": 20',
                                            b'"duration_minutes": ' + b"9" * 5000)
    [problem] = problems_of(data)
    assert problem.startswith("case.communications[2].duration_minutes: ")


def test_a_lone_surrogate_escape_is_refused() -> None:
    data = as_bytes(example_json()).replace(b'"short_title": "',
                                            b'"short_title": "\\ud800', 1)
    [problem] = problems_of(data)
    assert problem.startswith("case.short_title: ")
    assert "broken character" in problem


def test_deep_nesting_is_refused_plainly() -> None:
    document = example_json()
    document["case"]["profile_overrides"] = {"response_days": 30}
    data = as_bytes(document).replace(b"30", b"[" * 50_000 + b"]" * 50_000)
    problems = problems_of(data)
    assert len(problems) == 1
    data = as_bytes(document).replace(b"30", b"[" * 100 + b"]" * 100)
    [problem] = problems_of(data)
    assert problem.startswith("case.profile_overrides.response_days")
    assert "nested too deeply" in problem


def test_the_rules_of_a_case_are_checked_too() -> None:
    document = example_json()
    document["case"]["communications"][1]["received_on"] = "2007-08-01"
    document["case"]["communications"][0]["counsel"] = "nobody"
    document["case"]["rule_profile"] = "mars"
    problems = problems_of(as_bytes(document))
    assert [p.split(":")[0] for p in problems] == [
        "case.rule_profile",
        "case.communications[0].counsel",
        "case.communications[1].received_on",
    ]
    assert problems[2] == ("case.communications[1].received_on: The day it arrived "
                           "(2007-08-01) is before the day on the letter (2007-08-06).")


def test_a_day_after_today_is_refused_on_import() -> None:
    document = example_json()
    document["case"]["disputes"][0]["response_received_on"] = "2007-09-02"
    assert problems_of(as_bytes(document)) == [
        "case.disputes[0].response_received_on: The day their answer arrived "
        "(2007-09-02) is after today (2007-09-01)."
    ]


def test_every_problem_is_listed_in_file_order() -> None:
    document = example_json()
    case = document["case"]
    case["communications"][2]["time"] = "25:00"
    case["communications"][0]["method"] = "fax"
    case["disputes"][1]["served_on"] = "2007-02-30"
    case["court"] = 5
    del case["litigant"]["role"]
    case["counsel"][0]["nickname"] = "x"
    document["exported_at"] = 3
    problems = [p.split(":")[0] for p in problems_of(as_bytes(document))]
    assert problems == [
        "exported_at",
        "case.court",
        "case.litigant.role",
        "case.counsel[0].nickname",
        "case.disputes[1].served_on",
        "case.communications[0].method",
        "case.communications[2].time",
    ]
    # The same file gives the same list every time.
    assert [p.split(":")[0] for p in problems_of(as_bytes(document))] == problems


# --- fuzzing: nothing but CaseFileError ever comes out ----------------------------------


def _read_or_refuse(data: bytes) -> None:
    try:
        case = read_case_file(data, today=TODAY)
    except CaseFileError as error:
        assert error.problems
        for problem in error.problems:
            problem.english().encode("utf-8")  # printable
        return
    # What was accepted must be writable and read back the same.
    assert read_case_file(write_case_file(case, exported_at=None), today=TODAY) == case


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_garbage_bytes_are_refused_plainly(data: bytes) -> None:
    _read_or_refuse(data)


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_any_json_is_read_or_refused_plainly(value: object) -> None:
    _read_or_refuse(as_bytes(value))
    _read_or_refuse(as_bytes({"format": "meetconfer.case", "version": 1, "case": value}))


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    document = to_json(draw(cases(today=TODAY)))
    for _ in range(draw(st.integers(1, 3))):
        places = json_places(document)
        place = draw(st.sampled_from(places))
        parent: Any = document
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["delete", "replace", "rename"]))
        if action == "delete":
            del parent[place[-1]]
        elif action == "replace":
            parent[place[-1]] = draw(json_values)
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = parent.pop(place[-1])
    data = as_bytes(document)
    if draw(st.booleans()):
        # Damage the bytes too: cut them short or change one byte.
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if draw(st.booleans()):
            data = data[:position]
        else:
            data = data[:position] + bytes([draw(st.integers(0, 255))]) + data[position + 1:]
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_files())
def test_damaged_case_files_are_read_or_refused_plainly(data: bytes) -> None:
    _read_or_refuse(data)


# --- atomic writes ----------------------------------------------------------------------


def test_write_atomically_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    write_atomically(target, b"one")
    assert target.read_bytes() == b"one"
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["case.json"]


def test_write_atomically_leaves_the_old_file_and_nothing_else_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "case.json"
    target.write_bytes(b"old")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["case.json"]


def test_write_atomically_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nope" / "case.json", b"x")
    assert os.listdir(tmp_path) == []
