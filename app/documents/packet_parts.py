"""The packet's own parts as reportlab flowables: the statement of the requests in dispute,
the index of exhibits, the exhibit cover and slip sheets, and the marks that tell the
footer which part and which exhibit a page belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.documents.declaration import first_page_top, signature_lines
from app.documents.fonts import REGULAR
from app.documents.packet_content import (
    EXHIBIT_A,
    INDEX_TITLE,
    LOG_TITLE,
    Exhibit,
    ExhibitKind,
    PacketContent,
    StatementEntry,
)
from app.documents.style import LINE_PITCH
from app.documents.typeset import Styles, bold, para, table_font
from app.domain.wording import BLANK_DATE, role_word

PAPER_FOLLOWS = "(the paper copy follows this page)"
REPRINTED = ("(reprinted from the text the program stored when the letter was logged as "
             "mailed; the letter follows this page)")


@dataclass(frozen=True, slots=True)
class PageMark:
    """What a page's footer says: the part's short title, the exhibit (or ""), and whether
    the page is a plain letter page rather than the court's paper."""

    title: str
    exhibit: str = ""
    letter_page: bool = False


MARK_ATTRIBUTE = "_packet_mark"


def _page_form(label: str) -> str:
    return f"ExhibitPage{label}"


class PageRefs:
    """The index's page numbers, written where the exhibits start.

    The index comes before the exhibits, so when it is laid out their pages are not known
    yet: each index row shows a PDF form named after its exhibit, and the form (the page
    number) is written when the exhibit's first page is laid out. One layout pass, so the
    time stays that of the pages themselves."""

    def __init__(self, font_pt: float) -> None:
        self.font_pt = font_pt
        self.first_pages: dict[str, int] = {}

    def exhibit_starts(self, canvas: Canvas, label: str) -> None:
        if label in self.first_pages:
            return
        page = canvas.getPageNumber()
        self.first_pages[label] = page
        canvas.beginForm(_page_form(label))
        canvas.setFont(REGULAR, self.font_pt)
        canvas.drawString(0, 0, str(page))
        canvas.endForm()


class PageRef(Flowable):
    """An exhibit's first page in the index: the form `PageRefs` fills in."""

    def __init__(self, label: str, font_pt: float) -> None:
        super().__init__()
        self.label = label
        self.font_pt = font_pt

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.font_pt * 1.2
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        # Move to the first line's baseline (a plain shift: transform, not translate).
        self.canv.transform(1, 0, 0, 1, 0, self.height - self.font_pt)
        self.canv.doForm(_page_form(self.label))
        self.canv.restoreState()


class Mark(Flowable):
    """Draws nothing; leaves the page's footer mark on the canvas (kept with each page's
    state until the footers are drawn) and, at an exhibit's start, writes its page into
    the index."""

    def __init__(self, mark: PageMark, refs: PageRefs | None = None) -> None:
        super().__init__()
        self.mark = mark
        self.refs = refs

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        setattr(self.canv, MARK_ATTRIBUTE, self.mark)
        if self.refs is not None and self.mark.exhibit:
            self.refs.exhibit_starts(self.canv, self.mark.exhibit)


# --- the statement -----------------------------------------------------------------------


def _text_block(text: str, styles: Styles) -> list[Flowable]:
    """The person's or the other side's text, each line its own paragraph (so a long
    text splits across pages line by line, never re-measured whole)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return [para(line, styles.body) for line in lines if line]


def statement_story(content: PacketContent, styles: Styles, width: float) -> list[Flowable]:
    case = content.case
    story = first_page_top(case, styles, width, content.statement_title)
    if content.statement_opening:
        story.append(para(content.statement_opening, styles.numbered))
    else:
        story.append(para(
            f"{role_word(case.litigant.role)} states below each discovery request still in "
            "dispute and the response to it, quoted in full; why the response is not "
            "enough; the order asked for; and where the declaration shows the effort to "
            "meet and confer about it.", styles.numbered))
    for number, entry in enumerate(content.entries, start=1):
        story.extend(_entry_story(number, entry, styles, role_word(case.litigant.role)))
    story.append(KeepTogether([
        Spacer(1, LINE_PITCH),
        para(f"Dated: {BLANK_DATE}", styles.body),
        *signature_lines(case, styles),
    ]))
    return story


def _entry_story(number: int, entry: StatementEntry, styles: Styles,
                 role: str) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, LINE_PITCH),
        KeepTogether([bold(f"{number}. {entry.dispute.label}", styles.body),
                      bold(entry.request_heading, styles.body)]),
        *_text_block(entry.request_text, styles),
        bold(entry.response_heading, styles.body),
        *_text_block(entry.response_text, styles),
    ]
    if entry.why:
        story.append(bold("WHY THE RESPONSE IS NOT ENOUGH:", styles.body))
        story.extend(para(text, styles.body) for text in entry.why)
    if entry.wanted:
        story.append(bold(f"WHAT {role.upper()} ASKS THE COURT TO ORDER:", styles.body))
        story.extend(_text_block(entry.wanted, styles))
    story.append(para(entry.where_shown, styles.body))
    return story


# --- the index of exhibits ----------------------------------------------------------------


def index_story(content: PacketContent, styles: Styles, width: float) -> list[Flowable]:
    """Letter, what it is, its first page in the packet (see `PageRefs`)."""
    rows = [(EXHIBIT_A, f"{LOG_TITLE} (the log of every letter, call and meeting)")]
    rows.extend((e.label, e.description) for e in content.exhibits)
    header: list[Flowable] = [bold(text, styles.cell_header)
                              for text in ("Exhibit", "What it is", "Page")]
    data: list[list[Flowable]] = [header]
    for label, description in rows:
        data.append([para(label, styles.cell), para(description, styles.cell),
                     PageRef(label, styles.cell.fontSize)])
    size = styles.body.fontSize
    label_width = 5 * size
    page_width = 4.5 * size
    table = Table(data, colWidths=[label_width, width - label_width - page_width, page_width],
                  repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        table_font(styles),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    table.hAlign = "LEFT"
    return [bold(INDEX_TITLE, styles.heading), Spacer(1, LINE_PITCH / 2), table]


# --- exhibit covers and slip sheets --------------------------------------------------------


def cover_sheet(label: str, lines: Sequence[str], styles: Styles,
                frame_height: float) -> list[Flowable]:
    """`EXHIBIT C` large and centred a third of the way down, what it is under it."""
    story: list[Flowable] = [Spacer(1, frame_height / 3), bold(f"EXHIBIT {label}", styles.cover),
                             Spacer(1, LINE_PITCH)]
    story.extend(para(line, styles.centred) for line in lines)
    return story


def exhibit_cover_lines(exhibit: Exhibit) -> list[str]:
    if exhibit.kind is ExhibitKind.LETTER:
        return [f"{exhibit.description}.", REPRINTED]
    return [f"{exhibit.description} {PAPER_FOLLOWS}."]
