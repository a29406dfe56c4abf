"""What the filing packet holds, decided before any drawing: the statement of the requests
in dispute, the declaration citing its exhibits, the exhibits with their letters, and the
list of documents the proof of service names. No reportlab here, so the review screen can
show the plan and the tests can read it cheaply.

Exhibit A is the log; Exhibits B, C, … follow in log order: every letter the program
drafted and the litigant mailed (reprinted from its stored text) and every other written
communication (a slip sheet; the paper copy goes behind it); then one slip sheet for each
request whose texts are not stored. Labels run B … Z, AA, AB, … as exhibit tabs do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.documents.exhibit_rows import ExhibitRow, exhibit_rows, legend
from app.documents.paragraphs import (
    DeclarationParagraph,
    communication_key,
    dispute_key,
    resolve,
)
from app.documents.selection import Selection, with_exhibits
from app.domain.model import Case, Communication, Dispute, DisputeKind, Method, ParagraphEdit
from app.domain.profiles import JointFiling
from app.domain.wording import date_in_words, declaration_title, role_word, sentence

EXHIBIT_A = "A"
LOG_TITLE = "Meet-and-Confer Log"
INDEX_TITLE = "INDEX OF EXHIBITS"


class ExhibitKind(StrEnum):
    LETTER = "letter"  # a logged letter, reprinted from its stored text
    PAPER = "paper"  # a slip sheet: the paper copy of a communication follows it
    REQUEST = "request"  # a slip sheet: the paper copy of a request and response follows


@dataclass(frozen=True, slots=True)
class Exhibit:
    label: str
    kind: ExhibitKind
    description: str  # what it is, for the slip sheet, the index and the proof of service
    letter_text: str = ""  # LETTER only: the whole letter exactly as mailed
    communication_id: str = ""
    dispute_id: str = ""


@dataclass(frozen=True, slots=True)
class ReasonText:
    """A picked common problem as the statement prints it: its sentence and its rule."""

    text: str
    source: str


ReasonLookup = Callable[[str], ReasonText | None]


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One request in the statement of the requests in dispute."""

    dispute: Dispute
    request_heading: str  # `REQUEST FOR PRODUCTION NO. 3:`
    response_heading: str  # `RESPONSE TO REQUEST FOR PRODUCTION NO. 3:`
    request_text: str  # the request in full, or where it is attached
    response_text: str  # the response in full, that none came, or where it is attached
    why: tuple[str, ...]  # the deficiency and each picked reason with its source
    wanted: str
    where_shown: str  # `See Declaration ¶¶ 2, 5; Exhibits B, D.`


@dataclass(frozen=True, slots=True)
class PacketContent:
    case: Case
    selection: Selection
    statement_title: str
    statement_opening: str  # the custody / pro se paragraph, where the court asks for it
    entries: tuple[StatementEntry, ...]
    paragraphs: tuple[DeclarationParagraph, ...]
    exhibit_rows: tuple[ExhibitRow, ...]
    exhibit_legend: str
    exhibits: tuple[Exhibit, ...]  # B, C, … in order
    signing_date: dt.date | None = None
    proof_of_service: bool = True

    @property
    def documents(self) -> list[str]:
        """Every document in the packet by title, as the proof of service lists them."""
        titles = [
            self.statement_title,
            declaration_title(self.case),
            "Index of Exhibits to the Declaration",
            f"Exhibit {EXHIBIT_A}: {LOG_TITLE}",
        ]
        titles.extend(f"Exhibit {e.label}: {e.description}" for e in self.exhibits)
        return titles

    @property
    def missing_texts(self) -> list[Dispute]:
        """Requests whose text (or response text) is not stored: a slip sheet stands in."""
        return [e.dispute for e in self.entries if needs_paper_copy(self.selection, e.dispute)]


# --- labels ------------------------------------------------------------------------------


def exhibit_label(index: int) -> str:
    """The label of the `index`-th exhibit after A (0 -> B): B … Z, AA, AB, …"""
    number = index + 2  # 1 = A
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


# --- titles ------------------------------------------------------------------------------

_JOINT_TITLES = {
    JointFiling.JOINT_STIPULATION: "{role}'S PORTION OF THE JOINT STIPULATION REGARDING "
                                   "MOTION TO COMPEL",
    JointFiling.JOINT_STATEMENT: "{role}'S PORTION OF THE JOINT STATEMENT RE DISCOVERY "
                                 "DISAGREEMENT",
}
_PLAIN_TITLE = "{role}'S STATEMENT OF DISCOVERY REQUESTS AND RESPONSES IN DISPUTE"


def statement_title(case: Case, joint_filing: JointFiling) -> str:
    role = role_word(case.litigant.role).upper()
    return _JOINT_TITLES.get(joint_filing, _PLAIN_TITLE).format(role=role)


def statement_opening(case: Case, joint_filing: JointFiling, other_side: str) -> str:
    """For a joint stipulation or statement: the litigant is in custody and without a
    lawyer, so serves this portion and the other side adds its own."""
    if joint_filing not in _JOINT_TITLES:
        return ""
    role = role_word(case.litigant.role)
    where = f" at {case.litigant.institution}" if case.litigant.institution else ""
    paper = "joint stipulation" if joint_filing is JointFiling.JOINT_STIPULATION \
        else "joint statement"
    return (
        f"{role} {case.litigant.name} is in custody{where} and proceeds pro se, without "
        f"counsel. {role} served this portion of the {paper} on counsel for {other_side} "
        f"by mail on the day stated in the proof of service below; {other_side} may add "
        "their own portion."
    )


_KIND_WORDS = {
    DisputeKind.INTERROGATORY: "INTERROGATORY",
    DisputeKind.PRODUCTION: "REQUEST FOR PRODUCTION",
    DisputeKind.ADMISSION: "REQUEST FOR ADMISSION",
}


def request_heading(dispute: Dispute) -> str:
    """`REQUEST FOR PRODUCTION NO. 3` (the kind's own words), or the label in capitals."""
    words = _KIND_WORDS.get(dispute.kind)
    if words is None or dispute.item_number is None:
        return dispute.label.upper()
    return f"{words} NO. {dispute.item_number}"


# --- exhibits ------------------------------------------------------------------------------


def needs_paper_copy(selection: Selection, dispute: Dispute) -> bool:
    """The request's text is not stored, or a response came and its text is not stored."""
    answered = selection.response_received(dispute) is not None
    return not (dispute.request_text or "").strip() or (
        answered and not (dispute.response_text or "").strip())


def is_exhibit_worthy(c: Communication) -> bool:
    """A logged letter, or any other written communication (the paper copy exists)."""
    return c.letter is not None or c.method.is_written


def _names(case: Case, c: Communication) -> tuple[str, str]:
    """(from, to) for a communication: the litigant on one side, the counsel (when the
    log names one) on the other; "" where the log names nobody."""
    counsel = case.counsel_by_id(c.counsel) if c.counsel else None
    other = counsel.name if counsel else ""
    me = case.litigant.name
    return (me, other) if c.is_outgoing else (other, me)


def communication_description(case: Case, c: Communication) -> str:
    """`Letter from Dana M. Whitfield to José A. Ramírez dated April 14, 2025, received
    April 21, 2025`: both days of an incoming letter, the mailing day of an outgoing one."""
    noun = "Email" if c.method is Method.EMAIL else "Letter"
    sender, recipient = _names(case, c)
    parts = [noun]
    if sender:
        parts.append(f"from {sender}")
    if recipient:
        parts.append(f"to {recipient}")
    about = "on or about " if c.approximate else "on "
    if c.is_outgoing:
        if noun == "Letter":
            day = f", handed to prison staff for mailing {about}{date_in_words(c.sent_on)}"
        else:
            day = f", sent {about}{date_in_words(c.sent_on)}"
        if c.received_on is not None:
            day += f", received {date_in_words(c.received_on)}"
        return f"{' '.join(parts)}{day}"
    about = "on or about " if c.approximate else ""
    if c.received_on is not None:
        day = (f"dated {date_in_words(c.sent_on)}, received {about}"
               f"{date_in_words(c.received_on)}")
    elif c.approximate:
        # The paper may bear no date: the day is not called "dated" (as the declaration).
        day = f"sent on or about {date_in_words(c.sent_on)}"
    else:
        day = f"dated {date_in_words(c.sent_on)}"
    return f"{' '.join(parts)} {day}"


def plan_exhibits(selection: Selection, disputes: Sequence[Dispute]) -> list[Exhibit]:
    case = selection.case
    exhibits: list[Exhibit] = []
    for c in selection.communications:
        if not is_exhibit_worthy(c):
            continue
        label = exhibit_label(len(exhibits))
        description = communication_description(case, c)
        if c.letter is not None:
            exhibits.append(Exhibit(label, ExhibitKind.LETTER, description,
                                    letter_text=c.letter.text, communication_id=c.id))
        else:
            exhibits.append(Exhibit(label, ExhibitKind.PAPER, description,
                                    communication_id=c.id))
    for d in disputes:
        if needs_paper_copy(selection, d):
            answered = selection.response_received(d) is not None
            what = f"{d.label} and the response to it" if answered else d.label
            exhibits.append(Exhibit(exhibit_label(len(exhibits)), ExhibitKind.REQUEST, what,
                                    dispute_id=d.id))
    return exhibits


# --- the statement -------------------------------------------------------------------------


def _where_shown(
    dispute: Dispute,
    selection: Selection,
    numbers: Mapping[str, int],
    exhibits: Sequence[Exhibit],
) -> str:
    keys = [dispute_key(dispute.id)]
    keys.extend(communication_key(c.id) for c in selection.communications
                if dispute.id in c.disputes)
    paragraphs = [numbers[k] for k in keys if k in numbers]
    linked = {c.id for c in selection.communications if dispute.id in c.disputes}
    labels = [e.label for e in exhibits
              if e.communication_id in linked or e.dispute_id == dispute.id]
    parts = []
    if paragraphs:
        sign = "\u00b6" if len(paragraphs) == 1 else "\u00b6\u00b6"
        parts.append(f"Declaration {sign}\u00a0{', '.join(map(str, paragraphs))}")
    parts.append(f"Exhibit {EXHIBIT_A}")
    if labels:
        noun = "Exhibit" if len(labels) == 1 else "Exhibits"
        parts.append(f"{noun} {', '.join(labels)}")
    return f"See {'; '.join(parts)}."


def _entry(
    dispute: Dispute,
    selection: Selection,
    numbers: Mapping[str, int],
    exhibits: Sequence[Exhibit],
    reasons: ReasonLookup,
) -> StatementEntry:
    heading = request_heading(dispute)
    slip = next((e.label for e in exhibits if e.dispute_id == dispute.id), "")
    attached = f"The request and the response are attached as Exhibit {slip}."
    request = (dispute.request_text or "").strip() or attached
    if selection.response_received(dispute) is None:
        response = _no_response(selection, dispute)
    else:
        response = (dispute.response_text or "").strip() or attached
    why: list[str] = []
    if dispute.deficiency:
        why.append(sentence(dispute.deficiency))
    for reason_id in dispute.reasons:
        found = reasons(reason_id)
        if found is not None:
            why.append(f"{sentence(found.text)} ({found.source}.)")
    return StatementEntry(
        dispute=dispute,
        request_heading=f"{heading}:",
        response_heading=f"RESPONSE TO {heading}:",
        request_text=request,
        response_text=response,
        why=tuple(why),
        wanted=sentence(dispute.wanted) if dispute.wanted else "",
        where_shown=_where_shown(dispute, selection, numbers, exhibits),
    )


def _no_response(selection: Selection, dispute: Dispute) -> str:
    """The statement speaks of the litigant in the third person: no "I" here."""
    due = selection.response_due(dispute)
    if due is None:
        return "No response was served."
    if due < selection.as_of:
        return (f"No response was served. It was due on {date_in_words(due)}, and none came "
                f"by {date_in_words(selection.as_of)}.")
    return f"No response has been served yet. It is due on {date_in_words(due)}."


def build_packet_content(
    selection: Selection,
    *,
    joint_filing: JointFiling,
    other_side: str,
    reasons: ReasonLookup,
    edits: Mapping[str, ParagraphEdit] | None = None,
    signing_date: dt.date | None = None,
    proof_of_service: bool = True,
) -> PacketContent:
    """The whole packet's text for the chosen requests as of the selection's day."""
    exhibits = plan_exhibits(selection, selection.disputes)
    cited = with_exhibits(selection, {e.communication_id: e.label for e in exhibits
                                      if e.communication_id})
    paragraphs = resolve(cited, edits)
    numbers = {p.key: n for n, p in enumerate(paragraphs, start=1)}
    case = selection.case
    return PacketContent(
        case=case,
        selection=cited,
        statement_title=statement_title(case, joint_filing),
        statement_opening=statement_opening(case, joint_filing, other_side),
        entries=tuple(_entry(d, cited, numbers, exhibits, reasons) for d in cited.disputes),
        paragraphs=tuple(paragraphs),
        exhibit_rows=tuple(exhibit_rows(cited)),
        exhibit_legend=legend(cited),
        exhibits=tuple(exhibits),
        signing_date=signing_date,
        proof_of_service=proof_of_service,
    )
