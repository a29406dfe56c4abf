"""The declaration's story: caption, numbered paragraphs, § 1746 clause and signature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.documents.caption import caption_table, court_heading, litigant_block
from app.documents.paragraphs import DeclarationParagraph
from app.documents.style import LINE_PITCH
from app.documents.typeset import Styles, para
from app.domain.model import Case
from app.domain.wording import PERJURY_CLAUSE, declaration_title, executed_line, role_word

SIGNATURE_RULE = "______________________________"


def first_page_top(case: Case, styles: Styles, width: float,
                   title: str | None = None) -> list[Flowable]:
    """Litigant block, court, caption: the top of any filing's first page (the
    declaration's title unless another is given)."""
    return [
        litigant_block(case, styles, width),
        *court_heading(case, styles),
        Spacer(1, LINE_PITCH),
        caption_table(case, title or declaration_title(case), width, styles),
        Spacer(1, LINE_PITCH),
    ]


def declaration_story(
    case: Case,
    paragraphs: Sequence[DeclarationParagraph],
    styles: Styles,
    width: float,
    signing_date: dt.date | None,
) -> list[Flowable]:
    story = first_page_top(case, styles, width)
    story.append(para(f"I, {case.litigant.name}, declare:", styles.body))
    numbered = [
        para(f"{number}.\u00a0\u00a0{paragraph.text}", styles.numbered)
        for number, paragraph in enumerate(paragraphs, start=1)
    ]
    # The last paragraph goes with the clause and the signature, so the signature never
    # stands alone on a page without the words it swears to.
    story.extend(numbered[:-1])
    story.append(KeepTogether([*numbered[-1:],
                               signature_block(case, styles, signing_date, PERJURY_CLAUSE)]))
    return story


def signature_block(
    case: Case, styles: Styles, signing_date: dt.date | None, *opening: str
) -> KeepTogether:
    """The § 1746 clause, the place and date of signing and the signature line, kept on one
    page so the signature is never separated from the words it swears to."""
    lines: list[Flowable] = [para(text, styles.numbered) for text in opening]
    lines.append(para(executed_line(case, signing_date), styles.numbered))
    lines.extend(signature_lines(case, styles))
    return KeepTogether(lines)


def signature_lines(case: Case, styles: Styles) -> list[Flowable]:
    """Room to sign, the line, and the printed name, number and role under it."""
    litigant = case.litigant
    lines: list[Flowable] = [Spacer(1, LINE_PITCH), para(SIGNATURE_RULE, styles.signature),
                             para(litigant.name, styles.signature)]
    if litigant.prisoner_number:
        lines.append(para(f"Prisoner No. {litigant.prisoner_number}", styles.signature))
    lines.append(para(f"{role_word(litigant.role)}, pro se", styles.signature))
    return lines
