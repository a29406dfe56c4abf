"""Reading and writing the case file, `meetconfer.case` (`docs/case-file.md`).

The program writes version 2 and reads versions 1 and 2. Version 2 adds
`case.local_step_done_on`, `disputes[].wanted`, `disputes[].reasons` and
`communications[].letter`, and bounds every text's length; a version 1 file reads as it
always did (its new fields empty) and is written back as version 2.

Reading happens in stages, each of which must pass before the next is tried, because a later
stage means nothing when an earlier one fails (a file that is not JSON has no fields to name):

1. the bytes are UTF-8 text (a Windows byte-order mark is allowed) holding JSON;
2. it is a case file (`format`) of a version this program reads (`version`);
3. its shape: the JSON Schema in `resources/case-file.schema.json` (unknown and missing
   fields, types, choices), plus what the schema cannot say: real days and times, repeated
   field names, numbers JSON allows but a case cannot hold (NaN), broken text escapes;
4. the rules of a case (`app.domain.validation`): references, unique ids, days in order.

Every problem of the stage that fails is reported, in a fixed order (by where it is in the
file, fields in the spec's order), as a `CaseFileError`.

Missing optional fields and what export writes back (the spec says "a missing optional
field means its default (null, [], false)" and "every field is written, null where empty"):
a missing text, day, number or `served_by` becomes null; a missing list becomes []; a
missing true/false field becomes false. An explicit null is kept as null (the schema allows
it) and written back as null, so a file that says `null` or `false` gets back exactly that.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from functools import cache
from typing import TYPE_CHECKING, Any

from app import paths
from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Direction,
    Dispute,
    DisputeKind,
    DisputeStatus,
    LetterKind,
    LetterRecord,
    Litigant,
    Method,
    Role,
    ServedBy,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.domain.validation import (
    InvalidValueError,
    Problem,
    empty_problem,
    no_names_problem,
    number_problem,
    parse_day,
    parse_time,
    too_long_problem,
    too_many_problem,
    validate_case,
)

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

FORMAT = "meetconfer.case"
# The version written; every version in READ_VERSIONS is read.
VERSION = 2
READ_VERSIONS = (1, 2)
SCHEMA_FILE = "case-file.schema.json"
CONTEXT = "CaseFile"

# A value longer than this is cut short when a message shows it.
_SHOWN_LENGTH = 40


class CaseFileError(Exception):
    """The file cannot be imported; `problems` lists every problem found, each naming
    where it is. An empty path means the file as a whole."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(p.english() for p in self.problems))


# --- the fields of each record, in the spec's order -------------------------------------


class Kind(Enum):
    TEXT = auto()  # required text
    OPTIONAL_TEXT = auto()
    LINES = auto()  # list of text, [] when missing
    DAY = auto()  # required YYYY-MM-DD
    OPTIONAL_DAY = auto()
    TIME = auto()  # optional HH:MM
    NUMBER = auto()  # optional whole number
    FLAG = auto()  # optional true/false, false when missing, null kept
    CHOICE = auto()  # required enum value
    OPTIONAL_CHOICE = auto()
    OVERRIDES = auto()  # optional object, kept as it is
    LETTER = auto()  # optional {kind, text}: a letter the program drafted, as mailed


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: Kind
    choices: type[StrEnum] | None = None


LITIGANT_FIELDS = (
    Field("name", Kind.TEXT),
    Field("role", Kind.CHOICE, Role),
    Field("prisoner_number", Kind.OPTIONAL_TEXT),
    Field("institution", Kind.OPTIONAL_TEXT),
    Field("address", Kind.LINES),
    Field("phone", Kind.OPTIONAL_TEXT),
    Field("email", Kind.OPTIONAL_TEXT),
)
COUNSEL_FIELDS = (
    Field("id", Kind.TEXT),
    Field("name", Kind.TEXT),
    Field("office", Kind.OPTIONAL_TEXT),
    Field("represents", Kind.OPTIONAL_TEXT),
    Field("address", Kind.LINES),
    Field("phone", Kind.OPTIONAL_TEXT),
    Field("email", Kind.OPTIONAL_TEXT),
)
DISPUTE_FIELDS = (
    Field("id", Kind.TEXT),
    Field("kind", Kind.CHOICE, DisputeKind),
    Field("set_number", Kind.NUMBER),
    Field("item_number", Kind.NUMBER),
    Field("label", Kind.TEXT),
    Field("served_to", Kind.OPTIONAL_TEXT),
    Field("served_on", Kind.OPTIONAL_DAY),
    Field("served_by", Kind.OPTIONAL_CHOICE, ServedBy),
    Field("response_received_on", Kind.OPTIONAL_DAY),
    Field("deficiency", Kind.OPTIONAL_TEXT),
    Field("request_text", Kind.OPTIONAL_TEXT),
    Field("response_text", Kind.OPTIONAL_TEXT),
    Field("wanted", Kind.OPTIONAL_TEXT),
    Field("reasons", Kind.LINES),
    Field("status", Kind.CHOICE, DisputeStatus),
)
COMMUNICATION_FIELDS = (
    Field("id", Kind.TEXT),
    Field("direction", Kind.CHOICE, Direction),
    Field("method", Kind.CHOICE, Method),
    Field("counsel", Kind.OPTIONAL_TEXT),
    Field("sent_on", Kind.DAY),
    Field("approximate", Kind.FLAG),
    Field("received_on", Kind.OPTIONAL_DAY),
    Field("time", Kind.TIME),
    Field("duration_minutes", Kind.NUMBER),
    Field("disputes", Kind.LINES),
    Field("summary", Kind.OPTIONAL_TEXT),
    Field("explains_deficiency", Kind.FLAG),
    Field("proposes_resolution", Kind.FLAG),
    Field("requests_conference", Kind.FLAG),
    Field("states_impasse", Kind.FLAG),
    Field("reply_requested_by", Kind.OPTIONAL_DAY),
    Field("mail_log_number", Kind.OPTIONAL_TEXT),
    Field("letter", Kind.LETTER),
)
LETTER_KEYS = ("kind", "text")
# The case's own fields; `litigant` and the three lists are placed by `_CASE_ORDER`.
CASE_FIELDS = (
    Field("case_number", Kind.TEXT),
    Field("court", Kind.TEXT),
    Field("district", Kind.TEXT),
    Field("division", Kind.OPTIONAL_TEXT),
    Field("short_title", Kind.TEXT),
    Field("plaintiffs", Kind.LINES),
    Field("defendants", Kind.LINES),
    Field("judge", Kind.OPTIONAL_TEXT),
    Field("rule_profile", Kind.TEXT),
    Field("profile_overrides", Kind.OVERRIDES),
    Field("local_step_done_on", Kind.OPTIONAL_DAY),
)
# The case's fields in the spec's order: `local_step_done_on` (version 2) comes last.
_CASE_ORDER = (*(f.name for f in CASE_FIELDS[:-1]), "litigant", "counsel", "disputes",
               "communications", CASE_FIELDS[-1].name)
_TOP_ORDER = ("format", "version", "exported_at", "case")
# Each list of records in a case, with its record type and fields.
_LISTS: tuple[tuple[str, type[Any], tuple[Field, ...]], ...] = (
    ("counsel", Counsel, COUNSEL_FIELDS),
    ("disputes", Dispute, DISPUTE_FIELDS),
    ("communications", Communication, COMMUNICATION_FIELDS),
)

PathItem = str | int
JsonPath = tuple[PathItem, ...]


def render_path(path: JsonPath) -> str:
    """`("case", "communications", 3, "sent_on")` → `case.communications[3].sent_on`."""
    text = ""
    for item in path:
        if isinstance(item, int):
            text += f"[{item}]"
        else:
            text = f"{text}.{_printable(item)}" if text else _printable(item)
    return text


def _printable(text: str) -> str:
    # A broken escape in the file (a lone surrogate) cannot be printed; show it escaped.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _field_order(parent: JsonPath) -> Sequence[str]:
    """The spec's order of the fields of the object at `parent` (for sorting problems)."""
    if parent == ():
        return _TOP_ORDER
    if parent == ("case",):
        return _CASE_ORDER
    if parent == ("case", "litigant"):
        return [f.name for f in LITIGANT_FIELDS]
    if len(parent) == 3 and parent[0] == "case" and isinstance(parent[2], int):
        for list_name, _, fields in _LISTS:
            if parent[1] == list_name:
                return [f.name for f in fields]
    if len(parent) == 4 and parent[1] == "communications" and parent[3] == "letter":
        return LETTER_KEYS
    return ()


def _sort_key(path: JsonPath) -> tuple[tuple[int, int, str], ...]:
    key: list[tuple[int, int, str]] = []
    for depth, item in enumerate(path):
        if isinstance(item, int):
            key.append((0, item, ""))
            continue
        order = _field_order(path[:depth])
        position = order.index(item) if item in order else len(order)
        key.append((1, position, item))
    return tuple(key)


class _Located:
    """Problems found while reading, kept with their paths as tuples until sorted."""

    def __init__(self) -> None:
        self._found: dict[tuple[JsonPath, str], Problem] = {}

    def add(self, path: JsonPath, problem_message: Message) -> None:
        # A dict keyed by place and text: the schema can report the same thing twice.
        self._found.setdefault((path, problem_message.english()),
                               Problem(render_path(path), problem_message))

    def __bool__(self) -> bool:
        return bool(self._found)

    def sorted(self) -> list[Problem]:
        ordered = sorted(self._found.items(), key=lambda item: (_sort_key(item[0][0]),
                                                                 item[0][1]))
        return [problem for _, problem in ordered]


# --- stage 1: bytes to JSON -------------------------------------------------------------


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers field names written more than once (JSON allows it,
    Python keeps the last one; that would silently drop data)."""

    repeated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> _JsonObject:
    result = _JsonObject()
    result.repeated = []
    for key, value in pairs:
        if key in result and key not in result.repeated:
            result.repeated.append(key)
        result[key] = value
    return result


@dataclass(frozen=True, slots=True)
class _NotANumber:
    """A number JSON parsers accept but a case cannot hold: NaN, Infinity, 1e400, or a
    whole number too long to read."""

    text: str


def _number(text: str) -> float | _NotANumber:
    value = float(text)
    return value if math.isfinite(value) else _NotANumber(text)


def _whole(text: str) -> int | _NotANumber:
    try:
        return int(text)
    except ValueError:  # longer than Python's limit on digits
        return _NotANumber(text[:20] + "\u2026")


def _file_problem(template: str, **args: object) -> CaseFileError:
    return CaseFileError([Problem("", message(CONTEXT, template, **args))])


def _parse_json(data: bytes) -> object:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _file_problem(
            QT_TRANSLATE_NOOP("CaseFile",
                              "This is not a case file: it is not text in the UTF-8 encoding "
                              "(byte {position} cannot be read)."),
            position=error.start + 1,
        ) from None
    if not text.strip():
        raise _file_problem(QT_TRANSLATE_NOOP("CaseFile", "This file is empty."))
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_NotANumber,
                          parse_float=_number, parse_int=_whole)
    except json.JSONDecodeError as error:
        raise _file_problem(
            QT_TRANSLATE_NOOP("CaseFile",
                              "This is not a case file: it is not valid JSON at line {line}, "
                              "column {column} ({reason})."),
            line=error.lineno, column=error.colno, reason=error.msg,
        ) from None
    except RecursionError:
        raise _file_problem(
            QT_TRANSLATE_NOOP("CaseFile",
                              "This is not a case file: its contents are nested too deeply."),
        ) from None


# --- stage 2: format and version --------------------------------------------------------


def _check_kind_of_file(document: object) -> Mapping[str, Any]:
    if not isinstance(document, dict):
        raise _file_problem(QT_TRANSLATE_NOOP(
            "CaseFile",
            "This is not a case file: it should hold one JSON object with the fields "
            "format, version and case."))
    if document.get("format") != FORMAT:
        raise CaseFileError([Problem("format", message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseFile",
                              "This is not a Meet-and-Confer Log case file (the field "
                              "\u201cformat\u201d should be \u201c{expected}\u201d, but it is "
                              "{actual})."),
            expected=FORMAT, actual=_shown(document.get("format", _MISSING)),
        ))])
    version = document.get("version", _MISSING)
    if _is_number(version) and version in READ_VERSIONS:
        return document
    if _is_number(version) and float(version).is_integer() and version > VERSION:
        template = QT_TRANSLATE_NOOP("CaseFile",
                                     "This file was written by a newer version (version "
                                     "{version}); this program reads version {known}.")
    else:
        template = QT_TRANSLATE_NOOP("CaseFile",
                                     "This file says it is version {version}; this program "
                                     "reads version {known}.")
    raise CaseFileError([Problem("version", message(
        CONTEXT, template, version=_shown(version), known=VERSION,
    ))])


_MISSING = object()


def _is_number(value: object) -> bool:
    # In Python `True == 1`; a case file's `true` is not a version number.
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shown(value: object) -> str:
    """A value from the file as a person would recognise it, cut short when long."""
    if value is _MISSING:
        return QT_TRANSLATE_NOOP("CaseFile", "missing")
    if isinstance(value, _NotANumber):
        text = value.text
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    if len(text) > _SHOWN_LENGTH:
        text = text[: _SHOWN_LENGTH - 1] + "\u2026"
    return _printable(text)


# --- stage 3: the shape of the file -----------------------------------------------------


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (paths.resources_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


@cache
def _validator() -> Draft202012Validator:
    # jsonschema is imported when a file is read, not when the app starts.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


@cache
def _quick_check() -> Callable[[object], object]:
    """The same schema compiled by fastjsonschema: a yes/no answer about twenty times
    faster than jsonschema's pass, which takes a second on a 10,000-entry file (issue 9).

    It only decides whether jsonschema's pass is needed; every problem reported still
    comes from that pass, so messages and paths do not depend on it. The one way it could
    go wrong is saying yes where jsonschema finds a problem. The schema uses only keywords
    the two read alike (`tests/store/test_casefile_quick_check.py` holds it to that list
    and compares the two on damaged files), except `pattern`: fastjsonschema reads `$` as
    the very end of the text, Python's `re` (jsonschema) also before a last line break.
    That cannot matter: pattern problems are left out in favour of the day and time
    checks, which run either way. fastjsonschema knows drafts up to 2019-09 and reads
    this 2020-12 schema as 2019-09, which is the same for these keywords. Defaults and
    formats are off, so it never changes the document."""
    import fastjsonschema

    check: Callable[[object], object] = fastjsonschema.compile(
        _schema(), use_default=False, use_formats=False)
    return check


def _passes_quick_check(document: Mapping[str, Any]) -> bool:
    from fastjsonschema import JsonSchemaValueException

    try:
        _quick_check()(document)
    except JsonSchemaValueException:
        return False
    return True


_TYPE_TEMPLATES = {
    "string": QT_TRANSLATE_NOOP("CaseFile", "This should be text, not {value}."),
    "integer": QT_TRANSLATE_NOOP("CaseFile", "This should be a whole number, not {value}."),
    "boolean": QT_TRANSLATE_NOOP("CaseFile", "This should be true or false, not {value}."),
    "array": QT_TRANSLATE_NOOP("CaseFile", "This should be a list [ ... ], not {value}."),
    "object": QT_TRANSLATE_NOOP(
        "CaseFile", "This should be a group of named fields (a JSON object), not {value}."),
}


def _schema_problems(error: ValidationError, found: _Located) -> None:
    """Turn one JSON Schema error into plain problems naming the field."""
    path: JsonPath = tuple(error.absolute_path)
    # jsonschema types these loosely; each is what the keyword named by `rule_name` holds.
    instance: Any = error.instance
    schema: Any = error.schema
    rule: Any = error.validator_value
    rule_name = error.validator
    if isinstance(instance, _NotANumber) or rule_name == "pattern":
        return  # told by _value_problems and _day_and_time_problems, in better words
    if rule_name == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for name in instance:
            if name not in allowed:
                found.add((*path, name), _unknown_field(name, allowed))
    elif rule_name == "required":
        for name in rule:
            if name not in instance:
                found.add((*path, name), message(CONTEXT, QT_TRANSLATE_NOOP(
                    "CaseFile", "This field is required, but it is missing.")))
    elif rule_name == "type":
        names = rule if isinstance(rule, list) else [rule]
        base = next(n for n in names if n != "null")
        found.add(path, message(CONTEXT, _TYPE_TEMPLATES[base], value=_shown(instance)))
    elif rule_name == "enum":
        choices = ", ".join(str(c) for c in rule if c is not None)
        found.add(path, message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseFile",
                              "{value} is not one of the choices; write one of these: "
                              "{choices}."),
            value=_shown(instance), choices=choices,
        ))
    elif rule_name == "minLength":
        found.add(path, empty_problem("").message)
    elif rule_name == "minItems":
        found.add(path, no_names_problem("").message)
    elif rule_name == "maxLength":
        too_long = too_long_problem("", len(instance), int(rule))
        if too_long is not None:
            found.add(path, too_long.message)
    elif rule_name == "maxItems":
        too_many = too_many_problem("", len(instance), int(rule))
        if too_many is not None:
            found.add(path, too_many.message)
    elif rule_name == "uniqueItems":
        found.add(path, message(CONTEXT, QT_TRANSLATE_NOOP(
            "CaseFile", "Each item of this list may be written only once.")))
    elif rule_name == "minimum":
        # A fraction (0.5) is already told as "not a whole number".
        small = number_problem("", int(instance)) if float(instance).is_integer() else None
        if small is not None:
            found.add(path, small.message)
    else:
        found.add(path, message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseFile", "This value is not allowed here ({detail})."),
            detail=_printable(error.message),
        ))


def _unknown_field(name: str, allowed: Sequence[str]) -> Message:
    close = difflib.get_close_matches(name, allowed, n=1)
    if close:
        return message(CONTEXT, QT_TRANSLATE_NOOP(
            "CaseFile",
            "This field is not part of the case file format. Did you mean \u201c{suggestion}"
            "\u201d?"), suggestion=close[0])
    return message(CONTEXT, QT_TRANSLATE_NOOP(
        "CaseFile", "This field is not part of the case file format."))


# Deeper than this is no case file; refusing it early keeps every later step (the schema,
# messages that show a value, the database) safe from running out of stack.
_DEEPEST = 32


def _value_problems(document: object, found: _Located) -> bool:
    """What JSON allows but a case file must not hold, anywhere in the file. Returns False
    when the file is nested too deeply to look at further."""
    pending: list[tuple[object, JsonPath]] = [(document, ())]
    while pending:
        value, path = pending.pop()
        if len(path) > _DEEPEST:
            found.add(path[:_DEEPEST], message(CONTEXT, QT_TRANSLATE_NOOP(
                "CaseFile", "This is nested too deeply to be part of a case.")))
            return False
        if isinstance(value, _JsonObject):
            for name in value.repeated:
                found.add((*path, name), message(CONTEXT, QT_TRANSLATE_NOOP(
                    "CaseFile", "This field is written more than once.")))
        if isinstance(value, dict):
            for name, item in value.items():
                _check_text(name, (*path, name), found)
                pending.append((item, (*path, name)))
        elif isinstance(value, list):
            pending.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(value, path, found)
        elif isinstance(value, _NotANumber):
            found.add(path, message(
                CONTEXT,
                QT_TRANSLATE_NOOP("CaseFile", "{value} is not a number a case file can hold."),
                value=_shown(value),
            ))
    return True


def _check_text(text: str, path: JsonPath, found: _Located) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        found.add(path, message(CONTEXT, QT_TRANSLATE_NOOP(
            "CaseFile",
            "This text holds a broken character escape (a lone \\u surrogate).")))


def _records(document: Mapping[str, Any]) -> Iterator[tuple[JsonPath, Mapping[str, Any],
                                                               tuple[Field, ...]]]:
    """Every record object in the file with its path and fields, skipping ones that are
    not objects (the schema reports those)."""
    case = document.get("case")
    if not isinstance(case, dict):
        return
    yield ("case",), case, CASE_FIELDS
    litigant = case.get("litigant")
    if isinstance(litigant, dict):
        yield ("case", "litigant"), litigant, LITIGANT_FIELDS
    for list_name, _, fields in _LISTS:
        items = case.get(list_name)
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    yield ("case", list_name, index), item, fields


_PARSERS: Mapping[Kind, Callable[[str], object]] = {
    Kind.DAY: parse_day, Kind.OPTIONAL_DAY: parse_day, Kind.TIME: parse_time,
}


def _day_and_time_problems(document: Mapping[str, Any], found: _Located) -> None:
    for path, record, fields in _records(document):
        for field in fields:
            parse = _PARSERS.get(field.kind)
            value = record.get(field.name)
            if parse is not None and isinstance(value, str):
                try:
                    parse(value)
                except InvalidValueError as error:
                    found.add((*path, field.name), error.message)
    exported_at = document.get("exported_at")
    if isinstance(exported_at, str) and _timestamp(exported_at) is None:
        found.add(("exported_at",), message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseFile",
                              "{value} is not a date and time with its offset from UTC "
                              "(for example 2025-06-01T14:30:00+00:00)."),
            value=_shown(exported_at),
        ))


def _timestamp(text: str) -> dt.datetime | None:
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None


def _shape_problems(document: Mapping[str, Any]) -> list[Problem]:
    found = _Located()
    if not _value_problems(document, found):
        return found.sorted()
    # A file with problems so far, or one the quick check refuses, gets jsonschema's full
    # pass, which names every problem; a file the quick check passes has none to name.
    if found or not _passes_quick_check(document):
        for error in _validator().iter_errors(document):
            _schema_problems(error, found)
    _day_and_time_problems(document, found)
    return found.sorted()


# --- building the records ---------------------------------------------------------------


def _read_value(field: Field, record: Mapping[str, Any]) -> object:
    """A checked value as the model holds it; missing means the spec's default."""
    value = record.get(field.name)
    kind = field.kind
    if kind is Kind.FLAG:
        return record.get(field.name, False)
    if kind is Kind.LINES:
        return list(value or [])
    if value is None:
        return None
    if kind in (Kind.DAY, Kind.OPTIONAL_DAY):
        return parse_day(value)
    if kind is Kind.TIME:
        return parse_time(value)
    if kind is Kind.NUMBER:
        return int(value)  # the schema allows 3.0 for 3
    if field.choices is not None:
        return field.choices(value)
    if kind is Kind.OVERRIDES:
        return _plain(value)
    if kind is Kind.LETTER:
        return LetterRecord(LetterKind(value["kind"]), value["text"])
    return value


def _plain(value: object) -> Any:
    """A parsed JSON value with our bookkeeping dicts turned back into plain ones."""
    if isinstance(value, dict):
        return {name: _plain(item) for name, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _build(fields: Sequence[Field], record: Mapping[str, Any]) -> dict[str, Any]:
    return {field.name: _read_value(field, record) for field in fields}


def _build_case(raw: Mapping[str, Any]) -> Case:
    litigant = Litigant(**_build(LITIGANT_FIELDS, raw["litigant"]))
    case = Case(**_build(CASE_FIELDS, raw), litigant=litigant)
    for list_name, record_type, fields in _LISTS:
        records = [record_type(**_build(fields, item)) for item in raw.get(list_name, [])]
        setattr(case, list_name, records)
    return case


# --- the public functions ---------------------------------------------------------------


def read_case_file(data: bytes, *, today: dt.date) -> Case:
    """The case in a case file's bytes, fully checked; CaseFileError lists every problem
    of the first stage that fails (see the module's docstring)."""
    document = _check_kind_of_file(_parse_json(data))
    problems = _shape_problems(document)
    if problems:
        raise CaseFileError(problems)
    case = _build_case(document["case"])
    problems = validate_case(case, today)
    if problems:
        raise CaseFileError(problems)
    return case


def _write_value(field: Field, value: Any) -> object:
    if value is None:
        return [] if field.kind is Kind.LINES else None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, LetterRecord):
        return {"kind": value.kind.value, "text": value.text}
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _record_json(fields: Sequence[Field], record: object) -> dict[str, object]:
    return {field.name: _write_value(field, getattr(record, field.name)) for field in fields}


def case_to_json(case: Case) -> dict[str, object]:
    """The `case` object of a case file: every field, in the spec's order."""
    result = _record_json(CASE_FIELDS, case)
    result["litigant"] = _record_json(LITIGANT_FIELDS, case.litigant)
    for list_name, _, fields in _LISTS:
        result[list_name] = [_record_json(fields, item) for item in getattr(case, list_name)]
    return {name: result[name] for name in _CASE_ORDER}


def write_case_file(case: Case, *, exported_at: dt.datetime | None) -> bytes:
    """A case file's bytes: UTF-8 JSON, indented, every field written, ending in a newline.

    `exported_at` must carry its offset from UTC (the spec's timestamps do)."""
    if exported_at is not None and exported_at.tzinfo is None:
        raise ValueError("exported_at needs a time zone")
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": None if exported_at is None else exported_at.isoformat(timespec="seconds"),
        "case": case_to_json(case),
    }
    # allow_nan=False: an override holding NaN must fail here, not write a file that
    # no JSON reader accepts.
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")
