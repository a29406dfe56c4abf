"""The records of a case, as `docs/case-file.md` describes them.

Plain typed objects with no Qt and no SQLite, so the rules engine, the documents and the
tests can use them directly. Field names are the case file's own. Optional booleans are
kept as ``bool | None`` (and ``served_by`` as ``ServedBy | None``) on purpose: a case file
may say ``null`` or ``false``, and export must give back exactly what import read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"


class DisputeKind(StrEnum):
    INTERROGATORY = "interrogatory"
    PRODUCTION = "production"
    ADMISSION = "admission"
    DEPOSITION = "deposition"
    OTHER = "other"


class ServedBy(StrEnum):
    MAIL = "mail"
    HAND = "hand"
    ELECTRONIC = "electronic"


class DisputeStatus(StrEnum):
    OPEN = "open"
    NARROWED = "narrowed"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"

    @property
    def is_live(self) -> bool:
        """Open and narrowed requests are the ones still in dispute (checked, printed)."""
        return self in (DisputeStatus.OPEN, DisputeStatus.NARROWED)


class LetterKind(StrEnum):
    """The kinds of meet-and-confer letter the program drafts (letters contract)."""

    FIRST = "first"
    FOLLOW_UP = "follow_up"
    CALL_REQUEST = "call_request"
    CONFIRMING = "confirming"
    IMPASSE = "impasse"


class Direction(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class Method(StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    OTHER = "other"

    @property
    def is_written(self) -> bool:
        return self in (Method.LETTER, Method.EMAIL)

    @property
    def is_live(self) -> bool:
        return self in (Method.PHONE, Method.VIDEO, Method.IN_PERSON)


@dataclass(slots=True)
class Litigant:
    name: str
    role: Role
    prisoner_number: str | None = None
    institution: str | None = None
    address: list[str] = field(default_factory=list)
    phone: str | None = None
    email: str | None = None


@dataclass(slots=True)
class Counsel:
    id: str
    name: str
    office: str | None = None
    represents: str | None = None
    address: list[str] = field(default_factory=list)
    phone: str | None = None
    email: str | None = None


@dataclass(slots=True)
class Dispute:
    id: str
    kind: DisputeKind
    label: str
    status: DisputeStatus
    set_number: int | None = None
    item_number: int | None = None
    served_to: str | None = None
    served_on: dt.date | None = None
    served_by: ServedBy | None = None
    response_received_on: dt.date | None = None
    deficiency: str | None = None
    request_text: str | None = None
    response_text: str | None = None
    # What would settle it: what the litigant asks them to do (case file version 2).
    wanted: str | None = None
    # Ids of the common problems picked from the program's list (resources/reasons).
    reasons: list[str] = field(default_factory=list)

    @property
    def effective_served_by(self) -> ServedBy:
        """The case file's default: a request with no service method went by mail."""
        return self.served_by or ServedBy.MAIL


@dataclass(frozen=True, slots=True)
class LetterRecord:
    """A letter the program drafted and the litigant mailed: its kind and its whole text
    exactly as printed (blocks separated by a blank line). Reprints come from this text,
    so an exhibit shows the letter that was mailed even after an address changes."""

    kind: LetterKind
    text: str


@dataclass(slots=True)
class Communication:
    id: str
    direction: Direction
    method: Method
    sent_on: dt.date
    counsel: str | None = None
    approximate: bool | None = None
    received_on: dt.date | None = None
    time: dt.time | None = None
    duration_minutes: int | None = None
    disputes: list[str] = field(default_factory=list)
    summary: str | None = None
    explains_deficiency: bool | None = None
    proposes_resolution: bool | None = None
    requests_conference: bool | None = None
    states_impasse: bool | None = None
    reply_requested_by: dt.date | None = None
    mail_log_number: str | None = None
    letter: LetterRecord | None = None

    @property
    def is_outgoing(self) -> bool:
        return self.direction is Direction.OUTGOING

    @property
    def is_incoming(self) -> bool:
        return self.direction is Direction.INCOMING

    @property
    def day(self) -> dt.date:
        """The day that counts for this record (rules.md): an incoming one's receipt day
        when known, else the day it was sent or happened."""
        if self.is_incoming and self.received_on is not None:
            return self.received_on
        return self.sent_on


@dataclass(slots=True)
class Case:
    case_number: str
    court: str
    district: str
    short_title: str
    plaintiffs: list[str]
    defendants: list[str]
    rule_profile: str
    litigant: Litigant
    division: str | None = None
    judge: str | None = None
    profile_overrides: dict[str, object] | None = None
    counsel: list[Counsel] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    communications: list[Communication] = field(default_factory=list)
    # The day the litigant marked the court's own pre-motion step (`joint_filing`) done.
    local_step_done_on: dt.date | None = None

    def dispute(self, dispute_id: str) -> Dispute | None:
        return next((d for d in self.disputes if d.id == dispute_id), None)

    def counsel_by_id(self, counsel_id: str) -> Counsel | None:
        return next((c for c in self.counsel if c.id == counsel_id), None)

    @property
    def live_disputes(self) -> list[Dispute]:
        return [d for d in self.disputes if d.status.is_live]


@dataclass(frozen=True, slots=True)
class ParagraphEdit:
    """The user's own text for one generated paragraph of the declaration.

    `generated_text` is what the program generated when the user made the edit: when the
    program now generates something else (the record it describes changed), the edit is
    shown as possibly out of date instead of being silently kept or dropped.
    """

    key: str
    text: str
    generated_text: str

    def is_out_of_date(self, current_generated: str) -> bool:
        return self.generated_text != current_generated
