"""Page 1's top: the litigant's block (pleading lines 1-7), the court, and the caption from
line 8 (N.D. Cal. Civil L.R. 3-4(a))."""

from __future__ import annotations

import math

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.documents.style import LINE_PITCH
from app.documents.typeset import Styles, bold, para, table_font
from app.domain.model import Case
from app.domain.wording import caption_party_names, litigant_lines, party_label

LITIGANT_LINES = 7  # the block fills lines 1-7; the court's name is on line 8


def litigant_block(case: Case, styles: Styles, width: float) -> Table:
    """Lines 1-7 exactly, whatever the block holds: one item a numbered line when it fits,
    single-spaced when it does not, the address run into one line as a last resort; so the
    court's name starts on line 8 and nothing overlaps it. A block that holds more than
    even that fits (a name of hundreds of characters) grows by whole lines, over pages if
    need be, and the court's name follows it: pushed down, never printed over."""
    room = LITIGANT_LINES * LINE_PITCH
    lines = litigant_lines(case)
    address = case.litigant.address
    run_in = [line for line in lines if line not in address]
    run_in.insert(min(3, len(run_in) - 1), ", ".join(address))
    attempts = [(lines, styles.body), (lines, styles.single), (run_in, styles.single)]
    height = 0.0
    for attempt, paragraph_style in attempts:
        cell: list[Flowable] = [para(line, paragraph_style) for line in attempt]
        height = sum(p.wrap(width, room)[1] for p in cell)
        if height <= room:
            break
    if height <= room:
        table = Table([[cell]], colWidths=[width], rowHeights=[room])
    else:
        # Whole lines, so what follows stays on the pleading paper's numbered lines.
        cell.append(Spacer(1, math.ceil(height / LINE_PITCH) * LINE_PITCH - height))
        table = Table([[cell]], colWidths=[width], splitInRow=1)
    table.setStyle(TableStyle([*_NO_PADDING.getCommands(), table_font(styles)]))
    table.hAlign = "LEFT"
    return table


def court_heading(case: Case, styles: Styles) -> list[Flowable]:
    lines = [case.court, case.district]
    if case.division:
        lines.append(case.division)
    return [bold(line.upper(), styles.heading) for line in lines]


def caption_table(case: Case, title: str, width: float, styles: Styles) -> Table:
    """Parties on the left, closed by a rule below and at the right; case number, judge and
    title on the right. One row, so a text tool reads the parties before the title; the row
    splits across pages (`splitInRow`), so thirty defendants, a name of hundreds of
    characters or a very long judge's name or case number flow on to the next page."""
    body = styles.body
    left: list[Flowable] = [
        para(f"{caption_party_names(case.plaintiffs)},", body),
        para(f"{party_label(case.plaintiffs, 'Plaintiff')},", _indented(body, 2)),
        para("v.", _indented(body, 1)),
        para(f"{caption_party_names(case.defendants)},", body),
        para(f"{party_label(case.defendants, 'Defendant')}.", _indented(body, 2)),
    ]
    right: list[Flowable] = [para(f"Case No. {case.case_number}", body)]
    if case.judge:
        right.append(para(f"Judge: {case.judge}", body))
    right.append(Spacer(1, LINE_PITCH))
    right.append(bold(title, body))
    half = width / 2
    table = Table([[left, right]], colWidths=[half, half], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *_NO_PADDING.getCommands(),
                table_font(styles),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
                ("LINEAFTER", (0, 0), (0, 0), 0.75, "black"),
                ("LINEBELOW", (0, 0), (0, 0), 0.75, "black"),
            ]
        )
    )
    return table


def _indented(style: ParagraphStyle, steps: int) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-indent{steps}", parent=style, leftIndent=36 * steps)


_NO_PADDING = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
