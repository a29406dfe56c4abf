"""The quick check (fastjsonschema) before jsonschema's pass (issue 9, import speed).

Reading stays exactly as it was: every problem is still named by jsonschema's pass, which
now runs only when the quick check refuses the file (or earlier checks found something).
What must hold is that the quick check never passes a file jsonschema finds a problem in.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import paths
from app.store import casefile
from app.store.casefile import CaseFileError, read_case_file
from tests.helpers.strategies import (
    EXAMPLE_TODAY,
    cases,
    example_case,
    json_places,
    json_values,
    to_json,
)

TODAY = EXAMPLE_TODAY

# The keywords the schema may use. fastjsonschema (drafts up to 2019-09) and jsonschema
# (2020-12) read each of these alike for this schema; `pattern` differs on `$` before a
# last line break, which cannot matter (see `casefile._quick_check`). Before adding one,
# check fastjsonschema reads it as 2020-12 does: a keyword it does not know (say
# `prefixItems`) it would silently pass, and a bad file would get in.
# Version 2's limits: `maxLength` and `maxItems` are Python's `len` in both engines;
# `uniqueItems` compares the same for lists of text (the only lists it is on), and
# fastjsonschema, which writes `true` as "True" before comparing, can only be stricter.
KEYWORDS_READ_ALIKE = {
    "$schema", "$id", "title", "$defs", "$ref", "type", "properties",
    "additionalProperties", "required", "items", "const", "enum", "minLength", "minItems",
    "minimum", "pattern", "maxLength", "maxItems", "uniqueItems",
}  # fmt: skip
# Keywords whose value is a map of names to schemas, or one schema.
_SCHEMA_MAPS = {"properties", "$defs"}
_ONE_SCHEMA = {"items", "additionalProperties"}


def _keywords(schema: Any) -> Iterator[str]:
    if not isinstance(schema, dict):
        return  # true/false schemas
    for keyword, value in schema.items():
        yield keyword
        if keyword in _SCHEMA_MAPS:
            for subschema in value.values():
                yield from _keywords(subschema)
        elif keyword in _ONE_SCHEMA:
            yield from _keywords(value)


def test_the_schema_uses_only_keywords_both_engines_read_alike() -> None:
    schema = json.loads((paths.resources_dir() / casefile.SCHEMA_FILE).read_text("utf-8"))
    used = set(_keywords(schema))
    assert used - KEYWORDS_READ_ALIKE == set()
    assert "minimum" in used  # the walk reached the records


def test_a_good_file_is_read_without_jsonschemas_pass() -> None:
    # Otherwise the speed-up is silently gone.
    with mock.patch.object(casefile, "_validator", side_effect=AssertionError("slow pass")):
        read_case_file(paths.demo_case_path().read_bytes(), today=dt.date.today())


def test_the_quick_check_does_not_change_the_document() -> None:
    good = to_json(example_case())
    bad = copy.deepcopy(good)
    del bad["case"]["plaintiffs"]
    bad["case"]["communications"][0]["duration_minutes"] = 0
    for document, passes in ((good, True), (bad, False)):
        before = copy.deepcopy(document)
        assert casefile._passes_quick_check(document) is passes
        assert document == before


# Values near the edges of the schema's rules, where two engines are most likely to part.
EDGE_VALUES = st.sampled_from([
    None, True, False, 0, 1, -1, 2, 1.0, 3.0, 0.5, -0.0, 1e300, 10**30, -(10**30), "", " ",
    "x", "\u00e9", "\U0001f600", "2007-08-06", "2007-08-06\n", "\u0662\u0660\u0660\u0667-08-06",
    "10:30", "10:30\n", "open", "Open", "mail", "null", "1", [], [""], ["x"], [1], {}, {"a": 1},
    "meetconfer.case", "y" * 200, "y" * 201, "z" * 50_001, ["x", "x"], ["x", "y"],
    {"kind": "first", "text": "Dear Counsel:"}, {"kind": "first", "text": ""}, "follow_up",
])  # fmt: skip


@st.composite
def changed_documents(draw: st.DrawFn) -> dict[str, Any]:
    document = to_json(draw(cases(today=TODAY)))
    for _ in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(json_places(document)))
        parent: Any = document
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["delete", "edge", "edge", "any", "add"]))
        if action == "delete":
            del parent[place[-1]]
        elif action == "edge":
            parent[place[-1]] = draw(EDGE_VALUES)
        elif action == "any":
            parent[place[-1]] = draw(json_values)
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "sent_on", "summary", "id", "Id"]))] = draw(
                EDGE_VALUES)
    return document


def _schema_errors_that_are_reported(document: dict[str, Any]) -> list[str]:
    # `pattern` errors are never reported (the day and time checks say it better).
    return [f"{list(e.absolute_path)} {e.validator}: {e.message}"
            for e in casefile._validator().iter_errors(document) if e.validator != "pattern"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changed_documents())
def test_the_quick_check_never_passes_what_jsonschema_refuses(document: dict[str, Any]) -> None:
    if casefile._passes_quick_check(document):
        assert _schema_errors_that_are_reported(document) == []


def _outcome(data: bytes) -> object:
    try:
        return read_case_file(data, today=TODAY)
    except CaseFileError as error:
        return [p.english() for p in error.problems]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changed_documents())
def test_reading_gives_the_same_outcome_as_jsonschemas_pass_alone(
        document: dict[str, Any]) -> None:
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    with mock.patch.object(casefile, "_passes_quick_check", return_value=False):
        slow = _outcome(data)
    assert _outcome(data) == slow


def test_the_demo_case_reads_the_same_both_ways() -> None:
    data = paths.demo_case_path().read_bytes()
    today = dt.date.today()
    with mock.patch.object(casefile, "_passes_quick_check", return_value=False):
        slow = read_case_file(data, today=today)
    assert read_case_file(data, today=today) == slow
