"""Exhibit A's rows as plain text: one row a communication, oldest first, numbered as the
declaration's paragraphs cite them. No reportlab here."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.documents.selection import Selection
from app.domain.model import Communication, Dispute, DisputeKind, Method
from app.domain.wording import date_in_words

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
    Method.OTHER: ("Other, sent", "Other, received"),
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


# The abbreviations courts and counsel use for discovery requests. The full labels in a
# narrow column made every row many lines tall; the legend under the table's title spells
# each one out (see `legend`).
_SHORT_KIND = {
    DisputeKind.INTERROGATORY: "Interrog.",
    DisputeKind.PRODUCTION: "RFP",
    DisputeKind.ADMISSION: "RFA",
}
_LEGEND = {
    DisputeKind.INTERROGATORY: "Interrog. = Interrogatory",
    DisputeKind.PRODUCTION: "RFP = Request for Production",
    DisputeKind.ADMISSION: "RFA = Request for Admission",
}


def _abbreviated(d: Dispute) -> bool:
    return d.kind in _SHORT_KIND and d.item_number is not None


_ORDINAL_WORDS = (
    "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
    "Eighteen", "Nineteen", "Twenty",
)


def set_word(number: int) -> str:
    """`One` for set 1, as the papers name sets (`Set One`); the numeral past twenty."""
    return _ORDINAL_WORDS[number] if 0 < number < len(_ORDINAL_WORDS) else str(number)


def short_label(d: Dispute) -> str:
    """`RFP No. 3 (Set One)` where kind and number say it all (the set named in words,
    as the declaration names it); the user's label otherwise."""
    if not _abbreviated(d):
        return d.label
    text = f"{_SHORT_KIND[d.kind]} No. {d.item_number}"
    return f"{text} (Set {set_word(d.set_number)})" if d.set_number is not None else text


def legend(selection: Selection) -> str:
    """The abbreviations the table uses, spelled out, or "" when it uses none."""
    case = selection.case
    used = {
        d.kind
        for c in selection.communications
        for d in (case.dispute(i) for i in c.disputes)
        if d is not None and _abbreviated(d)
    }
    return "; ".join(text for kind, text in _LEGEND.items() if kind in used)


def exhibit_rows(selection: Selection) -> Iterator[ExhibitRow]:
    case = selection.case
    for c in selection.communications:
        counsel = case.counsel_by_id(c.counsel) if c.counsel else None
        labels = [short_label(d) for d in (case.dispute(i) for i in c.disputes) if d is not None]
        yield ExhibitRow(
            number=selection.exhibit_row(c),
            date=_date(c),
            what=what(c),
            with_whom=counsel.name if counsel else "",
            requests="; ".join(labels),
            summary=" ".join((c.summary or "").split()),
            # An identifier never breaks across lines: its spaces do not wrap.
            mail_log_number=(c.mail_log_number or "").replace(" ", "\u00a0"),
        )
