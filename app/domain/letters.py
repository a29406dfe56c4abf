"""Meet-and-confer letters drafted from the log: which kind to write, and the letter itself.

Pure functions over the typed records, no Qt and no reportlab. A draft is a list of blocks
(writer, date, recipient, `Re:` line, the parts per request, the closing...), each with
its English text and a short translatable note saying what the block is for, so the
letter window can explain each part in the person's own language and let them edit it.
The letter's stored text is the blocks joined by a blank line (`letter_text`); the PDF is
drawn from that text alone, so a logged letter reprints exactly as it was mailed.

What the letter says comes from the log and nowhere else: the requests by set and number
with their days, their text and the response when stored, what the person said is wrong
(`deficiency` and the picked reasons) and what would settle it (`wanted`). The flags a
logged letter gets are only those its text bears out: a letter that could not say what is
wrong with an answer (nothing written and no reason picked) does not claim to explain it,
and `missing` tells the person what to add.

The reply day is `rules.reply_day` for a letter mailed that day: the WAITED window itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.letter_wording import LetterBlock, LetterFacts, RequestFacts, blocks_for
from app.domain.model import (
    Case,
    Communication,
    Direction,
    LetterKind,
    LetterRecord,
    Method,
)
from app.domain.profiles import RuleParameters
from app.domain.rules import CheckId, DisputeAssessment, Result, reply_day
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.domain.wording import sentence

__all__ = [
    "LetterBlock",
    "LetterDraft",
    "LetterKind",
    "compose_letter",
    "default_counsel_id",
    "letter_text",
    "propose_kind",
]

_CTX = "Letters"


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A letter ready to print and, once mailed, to log as an outgoing letter."""

    kind: LetterKind
    counsel_id: str
    dispute_ids: tuple[str, ...]
    mailing_day: dt.date
    reply_requested_by: dt.date
    explains_deficiency: bool
    proposes_resolution: bool
    requests_conference: bool
    states_impasse: bool
    summary: str
    """One line for the log."""
    blocks: list[LetterBlock] = field(default_factory=list)
    missing: tuple[Message, ...] = ()
    """What the log lacks for the letter to say everything its kind should (shown on screen)."""

    @property
    def text(self) -> str:
        """The letter as it is stored and printed."""
        return letter_text(self.blocks)

    def as_communication(self, text: str, mailed_on: dt.date,
                         mail_log_number: str | None = None) -> Communication:
        """The log's entry for this letter with printed text `text`, given to staff for
        mailing on `mailed_on`: an outgoing letter with the letter's requests, lawyer,
        flags, reply day, summary and text (its id is given when it is stored)."""
        return Communication(
            id="",
            direction=Direction.OUTGOING,
            method=Method.LETTER,
            sent_on=mailed_on,
            counsel=self.counsel_id,
            disputes=list(self.dispute_ids),
            summary=self.summary,
            explains_deficiency=self.explains_deficiency,
            proposes_resolution=self.proposes_resolution,
            requests_conference=self.requests_conference,
            states_impasse=self.states_impasse,
            reply_requested_by=self.reply_requested_by,
            mail_log_number=mail_log_number,
            letter=LetterRecord(self.kind, text),
        )


def letter_text(blocks: Sequence[LetterBlock]) -> str:
    """The letter's stored text: the blocks' texts separated by a blank line (empty blocks
    left out, line ends normalised, no trailing spaces)."""
    parts = []
    for block in blocks:
        lines = block.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = "\n".join(line.rstrip() for line in lines).strip("\n")
        if text.strip():
            parts.append(text)
    return "\n\n".join(parts)


# --- which kind the program proposes -------------------------------------------------------


def _open(assessment: DisputeAssessment, check_id: CheckId) -> bool:
    """A check that asks for something: failing, or advice where conferring is optional."""
    check = assessment.check(check_id)
    return check is not None and check.result in (Result.FAIL, Result.WARN)


def propose_kind(case: Case, assessment: DisputeAssessment) -> LetterKind | None:
    """The letter to write now about one request, from the assessment that draws its badge
    (so the two never disagree), or None when no letter is due: the request is closed, its
    answer is not due yet, or their time to reply to the last letter is still running.

    - `first`: the answer has come (or is overdue) and nothing was written or said yet;
    - `follow_up`: a letter went out and the wait ended with no reply or call, or it did not
      say what is wrong;
    - `call_request`: the court wants a live conference and none happened or was asked for;
    - `confirming`: the latest thing about the request is a call or meeting not yet
      confirmed in writing;
    - `impasse`: everything else is done, but the latest letter does not state the impasse.
    """
    if assessment.adequate is None or assessment.next_step_check in (
        CheckId.RESPONSE_DUE, CheckId.WAITED
    ):
        return None
    if _open(assessment, CheckId.RESPONSE_DUE) or _open(assessment, CheckId.WAITED):
        return None  # advice to wait where conferring is optional: still no letter yet
    if _open(assessment, CheckId.IDENTIFIED):
        return LetterKind.FIRST
    if _open(assessment, CheckId.EXCHANGE) or _open(assessment, CheckId.DEFICIENCY_EXPLAINED):
        return LetterKind.FOLLOW_UP
    if _open(assessment, CheckId.LIVE_ATTEMPT):
        return LetterKind.CALL_REQUEST
    log = linked(case, [assessment.dispute_id], assessment.as_of or dt.date.max)
    if log and log[-1].method.is_live:
        return LetterKind.CONFIRMING
    if _open(assessment, CheckId.IMPASSE):
        return LetterKind.IMPASSE
    return None


# --- the facts a letter is made of --------------------------------------------------------


def linked(case: Case, dispute_ids: Sequence[str], up_to: dt.date) -> list[Communication]:
    """The communications about any of the requests dated `up_to` or before, oldest first
    (the log's order within a day)."""
    wanted = set(dispute_ids)
    found = [c for c in case.communications
             if c.day <= up_to and wanted.intersection(c.disputes)]
    return sorted(found, key=lambda c: c.day)


def default_counsel_id(case: Case, dispute_ids: Sequence[str]) -> str | None:
    """The counsel of the requests' latest communication that names one, else the case's
    first counsel; None when the case has no counsel."""
    for communication in reversed(linked(case, dispute_ids, dt.date.max)):
        if communication.counsel is not None and case.counsel_by_id(communication.counsel):
            return communication.counsel
    return case.counsel[0].id if case.counsel else None


def compose_letter(
    case: Case,
    kind: LetterKind,
    dispute_ids: Sequence[str],
    counsel_id: str,
    mailing_day: dt.date,
    params: RuleParameters,
    reasons: Mapping[str, str] | None = None,
) -> LetterDraft:
    """The letter of `kind` about `dispute_ids` to `counsel_id`, mailed on `mailing_day`.

    `reasons` maps a reason id to its English sentence with its rule (default: the
    program's list, `resources/reasons`).
    The caller has checked the ids (the services do, with plain messages): an unknown
    counsel or request here is a bug and raises KeyError."""
    counsel = case.counsel_by_id(counsel_id)
    if counsel is None:
        raise KeyError(counsel_id)
    disputes = []
    for dispute_id in dispute_ids:
        dispute = case.dispute(dispute_id)
        if dispute is None:
            raise KeyError(dispute_id)
        disputes.append(dispute)
    sentences = _reason_sentences() if reasons is None else reasons
    requests = [RequestFacts.of(d, params, mailing_day, sentences) for d in disputes]
    facts = LetterFacts(
        case=case,
        kind=kind,
        counsel=counsel,
        others=[c for c in case.counsel if c.id != counsel.id],
        requests=requests,
        mailing_day=mailing_day,
        reply_by=reply_day(mailing_day, Method.LETTER, params),
        log=linked(case, dispute_ids, mailing_day),
        live_required=params.live_conference_required,
    )
    blocks = blocks_for(facts)
    explains = kind is not LetterKind.CALL_REQUEST and all(r.says_what_is_wrong
                                                           for r in requests)
    proposes = kind in (LetterKind.FIRST, LetterKind.FOLLOW_UP, LetterKind.CONFIRMING) \
        and all(r.wanted for r in requests)
    return LetterDraft(
        kind=kind,
        counsel_id=counsel.id,
        dispute_ids=tuple(d.id for d in disputes),
        mailing_day=mailing_day,
        reply_requested_by=facts.reply_by,
        explains_deficiency=explains and kind is not LetterKind.IMPASSE,
        proposes_resolution=proposes,
        requests_conference=kind in (LetterKind.FIRST, LetterKind.FOLLOW_UP,
                                     LetterKind.CALL_REQUEST),
        states_impasse=kind is LetterKind.IMPASSE,
        summary=facts.summary(),
        blocks=blocks,
        missing=_missing(facts),
    )


def _missing(facts: LetterFacts) -> tuple[Message, ...]:
    found: list[Message] = []
    if facts.kind is LetterKind.CALL_REQUEST:
        return ()
    for request in facts.requests:
        if not request.says_what_is_wrong:
            found.append(message(_CTX, QT_TRANSLATE_NOOP(
                "Letters", "The letter cannot say what is wrong with their answer to {label}: "
                           "write it in the request's \"What is wrong\" or pick reasons, or "
                           "write it into the letter yourself."), label=request.dispute.label))
        if not request.wanted and facts.kind is not LetterKind.IMPASSE:
            found.append(message(_CTX, QT_TRANSLATE_NOOP(
                "Letters", "The letter cannot say what would settle {label}: write it in the "
                           "request's \"What would settle it\"."), label=request.dispute.label))
    if not facts.counsel.address:
        found.append(message(_CTX, QT_TRANSLATE_NOOP(
            "Letters", "{name} has no mailing address in the log, so this letter cannot be "
                       "mailed as it is. Add the address to the lawyer's details."),
            name=facts.counsel.name))
    return tuple(found)


def _reason_sentences() -> dict[str, str]:
    """Each reason's sentence as the letter prints it: the sentence, then its rule."""
    from app.domain.reasons import load_reasons

    return {reason_id: f"{sentence(reason.text_en)} See {reason.source}."
            for reason_id, reason in load_reasons().items()}
