"""The proof of service by mail: the prisoner's own declaration that the papers went to
prison staff for the institution's legal-mail system (the mailbox rule: Houston v. Lack,
Faile v. Upjohn), addressed to each counsel."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.documents.declaration import signature_block
from app.documents.style import LINE_PITCH
from app.documents.typeset import Styles, bold, para
from app.documents.wording import BLANK_DATE, PERJURY_CLAUSE, declaration_title
from app.domain.model import Case

TITLE = "DECLARATION OF SERVICE BY MAIL"


def proof_of_service_story(case: Case, styles: Styles) -> list[Flowable]:
    litigant = case.litigant
    where = f" at {litigant.institution}" if litigant.institution else ""
    held = f"I am incarcerated at {litigant.institution}. " if litigant.institution else ""
    story: list[Flowable] = [
        PageBreak(),
        bold(TITLE, styles.heading),
        para(f"{case.short_title}, Case No. {case.case_number}", styles.centred),
        Spacer(1, LINE_PITCH),
        para(f"I, {litigant.name}, declare:", styles.body),
        para(
            f"I am over eighteen years of age and a party to this action. {held}"
            f"On {BLANK_DATE}, I delivered to prison staff{where} for mailing through the "
            "institution's legal-mail system a true copy of the following document: "
            f"{declaration_title(case)}, with Exhibit A. It was in a sealed envelope, with "
            "first-class postage fully prepaid, addressed as follows:",
            styles.numbered,
        ),
    ]
    for counsel in case.counsel:
        lines = [counsel.name, *([counsel.office] if counsel.office else []), *counsel.address]
        story.append(Spacer(1, LINE_PITCH))
        story.extend(para(line, styles.address) for line in lines)
    if not case.counsel:
        story.append(Spacer(1, LINE_PITCH))
        story.extend(para("_" * 40, styles.address) for _ in range(3))
    story.append(Spacer(1, LINE_PITCH))
    story.append(signature_block(case, styles, None, PERJURY_CLAUSE))
    return story
