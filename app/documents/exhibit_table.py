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
# Dates, names and requests wrap at their spaces ("April 14," / "2025"), so each narrow
# column need only hold its longest single word; at 14 points that leaves the summary a
# column wide enough to read (a narrow one made four entries fill two pages).
_DATE_WORD = "September"
_WHAT_WORD = "received,"
_WHO_WORD = "Whitfield-Natarajan"
_REQUEST_WORD = "Interrogatory"
_MAIL_LOG_SHARE = 0.24  # a mail-log number longer than this (rare) wraps inside its cell
_SUMMARY_SHARE = 0.25


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
    full_page = frame_height - header_height
    for row in rows:
        texts = row.cells()
        if sum(map(len, texts)) > _LONG_ROW_CHARACTERS:
            pieces = _row_pieces(texts, widths, style, room, full_page, v_pad)
        else:
            pieces = [list(texts)]
        for piece in pieces:
            cells: list[Flowable] = [para(text, styles.cell) for text in piece]
            height = _row_height(cells, widths, v_pad)
            if page and height > room:
                story.extend((_page_table(header, page, widths, v_pad, styles), PageBreak()))
                page, room = [], full_page
            page.append(cells)
            room -= height
    story.append(
        _page_table(header, page, widths, v_pad, styles) if page else _empty_log_note(styles)
    )
    return story


def column_widths(rows: Sequence[ExhibitRow], style: DocumentStyle, width: float) -> list[float]:
    """Each narrow column just wide enough for its longest word, the mail-log column for
    the longest mail-log number (identifiers never break); the summary gets the rest, and
    never less than a quarter of the width (names and requests, which wrap at their
    spaces, give way first)."""
    size = style.font_pt

    def fit(*texts: str, font: str = REGULAR) -> float:
        return max(stringWidth(t, font, size) for t in texts) + 2 * _H_PAD + 1

    def longest_word(column: int, least: str, most: str) -> float:
        """Room for the longest word the column holds (header included), but no more
        than `most` would need: a longer word (rare) wraps inside its cell."""
        words = {w for r in rows for w in r.cells()[column].split()}
        widest = max((stringWidth(w, REGULAR, size) for w in words), default=0.0)
        header = max(stringWidth(w, BOLD, size) for w in HEADERS[column].split())
        cap = stringWidth(most, REGULAR, size)
        return max(min(widest, cap), header, stringWidth(least, REGULAR, size)) + 2 * _H_PAD + 1

    narrow = [
        fit(str(len(rows)), HEADERS[0], "cont.", font=BOLD),
        # At least "April 14," on a line, and a short request label ("RFP No. 3") whole.
        longest_word(1, "April 14,", _DATE_WORD),
        longest_word(2, "Letter", _WHAT_WORD),
        longest_word(3, "Whitfield", _WHO_WORD),
        longest_word(4, "Interrog. No. 4", _REQUEST_WORD),
    ]
    longest_log = max((r.mail_log_number for r in rows), key=len, default="")
    least_log = fit("Mail-log", "number", font=BOLD)
    mail_log = min(width * _MAIL_LOG_SHARE, max(fit(longest_log), least_log))
    least_summary = width * _SUMMARY_SHARE
    spare = width - least_summary - mail_log
    # Too wide: the requests column gives way first (its labels are short words that
    # wrap well), down to its longest word; only then the names.
    excess = sum(narrow) - spare
    if excess > 0:
        least_request = max(stringWidth(w, REGULAR, size) for w in ("(Set", "Interrog.")) \
            + 2 * _H_PAD + 1
        give = min(excess, max(0.0, narrow[4] - least_request))
        narrow[4] -= give
        excess -= give
    if excess > 0:
        narrow[3] = max(narrow[3] - excess, 0.5 * narrow[3])
    summary = width - sum(narrow) - mail_log
    return [*narrow, summary, mail_log]


# A row this long may not fit on one page; shorter rows are never measured twice.
_LONG_ROW_CHARACTERS = 1500
_CONTINUED = "{number} cont."


def _row_pieces(
    texts: Sequence[str],
    widths: Sequence[float],
    style: DocumentStyle,
    room: float,
    full_page: float,
    v_pad: float,
) -> list[list[str]]:
    """A row too tall for the room left cut into page-sized pieces, each cell's text
    broken at the same line: the first piece fills what is left of this page, the others
    a page each, and each piece after the first repeats the row number (`3 cont.`).

    Every cell's words are laid into lines once, so the time grows in line with the text
    (cutting a reportlab paragraph again and again re-measures the rest each time)."""
    leading = style.cell_leading
    lines = [_lines(text, w - 2 * _H_PAD, style.font_pt) for text, w in zip(texts, widths,
                                                                             strict=True)]
    tallest = max(len(cell) for cell in lines)

    def fits(height: float) -> int:
        # One line kept spare: reportlab may wrap a piece a line longer than this count.
        return max(1, int((height - 2 * v_pad) // leading) - 1)

    first = fits(room) if room - 2 * v_pad >= 3 * leading else 0
    if tallest <= first:
        return [list(texts)]
    pieces: list[list[str]] = []
    start, count = 0, first or fits(full_page)
    if first == 0:
        count = fits(full_page)
    while start < tallest:
        piece = [" ".join(cell[start:start + count]) for cell in lines]
        if pieces:
            piece[0] = _CONTINUED.format(number=texts[0])
        pieces.append(piece)
        start += count
        count = fits(full_page)
    return pieces


def _lines(text: str, width: float, size: float) -> list[str]:
    """The text's lines at `width`, broken at spaces as a paragraph breaks them (a word
    wider than the column gets a line of its own)."""
    space = stringWidth(" ", REGULAR, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split(" "):
        if not word:
            continue
        word_width = stringWidth(word, REGULAR, size)
        if current and used + space + word_width > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used = word_width if not current else used + space + word_width
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


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
