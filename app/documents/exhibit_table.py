"""Exhibit A: its cover page and the log as a table.

One reportlab table of thousands of rows costs time that grows with the square of its rows
(each page split re-measures the rest), so the rows are measured once here and packed into
page-sized tables, each with the header row, one after another. The header then appears on
every page and the time grows in line with the rows. Each page table keeps `repeatRows=1`
and `splitInRow` as a safety net: a row taller than a whole page still splits (wrapping,
never clipping) with the header repeated.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.documents.exhibit_rows import HEADERS, ExhibitRow
from app.documents.fonts import BOLD, REGULAR
from app.documents.style import LINE_PITCH, DocumentStyle
from app.documents.typeset import Styles, bold, para, table_font

TABLE_TITLE = "Meet-and-Confer Log"
COVER_TITLE = "EXHIBIT A"

_H_PAD = 2.0
# Words each narrow column must hold unbroken (at the body size); the summary takes the rest.
_DATE_WORD = "September 30,"
_WHAT_WORD = "(received)"
_WHO_WORD = "A. Lawyer"
_REQUEST_WORD = "Interrogatory"
_MAIL_LOG_CAP = "LM-2007-04123"  # longer mail-log numbers wrap rather than crowd the summary
_SUMMARY_SHARE = 0.22


def cover_page(styles: Styles, frame_height: float) -> list[Flowable]:
    """A page reading EXHIBIT A, a third of the way down, as exhibit tabs are printed."""
    return [PageBreak(), Spacer(1, frame_height / 3), bold(COVER_TITLE, styles.cover), PageBreak()]


def exhibit_table_story(
    rows: Sequence[ExhibitRow],
    style: DocumentStyle,
    styles: Styles,
    width: float,
    frame_height: float,
    legend: str = "",
) -> list[Flowable]:
    widths = column_widths(rows, style, width)
    v_pad = (LINE_PITCH - style.cell_leading) / 2  # a one-line row is one pleading line
    title: list[Flowable] = [bold(TABLE_TITLE, styles.heading)]
    title_height = LINE_PITCH * 1.5
    if legend:
        # The abbreviations the Requests column uses, spelled out once under the title.
        key = para(f"Requests: {legend}.", styles.cell)
        title.append(key)
        title_height += key.wrap(width, frame_height)[1]
    title.append(Spacer(1, LINE_PITCH / 2))
    header: list[Flowable] = [bold(text, styles.cell_header) for text in HEADERS]
    header_height = _row_height(header, widths, v_pad)

    story: list[Flowable] = list(title)
    page: list[list[Flowable]] = []
    room = frame_height - title_height - header_height
    for row in rows:
        cells: list[Flowable] = [para(text, styles.cell) for text in row.cells()]
        height = _row_height(cells, widths, v_pad)
        if page and height > room:
            story.extend((_page_table(header, page, widths, v_pad, styles), PageBreak()))
            page, room = [], frame_height - header_height
        page.append(cells)
        room -= height
    story.append(
        _page_table(header, page, widths, v_pad, styles) if page else _empty_log_note(styles)
    )
    return story


def column_widths(rows: Sequence[ExhibitRow], style: DocumentStyle, width: float) -> list[float]:
    """Each narrow column just wide enough for its longest word; the summary gets the rest,
    but never less than 22% of the width: at 14 points the narrow columns give way
    first (a long mail-log number or request name then wraps inside its cell)."""
    size = style.font_pt

    def fit(*texts: str, font: str = REGULAR) -> float:
        return max(stringWidth(t, font, size) for t in texts) + 2 * _H_PAD + 1

    narrow = [
        fit(str(len(rows)), HEADERS[0], font=BOLD),
        fit(_DATE_WORD),
        fit(_WHAT_WORD),
        fit(_WHO_WORD),
        fit(_REQUEST_WORD),
    ]
    longest_log = max((r.mail_log_number for r in rows), key=len, default="")
    least_log = fit("Mail-log", font=BOLD)
    mail_log = min(fit(_MAIL_LOG_CAP), max(fit(longest_log), least_log))
    least_summary = width * _SUMMARY_SHARE
    if width - sum(narrow) - mail_log < least_summary:
        mail_log = max(least_log, width - sum(narrow) - least_summary)
    # The row number and "received" must never break; date, names and requests wrap at
    # their spaces, so they are the ones to give way.
    fixed = narrow[0] + narrow[2]
    flexible = narrow[1] + narrow[3] + narrow[4]
    spare = width - least_summary - mail_log - fixed
    if flexible > spare:
        narrow = [w if i in (0, 2) else w * spare / flexible for i, w in enumerate(narrow)]
    summary = width - sum(narrow) - mail_log
    return [*narrow, summary, mail_log]


def _row_height(cells: Sequence[Flowable], widths: Sequence[float], v_pad: float) -> float:
    """The height the table will give this row: its tallest cell plus the padding."""
    tallest = max(cell.wrap(w - 2 * _H_PAD, 1e6)[1] for cell, w in zip(cells, widths, strict=True))
    return tallest + 2 * v_pad


def _page_table(
    header: list[Flowable],
    rows: list[list[Flowable]],
    widths: Sequence[float],
    v_pad: float,
    styles: Styles,
) -> Table:
    table = Table([header, *rows], colWidths=list(widths), repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                table_font(styles),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _H_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _H_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), v_pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), v_pad),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def _empty_log_note(styles: Styles) -> Paragraph:
    return para("No letters, calls or meetings are logged for these requests.", styles.body)
