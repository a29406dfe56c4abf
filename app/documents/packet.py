"""Put the filing packet together into one PDF (packet.md): the statement of the requests
in dispute, the declaration, the index of exhibits, Exhibit A, Exhibits B, C, … and the
proof of service by mail, in that order.

Every page's footer says `Page k of N` for the whole packet (and `Exhibit C` on an
exhibit's pages): the footers are drawn once every page is laid out, from the mark each
page carries. The index names each exhibit's first page, so the packet is laid out twice:
once to learn the pages, once to print them (the index has the same size both times). The
same content gives the same bytes (reportlab's invariant mode).
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from app.documents.declaration import declaration_story
from app.documents.exhibit_table import exhibit_table_story
from app.documents.fonts import register_fonts
from app.documents.letter import _counting_canvas as counting_canvas
from app.documents.letter import letter_font_pt, letter_story
from app.documents.packet_content import EXHIBIT_A, ExhibitKind, PacketContent
from app.documents.packet_parts import (
    MARK_ATTRIBUTE,
    Mark,
    PageMark,
    PageRefs,
    cover_sheet,
    exhibit_cover_lines,
    index_story,
    statement_story,
)
from app.documents.pages import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PLAIN,
    draw_footer,
    fit_footer_title,
    geometry,
    page_template,
)
from app.documents.pdf import _collector_paused as collector_paused
from app.documents.proof import proof_of_service_story
from app.documents.style import DocumentStyle
from app.documents.typeset import make_styles

STATEMENT_SHORT = "Statement of Requests in Dispute"
DECLARATION_SHORT = "Declaration re Meet-and-Confer Efforts"
EXHIBITS_SHORT = "Exhibits to Declaration"
PROOF_SHORT = "Declaration of Service by Mail"
_COURT_PAGE, _LETTER_PAGE = "court", "letter"


def render_packet(content: PacketContent, style: DocumentStyle) -> bytes:
    with collector_paused():
        register_fonts()
        return _build(content, style)


def _build(content: PacketContent, style: DocumentStyle) -> bytes:
    case = content.case
    area = geometry(style)
    styles = make_styles(style, area.width)
    refs = PageRefs(styles.cell.fontSize)

    def mark(title: str, exhibit: str = "", letter_page: bool = False) -> Mark:
        return Mark(PageMark(_footer_title(title, case.short_title, style), exhibit,
                             letter_page), refs)

    story: list[Flowable] = [mark(STATEMENT_SHORT)]
    story.extend(statement_story(content, styles, area.width))
    story.extend((PageBreak(), mark(DECLARATION_SHORT)))
    story.extend(declaration_story(case, content.paragraphs, styles, area.width,
                                   content.signing_date))
    story.extend((PageBreak(), mark(EXHIBITS_SHORT)))
    story.extend(index_story(content, styles, area.width))

    story.extend((PageBreak(), mark(EXHIBITS_SHORT, EXHIBIT_A)))
    story.extend(cover_sheet(EXHIBIT_A, [], styles, area.height))
    story.append(PageBreak())
    story.extend(exhibit_table_story(content.exhibit_rows, style, styles, area.width,
                                     area.height, content.exhibit_legend))
    letter_pt = letter_font_pt(style.min_font_pt)
    for exhibit in content.exhibits:
        story.extend((PageBreak(), mark(EXHIBITS_SHORT, exhibit.label)))
        story.extend(cover_sheet(exhibit.label, exhibit_cover_lines(exhibit), styles,
                                 area.height))
        if exhibit.kind is ExhibitKind.LETTER:
            # The letter in its own layout: plain pages, one-inch margins.
            story.extend((NextPageTemplate(_LETTER_PAGE), PageBreak(),
                          mark(EXHIBITS_SHORT, exhibit.label, letter_page=True),
                          NextPageTemplate(_COURT_PAGE)))
            story.extend(letter_story(exhibit.letter_text, letter_pt))

    if content.proof_of_service:
        proof = proof_of_service_story(case, styles, content.documents)
        story.extend((proof[0], mark(PROOF_SHORT), *proof[1:]))

    buffer = io.BytesIO()
    letter_frame = Frame(PLAIN.left, PLAIN.bottom, PLAIN.width, PLAIN.height, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0, id="letter")
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageTemplates=[
            page_template(style, "", footer=False, template_id=_COURT_PAGE),
            PageTemplate(id=_LETTER_PAGE, frames=[letter_frame]),
        ],
        title=content.statement_title,
        author=case.litigant.name,
        subject=f"{case.short_title}, No. {case.case_number}",
        creator="Meet-and-Confer Log",
        invariant=1,
        initialFontName=styles.body.fontName,
        initialFontSize=styles.body.fontSize,
        pageCompression=1,
    )
    doc.build(story, canvasmaker=counting_canvas(_Footer(style)))
    return buffer.getvalue()


def _footer_title(short: str, case_title: str, style: DocumentStyle) -> str:
    return fit_footer_title(f"{short} ({case_title})", short, style)


class _Footer:
    """`Page k of N` on every page, `Exhibit C` at the left on an exhibit's pages, and the
    part's short title under them; on the court's paper or a letter's plain page."""

    def __init__(self, style: DocumentStyle) -> None:
        self.style = style

    def __call__(self, canvas: Canvas, page: int, pages: int) -> None:
        mark = getattr(canvas, MARK_ATTRIBUTE, None) or PageMark("")
        area = PLAIN if mark.letter_page else geometry(self.style)
        exhibit = f"Exhibit {mark.exhibit}" if mark.exhibit else ""
        draw_footer(canvas, self.style, area, f"Page {page} of {pages}", mark.title, exhibit)
