"""The letter on paper, drawn from its stored text alone: plain business letter, one-inch
margins, the shipped serif embedded, never below 12 points (or the court's size), `Page N
of M` after the first page, the same bytes for the same text, and a footer the packet can
replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from app.documents.letter import build_letter_pdf, letter_font_pt, letter_story
from app.documents.pages import INCH, PAGE_HEIGHT, PAGE_WIDTH
from tests.documents.pdfcheck import (
    embedded_file,
    font_sizes,
    fonts,
    full_text,
    page_texts,
    placed_text,
    reader,
)

LETTER = """José Núñez
Prisoner No. V-1
Example State Prison

August 1, 2007

Jane Roe
1 Main St.

Re: Núñez v. Doe, No. C 07-1
Meet and confer about Request No. 1

Dear Counsel:

1. Request No. 1
I served this request by mail on June 1, 2007.

The request reads:
    All pages of the logbook.

    And the index.

Sincerely,

________________________________
José Núñez"""


def _long(paragraphs: int) -> str:
    body = "\n\n".join(f"Paragraph {n}. " + "The response does not answer the question. " * 12
                       for n in range(paragraphs))
    return f"{LETTER}\n\n{body}\n\nSincerely,\n\n{'_' * 32}\nJosé Núñez"


def test_the_text_is_what_the_page_shows() -> None:
    data = build_letter_pdf(LETTER, min_font_pt=12)
    assert full_text(data).split() == LETTER.split()
    assert len(reader(data).pages) == 1
    assert "Page" not in full_text(data)  # no number on a one-page letter


def test_same_text_same_bytes_and_letter_size() -> None:
    data = build_letter_pdf(_long(12), min_font_pt=12)
    assert data == build_letter_pdf(_long(12), min_font_pt=12)
    box = reader(data).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (PAGE_WIDTH, PAGE_HEIGHT) == (612, 792)


def test_page_n_of_m_on_every_page_after_the_first() -> None:
    data = build_letter_pdf(_long(14), min_font_pt=12)
    texts = page_texts(data)
    count = len(texts)
    assert count >= 3
    assert "Page" not in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {count}" in text


def test_one_inch_margins() -> None:
    data = build_letter_pdf(_long(14), min_font_pt=12)
    for index in range(len(reader(data).pages)):
        for piece in placed_text(data, index):
            if piece.text.startswith("Page "):
                continue
            assert piece.x >= INCH - 0.01, piece
            assert INCH - 0.01 <= piece.y <= PAGE_HEIGHT - INCH, piece


def test_quotations_are_indented_half_an_inch() -> None:
    pieces = placed_text(build_letter_pdf(LETTER, min_font_pt=12), 0)
    quoted = next(p for p in pieces if p.text.startswith("All pages"))
    plain = next(p for p in pieces if p.text.startswith("The request reads"))
    assert quoted.x == pytest.approx(plain.x + 0.5 * INCH)


@pytest.mark.parametrize(("court_pt", "expected"), [(8, 12), (12, 12), (14, 14)])
def test_type_size_is_the_courts_never_below_12(court_pt: int, expected: int) -> None:
    data = build_letter_pdf(_long(3), min_font_pt=court_pt)
    assert letter_font_pt(court_pt) == expected
    assert set(font_sizes(data)) == {expected}


def test_only_the_shipped_serif_embedded() -> None:
    data = build_letter_pdf(_long(3), min_font_pt=12)
    found = list(fonts(data))
    assert found
    for font in found:
        assert "LiberationSerif" in str(font["/BaseFont"])
        assert embedded_file(font)


def test_the_signature_line_has_room_to_sign_and_keeps_the_closing() -> None:
    pieces = placed_text(build_letter_pdf(LETTER, min_font_pt=12), 0)
    closing = next(p for p in pieces if p.text == "Sincerely,")
    line = next(p for p in pieces if p.text.startswith("____"))
    assert closing.y - line.y >= 4 * 12  # the blank line, two lines to sign, and its own


def test_a_packet_can_draw_its_own_footer() -> None:
    seen: list[tuple[int, int]] = []

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        seen.append((page, pages))
        canvas.setFont("LiberationSerif", 12)
        canvas.drawString(INCH, 0.5 * INCH, f"Exhibit C, page {page}")

    data = build_letter_pdf(_long(14), min_font_pt=12, footer=footer)
    count = len(reader(data).pages)
    assert seen == [(n, count) for n in range(1, count + 1)]
    texts = page_texts(data)
    assert "Exhibit C, page 1" in texts[0] and "Page 2 of" not in texts[1]
    assert letter_story(LETTER, 12.0)  # flowables for a packet's own document


@settings(max_examples=20, deadline=None)
@given(st.lists(st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1,
                        max_size=30), min_size=1, max_size=30))
def test_any_plain_text_is_shown_whole(words: list[str]) -> None:
    """Markup characters (<, &, >) are the person's words, never read as markup."""
    text = " ".join(words)
    shown = re.sub(r"Page \d+ of \d+", " ", full_text(build_letter_pdf(text, min_font_pt=12)))
    assert "".join(shown.split()) == "".join(text.split())
