"""The English of the meet-and-confer letters: each block's text, from the facts of the log.

Always English, whatever the screen's language: the letter goes to a lawyer in a U.S.
court. Plain, courteous and specific: each request by its label (how the papers name it,
set and number) with its days, the request and response quoted when their text is stored,
what is wrong and what would settle it in the person's own words, the reply day, how a
legal call is arranged, and that a motion to compel will follow. Nothing the log does not
hold: no guessed title, no invented availability or facts about the institution.

Stored text conventions (the PDF is drawn from the text alone, `app/documents/letter.py`):
blocks are separated by a blank line, each line of a block starts a new line, a line
starting with four spaces is quoted (indented), and a line of underscores is a signature
line with room above it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Dispute,
    DisputeStatus,
    LetterKind,
    Method,
    ServedBy,
)
from app.domain.profiles import RuleParameters
from app.domain.rules import response_due_for
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.domain.text import format_day as words
from app.domain.wording import (
    addressee_lines,
    join_words,
    litigant_lines,
    role_word,
    sentence,
)

QUOTE_INDENT = "    "
SIGNATURE_LINE = "_" * 32
_CTX = "Letters"
_MOTION_RULE = "Federal Rule of Civil Procedure 37(a)"


def _purpose(template: str) -> Message:
    return message(_CTX, template)


# What each block is for, in the person's language on screen (the letter stays English).
_PURPOSES: Mapping[str, str] = {
    "writer": QT_TRANSLATE_NOOP(
        "Letters", "Who is writing and where to answer: your name, number and address."),
    "date": QT_TRANSLATE_NOOP(
        "Letters", "The letter's date: the day you give it to staff for mailing."),
    "recipient": QT_TRANSLATE_NOOP("Letters", "The lawyer the letter goes to, and the address."),
    "subject": QT_TRANSLATE_NOOP(
        "Letters", "What the letter is about: the case and the requests in dispute."),
    "salutation": QT_TRANSLATE_NOOP(
        "Letters", "The greeting. The program does not guess a title such as Mr. or Ms."),
    "opening": QT_TRANSLATE_NOOP("Letters", "Why you are writing."),
    "history": QT_TRANSLATE_NOOP(
        "Letters", "The letters and calls about these requests so far, from your log."),
    "call_notes": QT_TRANSLATE_NOOP(
        "Letters", "What was said in the call, from your notes in the log. Check that it is "
                   "right and in English."),
    "facts": QT_TRANSLATE_NOOP(
        "Letters", "Which request this is, by set and number, and its days: when you served "
                   "it, when their answer was due and when it came."),
    "request_text": QT_TRANSLATE_NOOP("Letters", "The request, quoted in full."),
    "response_text": QT_TRANSLATE_NOOP("Letters", "Their answer, quoted in full."),
    "status": QT_TRANSLATE_NOOP("Letters", "Where this request stands after the call."),
    "problem": QT_TRANSLATE_NOOP(
        "Letters", "What is wrong with their answer, and the rule it breaks."),
    "wanted": QT_TRANSLATE_NOOP("Letters", "What would settle it: what you ask them to do."),
    "reply": QT_TRANSLATE_NOOP(
        "Letters", "The day you ask them to answer by (their time to reply under the court's "
                   "rules), and that you will ask the court to decide if it is not settled."),
    "conference": QT_TRANSLATE_NOOP(
        "Letters", "Asking for a phone call, and how their lawyer can set up a legal call "
                   "with you at the prison. Change the times if you have set ones."),
    "motion": QT_TRANSLATE_NOOP(
        "Letters", "That you will ask the court to decide what is still unresolved."),
    "thanks": QT_TRANSLATE_NOOP("Letters", "A polite closing."),
    "closing": QT_TRANSLATE_NOOP("Letters", "The closing."),
    "signature": QT_TRANSLATE_NOOP(
        "Letters", "Sign on the line by hand after printing."),
    "cc": QT_TRANSLATE_NOOP(
        "Letters", "The other lawyers in the case, who get a copy: mail them one too."),
}


def purpose_of(key: str) -> Message:
    """What the block with `key` is for (a request's blocks are `request:<id>:<part>`)."""
    return _purpose(_PURPOSES[key.rsplit(":", 1)[-1]])


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """One request as the letter tells it, as of the mailing day."""

    dispute: Dispute
    due: dt.date | None
    received: dt.date | None
    overdue: bool
    reasons: tuple[str, ...]
    deficiency: str | None
    wanted: str | None

    @classmethod
    def of(cls, dispute: Dispute, params: RuleParameters, mailing_day: dt.date,
           sentences: Mapping[str, str]) -> RequestFacts:
        due = response_due_for(dispute, params)
        received = dispute.response_received_on
        if received is not None and received > mailing_day:
            received = None
        return cls(
            dispute=dispute,
            due=due,
            received=received,
            overdue=received is None and due is not None and due < mailing_day,
            reasons=tuple(sentences[r] for r in dispute.reasons if r in sentences),
            deficiency=_filled(dispute.deficiency),
            wanted=_filled(dispute.wanted),
        )

    @property
    def says_what_is_wrong(self) -> bool:
        """The letter can say what is wrong: a reason, the person's words, or no answer
        although it was due."""
        return bool(self.reasons or self.deficiency or self.overdue)


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """Everything one letter says, taken from the log."""

    case: Case
    kind: LetterKind
    counsel: Counsel
    others: Sequence[Counsel]
    requests: Sequence[RequestFacts]
    mailing_day: dt.date
    reply_by: dt.date
    log: Sequence[Communication]
    """The communications about these requests up to the mailing day, oldest first."""
    live_required: bool = False

    @property
    def labels(self) -> list[str]:
        return [r.dispute.label for r in self.requests]

    @property
    def prisoner(self) -> bool:
        litigant = self.case.litigant
        return bool(litigant.prisoner_number or litigant.institution)

    def summary(self) -> str:
        """One line for the log."""
        return (f"{_SUMMARY_KIND[self.kind]} to {self.counsel.name} about "
                f"{join_words(self.labels)}; reply asked for by {words(self.reply_by)}.")

    @property
    def n(self) -> _Number:
        """The words that agree with the number of requests the letter is about."""
        return _ONE if len(self.requests) == 1 else _MANY

    def latest(self, wanted: Callable[[Communication], bool]) -> Communication | None:
        return next((c for c in reversed(self.log) if wanted(c)), None)


@dataclass(frozen=True, slots=True)
class _Number:
    listed: str  # the discovery request(s) listed below
    these: str  # this request / these requests
    them: str
    are: str


_ONE = _Number("the discovery request listed below", "this request", "it", "is")
_MANY = _Number("the discovery requests listed below", "these requests", "them", "are")


_SUMMARY_KIND: Mapping[LetterKind, str] = {
    LetterKind.FIRST: "Meet-and-confer letter",
    LetterKind.FOLLOW_UP: "Follow-up meet-and-confer letter",
    LetterKind.CALL_REQUEST: "Letter asking for a telephone conference",
    LetterKind.CONFIRMING: "Letter confirming our conference",
    LetterKind.IMPASSE: "Letter stating the impasse",
}


def _filled(text: str | None) -> str | None:
    return text if text is not None and text.strip() else None


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _quoted(intro: str, text: str) -> str:
    """`intro`, then the text with each line indented as a quotation; a blank line of the
    text stays blank (a paragraph break inside the quotation)."""
    lines = [f"{QUOTE_INDENT}{line.strip()}" if line.strip() else "" for line in _lines(text)]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join([intro, *lines])


# --- blocks -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterBlock:
    """One part of the letter: `key` (stable, e.g. `request:d1:problem`), `purpose` (what
    the part is for, shown on screen in the person's language) and `text` (English)."""

    key: str
    purpose: Message
    text: str


def blocks_for(facts: LetterFacts) -> list[LetterBlock]:
    parts: list[tuple[str, str]] = []
    parts += _heading(facts)
    parts += _BODIES[facts.kind](facts)
    parts += _ending(facts)
    return [LetterBlock(key, purpose_of(key), text) for key, text in parts if text.strip()]


def _heading(facts: LetterFacts) -> list[tuple[str, str]]:
    case, counsel = facts.case, facts.counsel
    recipient = [line for line in addressee_lines(counsel) if line.strip()]
    subject = [f"Re: {case.short_title}, No. {case.case_number}",
               f"Meet and confer about {join_words(facts.labels)}"]
    return [
        ("writer", "\n".join(litigant_lines(case))),
        ("date", words(facts.mailing_day)),
        ("recipient", "\n".join(recipient)),
        ("subject", "\n".join(subject)),
        ("salutation", "Dear Counsel:"),
    ]


def _ending(facts: LetterFacts) -> list[tuple[str, str]]:
    litigant = facts.case.litigant
    signature = [SIGNATURE_LINE, litigant.name]
    if litigant.prisoner_number:
        signature.append(f"Prisoner No. {litigant.prisoner_number}")
    signature.append(f"{role_word(litigant.role)}, pro se")
    parts = [
        ("thanks", "Thank you for your attention to this matter."),
        ("closing", "Sincerely,"),
        ("signature", "\n".join(signature)),
    ]
    if facts.others:
        parts.append(("cc", "cc: " + "; ".join(_counsel_line(c) for c in facts.others)))
    return parts


def _counsel_line(counsel: Counsel) -> str:
    if counsel.represents:
        return f"{counsel.name}, counsel for {counsel.represents}"
    if counsel.office:
        return f"{counsel.name}, {counsel.office}"
    return counsel.name


def _who_i_am(facts: LetterFacts) -> str:
    role = role_word(facts.case.litigant.role).lower()
    return f"I am the {role} in this action, and I represent myself."


# --- the parts about each request ----------------------------------------------------------


def _served_by(dispute: Dispute) -> str:
    return {
        ServedBy.MAIL: " by mail",
        ServedBy.HAND: " by hand",
        ServedBy.ELECTRONIC: " electronically",
    }[dispute.effective_served_by]


def _facts_text(number: int, request: RequestFacts, mailing_day: dt.date) -> str:
    dispute = request.dispute
    said: list[str] = []
    if dispute.served_on is not None:
        on = f" on {dispute.served_to}" if _filled(dispute.served_to) else ""
        said.append(f"I served this request{on}{_served_by(dispute)} on "
                    f"{words(dispute.served_on)}.")
    if request.due is not None:
        tense = "was" if request.due < mailing_day else "is"
        said.append(f"The response {tense} due by {words(request.due)}.")
    if request.received is not None:
        said.append(f"I received the response on {words(request.received)}.")
    elif request.overdue:
        said.append("I have not received a response.")
    else:
        said.append("I have not received a response yet.")
    return f"{number}. {dispute.label}\n{' '.join(said)}"


def _problem_text(request: RequestFacts) -> str:
    said: list[str] = []
    if request.received is None and request.overdue:
        said.append("No response has been served, and the time to respond has passed.")
    if request.reasons or request.deficiency:
        count = len(request.reasons) + (1 if request.deficiency else 0)
        if request.received is None:
            said.append("In addition:")
        else:
            said.append("I believe the response is deficient, for the following "
                        f"{'reason' if count == 1 else 'reasons'}.")
        said += [sentence(r) for r in request.reasons]
        if request.deficiency:
            said.append(sentence(request.deficiency))
    return " ".join(said)


def _wanted_text(request: RequestFacts, intro: str) -> str:
    return f"{intro} {sentence(request.wanted)}" if request.wanted else ""


def _request_parts(facts: LetterFacts, *, quotes: bool, wanted_intro: str,
                   status: bool = False) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for number, request in enumerate(facts.requests, start=1):
        key = f"request:{request.dispute.id}"
        parts.append((f"{key}:facts", _facts_text(number, request, facts.mailing_day)))
        dispute = request.dispute
        if quotes and _filled(dispute.request_text):
            parts.append((f"{key}:request_text",
                          _quoted("The request reads:", dispute.request_text or "")))
        if quotes and request.received is not None and _filled(dispute.response_text):
            parts.append((f"{key}:response_text",
                          _quoted("The response reads:", dispute.response_text or "")))
        if status:
            parts.append((f"{key}:status", "We narrowed this request, but part of it is "
                          "still in dispute." if dispute.status is DisputeStatus.NARROWED
                          else "This request is still in dispute."))
        parts.append((f"{key}:problem", _problem_text(request)))
        parts.append((f"{key}:wanted", _wanted_text(request, wanted_intro)))
    return parts


# --- the conference and the reply ----------------------------------------------------------


def _legal_call(facts: LetterFacts) -> str:
    litigant = facts.case.litigant
    if facts.prisoner:
        where = f" at {litigant.institution}" if litigant.institution else ""
        return (f"Because I am incarcerated{where}, you may arrange a legal call with me "
                "through the institution's litigation coordinator, or in whatever way the "
                "institution requires. Please let me know the day and time you arrange.")
    reach = f" You may reach me at {litigant.phone}." if litigant.phone else ""
    return f"Please let me know a day and time that suits you.{reach}"


def _conference_text(facts: LetterFacts) -> str:
    n = facts.n
    return (f"I also ask that we confer by telephone about {n.these}, so that we can try to "
            f"resolve {n.them} without the court's help. {_legal_call(facts)}")


def _reply_text(facts: LetterFacts) -> str:
    return (f"Please reply in writing by {words(facts.reply_by)}. {_motion_text(facts)}")


def _motion_text(facts: LetterFacts) -> str:
    n = facts.n
    return (f"If we cannot resolve {n.these}, I will file a motion to compel under "
            f"{_MOTION_RULE} and ask the court to decide {n.them}.")


# --- the kinds -----------------------------------------------------------------------------


def _first(facts: LetterFacts) -> list[tuple[str, str]]:
    n = facts.n
    responses = "response" if n is _ONE else "responses"
    opening = (f"{_who_i_am(facts)} I write under Federal Rule of Civil Procedure 37(a)(1) "
               f"to meet and confer in good faith about the {responses} to {n.listed}, and "
               f"to try to resolve our disagreement about {n.them} without asking the court "
               "for help.")
    return [
        ("opening", opening),
        *_request_parts(facts, quotes=True,
                        wanted_intro="To resolve this request, I ask for the following:"),
        ("reply", _reply_text(facts)),
        ("conference", _conference_text(facts)),
    ]


def _clock(time: dt.time) -> str:
    """`10:30 a.m.`, as a letter writes a time."""
    hour = time.hour % 12 or 12
    return f"{hour}:{time.minute:02d} {'a.m.' if time.hour < 12 else 'p.m.'}"


def _event(communication: Communication, facts: LetterFacts) -> str:
    """One communication in words, from the litigant's side, for a list. One with another
    lawyer than the letter's recipient names that lawyer: never "our call" with someone
    else."""
    other = _other_counsel(communication, facts)
    day = words(communication.sent_on)
    if communication.method.is_live:
        how = {Method.PHONE: "telephone call", Method.VIDEO: "video call",
               Method.IN_PERSON: "meeting"}[communication.method]
        return f"my {how} with {other.name} on {day}" if other else f"our {how} on {day}"
    kind = {Method.LETTER: "letter", Method.EMAIL: "email"}.get(communication.method, "message")
    if communication.is_outgoing:
        return f"my {kind} to {other.name} of {day}" if other else f"my {kind} of {day}"
    dated = (f"the {kind} from {other.name} dated {day}" if other
             else f"your {kind} dated {day}")
    if communication.received_on is not None and communication.received_on != \
            communication.sent_on:
        return f"{dated}, which I received on {words(communication.received_on)}"
    return dated


def _since(communication: Communication, facts: LetterFacts) -> str:
    """What happened after a letter, as a clause: `I received your letter dated ... on
    ...`, `we spoke by telephone on ...`, `I met with Jane Roe on ...`."""
    other = _other_counsel(communication, facts)
    day = words(communication.day)
    if communication.method.is_live:
        if other is not None:
            verb = {Method.PHONE: "spoke by telephone with", Method.VIDEO: "spoke by video with",
                    Method.IN_PERSON: "met with"}[communication.method]
            return f"I {verb} {other.name} on {day}"
        how = {Method.PHONE: "spoke by telephone", Method.VIDEO: "spoke by video",
               Method.IN_PERSON: "met in person"}[communication.method]
        return f"we {how} on {day}"
    kind = {Method.LETTER: "letter", Method.EMAIL: "email"}.get(communication.method, "message")
    whose = f"the {kind} from {other.name}" if other else f"your {kind}"
    if communication.day != communication.sent_on:
        return f"I received {whose} dated {words(communication.sent_on)} on {day}"
    return f"I received {whose} of {day}"


def _other_counsel(communication: Communication, facts: LetterFacts) -> Counsel | None:
    if communication.counsel is None or communication.counsel == facts.counsel.id:
        return None
    return facts.case.counsel_by_id(communication.counsel)


def _with_recipient(communication: Communication, facts: LetterFacts) -> bool:
    """With the letter's recipient, or with no lawyer named in the log."""
    return _other_counsel(communication, facts) is None


def _follow_up(facts: LetterFacts) -> list[tuple[str, str]]:
    n = facts.n
    earlier = (facts.latest(lambda c: c.is_outgoing and c.method.is_written
                            and _with_recipient(c, facts))
               or facts.latest(lambda c: c.is_outgoing and c.method.is_written))
    if earlier is None:
        opening = (f"{_who_i_am(facts)} I write to meet and confer about {n.listed}, "
                   f"which {n.are} still unresolved.")
    else:
        since = [c for c in facts.log
                 if (c.is_incoming or c.method.is_live) and c.day >= earlier.sent_on]
        if since:
            happened = join_words([_since(c, facts) for c in since])
            answer = f"Since then, {happened}, but {n.these} {n.are} still unresolved."
        else:
            answer = "I have not received a reply."
        opening = (f"I write to follow up on {_event(earlier, facts)} about {n.listed}. {answer} "
                   f"I would like to resolve {n.them} without asking the court for help.")
    return [
        ("opening", opening),
        *_request_parts(facts, quotes=False,
                        wanted_intro="To resolve this request, I ask for the following:"),
        ("reply", _reply_text(facts)),
        ("conference", _conference_text(facts)),
    ]


def _call_request(facts: LetterFacts) -> list[tuple[str, str]]:
    rules = (" This court's rules call for a conference by telephone or in person before a "
             "discovery motion." if facts.live_required else "")
    opening = (f"{_who_i_am(facts)} I write to ask for a telephone conference with you to "
               f"meet and confer in good faith about {facts.n.listed}, as Federal Rule of Civil "
               f"Procedure 37(a)(1) requires before a motion to compel.{rules}")
    times = ("I can take a call on any day and at any time the institution allows legal "
             "calls." if facts.prisoner else "")
    call = (f"Please arrange the call for a day on or before {words(facts.reply_by)}, or let "
            f"me know in writing by then when it can take place. {_legal_call(facts)}")
    return [
        ("opening", opening),
        *[(f"request:{r.dispute.id}:facts", _facts_text(n, r, facts.mailing_day))
          for n, r in enumerate(facts.requests, start=1)],
        ("conference", " ".join(t for t in (call, times) if t)),
        ("motion", _motion_text(facts)),
    ]


def _confirming(facts: LetterFacts) -> list[tuple[str, str]]:
    # The call or meeting with the recipient: never thank them for one they were not in.
    call = facts.latest(lambda c: c.method.is_live and _with_recipient(c, facts))
    parts: list[tuple[str, str]] = []
    if call is None:
        opening = f"I write to confirm in writing where we stand on {facts.n.listed}."
    else:
        how = {Method.PHONE: "by telephone", Method.VIDEO: "by video",
               Method.IN_PERSON: "in person"}[call.method]
        at = f" at {_clock(call.time)}" if call.time is not None else ""
        opening = (f"Thank you for speaking with me {how} on {words(call.sent_on)}{at} about "
                   f"{facts.n.listed}. I write to confirm what we discussed and what is "
                   "still in dispute.")
        if call.summary and call.summary.strip():
            parts.append(("call_notes",
                          f"As I understood our conversation: {sentence(call.summary)}"))
    return [
        ("opening", opening),
        *parts,
        *_request_parts(facts, quotes=False, status=True,
                        wanted_intro="To resolve what remains, I ask for the following:"),
        ("reply", f"If your understanding of our conversation differs from mine, please let "
                  f"me know in writing by {words(facts.reply_by)}. If we cannot resolve what "
                  f"is still in dispute, I will file a motion to compel under {_MOTION_RULE} "
                  "and ask the court to decide it."),
    ]


def _impasse(facts: LetterFacts) -> list[tuple[str, str]]:
    events = [_event(c, facts) for c in facts.log if c.method.is_live or c.method.is_written]
    n = facts.n
    history = (f"I have tried to resolve {n.these} with you through {join_words(events)}."
               if events else "")
    opening = f"I write about {n.listed}, which {n.are} still unresolved."
    parts: list[tuple[str, str]] = [("opening", opening), ("history", history)]
    for number, request in enumerate(facts.requests, start=1):
        key = f"request:{request.dispute.id}"
        parts.append((f"{key}:facts", _facts_text(number, request, facts.mailing_day)))
        parts.append((f"{key}:problem", _problem_text(request)))
        parts.append((f"{key}:wanted", _wanted_text(request, "I have asked for the following:")))
    willing = "resolve it" if len(facts.requests) == 1 else "resolve any of them"
    parts.append(("motion", f"Because we have not been able to resolve {n.these}, I will ask "
                            f"the court to decide {n.them} by filing a motion to compel under "
                            f"{_MOTION_RULE}. If you are willing to {willing}, please let me "
                            f"know in writing by {words(facts.reply_by)}."))
    return parts


_BODIES: Mapping[LetterKind, Callable[[LetterFacts], list[tuple[str, str]]]] = {
    LetterKind.FIRST: _first,
    LetterKind.FOLLOW_UP: _follow_up,
    LetterKind.CALL_REQUEST: _call_request,
    LetterKind.CONFIRMING: _confirming,
    LetterKind.IMPASSE: _impasse,
}
