"""Letters to the other side: the one entry point the letter window and `meetconfer letter`
share. Propose the kind of letter from the check, draft it, print it, and log it as mailed.

Every mistake a person can make (a mailing day still to come, a resolved request, a case
with no lawyer to write to, an unknown lawyer, kind or request, a text over the limits)
raises `LetterError` with a plain, translatable message, and nothing is changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.domain.letters import (
    LetterBlock,
    LetterDraft,
    compose_letter,
    default_counsel_id,
    letter_text,
    propose_kind,
)
from app.domain.model import Case, Communication, Counsel, LetterKind
from app.domain.text import QT_TRANSLATE_NOOP, Day, Message, message
from app.domain.validation import LETTER_TEXT_LIMIT, LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from app.services.assessment import assess_case, case_parameters
from app.services.cases import OpenCase

__all__ = [
    "LetterBlock",
    "LetterDraft",
    "LetterError",
    "LetterKind",
    "can_be_mailed",
    "draft",
    "letter_pdf",
    "letter_text",
    "log_mailed",
    "mail_log_number_of",
    "proposals",
]

_CTX = "Letters"


class LetterError(Exception):
    """A letter that cannot be drafted or logged as asked; nothing was changed. `message`
    says why; `field` names what to change (`kind`, `disputes`, `counsel`, `mailing_day`,
    `text`, `mail_log_number`), or is None when it is the case itself."""

    def __init__(self, msg: Message, field: str | None = None) -> None:
        super().__init__(msg.english())
        self.message = msg
        self.field = field


def _error(field: str | None, template: str, **args: object) -> LetterError:
    return LetterError(message(_CTX, template, **args), field)


def proposals(case: Case, as_of: dt.date) -> dict[str, LetterKind]:
    """The letter the check proposes for each request in dispute that needs one now, by
    request id (requests that need none are left out)."""
    found: dict[str, LetterKind] = {}
    for assessment in assess_case(case, as_of).disputes:
        kind = propose_kind(case, assessment)
        if kind is not None:
            found[assessment.dispute_id] = kind
    return found


def draft(
    case: Case,
    kind: LetterKind | str,
    dispute_ids: Sequence[str] | None = None,
    counsel_id: str | None = None,
    mailing_day: dt.date | None = None,
    today: dt.date | None = None,
) -> LetterDraft:
    """The letter of `kind` mailed on `mailing_day` (default today) to `counsel_id`
    (default: the lawyer of the requests' latest communication, else the case's first),
    about `dispute_ids` (default: every open or narrowed request for which the check
    proposes this kind). Raises LetterError."""
    today = today or dt.date.today()
    letter_kind = _kind(kind)
    day = mailing_day or today
    if day > today:
        raise _error("mailing_day", QT_TRANSLATE_NOOP(
            "Letters", "The mailing day {day} has not come yet. Choose today or a day before."),
            day=Day(day))
    if not case.counsel:
        raise _error(None, QT_TRANSLATE_NOOP(
            "Letters", "This case has no lawyer for the other side yet, so there is no one to "
                       "write to. Add their lawyer first."))
    ids = _requests(case, letter_kind, dispute_ids, day)
    chosen = counsel_id if counsel_id is not None else default_counsel_id(case, ids)
    if chosen is None or case.counsel_by_id(chosen) is None:
        known = ", ".join(c.id for c in case.counsel)
        raise _error("counsel", QT_TRANSLATE_NOOP(
            "Letters", "This case has no lawyer with the id \"{id}\" (its lawyers: {known})."),
            id=chosen or "", known=known)
    _profile, params = case_parameters(case)
    result = compose_letter(case, letter_kind, ids, chosen, day, params)
    _check_lengths(result.text, result.summary)
    return result


def _kind(kind: LetterKind | str) -> LetterKind:
    try:
        return LetterKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in LetterKind)
        raise _error("kind", QT_TRANSLATE_NOOP(
            "Letters", "There is no kind of letter called \"{kind}\" (the kinds: {known})."),
            kind=str(kind), known=known) from None


def _requests(case: Case, kind: LetterKind, dispute_ids: Sequence[str] | None,
              day: dt.date) -> list[str]:
    if dispute_ids is None:
        proposed = proposals(case, day)
        chosen = [d.id for d in case.live_disputes if proposed.get(d.id) is kind]
        if not chosen:
            raise _error("disputes", QT_TRANSLATE_NOOP(
                "Letters", "The check does not propose this kind of letter for any request in "
                           "dispute now. Choose the requests the letter is about."))
        return chosen
    if not dispute_ids:
        raise _error("disputes", QT_TRANSLATE_NOOP(
            "Letters", "Choose at least one request for the letter to be about."))
    for dispute_id in dispute_ids:
        dispute = case.dispute(dispute_id)
        if dispute is None:
            known = ", ".join(d.id for d in case.disputes) or "-"
            raise _error("disputes", QT_TRANSLATE_NOOP(
                "Letters", "This case has no request with the id \"{id}\" (its requests: "
                           "{known})."), id=dispute_id, known=known)
        if not dispute.status.is_live:
            raise _error("disputes", QT_TRANSLATE_NOOP(
                "Letters", "{label} is marked resolved or withdrawn, so there is nothing to "
                           "write about it. Leave it out of the letter."), label=dispute.label)
    return list(dict.fromkeys(dispute_ids))


def _check_lengths(text: str, summary: str) -> None:
    if not text.strip():
        raise _error("text", QT_TRANSLATE_NOOP("Letters", "The letter is empty."))
    if len(text) > LETTER_TEXT_LIMIT:
        raise _error("text", QT_TRANSLATE_NOOP(
            "Letters", "The letter is {length} characters long; a letter can have at most "
                       "{limit}. Shorten the quoted texts or write about fewer requests."),
            length=len(text), limit=LETTER_TEXT_LIMIT)
    if len(summary) > LONG_TEXT_LIMIT:
        raise _error("disputes", QT_TRANSLATE_NOOP(
            "Letters", "The letter's summary for the log is {length} characters long; it can "
                       "have at most {limit}. Write about fewer requests."),
            length=len(summary), limit=LONG_TEXT_LIMIT)


def mail_log_number_of(text: str | None) -> str | None:
    """The legal-mail log number as it is logged (trimmed; None when empty), or
    LetterError when it is too long."""
    number = text.strip() if text else ""
    if len(number) > SHORT_TEXT_LIMIT:
        raise _error("mail_log_number", QT_TRANSLATE_NOOP(
            "Letters", "The legal-mail log number is {length} characters long; it can have at "
                       "most {limit}."), length=len(number), limit=SHORT_TEXT_LIMIT)
    return number or None


def can_be_mailed(counsel: Counsel) -> bool:
    """A letter to this lawyer can go in the mail: the log has their mailing address."""
    return any(line.strip() for line in counsel.address)


def letter_pdf(case: Case, text: str) -> bytes:
    """The letter `text` on paper, in the type size the case's court asks for (at least 12
    points). Raises `ProfileError` for an unusable court profile."""
    from app.documents.letter import build_letter_pdf

    _profile, params = case_parameters(case)
    return build_letter_pdf(text, min_font_pt=params.min_font_pt)


def log_mailed(
    open_case: OpenCase,
    letter: LetterDraft,
    text: str,
    mailed_on: dt.date | None = None,
    mail_log_number: str | None = None,
    today: dt.date | None = None,
) -> Communication:
    """Record `letter`, whose printed text is `text`, as given to staff for mailing on
    `mailed_on` (default: the letter's date): one outgoing letter in the log with the
    letter's requests, lawyer, flags, reply day, summary and the text itself. Raises
    LetterError (nothing changed) or `SaveError` (the data folder could not be written)."""
    today = today or dt.date.today()
    day = mailed_on or letter.mailing_day
    if day > today:
        raise _error("mailing_day", QT_TRANSLATE_NOOP(
            "Letters", "The mailing day {day} has not come yet. Log the letter on the day you "
                       "give it to staff, or a day after."), day=Day(day))
    if day < letter.mailing_day:
        raise _error("mailing_day", QT_TRANSLATE_NOOP(
            "Letters", "The letter is dated {dated}, so it cannot have been mailed on {day}. "
                       "Change the letter's date, or the mailing day."),
            dated=Day(letter.mailing_day), day=Day(day))
    _check_lengths(text, letter.summary)
    number = mail_log_number_of(mail_log_number)
    case = open_case.case
    if case.counsel_by_id(letter.counsel_id) is None:
        raise _error("counsel", QT_TRANSLATE_NOOP(
            "Letters", "The lawyer this letter is addressed to is no longer in the case. "
                       "Draft the letter again."))
    gone = [i for i in letter.dispute_ids if case.dispute(i) is None]
    if gone:
        raise _error("disputes", QT_TRANSLATE_NOOP(
            "Letters", "A request this letter is about is no longer in the case. Draft the "
                       "letter again."))
    entry = letter.as_communication(text, day, number)
    return open_case.save_communication(entry, new=True)
