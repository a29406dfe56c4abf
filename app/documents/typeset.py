"""The paragraph styles of every document, from the DocumentStyle, and the helpers that turn
the user's plain text into reportlab's paragraph markup safely."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.documents.fonts import BOLD, REGULAR
from app.documents.style import DocumentStyle


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle  # double-spaced text on the grid
    numbered: ParagraphStyle  # a numbered paragraph: first line indented
    heading: ParagraphStyle  # centred capitals, bold
    centred: ParagraphStyle
    single: ParagraphStyle  # single-spaced lines: the litigant's block
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    cover: ParagraphStyle
    signature: ParagraphStyle  # the signature block, in the right half
    address: ParagraphStyle  # an addressee's block, indented an inch


def make_styles(style: DocumentStyle, width: float) -> Styles:
    size, leading = style.font_pt, style.leading
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=size, leading=leading, alignment=TA_LEFT,
        spaceBefore=0, spaceAfter=0, allowWidows=1, allowOrphans=1,
    )  # fmt: skip
    cell = ParagraphStyle("cell", parent=body, leading=style.cell_leading)
    return Styles(
        body=body,
        numbered=ParagraphStyle("numbered", parent=body, firstLineIndent=0.5 * 72),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, alignment=TA_CENTER),
        centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
        single=ParagraphStyle("single", parent=body, leading=style.cell_leading),
        cell=cell,
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=BOLD),
        cover=ParagraphStyle(
            "cover",
            parent=body,
            fontName=BOLD,
            fontSize=2 * size + 4,
            leading=2 * size + 16,
            alignment=TA_CENTER,
        ),
        signature=ParagraphStyle("signature", parent=body, leftIndent=width / 2),
        address=ParagraphStyle("address", parent=body, leftIndent=72),
    )


def table_font(styles: Styles) -> tuple[str, tuple[int, int], tuple[int, int], str, float, float]:
    """A TableStyle command giving every cell the document's face and size: a table sets
    its cells' font (Helvetica 10 unless told) even when the cells hold paragraphs, and
    that would put an unembedded font below the court's minimum in the file."""
    body = styles.body
    return ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize, body.leading)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (the user's words are escaped, never read as markup)."""
    return Paragraph(escape(text), style)


def bold(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<b>{escape(text)}</b>", style)
