"""Exhibit A's table: page-sized pieces, the header on every page, nothing clipped."""

from __future__ import annotations

from reportlab.platypus import Table

from app.documents.exhibit_rows import ExhibitRow, exhibit_rows, legend, what
from app.documents.exhibit_table import column_widths, exhibit_table_story
from app.documents.fonts import register_fonts
from app.documents.pages import PLEADING
from app.documents.selection import select
from app.documents.style import DocumentStyle
from app.documents.typeset import make_styles
from app.domain.model import Case
from tests.documents.pdfcheck import full_text, page_texts
from tests.documents.sample import AS_OF, build_pdf, sample_case
from tests.helpers.builders import day, incoming, make_case, outgoing

STYLE = DocumentStyle(pleading_paper=True)


def _long_case(rows: int, summary: str = "Asked again for the records.") -> Case:
    letters = [
        outgoing(f"c{n}", day("2007-07-01"), summary=f"{summary} Letter {n}.",
                 mail_log_number=f"LM-{n}")
        for n in range(1, rows + 1)
    ]  # fmt: skip
    return make_case(communications=letters)


def test_rows_say_what_happened_in_plain_words() -> None:
    assert what(outgoing("a", "2007-07-01")) == "Letter sent"
    assert what(incoming("a", "2007-07-01")) == "Letter received"
    assert what(outgoing("a", "2007-07-01", method="phone")) == "Phone call"
    assert what(outgoing("a", "2007-07-01", method="email")) == "Email sent"
    rows = list(exhibit_rows(select(sample_case(), AS_OF)))
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert (
        rows[0].requests == "Request for Production No. 3 (Set One); Interrogatory No. 5 (Set One)"
    )
    assert rows[0].with_whom == "Jane Roe"
    assert rows[2].date == "on or about August 15, 2007"


def test_the_table_is_cut_into_page_sized_pieces_with_the_header() -> None:
    register_fonts()
    case = _long_case(200)
    rows = list(exhibit_rows(select(case, day("2007-08-01"))))
    styles = make_styles(STYLE, PLEADING.width)
    story = exhibit_table_story(rows, STYLE, styles, PLEADING.width, PLEADING.height)
    tables = [f for f in story if isinstance(f, Table)]
    assert len(tables) > 5
    assert all(t.repeatRows == 1 for t in tables)
    assert sum(len(t._cellvalues) - 1 for t in tables) == 200  # every row once
    for table in tables:
        height = table.wrap(PLEADING.width, PLEADING.height)[1]
        assert height <= PLEADING.height  # each piece fits on its page


def test_header_repeats_on_every_table_page_and_rows_stay_in_order() -> None:
    data = build_pdf(_long_case(120), STYLE, day("2007-08-01"), proof_of_service=False)
    texts = page_texts(data)
    table_pages = texts[texts.index(next(t for t in texts if "EXHIBIT A" in t)) + 1 :]
    assert len(table_pages) > 3
    for text in table_pages:
        assert "Mail-log number" in " ".join(text.split())
    joined = full_text(data)
    positions = [joined.index(f"Letter {n}.") for n in range(1, 121)]
    assert positions == sorted(positions)


def test_a_summary_longer_than_a_page_wraps_and_prints_whole() -> None:
    words = " ".join(f"word{n}" for n in range(1, 1200))
    case = make_case(communications=[outgoing("c1", "2007-07-01", summary=words)])
    text = full_text(build_pdf(case, STYLE, day("2007-08-01")))
    assert "word1 word2" in text and "word1199" in text
    for n in range(1, 1200, 97):
        assert f"word{n} " in text or text.endswith(f"word{n}")


def test_narrow_columns_fit_their_words_and_the_summary_gets_the_rest() -> None:
    register_fonts()
    rows = [
        ExhibitRow(10000, "September 30, 2007", "Letter received", "A. Lawyer", "x", "y", "LM-1")
    ]
    widths = column_widths(rows, STYLE, PLEADING.width)
    assert abs(sum(widths) - PLEADING.width) < 0.01
    assert widths[5] == max(widths)


def test_at_fourteen_points_the_summary_keeps_its_share_of_the_width() -> None:
    register_fonts()
    rows = [ExhibitRow(1, "x", "x", "x", "x", "x", "LM-2007-0412-ABCDEF")]
    big = DocumentStyle(pleading_paper=True, min_font_pt=14)
    widths = column_widths(rows, big, PLEADING.width)
    assert abs(sum(widths) - PLEADING.width) < 0.01
    assert widths[5] >= PLEADING.width * 0.22 - 0.01
    assert all(w > 0 for w in widths)


def test_numbered_requests_are_abbreviated_and_the_legend_spells_them_out() -> None:
    case = sample_case()
    case.disputes[0].item_number, case.disputes[0].set_number = 3, 1
    case.disputes[1].item_number = 5  # no set number: none is shown
    selection = select(case, AS_OF)
    rows = list(exhibit_rows(selection))
    assert rows[0].requests == "RFP No. 3 (Set One); Interrog. No. 5"
    assert legend(selection) == "Interrog. = Interrogatory; RFP = Request for Production"
    text = full_text(build_pdf(case))
    assert "Requests: Interrog. = Interrogatory; RFP = Request for Production." in text


def test_requests_without_a_number_keep_their_own_label_and_need_no_legend() -> None:
    selection = select(sample_case(), AS_OF)
    assert legend(selection) == ""
    assert "Requests:" not in full_text(build_pdf(sample_case()))


def _cell(table: Table, row: int, column: int) -> str:
    value = table._cellvalues[row][column]
    flowable = value[0] if isinstance(value, (list, tuple)) else value
    return str(flowable.text)


def test_a_row_taller_than_a_page_is_cut_with_its_number_repeated() -> None:
    import time

    words = " ".join(f"word{n}" for n in range(1, 25_000))  # about 200 KB
    case = make_case(communications=[
        outgoing("c1", "2007-07-01", summary="A short one."),
        outgoing("c2", "2007-07-02", summary=words, mail_log_number="LM-2007-04123"),
    ])
    register_fonts()
    rows = list(exhibit_rows(select(case, day("2007-08-01"))))
    styles = make_styles(STYLE, PLEADING.width)
    started = time.process_time()
    story = exhibit_table_story(rows, STYLE, styles, PLEADING.width, PLEADING.height)
    assert time.process_time() - started < 10  # grows in line with the text
    tables = [f for f in story if isinstance(f, Table)]
    firsts = [_cell(t, 1, 0) for t in tables]
    # Row 2 starts under row 1 and goes on, page after page, under its own number ("2 cont.").
    assert firsts[0] == "1" and _cell(tables[0], 2, 0) == "2"
    assert all(text == "2 cont." for text in firsts[1:]) and len(firsts) > 20
    for table in tables:
        assert table.wrap(PLEADING.width, PLEADING.height)[1] <= PLEADING.height
    printed = " ".join(_cell(t, r, 5) for t in tables for r in range(1, len(t._cellvalues)))
    assert printed.split()[-1] == "word24999" and len(printed.split()) == 24999 + 3


def test_the_mail_log_number_is_never_broken_and_the_summary_stays_wide_at_14_points() -> None:
    style = DocumentStyle(pleading_paper=True, min_font_pt=14)
    case = make_case(communications=[
        outgoing("c1", "2007-07-01", summary="x", mail_log_number="LM-2025-000412")])
    rows = list(exhibit_rows(select(case, day("2007-08-01"))))
    register_fonts()  # the widths are measured in the shipped font, as printing does
    widths = column_widths(rows, style, PLEADING.width)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert widths[6] > stringWidth("LM-2025-000412", "LiberationSerif", 14)
    assert widths[5] >= 0.25 * PLEADING.width
