"""The numbered paragraphs of the declaration, generated from the log (exhibit.md part 1).

Each paragraph has a stable key (`intro`, `dispute:<id>`, `communication:<id>`,
`unresolved`, `certification`) so that a user's edit of it can be stored with the case and
found again at the next print. The § 1746 clause and the signature are not paragraphs: the
statute's words are not the user's to reword.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from app.documents.selection import Selection
from app.domain.model import (
    Communication,
    Counsel,
    Direction,
    Dispute,
    DisputeStatus,
    Method,
    ParagraphEdit,
    ServedBy,
)
from app.domain.wording import (
    counsel_phrase,
    date_in_words,
    join_words,
    on_day,
    other_side,
    role_word,
    sentence,
)

INTRO = "intro"
UNRESOLVED = "unresolved"
CERTIFICATION = "certification"


def dispute_key(dispute_id: str) -> str:
    return f"dispute:{dispute_id}"


def communication_key(communication_id: str) -> str:
    return f"communication:{communication_id}"


@dataclass(frozen=True, slots=True)
class DeclarationParagraph:
    """One paragraph as the review screen shows it and the PDF prints it."""

    key: str
    generated: str
    text: str  # what prints: the user's edit if there is one, else the generated text
    edited: bool
    possibly_out_of_date: bool


def generate(selection: Selection) -> Iterator[tuple[str, str]]:
    """(key, generated text) for every paragraph, in the declaration's order."""
    yield INTRO, _intro(selection)
    for dispute in selection.disputes:
        yield dispute_key(dispute.id), _dispute(selection, dispute)
    for communication in selection.communications:
        yield communication_key(communication.id), _communication(selection, communication)
    yield UNRESOLVED, _unresolved(selection)
    yield CERTIFICATION, _certification(selection)


def resolve(
    selection: Selection, edits: Mapping[str, ParagraphEdit] | None = None
) -> list[DeclarationParagraph]:
    """The paragraphs with the user's edits applied; an edit whose paragraph the program now
    generates differently is flagged as possibly out of date (it still prints: the user
    decides). Edits of paragraphs no longer in the document are ignored."""
    edits = edits or {}
    result = []
    for key, generated in generate(selection):
        edit = edits.get(key)
        if edit is None:
            result.append(DeclarationParagraph(key, generated, generated, False, False))
        else:
            stale = edit.is_out_of_date(generated)
            result.append(DeclarationParagraph(key, generated, edit.text, True, stale))
    return result


# --- the paragraphs -------------------------------------------------------------------------


def _intro(selection: Selection) -> str:
    case = selection.case
    litigant = case.litigant
    parts = [f"I am the {role_word(litigant.role).lower()} in this action, and I represent myself."]
    if litigant.institution and litigant.prisoner_number:
        parts.append(
            f"I am incarcerated at {litigant.institution}, "
            f"where my prisoner number is {litigant.prisoner_number}."
        )
    elif litigant.institution:
        parts.append(f"I am incarcerated at {litigant.institution}.")
    elif litigant.prisoner_number:
        parts.append(f"My prisoner number is {litigant.prisoner_number}.")
    parts.append(
        "I make this declaration in support of my motion to compel discovery. The facts "
        "stated here are within my personal knowledge, and if called as a witness I could "
        "and would testify to them."
    )
    return " ".join(parts)


_SERVED_BY = {
    ServedBy.MAIL: "by delivering it to prison staff for mailing",
    ServedBy.HAND: "by hand delivery",
    ServedBy.ELECTRONIC: "by electronic means",
}


def _dispute(selection: Selection, dispute: Dispute) -> str:
    parts = []
    on_whom = f" on {dispute.served_to}" if dispute.served_to else ""
    how = _SERVED_BY[dispute.effective_served_by]
    if dispute.served_on is not None:
        parts.append(f"{on_day(dispute.served_on)}, I served {dispute.label}{on_whom} {how}.")
    else:
        parts.append(f"I served {dispute.label}{on_whom} {how}.")
    received = selection.response_received(dispute)
    parts.append(response_sentence(selection, dispute))
    if dispute.deficiency:
        what = "What is wrong with the response" if received is not None else "What is wrong"
        parts.append(f"{what}: {sentence(dispute.deficiency)}")
    parts.append(_status_sentence(dispute.status))
    return " ".join(p for p in parts if p)


def response_sentence(selection: Selection, dispute: Dispute) -> str:
    """When the answer was due (the check's own day) and when it came: on time, so many
    days late, or not at all by the due day. Shared by the declaration and the packet."""
    received = selection.response_received(dispute)
    due = selection.response_due(dispute)
    if received is not None:
        said = f"I received a response to it on {date_in_words(received)}."
        if due is None:
            return said
        late = (received - due).days
        if late > 0:
            return (f"The response was due on {date_in_words(due)}. {said} It came "
                    f"{late} {_plural('day', late)} late.")
        return f"The response was due on {date_in_words(due)}. {said}"
    if due is not None and due < selection.as_of:
        return (f"The response was due on {date_in_words(due)}. No response came by that "
                f"day, and as of {date_in_words(selection.as_of)} I have received none.")
    if due is not None:
        return (f"The response is due on {date_in_words(due)}. As of "
                f"{date_in_words(selection.as_of)}, I have received no response to it.")
    return f"As of {date_in_words(selection.as_of)}, I have received no response to it."


def _status_sentence(status: DisputeStatus) -> str:
    return {
        DisputeStatus.OPEN: "",
        DisputeStatus.NARROWED: "We have narrowed this request, but it remains in dispute.",
        DisputeStatus.RESOLVED: "This request has since been resolved.",
        DisputeStatus.WITHDRAWN: "I have since withdrawn this request.",
    }[status]


_NOUN = {
    Method.LETTER: "letter",
    Method.EMAIL: "email",
    Method.PHONE: "call",
    Method.VIDEO: "video conference",
    Method.IN_PERSON: "meeting",
    Method.OTHER: "communication",
}


def _communication(selection: Selection, c: Communication) -> str:
    case = selection.case
    counsel = case.counsel_by_id(c.counsel) if c.counsel else None
    noun = _NOUN[c.method]
    parts = [_what_happened(c, counsel)]
    labels = [d.label for d in (case.dispute(i) for i in c.disputes) if d is not None]
    if labels:
        parts.append(f"The {noun} concerned {join_words(labels)}.")
    parts.append(_what_it_did(c, noun, counsel is not None))
    if c.reply_requested_by is not None and c.is_outgoing:
        parts.append(f"I asked for a reply by {date_in_words(c.reply_requested_by)}.")
    if c.summary:
        # The log's summary is the person's own note; quoted, it stays their words and
        # still reads as a whole sentence under oath.
        parts.append(f"My log entry for it reads: \u201c{sentence(c.summary)}\u201d")
    if c.mail_log_number:
        parts.append(f"The prison legal-mail log number is {c.mail_log_number}.")
    exhibit = selection.exhibits.get(c.id)
    if exhibit:
        parts.append(f"(Exhibit {exhibit}; Exhibit A, row {selection.exhibit_row(c)}.)")
    else:
        parts.append(f"(Exhibit A, row {selection.exhibit_row(c)}.)")
    return " ".join(p for p in parts if p)


def _what_happened(c: Communication, counsel: Counsel | None) -> str:
    """The first sentence: when, how and with whom, in plain words. When the log does not
    say who was on the other side, the sentence names nobody: a sworn statement must not
    guess (a note from the litigation coordinator is not a letter from counsel)."""
    who = counsel_phrase(counsel) if counsel else ""
    if c.method.is_written:
        return _written(c, who)
    when = on_day(c.sent_on, approximate=c.approximate)
    if c.method.is_live:
        at = f", at {_clock(c)}" if c.time is not None else ""
        length = f" for about {c.duration_minutes} minutes" if c.duration_minutes else ""
        with_whom = ""
        if counsel is not None:
            with_whom = f" with {counsel_phrase(counsel, mid_sentence=bool(length))}"
        how = {
            Method.PHONE: f"I spoke by telephone{with_whom}",
            Method.VIDEO: f"I spoke by video conference{with_whom}",
            Method.IN_PERSON: f"I met in person{with_whom}" if counsel else "I attended a meeting",
        }[c.method]
        if c.method is Method.IN_PERSON:
            tail = ""
        elif c.is_outgoing:
            tail = " I placed the call."
        else:
            # The log says the call came in, not who dialled it (often the prison's
            # litigation coordinator): swear to no more than that.
            tail = " The call was placed to me."
        return f"{when}{at}, {how}{length}.{tail}"
    if c.direction is Direction.OUTGOING:
        return f"{when}, I communicated with {who}." if who else f"{when}, I sent a communication."
    return f"{when}, {who} communicated with me." if who else f"{when}, I received a communication."


def _written(c: Communication, who: str) -> str:
    # "a letter dated August 6, 2007 from ...": exhibit.md's own wording, kept word for word.
    noun = _NOUN[c.method]
    if c.is_outgoing:
        when = on_day(c.sent_on, approximate=c.approximate)
        to = f" to {who}" if who else ""
        if c.method is Method.LETTER:
            return f"{when}, I delivered to prison staff for mailing a letter{to}."
        return f"{when}, I sent an email{to}."
    # "dated April 14, 2025, from ...": a date inside a sentence is closed by a comma.
    sender = f", from {who}" if who else ""
    if c.received_on is not None:
        # The date on the paper is exact; only the day it reached me may be uncertain.
        when = on_day(c.received_on, approximate=c.approximate)
        return f"{when}, I received {_a(noun)} dated {date_in_words(c.sent_on)}{sender}."
    if c.approximate:
        # No day of receipt and the day itself uncertain: the paper may bear no date, so
        # the sentence does not say "dated".
        source = f", from {who}" if who else ""
        return f"I received {_a(noun)}, sent on or about {date_in_words(c.sent_on)}{source}."
    return f"I received {_a(noun)} dated {date_in_words(c.sent_on)}{sender}."


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _clock(c: Communication) -> str:
    assert c.time is not None
    hour = c.time.hour % 12 or 12
    suffix = "a.m." if c.time.hour < 12 else "p.m."
    return f"{hour}:{c.time.minute:02d} {suffix}"


def _what_it_did(c: Communication, noun: str, counsel_known: bool) -> str:
    actions = []
    if c.explains_deficiency:
        responses = "responses" if len(c.disputes) > 1 else "response"
        actions.append(f"explained what is wrong with the {responses}")
    if c.proposes_resolution:
        actions.append("proposed a way to resolve the dispute")
    if c.requests_conference:
        further = "a further" if c.method.is_live else "a telephone"
        actions.append(f"asked for {further} conference to discuss the dispute")
    if c.states_impasse:
        actions.append(
            "stated which requests remain unresolved and that a motion to compel would follow"
        )
    if not actions:
        return ""
    if c.is_incoming and not c.method.is_live:
        sender = "counsel" if counsel_known else "the sender"
        return f"In the {noun}, {sender} {join_words(actions)}."
    return f"In the {noun}, I {join_words(actions)}."


def _unresolved(selection: Selection) -> str:
    live = [d for d in selection.disputes if d.status.is_live]
    as_of = date_in_words(selection.as_of)
    if not live:
        return f"As of {as_of}, no request covered by this declaration remains unresolved."
    labels = [
        f"{d.label} (narrowed)" if d.status is DisputeStatus.NARROWED else d.label for d in live
    ]
    verb = "remains" if len(labels) == 1 else "remain"
    requests = _plural("request", len(labels))
    return f"As of {as_of}, the following {requests} {verb} unresolved: {join_words(labels)}."


def _plural(word: str, count: int) -> str:
    return word if count == 1 else f"{word}s"


def _certification(selection: Selection) -> str:
    """Names the requests it covers (only those chosen; by default only those whose
    conferring the check finds documented) and cites the court's own rule beside
    Rule 37(a)(1) when the profile has one."""
    labels = [d.label for d in selection.disputes]
    covered = join_words(labels) if labels else "the discovery described above"
    rules = "Federal Rule of Civil Procedure 37(a)(1)"
    if selection.local_rule:
        rules = f"{rules} and {selection.local_rule}"
    verb = "require" if selection.local_rule else "requires"
    return (
        "I certify that I have in good faith conferred or attempted to confer with counsel "
        f"for {other_side(selection.case)} in an effort to obtain the discovery sought in "
        f"{covered} without court action, as {rules} {verb}."
    )
