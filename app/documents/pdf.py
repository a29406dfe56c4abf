"""Put the parts together into one PDF (exhibit.md): declaration, Exhibit A, and the proof
of service by mail. The same input gives the same bytes: reportlab's invariant mode fixes
the dates and document id it would otherwise stamp in."""

from __future__ import annotations

import contextlib
import gc
import io
from collections.abc import Iterator

from reportlab.platypus import Flowable

from app.documents.content import DeclarationContent
from app.documents.declaration import declaration_story
from app.documents.exhibit_table import cover_page, exhibit_table_story
from app.documents.fonts import register_fonts
from app.documents.pages import fit_footer_title, geometry, page_template, paper_document
from app.documents.proof import proof_of_service_story
from app.documents.style import DocumentStyle
from app.documents.typeset import make_styles
from app.domain.wording import declaration_title

SHORT_TITLE = "Declaration re Meet-and-Confer Efforts"


def render_declaration(content: DeclarationContent, style: DocumentStyle) -> bytes:
    with collector_paused():
        return _render(content, style)


def _render(content: DeclarationContent, style: DocumentStyle) -> bytes:
    register_fonts()
    case = content.case
    area = geometry(style)
    styles = make_styles(style, area.width)
    story: list[Flowable] = declaration_story(
        case, content.paragraphs, styles, area.width, content.signing_date
    )
    story.extend(cover_page(styles, area.height))
    story.extend(exhibit_table_story(
        content.exhibit_rows, style, styles, area.width, area.height, content.exhibit_legend))
    if content.proof_of_service:
        story.extend(proof_of_service_story(case, styles))

    footer = fit_footer_title(f"{SHORT_TITLE} ({case.short_title})", SHORT_TITLE, style)
    buffer = io.BytesIO()
    doc = paper_document(
        buffer,
        [page_template(style, footer)],
        title=declaration_title(case),
        author=case.litigant.name,
        subject=f"{case.short_title}, No. {case.case_number}",
        font_name=styles.body.fontName,
        font_pt=styles.body.fontSize,
    )
    doc.build(story)
    return buffer.getvalue()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the story is made and laid out.

    A long log makes hundreds of thousands of small objects that all live until the build
    ends; each full collection walks all of them, which made a 10,000-row log cost far more
    than ten 1,000-row ones. Nothing is lost: the objects are freed when the build returns
    and the collector runs again as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
