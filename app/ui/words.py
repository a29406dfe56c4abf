"""The words the interface uses for the case file's coded values (kinds, statuses,
methods), translated, in one place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domain.model import (
    Direction,
    DisputeKind,
    DisputeStatus,
    LetterKind,
    Method,
    Role,
    ServedBy,
)


def kind_words() -> list[tuple[str, DisputeKind]]:
    return [
        (
            QCoreApplication.translate("Words", "Request for production (documents)"),
            DisputeKind.PRODUCTION,
        ),
        (
            QCoreApplication.translate("Words", "Interrogatory (written question)"),
            DisputeKind.INTERROGATORY,
        ),
        (QCoreApplication.translate("Words", "Request for admission"), DisputeKind.ADMISSION),
        (QCoreApplication.translate("Words", "Deposition"), DisputeKind.DEPOSITION),
        (QCoreApplication.translate("Words", "Something else"), DisputeKind.OTHER),
    ]


def status_words() -> list[tuple[str, DisputeStatus]]:
    return [
        (QCoreApplication.translate("Words", "Still in dispute"), DisputeStatus.OPEN),
        (QCoreApplication.translate("Words", "Narrowed (partly settled)"), DisputeStatus.NARROWED),
        (QCoreApplication.translate("Words", "Resolved"), DisputeStatus.RESOLVED),
        (QCoreApplication.translate("Words", "Withdrawn (dropped)"), DisputeStatus.WITHDRAWN),
    ]


def served_by_words() -> list[tuple[str, ServedBy]]:
    return [
        (QCoreApplication.translate("Words", "By mail"), ServedBy.MAIL),
        (QCoreApplication.translate("Words", "By hand"), ServedBy.HAND),
        (QCoreApplication.translate("Words", "Electronically"), ServedBy.ELECTRONIC),
    ]


def direction_words(*, live: bool = False) -> list[tuple[str, Direction]]:
    """Who sent a letter; for a call or meeting (`live`), who started it."""
    if live:
        return [
            (QCoreApplication.translate("Words", "I called them or asked for it"),
             Direction.OUTGOING),
            (QCoreApplication.translate("Words", "They called me or asked for it"),
             Direction.INCOMING),
        ]
    return [
        (QCoreApplication.translate("Words", "I sent it to them"), Direction.OUTGOING),
        (QCoreApplication.translate("Words", "They sent it to me"), Direction.INCOMING),
    ]


def method_words() -> list[tuple[str, Method]]:
    return [
        (QCoreApplication.translate("Words", "Letter"), Method.LETTER),
        (QCoreApplication.translate("Words", "Phone call"), Method.PHONE),
        (QCoreApplication.translate("Words", "Video call"), Method.VIDEO),
        (QCoreApplication.translate("Words", "Meeting in person"), Method.IN_PERSON),
        (QCoreApplication.translate("Words", "Email"), Method.EMAIL),
        (QCoreApplication.translate("Words", "Other"), Method.OTHER),
    ]


def role_words() -> list[tuple[str, Role]]:
    return [
        (QCoreApplication.translate("Words", "Plaintiff"), Role.PLAINTIFF),
        (QCoreApplication.translate("Words", "Defendant"), Role.DEFENDANT),
    ]


def letter_kind_words() -> list[tuple[str, LetterKind]]:
    """The kinds of letter the program drafts, as the screens name them."""
    return [
        (QCoreApplication.translate("Words", "First letter about the requests"), LetterKind.FIRST),
        (QCoreApplication.translate("Words", "Follow-up letter"), LetterKind.FOLLOW_UP),
        (QCoreApplication.translate("Words", "Letter asking for a phone call"),
         LetterKind.CALL_REQUEST),
        (QCoreApplication.translate("Words", "Letter confirming a call or meeting"),
         LetterKind.CONFIRMING),
        (QCoreApplication.translate("Words", "Letter saying what is still unresolved"),
         LetterKind.IMPASSE),
    ]


def name_in(pairs: Sequence[tuple[str, object]], value: object) -> str:
    """The words for `value` (a coded value, or the text stored for it) in `pairs`."""
    return next((words for words, v in pairs if v == value), str(value))


def kind_name(kind: DisputeKind) -> str:
    return name_in(kind_words(), kind)


def status_name(status: DisputeStatus) -> str:
    return name_in(status_words(), status)


def method_name(method: Method) -> str:
    return name_in(method_words(), method)


def direction_short(direction: Direction) -> str:
    return (
        QCoreApplication.translate("Words", "From me")
        if direction is Direction.OUTGOING
        else QCoreApplication.translate("Words", "From them")
    )
