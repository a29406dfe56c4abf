"""The proof of service by mail: the prisoner's own declaration that the papers went to
prison staff for the institution's legal-mail system (the mailbox rule: Houston v. Lack,
Faile v. Upjohn), addressed to each counsel."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.documents.declaration import signature_block
from app.documents.style import LINE_PITCH
from app.documents.typeset import Styles, bold, para
from app.domain.model import Case
from app.domain.wording import BLANK_DATE, PERJURY_CLAUSE, addressee_lines, declaration_title

TITLE = "DECLARATION OF SERVICE BY MAIL"
MAILBOX_RULE = (
    "I understand that these papers are deemed served on the day I handed them to prison "
    "staff for mailing."
)
MAIL_LOG_BLANK = "______________"


def declaration_documents(case: Case) -> list[str]:
    """What the declaration print serves: the declaration and its Exhibit A."""
    return [f"{declaration_title(case)}, with Exhibit A (Meet-and-Confer Log)"]


def proof_of_service_story(
    case: Case,
    styles: Styles,
    documents: Sequence[str] | None = None,
    mail_log_number: str | None = None,
) -> list[Flowable]:
    """`documents`: every document in the envelope, by title (default: the declaration
    and Exhibit A). `mail_log_number`: the legal-mail log number when already known; a
    line to fill in otherwise."""
    litigant = case.litigant
    listed = list(documents) if documents is not None else declaration_documents(case)
    where = f" at {litigant.institution}" if litigant.institution else ""
    held = f"I am incarcerated at {litigant.institution}. " if litigant.institution else ""
    noun = "document" if len(listed) == 1 else "documents"
    story: list[Flowable] = [
        PageBreak(),
        bold(TITLE, styles.heading),
        para(f"{case.short_title}, Case No. {case.case_number}", styles.centred),
        Spacer(1, LINE_PITCH),
        para(f"I, {litigant.name}, declare:", styles.body),
        para(
            f"I am over eighteen years of age and a party to this action. {held}"
            f"On {BLANK_DATE}, I delivered to prison staff{where} for mailing through the "
            f"institution's legal-mail system a true copy of the following {noun}:",
            styles.numbered,
        ),
    ]
    for number, title in enumerate(listed, start=1):
        story.append(para(f"{number}.\u00a0\u00a0{title}", styles.address))
    story.append(para(
        "Each copy was in a sealed envelope, with first-class postage fully prepaid, "
        "addressed as follows:", styles.body))
    blocks = [addressee_lines(counsel) for counsel in case.counsel] or [["_" * 40] * 3]
    for lines in blocks[:-1]:
        story.append(Spacer(1, LINE_PITCH))
        story.extend(para(line, styles.address) for line in lines)
    # The last address stays with the closing lines and the signature below.
    last: list[Flowable] = [Spacer(1, LINE_PITCH)]
    last.extend(para(line, styles.address) for line in blocks[-1])
    last.append(Spacer(1, LINE_PITCH))
    log_number = mail_log_number or MAIL_LOG_BLANK
    closing = [
        para(f"The prison legal-mail log number for this mailing is {log_number}.",
             styles.numbered),
        para(MAILBOX_RULE, styles.numbered),
    ]
    # The closing sentences, the § 1746 clause and the signature stay on one page, so the
    # signature is never alone on a page with nothing it swears to.
    story.append(KeepTogether([*last, *closing,
                               signature_block(case, styles, None, PERJURY_CLAUSE)]))
    return story
