"""The rules a case must keep, in one place: used by import and by the app's forms.

Each problem names where it is (`Problem.path`, e.g. `case.communications[3].received_on`)
and says what is wrong in plain words (a translatable `Message`). A form checks one record
with `validate_counsel`, `validate_dispute` or `validate_communication` and `index=None`,
which gives paths relative to the record (`received_on`, `disputes[1]`), so it can show the
message beside the field; import checks a whole case with `validate_case`.

Only what `docs/case-file.md` asks is refused here. The shape of a case file (types,
required fields, enum values) is the case file reader's job (`app.store.casefile`); it uses
`parse_day` and `parse_time` below so a form and a file agree on what a day or a time is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Direction,
    Dispute,
    Litigant,
    Method,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, message

CONTEXT = "Validation"

# SQLite keeps whole numbers in 8 bytes; a larger one could not be saved, so it is refused
# here rather than failing half-way through an import.
LARGEST_NUMBER = 2**63 - 1

# The case file's length limits (version 2), the same in a form and on import; the case
# file's JSON Schema states the same numbers (a test holds them together).
SHORT_TEXT_LIMIT = 200  # names, labels, ids, case numbers, phone, email, each address line
LONG_TEXT_LIMIT = 50_000  # summary, deficiency, wanted, request and response text
LETTER_TEXT_LIMIT = 100_000  # a mailed letter's whole text
ADDRESS_LINES_LIMIT = 8
PARTY_NAMES_LIMIT = 50  # plaintiffs, defendants
REASONS_LIMIT = 50
RECORDS_LIMIT = 1_000  # counsel, disputes
COMMUNICATIONS_LIMIT = 100_000

# ASCII digits only: Python's `\d` and `int()` also accept other scripts' digits.
_DAY_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME_FORM = re.compile(r"[0-9]{2}:[0-9]{2}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a case: where (`path`) and what (`message`)."""

    path: str
    message: Message

    @property
    def field(self) -> str:
        """The field the problem is about (`received_on` for `case.communications[3]
        .received_on`), so a form can show the message beside it."""
        last = self.path.rsplit(".", 1)[-1]
        return last.split("[", 1)[0]

    def english(self) -> str:
        text = self.message.english()
        return f"{self.path}: {text}" if self.path else text


class InvalidValueError(ValueError):
    """A day or a time written wrongly; `message` says how in plain words."""

    def __init__(self, problem: Message) -> None:
        super().__init__(problem.english())
        self.message = problem


# --- days and times written as text -----------------------------------------------------


def parse_day(text: str) -> dt.date:
    """A `YYYY-MM-DD` day, or InvalidValueError saying what is wrong with it."""
    if not _DAY_FORM.fullmatch(text):
        raise InvalidValueError(message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation",
                              "\u201c{text}\u201d is not a day written as YYYY-MM-DD "
                              "(for example 2007-08-28)."),
            text=text,
        ))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValueError(message(
            CONTEXT, QT_TRANSLATE_NOOP("Validation", "{text} is not a real day."), text=text,
        )) from None


def parse_time(text: str) -> dt.time:
    """An `HH:MM` (24-hour) time, or InvalidValueError saying what is wrong with it."""
    if not _TIME_FORM.fullmatch(text):
        raise InvalidValueError(message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation",
                              "\u201c{text}\u201d is not a time written as HH:MM "
                              "(for example 14:30)."),
            text=text,
        ))
    hours, minutes = int(text[:2]), int(text[3:])
    if hours > 23 or minutes > 59:
        raise InvalidValueError(message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation",
                              "{text} is not a time of day: hours go from 00 to 23 and "
                              "minutes from 00 to 59."),
            text=text,
        ))
    return dt.time(hours, minutes)


# --- paths ------------------------------------------------------------------------------


def _at(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _record_prefix(list_name: str, index: int | None) -> str:
    """`case.disputes[2]` for a record in a case, "" for a record on its own (a form)."""
    return "" if index is None else f"case.{list_name}[{index}]"


# --- small checks shared by every record ------------------------------------------------


def empty_problem(path: str) -> Problem:
    """A field that must hold something (a name, a label, an id) is empty."""
    return Problem(path, message(
        CONTEXT, QT_TRANSLATE_NOOP("Validation", "This must not be left empty."),
    ))


def no_names_problem(path: str) -> Problem:
    """A caption's list of parties is empty."""
    return Problem(path, message(
        CONTEXT, QT_TRANSLATE_NOOP("Validation", "Give at least one name."),
    ))


def number_problem(path: str, value: int) -> Problem | None:
    """A count or a number in a set (set, item, minutes) must be 1 or more and storable."""
    if 1 <= value <= LARGEST_NUMBER:
        return None
    if value < 1:
        text = QT_TRANSLATE_NOOP("Validation", "This must be 1 or more (it is {value}).")
    else:
        text = QT_TRANSLATE_NOOP("Validation", "This number is too large ({value}).")
    return Problem(path, message(CONTEXT, text, value=value))


def _required_text(prefix: str, name: str, value: str) -> list[Problem]:
    return [] if value.strip() else [empty_problem(_at(prefix, name))]


def _whole_number(prefix: str, name: str, value: int | None) -> list[Problem]:
    problem = None if value is None else number_problem(_at(prefix, name), value)
    return [] if problem is None else [problem]


def too_long_problem(path: str, length: int, limit: int) -> Problem | None:
    """A text longer than its limit, or None."""
    if length <= limit:
        return None
    return Problem(path, message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Validation",
                          "This is too long: {length} characters, where at most {limit} "
                          "fit here."),
        length=length, limit=limit,
    ))


def too_many_problem(path: str, count: int, limit: int) -> Problem | None:
    """A list with more items than its limit, or None."""
    if count <= limit:
        return None
    return Problem(path, message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Validation",
                          "This list has {count} items, where at most {limit} fit here."),
        count=count, limit=limit,
    ))


def _lengths(prefix: str, record: object, names: Iterable[str],
             limit: int = SHORT_TEXT_LIMIT) -> list[Problem]:
    """Each named text field of `record` within `limit` characters."""
    found = (too_long_problem(_at(prefix, name), len(value), limit)
             for name in names if isinstance(value := getattr(record, name), str))
    return [problem for problem in found if problem is not None]


def _lines(prefix: str, name: str, lines: Sequence[str],
           limit: int = ADDRESS_LINES_LIMIT) -> list[Problem]:
    """A list of short texts (address lines, names): how many, and each one's length."""
    problems = [p for p in [too_many_problem(_at(prefix, name), len(lines), limit)] if p]
    for position, line in enumerate(lines):
        problem = too_long_problem(_at(prefix, f"{name}[{position}]"), len(line),
                                   SHORT_TEXT_LIMIT)
        if problem is not None:
            problems.append(problem)
    return problems


_PERSON_TEXTS = ("name", "phone", "email")


# Each day that may not lie after today, with words for what that day is.
_NOT_AFTER_TODAY = {
    "sent_on": QT_TRANSLATE_NOOP(
        "Validation", "The day it was sent or happened ({day}) is after today ({today})."),
    "received_on": QT_TRANSLATE_NOOP(
        "Validation", "The day it arrived ({day}) is after today ({today})."),
    "served_on": QT_TRANSLATE_NOOP(
        "Validation", "The day the request was served ({day}) is after today ({today})."),
    "response_received_on": QT_TRANSLATE_NOOP(
        "Validation", "The day their answer arrived ({day}) is after today ({today})."),
}


def _not_after_today(prefix: str, name: str, day: dt.date | None,
                     today: dt.date) -> list[Problem]:
    if day is None or day <= today:
        return []
    return [Problem(_at(prefix, name), message(
        CONTEXT, _NOT_AFTER_TODAY[name], day=day.isoformat(), today=today.isoformat(),
    ))]


def _unique_ids(list_name: str, ids: Sequence[str], template: str) -> list[Problem]:
    """Each id used once in its list; a repeat names the record that used it first
    (`template` says which kind of record, with {id} and {first})."""
    first_seen: dict[str, int] = {}
    problems: list[Problem] = []
    for index, record_id in enumerate(ids):
        if record_id in first_seen:
            problems.append(Problem(f"case.{list_name}[{index}].id", message(
                CONTEXT, template, id=record_id, first=first_seen[record_id] + 1,
            )))
        else:
            first_seen[record_id] = index
    return problems


_DUPLICATE_ID = {
    "counsel": QT_TRANSLATE_NOOP(
        "Validation", "Lawyer number {first} in this list already has the id \u201c{id}\u201d "
        "(each lawyer needs an id of their own)."),
    "disputes": QT_TRANSLATE_NOOP(
        "Validation", "Request number {first} in this list already has the id \u201c{id}\u201d "
        "(each request needs an id of its own)."),
    "communications": QT_TRANSLATE_NOOP(
        "Validation", "Letter or call number {first} in this list already has the id "
        "\u201c{id}\u201d (each one needs an id of its own)."),
}


# --- one record -------------------------------------------------------------------------


def validate_counsel(counsel: Counsel, index: int | None = None) -> list[Problem]:
    """Problems with one lawyer's record (the form's, or `case.counsel[index]`)."""
    prefix = _record_prefix("counsel", index)
    return [*_required_text(prefix, "id", counsel.id),
            *_required_text(prefix, "name", counsel.name),
            *_lengths(prefix, counsel, ("id", *_PERSON_TEXTS, "office", "represents")),
            *_lines(prefix, "address", counsel.address)]


def validate_dispute(dispute: Dispute, today: dt.date, index: int | None = None) -> list[Problem]:
    """Problems with one disputed request (the form's, or `case.disputes[index]`)."""
    from app.domain.reasons import load_reasons

    prefix = _record_prefix("disputes", index)
    return [
        *_required_text(prefix, "id", dispute.id),
        *_whole_number(prefix, "set_number", dispute.set_number),
        *_whole_number(prefix, "item_number", dispute.item_number),
        *_required_text(prefix, "label", dispute.label),
        *_lengths(prefix, dispute, ("id", "label", "served_to")),
        *_not_after_today(prefix, "served_on", dispute.served_on, today),
        *_not_after_today(prefix, "response_received_on", dispute.response_received_on, today),
        *_lengths(prefix, dispute, ("deficiency", "request_text", "response_text", "wanted"),
                  LONG_TEXT_LIMIT),
        *_reason_ids(prefix, dispute.reasons, load_reasons()),
    ]


def _reason_ids(prefix: str, reason_ids: Sequence[str],
                known: Mapping[str, object]) -> list[Problem]:
    """The reasons picked: each one the program knows, each once, not too many."""
    problems = [p for p in [too_many_problem(_at(prefix, "reasons"), len(reason_ids),
                                             REASONS_LIMIT)] if p]
    seen: set[str] = set()
    for position, reason_id in enumerate(reason_ids):
        path = _at(prefix, f"reasons[{position}]")
        if reason_id in seen:
            problems.append(Problem(path, message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Validation", "The reason \u201c{id}\u201d is listed twice."),
                id=reason_id,
            )))
        elif reason_id not in known:
            problems.append(Problem(path, message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Validation",
                                  "\u201c{id}\u201d is not one of the program\u2019s reasons. "
                                  "Known reasons: {known}."),
                id=reason_id, known=", ".join(known),
            )))
        seen.add(reason_id)
    return problems


def validate_communication(comm: Communication, case: Case, today: dt.date,
                           index: int | None = None) -> list[Problem]:
    """Problems with one letter, call or meeting: its days, its time, and that the lawyer
    and requests it names are in `case`."""
    prefix = _record_prefix("communications", index)
    problems = _required_text(prefix, "id", comm.id)
    if comm.counsel is not None and case.counsel_by_id(comm.counsel) is None:
        problems.append(Problem(_at(prefix, "counsel"), message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation",
                              "There is no lawyer with the id \u201c{id}\u201d in this case."),
            id=comm.counsel,
        )))
    problems += _not_after_today(prefix, "sent_on", comm.sent_on, today)
    problems += _received_before_sent(prefix, comm)
    problems += _not_after_today(prefix, "received_on", comm.received_on, today)
    problems += _time_of_day(prefix, comm.time)
    problems += _whole_number(prefix, "duration_minutes", comm.duration_minutes)
    problems += _dispute_links(prefix, comm.disputes, case)
    problems += _lengths(prefix, comm, ("id", "mail_log_number"))
    problems += _lengths(prefix, comm, ("summary",), LONG_TEXT_LIMIT)
    problems += _letter(prefix, comm)
    return problems


def _letter(prefix: str, comm: Communication) -> list[Problem]:
    """A letter the program drafted is kept only with an outgoing letter, and whole."""
    if comm.letter is None:
        return []
    path = _at(prefix, "letter")
    if comm.direction is not Direction.OUTGOING or comm.method is not Method.LETTER:
        return [Problem(path, message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation",
                              "A letter's text can only be kept with an outgoing letter "
                              "(one you sent by mail)."),
        ))]
    text_path = _at(path, "text")
    if not comm.letter.text.strip():
        return [empty_problem(text_path)]
    problem = too_long_problem(text_path, len(comm.letter.text), LETTER_TEXT_LIMIT)
    return [] if problem is None else [problem]


def _received_before_sent(prefix: str, comm: Communication) -> list[Problem]:
    # Only incoming: for an outgoing letter `received_on` is counsel's (a return receipt),
    # which the spec leaves unchecked.
    if comm.direction is not Direction.INCOMING or comm.received_on is None:
        return []
    if comm.received_on >= comm.sent_on:
        return []
    return [Problem(_at(prefix, "received_on"), message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Validation",
                          "The day it arrived ({received}) is before the day on the "
                          "letter ({sent})."),
        received=comm.received_on.isoformat(), sent=comm.sent_on.isoformat(),
    ))]


def _time_of_day(prefix: str, time: dt.time | None) -> list[Problem]:
    # A form builds a `dt.time` itself; the case file holds only hours and minutes.
    if time is None or (time.second == 0 and time.microsecond == 0 and time.tzinfo is None):
        return []
    return [Problem(_at(prefix, "time"), message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Validation", "Give the time as hours and minutes only ({time})."),
        time=time.isoformat(),
    ))]


def _dispute_links(prefix: str, dispute_ids: Iterable[str], case: Case) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for position, dispute_id in enumerate(dispute_ids):
        path = _at(prefix, f"disputes[{position}]")
        if dispute_id in seen:
            problems.append(Problem(path, message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Validation",
                                  "The request \u201c{id}\u201d is listed twice."),
                id=dispute_id,
            )))
        elif case.dispute(dispute_id) is None:
            problems.append(Problem(path, message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Validation",
                                  "There is no request in dispute with the id "
                                  "\u201c{id}\u201d in this case."),
                id=dispute_id,
            )))
        seen.add(dispute_id)
    return problems


# --- the whole case ---------------------------------------------------------------------


def validate_case_details(case: Case) -> list[Problem]:
    """The case's own fields and the litigant (the case details form)."""
    problems: list[Problem] = []
    for name in ("case_number", "court", "district", "short_title"):
        problems += _required_text("case", name, getattr(case, name))
    for list_name in ("plaintiffs", "defendants"):
        names: list[str] = getattr(case, list_name)
        if not names:
            problems.append(no_names_problem(f"case.{list_name}"))
        for position, name in enumerate(names):
            problems += _required_text("case", f"{list_name}[{position}]", name)
    problems += _rule_profile(case)
    problems += _required_text("case.litigant", "name", case.litigant.name)
    problems += _case_lengths(case)
    return problems


def _case_lengths(case: Case) -> list[Problem]:
    problems = _lengths("case", case, ("case_number", "court", "district", "division",
                                       "short_title", "judge", "rule_profile"))
    for list_name in ("plaintiffs", "defendants"):
        problems += _lines("case", list_name, getattr(case, list_name), PARTY_NAMES_LIMIT)
    litigant: Litigant = case.litigant
    problems += _lengths("case.litigant", litigant,
                         (*_PERSON_TEXTS, "prisoner_number", "institution"))
    problems += _lines("case.litigant", "address", litigant.address)
    return problems


def _list_sizes(case: Case) -> list[Problem]:
    sizes = (("counsel", len(case.counsel), RECORDS_LIMIT),
             ("disputes", len(case.disputes), RECORDS_LIMIT),
             ("communications", len(case.communications), COMMUNICATIONS_LIMIT))
    found = (too_many_problem(f"case.{name}", count, limit) for name, count, limit in sizes)
    return [problem for problem in found if problem is not None]


def validate_case(case: Case, today: dt.date) -> list[Problem]:
    """Every problem with `case`, in a fixed order: the case's own fields, then each list
    (repeated ids, then each record in order)."""
    problems = validate_case_details(case)
    problems += _list_sizes(case)
    problems += _unique_ids("counsel", [c.id for c in case.counsel], _DUPLICATE_ID["counsel"])
    for index, counsel in enumerate(case.counsel):
        problems += validate_counsel(counsel, index)
    problems += _unique_ids("disputes", [d.id for d in case.disputes], _DUPLICATE_ID["disputes"])
    for index, dispute in enumerate(case.disputes):
        problems += validate_dispute(dispute, today, index)
    problems += _unique_ids("communications", [c.id for c in case.communications],
                            _DUPLICATE_ID["communications"])
    for index, comm in enumerate(case.communications):
        problems += validate_communication(comm, case, today, index)
    problems += control_character_problems(case)
    return problems


# --- control characters -----------------------------------------------------------------

# The fields of one line each (a list's every item is one line); a control character in
# one would reach a terminal or a caption raw (app.domain.text_safety).
_SINGLE_LINE = {
    "case": ("case_number", "court", "district", "division", "short_title", "judge",
             "rule_profile", "plaintiffs", "defendants"),
    "litigant": ("name", "prisoner_number", "institution", "address", "phone", "email"),
    "counsel": ("id", "name", "office", "represents", "address", "phone", "email"),
    "disputes": ("id", "label", "served_to"),
    "communications": ("id", "counsel", "disputes", "mail_log_number"),
}
# Text of several lines: line breaks and tabs are fine there, other control characters not.
_MULTI_LINE = {
    "disputes": ("deficiency", "request_text", "response_text", "wanted"),
    "communications": ("summary",),
}


def control_character_problem(path: str, text: str, *, multi_line: bool = False) -> \
        Problem | None:
    """A control character (NUL, an escape, a line break in a one-line field) in `text`."""
    from app.domain.text_safety import control_characters, describe_characters

    found = control_characters(text, multi_line=multi_line)
    if not found:
        return None
    template = (
        QT_TRANSLATE_NOOP("Validation", "This text holds a control character ({codes}), "
                          "which cannot be printed. Remove it.")
        if multi_line else
        QT_TRANSLATE_NOOP("Validation", "This must be one line of printable text; it holds a "
                          "control character or a line break ({codes}). Remove it.")
    )
    return Problem(path, message(CONTEXT, template, codes=describe_characters(found)))


def _record_text_problems(prefix: str, record: object, single: Sequence[str],
                          multi: Sequence[str]) -> list[Problem]:
    problems: list[Problem] = []
    for names, multi_line in ((single, False), (multi, True)):
        for name in names:
            value = getattr(record, name, None)
            items = [(name, value)] if isinstance(value, str) else [
                (f"{name}[{position}]", item) for position, item in enumerate(value or [])
                if isinstance(item, str)]
            for where, text in items:
                problem = control_character_problem(_at(prefix, where), text,
                                                    multi_line=multi_line)
                if problem is not None:
                    problems.append(problem)
    return problems


def control_character_problems(case: Case) -> list[Problem]:
    """Every control character in the case's text, each naming its field."""
    problems = _record_text_problems("case", case, _SINGLE_LINE["case"], ())
    problems += _record_text_problems("case.litigant", case.litigant,
                                      _SINGLE_LINE["litigant"], ())
    for list_name in ("counsel", "disputes", "communications"):
        for index, record in enumerate(getattr(case, list_name)):
            problems += _record_text_problems(
                f"case.{list_name}[{index}]", record, _SINGLE_LINE[list_name],
                _MULTI_LINE.get(list_name, ()))
    return problems


# --- the court's rules ------------------------------------------------------------------


def _rule_profile(case: Case) -> list[Problem]:
    """The case's court profile must exist, and its overrides must name that profile's
    parameters with values of the right type."""
    from app.domain.profiles import ProfileError, get_profile, validate_overrides

    try:
        profile = get_profile(case.rule_profile)
    except ProfileError as error:
        return [Problem("case.rule_profile", problem) for problem in error.problems]
    # One override at a time, so each problem's path names the parameter it is about.
    return [
        Problem(f"case.profile_overrides.{name}", problem)
        for name, value in (case.profile_overrides or {}).items()
        for problem in validate_overrides(profile, {name: value})
    ]
