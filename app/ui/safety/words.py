"""Saying what a change did in plain, translated words: the record's name, each changed
field's label, and its value before and after."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.i18n import render, short_day, time_in_words
from app.ui.words import (
    direction_words,
    kind_words,
    letter_kind_words,
    method_words,
    name_in,
    role_words,
    served_by_words,
    status_words,
)

if TYPE_CHECKING:
    from app.services.safety import RecordKind

_CTX = "SafetyWords"

# Columns a person never sees as such: the record's identity, place and stamps.
_HIDDEN = {"id", "case_id", "position", "created_at", "updated_at", "key", "counsel_id"}

_LABELS = {
    "case_number": QT_TRANSLATE_NOOP("SafetyWords", "Case number"),
    "court": QT_TRANSLATE_NOOP("SafetyWords", "Court"),
    "district": QT_TRANSLATE_NOOP("SafetyWords", "District"),
    "division": QT_TRANSLATE_NOOP("SafetyWords", "Division"),
    "short_title": QT_TRANSLATE_NOOP("SafetyWords", "Short title"),
    "plaintiffs": QT_TRANSLATE_NOOP("SafetyWords", "Plaintiffs"),
    "defendants": QT_TRANSLATE_NOOP("SafetyWords", "Defendants"),
    "judge": QT_TRANSLATE_NOOP("SafetyWords", "Judge"),
    "rule_profile": QT_TRANSLATE_NOOP("SafetyWords", "Court rules"),
    "profile_overrides": QT_TRANSLATE_NOOP("SafetyWords", "Changes to the court rules"),
    "litigant_name": QT_TRANSLATE_NOOP("SafetyWords", "Your name"),
    "litigant_role": QT_TRANSLATE_NOOP("SafetyWords", "You are the"),
    "litigant_prisoner_number": QT_TRANSLATE_NOOP("SafetyWords", "Your prisoner number"),
    "litigant_institution": QT_TRANSLATE_NOOP("SafetyWords", "Your prison"),
    "litigant_address": QT_TRANSLATE_NOOP("SafetyWords", "Your address"),
    "litigant_phone": QT_TRANSLATE_NOOP("SafetyWords", "Your phone"),
    "litigant_email": QT_TRANSLATE_NOOP("SafetyWords", "Your email"),
    "name": QT_TRANSLATE_NOOP("SafetyWords", "Name"),
    "office": QT_TRANSLATE_NOOP("SafetyWords", "Office"),
    "represents": QT_TRANSLATE_NOOP("SafetyWords", "Represents"),
    "address": QT_TRANSLATE_NOOP("SafetyWords", "Address"),
    "phone": QT_TRANSLATE_NOOP("SafetyWords", "Phone"),
    "email": QT_TRANSLATE_NOOP("SafetyWords", "Email"),
    "kind": QT_TRANSLATE_NOOP("SafetyWords", "Kind of request"),
    "set_number": QT_TRANSLATE_NOOP("SafetyWords", "Set number"),
    "item_number": QT_TRANSLATE_NOOP("SafetyWords", "Number"),
    "label": QT_TRANSLATE_NOOP("SafetyWords", "Name of the request"),
    "served_to": QT_TRANSLATE_NOOP("SafetyWords", "Served on"),
    "served_on": QT_TRANSLATE_NOOP("SafetyWords", "Day served"),
    "served_by": QT_TRANSLATE_NOOP("SafetyWords", "How it was served"),
    "response_received_on": QT_TRANSLATE_NOOP("SafetyWords", "Day the answer came"),
    "deficiency": QT_TRANSLATE_NOOP("SafetyWords", "What is wrong with the answer"),
    "request_text": QT_TRANSLATE_NOOP("SafetyWords", "Words of the request"),
    "response_text": QT_TRANSLATE_NOOP("SafetyWords", "Words of the answer"),
    "status": QT_TRANSLATE_NOOP("SafetyWords", "Status"),
    "direction": QT_TRANSLATE_NOOP("SafetyWords", "Who sent it"),
    "method": QT_TRANSLATE_NOOP("SafetyWords", "How"),
    "sent_on": QT_TRANSLATE_NOOP("SafetyWords", "Day sent"),
    "approximate": QT_TRANSLATE_NOOP("SafetyWords", "The day is approximate"),
    "received_on": QT_TRANSLATE_NOOP("SafetyWords", "Day received"),
    "time": QT_TRANSLATE_NOOP("SafetyWords", "Time"),
    "duration_minutes": QT_TRANSLATE_NOOP("SafetyWords", "Minutes"),
    "summary": QT_TRANSLATE_NOOP("SafetyWords", "What it said"),
    "explains_deficiency": QT_TRANSLATE_NOOP("SafetyWords", "Explains what is wrong"),
    "proposes_resolution": QT_TRANSLATE_NOOP("SafetyWords", "Offers a way to settle it"),
    "requests_conference": QT_TRANSLATE_NOOP("SafetyWords", "Asks to talk"),
    "states_impasse": QT_TRANSLATE_NOOP("SafetyWords", "Says you cannot agree"),
    "reply_requested_by": QT_TRANSLATE_NOOP("SafetyWords", "Answer asked for by"),
    "mail_log_number": QT_TRANSLATE_NOOP("SafetyWords", "Mail log number"),
    "wanted": QT_TRANSLATE_NOOP("SafetyWords", "What would settle it"),
    "reasons": QT_TRANSLATE_NOOP("SafetyWords", "Common problems picked"),
    "letter_kind": QT_TRANSLATE_NOOP("SafetyWords", "Kind of letter mailed"),
    "letter_text": QT_TRANSLATE_NOOP("SafetyWords", "Text of the letter mailed"),
    "local_step_done_on": QT_TRANSLATE_NOOP("SafetyWords", "Day the court's own step was done"),
}


def _t(text: str, **args: object) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in the "SafetyWords" context) translated, its
    {placeholders} filled from `args`."""
    return render(message(_CTX, text, **args))


def field_label(column: str) -> str:
    label = _LABELS.get(column)
    return _t(label) if label is not None else column.replace("_", " ").capitalize()


def action_words(action: str) -> str:
    return {
        "added": _t(QT_TRANSLATE_NOOP("SafetyWords", "Added")),
        "changed": _t(QT_TRANSLATE_NOOP("SafetyWords", "Changed")),
        "removed": _t(QT_TRANSLATE_NOOP("SafetyWords", "Removed")),
    }.get(action, action)


# Columns that hold a coded value, named as the forms name them (never "in_person").
_CODED: dict[str, Callable[[], Sequence[tuple[str, object]]]] = {
    "kind": kind_words,
    "status": status_words,
    "served_by": served_by_words,
    "direction": direction_words,
    "method": method_words,
    "litigant_role": role_words,
    "letter_kind": letter_kind_words,
}
# Yes-or-no columns, stored as 1 and 0.
_FLAGS = {"approximate", "explains_deficiency", "proposes_resolution", "requests_conference",
          "states_impasse"}


def value_words(column: str, value: Any) -> str:
    """A stored value as the person knows it: the form's words, yes or no, list items."""
    if value is None or value == "":
        return _t(QT_TRANSLATE_NOOP("SafetyWords", "(empty)"))
    if column in _CODED:
        return name_in(_CODED[column](), value)
    if column == "reasons" and isinstance(value, str):
        return _reasons_words(value)
    if column in _DAYS and isinstance(value, str):
        return _day_words(value)
    if column in _FLAGS:
        return (_t(QT_TRANSLATE_NOOP("SafetyWords", "Yes")) if value
                else _t(QT_TRANSLATE_NOOP("SafetyWords", "No")))
    if isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list):
            return "; ".join(str(item) for item in items) or _t(
                QT_TRANSLATE_NOOP("SafetyWords", "(empty)")
            )
    return str(value)


# Stored as ISO days; shown as every table shows days (Mar 10, 2025 / 10 mar 2025).
_DAYS = {"sent_on", "received_on", "served_on", "response_received_on", "reply_requested_by",
         "local_step_done_on"}


def _day_words(stored: object) -> str:
    try:
        return short_day(dt.date.fromisoformat(str(stored)))
    except ValueError:
        return str(stored)


def _reasons_words(stored: str) -> str:
    """The reasons picked, each by its sentence in the screen's language."""
    from app.domain.reasons import load_reasons  # read only when a history shows them

    try:
        ids = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(ids, list) or not ids:
        return _t(QT_TRANSLATE_NOOP("SafetyWords", "(empty)"))
    known = load_reasons()
    language = QLocale().name()
    return "; ".join(known[i].text(language) if i in known else str(i) for i in ids)


def changed_fields(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> list[tuple[str, str, str]]:
    """(label, before, after) for each field a person can see that differs."""
    old, new = before or {}, after or {}
    columns = [c for c in {**old, **new} if c not in _HIDDEN]
    return [
        (field_label(c), value_words(c, old.get(c)), value_words(c, new.get(c)))
        for c in columns
        if old.get(c) != new.get(c)
    ]


def record_words(kind: RecordKind, record: dict[str, Any]) -> str:
    """A short name for a record: the case number and title, the lawyer's name, the
    request's name, or a letter's day and first words."""
    # Here, not at the top: the recovery window, which uses `when_words` alone, has no use
    # for the backup and trash code the service brings with it.
    from app.services.safety import RecordKind

    if kind is RecordKind.CASE:
        return f"{record.get('case_number', '')} \u2014 {record.get('short_title', '')}"
    if kind is RecordKind.COUNSEL:
        return _t(QT_TRANSLATE_NOOP("SafetyWords", "Lawyer: {name}"), name=record.get("name", ""))
    if kind is RecordKind.REQUEST:
        return _t(
            QT_TRANSLATE_NOOP("SafetyWords", "Request: {label}"), label=record.get("label", "")
        )
    summary = str(record.get("summary") or "")
    short = summary if len(summary) <= 60 else summary[:57] + "\u2026"
    return _t(
        QT_TRANSLATE_NOOP("SafetyWords", "Letter or call of {day}: {summary}"),
        day=_day_words(record.get("sent_on", "")),
        summary=short,
    )


def when_words(stamp: str) -> str:
    """A stored UTC stamp in the computer's local time."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    local = moment.astimezone()
    return f"{short_day(local.date())} {time_in_words(local.time())}"
