"""A meet-and-confer letter on paper, drawn from its stored text alone (letters contract).

The text is the whole letter as `app.domain.letters.letter_text` wrote it (or as the person
edited it): so a logged letter reprints exactly as it was mailed, whatever has changed in
the log since, and the filing packet can print it as an exhibit. How the text is read:

- a blank line separates the letter's parts; one line's space is left between them;
- every line inside a part starts a new line on paper (a long line wraps);
- a line starting with four spaces is a quotation, indented half an inch on each side;
- a line of underscores is the signature line: two lines of room to sign above it, and
  the part before it (`Sincerely,`) is kept on its page, as is a `cc:` part after it;
- a part whose first line starts with a number and a full stop (`1. Request for
  Production No. 3`) has that line in bold: the heading of a request's part.

Plain business letter: letter size, one-inch margins, the shipped serif embedded, type of
the court's smallest size and never below 12 points, single-spaced. Every page after the
first says `Page N of M` at its foot. The same text gives the same bytes (reportlab's
invariant mode).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app.documents.fonts import REGULAR, register_fonts
from app.documents.pages import INCH, PAGE_HEIGHT, PAGE_WIDTH, PLAIN
from app.documents.style import DocumentStyle

QUOTE_PREFIX = "    "
_SIGNATURE = re.compile(r"^_{5,}$")
_HEADING = re.compile(r"^[0-9]{1,3}\. \S")

PageFooter = Callable[[Canvas, int, int], None]
"""Draws a page's footer: (canvas, page number from 1, number of pages). The default writes
`Page N of M` on every page after the first; the packet passes its own."""


def letter_font_pt(min_font_pt: int) -> float:
    """The letter's type size: the court's smallest, never below 12 points."""
    return DocumentStyle(pleading_paper=False, min_font_pt=min_font_pt).font_pt


def letter_story(text: str, font_pt: float) -> list[Flowable]:
    """The letter's text as flowables (for a frame 6.5 inches wide, as on the letter's own
    pages), for a caller that builds its own document: the packet's exhibits."""
    styles = _Styles(font_pt)
    story: list[Flowable] = []
    parts = _parts(text)
    for index, lines in enumerate(parts):
        following = parts[index + 1][0] if index + 1 < len(parts) else ""
        # The closing stays with the signature, the signature with the copies list; above
        # the signature line, two more lines of room to sign.
        signs_next = _is_signature(following)
        keep = signs_next or following.startswith("cc:")
        space = (3 if signs_next else 1) * styles.leading
        story.extend(_part(lines, styles, keep_with_next=keep, space_after=space))
    return story


def build_letter_pdf(text: str, *, min_font_pt: int, footer: PageFooter | None = None) -> bytes:
    """The letter as PDF bytes. `footer` replaces the default `Page N of M` footer."""
    register_fonts()
    font_pt = letter_font_pt(min_font_pt)
    area = PLAIN
    frame = Frame(area.left, area.bottom, area.width, area.height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="letter")
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageTemplates=[PageTemplate(id="letter", frames=[frame])],
        title=_title(text),
        author=_first_line(text),
        creator="Meet-and-Confer Log",
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=font_pt,
        pageCompression=1,
    )
    draw = footer or _PageOfPages(font_pt)
    doc.build(letter_story(text, font_pt), canvasmaker=_counting_canvas(draw))
    return buffer.getvalue()


# --- reading the text ---------------------------------------------------------------------


def _parts(text: str) -> list[list[str]]:
    """The letter's parts: runs of non-blank lines, trailing spaces dropped."""
    parts: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts


def _is_signature(line: str) -> bool:
    return bool(_SIGNATURE.match(line.strip()))


def _is_quoted(line: str) -> bool:
    return line.startswith(QUOTE_PREFIX) or line.startswith("\t")


def _first_line(text: str) -> str:
    parts = _parts(text)
    return parts[0][0].strip() if parts else ""


def _title(text: str) -> str:
    for lines in _parts(text):
        if lines[0].startswith("Re:"):
            return lines[0].removeprefix("Re:").strip()
    return "Letter"


# --- typesetting --------------------------------------------------------------------------


class _Styles:
    def __init__(self, font_pt: float) -> None:
        self.leading = round(font_pt * 1.2, 2)
        self.body = ParagraphStyle(
            "letter", fontName=REGULAR, fontSize=font_pt, leading=self.leading,
            alignment=TA_LEFT, spaceBefore=0, spaceAfter=0,
        )  # fmt: skip
        self.quote = ParagraphStyle("quote", parent=self.body, leftIndent=0.5 * INCH,
                                    rightIndent=0.5 * INCH)


def _part(lines: list[str], styles: _Styles, *, keep_with_next: bool,
          space_after: float) -> list[Flowable]:
    """One part: runs of plain and of quoted lines, each run one paragraph whose lines
    break where the text's do; `space_after` after the part."""
    runs: list[tuple[bool, list[str]]] = []
    for line in lines:
        quoted = _is_quoted(line)
        if runs and runs[-1][0] == quoted:
            runs[-1][1].append(line)
        else:
            runs.append((quoted, [line]))
    flowables: list[Flowable] = []
    for number, (quoted, run) in enumerate(runs):
        style = styles.quote if quoted else styles.body
        last = number == len(runs) - 1
        markup = "<br/>".join(escape(line.strip()) for line in run)
        if number == 0 and not quoted and _HEADING.match(run[0]):
            # A request's numbered heading (`1. Request for Production No. 3`) in bold.
            first, _, rest = markup.partition("<br/>")
            markup = f"<b>{first}</b>" + (f"<br/>{rest}" if rest else "")
        style = ParagraphStyle(f"{style.name}-{number}", parent=style,
                               spaceAfter=space_after if last else 0,
                               keepWithNext=int(keep_with_next or not last))
        flowables.append(Paragraph(markup, style))
    return flowables


# --- page numbers -------------------------------------------------------------------------


class _PageOfPages:
    """`Page N of M`, centred half an inch from the bottom, on every page after the first."""

    def __init__(self, font_pt: float) -> None:
        self.font_pt = font_pt

    def __call__(self, canvas: Canvas, page: int, pages: int) -> None:
        if page == 1:
            return
        canvas.setFont(REGULAR, self.font_pt)
        canvas.drawCentredString(PAGE_WIDTH / 2, 0.5 * INCH, f"Page {page} of {pages}")


def _counting_canvas(footer: PageFooter) -> Callable[..., Canvas]:
    """A canvas that holds every page until the end, so each footer can name the number of
    pages (reportlab learns it only after the last page is laid out)."""

    class CountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab: begin the next page

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.saveState()
                footer(self, number, count)
                self.restoreState()
                super().showPage()
            super().save()

    return CountingCanvas
