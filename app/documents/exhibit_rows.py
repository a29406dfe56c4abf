"""Exhibit A's rows as plain text: one row a communication, oldest first, numbered as the
declaration's paragraphs cite them. No reportlab here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.documents.selection import Selection
from app.documents.wording import date_in_words
from app.domain.model import Communication, Method

HEADERS = ("Row", "Date", "What", "With whom", "Requests", "Summary", "Mail-log number")


@dataclass(frozen=True, slots=True)
class ExhibitRow:
    number: int
    date: str
    what: str
    with_whom: str
    requests: str
    summary: str
    mail_log_number: str

    def cells(self) -> tuple[str, ...]:
        return (
            str(self.number), self.date, self.what, self.with_whom,
            self.requests, self.summary, self.mail_log_number,
        )  # fmt: skip


_WHAT = {
    Method.LETTER: ("Letter sent", "Letter received"),
    Method.EMAIL: ("Email sent", "Email received"),
    Method.PHONE: ("Phone call", "Phone call"),
    Method.VIDEO: ("Video call", "Video call"),
    Method.IN_PERSON: ("Meeting", "Meeting"),
    Method.OTHER: ("Other (sent)", "Other (received)"),
}


def what(c: Communication) -> str:
    sent, received = _WHAT[c.method]
    return sent if c.is_outgoing else received


def _date(c: Communication) -> str:
    day = date_in_words(c.sent_on)
    if c.approximate:
        day = f"on or about {day}"
    if c.is_incoming and c.method.is_written and c.received_on is not None:
        day = f"{day} (received {date_in_words(c.received_on)})"
    return day


def exhibit_rows(selection: Selection) -> Iterator[ExhibitRow]:
    case = selection.case
    for c in selection.communications:
        counsel = case.counsel_by_id(c.counsel) if c.counsel else None
        labels = [d.label for d in (case.dispute(i) for i in c.disputes) if d is not None]
        yield ExhibitRow(
            number=selection.exhibit_row(c),
            date=_date(c),
            what=what(c),
            with_whom=counsel.name if counsel else "",
            requests="; ".join(labels),
            summary=" ".join((c.summary or "").split()),
            mail_log_number=c.mail_log_number or "",
        )
