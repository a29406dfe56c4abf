"""The whole document read back from the PDF: parts in order, pleading paper, fonts, sizes,
determinism."""

from __future__ import annotations

import datetime as dt

import pytest

from app.documents.pages import PLAIN, PLEADING, line_baseline
from app.documents.style import DocumentStyle
from app.domain.model import ParagraphEdit
from tests.documents.pdfcheck import (
    embedded_file,
    font_sizes,
    fonts,
    full_text,
    page_texts,
    placed_text,
    reader,
)
from tests.documents.sample import build_pdf, sample_case
from tests.helpers.builders import outgoing

PLEADING_12 = DocumentStyle(pleading_paper=True, min_font_pt=12)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return build_pdf(style=PLEADING_12)


def _in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing after position {position}: {text[position:][:300]!r}"
        position = found + len(part)


def test_every_part_in_order(pdf: bytes) -> None:
    _in_order(
        full_text(pdf),
        [
            "José Núñez",
            "Prisoner No. V-12345",
            "Salinas Valley State Prison",
            "P.O. Box 1050",
            "Soledad, CA 93960-1050",
            "Plaintiff, pro se",
            "UNITED STATES DISTRICT COURT",
            "NORTHERN DISTRICT OF CALIFORNIA",
            "JOSÉ NÚÑEZ, Plaintiff, v. OFFICER J. SAMPLE, et al., Defendants.",
            "Case No. C 07-959 SI",
            "Judge: Susan Illston",
            "DECLARATION OF JOSÉ NÚÑEZ IN SUPPORT OF MOTION TO COMPEL DISCOVERY "
            "(MEET-AND-CONFER EFFORTS)",
            "I, José Núñez, declare:",
            "1. I am the plaintiff in this action",
            "2. On June 1, 2007, I served Request for Production No. 3 (Set One)",
            "3. On June 1, 2007, I served Interrogatory No. 5 (Set One)",
            "4. On July 20, 2007, I delivered to prison staff for mailing a letter",
            "5. On August 13, 2007, I received a letter dated August 6, 2007, from Jane Roe",
            "6. On or about August 15, 2007, at 2:30 p.m., I spoke by telephone",
            "for about 15 minutes",
            "7. On August 20, 2007",
            "8. As of August 28, 2007, the following requests remain unresolved",
            "9. I certify that I have in good faith conferred or attempted to confer",
            "I declare under penalty of perjury that the foregoing is true and correct.",
            "Executed on ____________ at Salinas Valley State Prison, Soledad, CA.",
            "José Núñez",
            "Prisoner No. V-12345",
            "EXHIBIT A",
            "Meet-and-Confer Log",
            "Row Date What With whom Requests Summary Mail-log number",
            "1 July 20, 2007 Letter sent Jane Roe",
            "2 August 6, 2007 (received August 13, 2007) Letter received",
            "3 on or about August 15, 2007 Phone call",
            "4 August 20, 2007 Letter sent John Doe",
            "DECLARATION OF SERVICE BY MAIL",
            "first-class postage",
            "Jane Roe",
            "455 Golden Gate Ave., Suite 11000",
            "John Doe",
            "Office of the Attorney General",
            "1300 I Street",
            "Sacramento, CA 95814",
            "I declare under penalty of perjury that the foregoing is true and correct.",
            "Executed on ____________",
        ],
    )


def test_letter_size_pages(pdf: bytes) -> None:
    for page in reader(pdf).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_line_numbers_1_to_28_on_every_page_on_the_grid(pdf: bytes) -> None:
    for index in range(len(reader(pdf).pages)):
        numbers = {(p.text, p.y) for p in placed_text(pdf, index) if p.x < PLEADING.left - 12}
        expected = {(str(n), line_baseline(PLEADING_12, n)) for n in range(1, 29)}
        assert expected <= numbers, f"page {index + 1}"
    assert [line_baseline(PLEADING_12, n) for n in (1, 2, 28)] == [720, 696, 72]


def test_declaration_text_sits_on_the_numbered_lines(pdf: bytes) -> None:
    grid = {line_baseline(PLEADING_12, n) for n in range(1, 29)}
    texts = page_texts(pdf)
    last = next(i for i, t in enumerate(texts) if "penalty of perjury" in t)
    for index in range(last + 1):
        body = [p for p in placed_text(pdf, index) if p.x >= PLEADING.left - 1]
        body = [p for p in body if p.y >= PLEADING.bottom]  # the footer is below the grid
        assert body
        off = [p for p in body if round(p.y, 3) not in grid]
        assert not off, f"page {index + 1}: {off[:3]}"


def test_caption_starts_on_line_8(pdf: bytes) -> None:
    court = next(p for p in placed_text(pdf, 0) if p.text == "UNITED STATES DISTRICT COURT")
    assert court.y == line_baseline(PLEADING_12, 8)
    name = next(p for p in placed_text(pdf, 0) if p.text == "José Núñez")
    assert name.y == line_baseline(PLEADING_12, 1)


def test_footer_has_page_number_and_short_title_on_every_page(pdf: bytes) -> None:
    for index, text in enumerate(page_texts(pdf), start=1):
        footer = [p.text for p in placed_text(pdf, index - 1) if p.y < PLEADING.bottom]
        assert str(index) in footer
        assert any("Declaration re Meet-and-Confer Efforts" in t for t in footer), text[-200:]


def test_every_font_is_embedded_liberation_serif(pdf: bytes) -> None:
    found = list(fonts(pdf))
    assert found
    for font in found:
        assert "LiberationSerif" in str(font["/BaseFont"])
        assert embedded_file(font), font["/BaseFont"]


def test_no_text_below_twelve_points(pdf: bytes) -> None:
    sizes = set(font_sizes(pdf))
    assert sizes and min(sizes) >= 12


def test_no_text_below_fourteen_points_for_such_a_court() -> None:
    data = build_pdf(style=DocumentStyle(pleading_paper=True, min_font_pt=14))
    assert min(font_sizes(data)) >= 14
    assert "EXHIBIT A" in full_text(data)


def test_the_same_input_gives_the_same_bytes(pdf: bytes) -> None:
    assert build_pdf(style=PLEADING_12) == pdf


def test_plain_pages_have_no_line_numbers_and_one_inch_margins() -> None:
    data = build_pdf(style=DocumentStyle(pleading_paper=False))
    for index in range(len(reader(data).pages)):
        placed = placed_text(data, index)
        assert all(PLAIN.left - 0.5 <= p.x for p in placed), index
        assert not any(p.text == "28" and p.x < PLAIN.left for p in placed)
    _in_order(full_text(data), ["UNITED STATES DISTRICT COURT", "I, José Núñez, declare:"])


def test_proof_of_service_can_be_left_out() -> None:
    data = build_pdf(style=PLEADING_12, proof_of_service=False)
    text = full_text(data)
    assert "EXHIBIT A" in text
    assert "DECLARATION OF SERVICE BY MAIL" not in text


def test_signing_date_fills_the_executed_line() -> None:
    data = build_pdf(style=PLEADING_12, signing_date=dt.date(2007, 9, 4))
    executed = "Executed on September 4, 2007 at Salinas Valley State Prison, Soledad, CA."
    assert executed in full_text(data)


def test_an_edited_paragraph_prints_instead_of_the_generated_one() -> None:
    edits = {"certification": ParagraphEdit("certification", "My own certification.", "old")}
    text = full_text(build_pdf(style=PLEADING_12, edits=edits))
    assert "My own certification." in text
    assert "I certify that I have in good faith" not in text


def test_markup_in_the_users_words_prints_as_written() -> None:
    case = sample_case()
    case.communications[0].summary = "Asked for <b>all</b> records & logs"
    assert "Asked for <b>all</b> records & logs." in full_text(build_pdf(case, PLEADING_12))


def test_an_empty_log_still_gives_the_exhibit() -> None:
    case = sample_case(communications=[])
    text = full_text(build_pdf(case, PLEADING_12))
    _in_order(text, ["EXHIBIT A", "Meet-and-Confer Log", "No letters, calls or meetings"])


def test_many_litigant_lines_still_leave_line_8_for_the_court() -> None:
    case = sample_case()
    case.litigant.address = [f"Address line {n}" for n in range(1, 9)]
    case.litigant.phone = "(555) 555-0100"
    data = build_pdf(case, PLEADING_12)
    court = next(p for p in placed_text(data, 0) if p.text == "UNITED STATES DISTRICT COURT")
    assert court.y == line_baseline(PLEADING_12, 8)
    _in_order(full_text(data), ["Address line 1", "Address line 8", "Plaintiff, pro se"])


def test_a_communication_after_the_day_is_not_printed() -> None:
    case = sample_case()
    case.communications.append(outgoing("future", "2007-09-10", summary="Not yet written."))
    assert "Not yet written" not in full_text(build_pdf(case, PLEADING_12))
