"""The page: its frame and its furniture (pleading line numbers, rules, footer), drawn by
`PageTemplate` callbacks so the story holds only the document's own text."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.documents.fonts import REGULAR
from app.documents.style import LINE_PITCH, LINES_PER_PAGE, DocumentStyle

PAGE_WIDTH, PAGE_HEIGHT = letter
INCH = 72.0


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where the text goes on a page (points from the bottom-left corner)."""

    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom


# Pleading paper: the 28 lines fill the frame exactly (28 x 24 = 672 points), line 1's
# baseline one inch below the top edge; numbers in the left margin, a double rule between
# them and the text, a single rule at the right. Text from 1.3 to 7.75 inches: California's
# rules ask at least one inch at the left and half an inch at the right, and the exhibit's
# seven columns need every point of width they can get.
_PLEADING_TOP = PAGE_HEIGHT - 60
PLEADING = Geometry(
    left=1.3 * INCH,
    right=7.75 * INCH,
    top=_PLEADING_TOP,
    bottom=_PLEADING_TOP - LINES_PER_PAGE * LINE_PITCH,
)
PLAIN = Geometry(left=INCH, right=PAGE_WIDTH - INCH, top=PAGE_HEIGHT - INCH, bottom=INCH)

_NUMBER_RIGHT_EDGE = PLEADING.left - 0.3 * INCH
_LEFT_RULES = (PLEADING.left - 12, PLEADING.left - 9)
_RIGHT_RULE = PLEADING.right + 9


def geometry(style: DocumentStyle) -> Geometry:
    return PLEADING if style.pleading_paper else PLAIN


def line_baseline(style: DocumentStyle, line: int) -> float:
    """Baseline of pleading line `line` (1-28). reportlab puts a paragraph's first baseline
    one font size below the top of its box, and every flowable on pleading paper is a whole
    number of 24-point lines tall, so the text's baselines fall exactly here."""
    return PLEADING.top - style.font_pt - (line - 1) * LINE_PITCH


class Furniture:
    """The onPage callback: what every page carries besides the story."""

    def __init__(self, style: DocumentStyle, footer_title: str, *, footer: bool = True) -> None:
        self.style = style
        self.footer_title = footer_title
        # The packet draws its own footer once the number of pages is known.
        self.footer = footer

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if self.style.pleading_paper:
            self._pleading(canvas)
        if self.footer:
            self._footer(canvas, canvas.getPageNumber())
        canvas.restoreState()

    def _pleading(self, canvas: Canvas) -> None:
        size = self.style.font_pt
        canvas.setFont(REGULAR, size)
        for line in range(1, LINES_PER_PAGE + 1):
            canvas.drawRightString(_NUMBER_RIGHT_EDGE, line_baseline(self.style, line), str(line))
        canvas.setLineWidth(0.75)
        for x in (*_LEFT_RULES, _RIGHT_RULE):
            canvas.line(x, PAGE_HEIGHT, x, 0)

    def _footer(self, canvas: Canvas, page: int) -> None:
        draw_footer(canvas, self.style, geometry(self.style), str(page), self.footer_title)


def draw_footer(canvas: Canvas, style: DocumentStyle, area: Geometry, number: str, title: str,
                left: str = "") -> None:
    """The footer under the text: a rule, the page number centred (and `left` at the left,
    such as `Exhibit C`), the document's short title under it."""
    size = style.font_pt
    rule_y = area.bottom - 6
    canvas.setLineWidth(0.5)
    canvas.line(area.left, rule_y, area.right, rule_y)
    canvas.setFont(REGULAR, size)
    middle = (area.left + area.right) / 2
    canvas.drawCentredString(middle, rule_y - size - 2, number)
    if left:
        canvas.drawString(area.left, rule_y - size - 2, left)
    canvas.drawCentredString(middle, rule_y - 2 * size - 4, title)


def fit_footer_title(full: str, short: str, style: DocumentStyle) -> str:
    """The footer's title, shortened when the full one would not fit on one line."""
    width = geometry(style).width
    return full if stringWidth(full, REGULAR, style.font_pt) <= width else short


def page_template(style: DocumentStyle, footer_title: str, *, footer: bool = True,
                  template_id: str = "page") -> PageTemplate:
    area = geometry(style)
    frame = Frame(
        area.left, area.bottom, area.width, area.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
    )  # fmt: skip
    return PageTemplate(id=template_id, frames=[frame],
                        onPage=Furniture(style, footer_title, footer=footer))
