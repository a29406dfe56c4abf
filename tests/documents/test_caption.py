"""Page 1's top for either side, and a litigant block that does not fit double-spaced."""

from __future__ import annotations

from app.documents.caption import litigant_lines
from app.documents.pages import PLEADING, line_baseline
from app.documents.paragraphs import generate
from app.documents.selection import select
from app.documents.style import DocumentStyle
from app.domain.model import Litigant, Role
from tests.documents.pdfcheck import full_text, placed_text, reader
from tests.documents.sample import AS_OF, build_pdf, sample_case

STYLE = DocumentStyle(pleading_paper=True)


def _defendant_case():  # type: ignore[no-untyped-def]
    litigant = Litigant(name="Ana Ruiz", role=Role.DEFENDANT, prisoner_number="X-1")
    return sample_case(
        litigant=litigant, plaintiffs=["Acme Corp.", "Beta LLC"], defendants=["Ana Ruiz"]
    )


def test_a_defendant_signs_as_defendant_pro_se() -> None:
    case = _defendant_case()
    assert litigant_lines(case)[-1] == "Defendant, pro se"
    texts = dict(generate(select(case, AS_OF)))
    assert texts["intro"].startswith("I am the defendant in this action")
    assert "counsel for the plaintiffs" in texts["certification"]
    text = full_text(build_pdf(case, STYLE))
    assert "ACME CORP., BETA LLC, Plaintiffs, v. ANA RUIZ, Defendant." in text
    assert "Executed on ____________." in text  # no institution on file: no place


def test_a_long_name_and_address_never_push_the_court_off_line_8() -> None:
    case = sample_case()
    case.litigant.name = "María de los Ángeles Fernández-Villanueva y Castellanos " * 3
    case.litigant.address = ["Housing Unit D-7, Bed 112, Facility C, Building 4"] * 3
    data = build_pdf(case, STYLE)
    placed = placed_text(data, 0)
    court = next(p for p in placed if p.text == "UNITED STATES DISTRICT COURT")
    assert court.y == line_baseline(STYLE, 8)
    above = [p for p in placed if p.x >= PLEADING.left - 1 and p.y > court.y]
    assert min(p.y for p in above) >= court.y + 12  # the block ends above the court line
    assert "Plaintiff, pro se" in full_text(data)


# -- a caption longer than a page flows on (issue 19) -----------------------------------


def _compact(text: str) -> str:
    return "".join(text.split())


def _story(data: bytes, *, right: bool = False) -> str:
    """The text of one side of the caption on every page in order, without the page
    furniture (line numbers, footer), so a name running on to the next page reads whole."""
    middle = PLEADING.left + PLEADING.width / 2
    pieces: list[str] = []
    for index in range(len(reader(data).pages)):
        pieces += [p.text for p in placed_text(data, index)
                   if p.x >= PLEADING.left - 1 and p.y >= PLEADING.bottom
                   and (p.x >= middle) == right]
    return _compact(" ".join(pieces))


def test_thirty_defendants_flow_over_pages_every_name_printed() -> None:
    names = [f"Correctional Officer Number {n} Johnson-Smith" for n in range(1, 31)]
    data = build_pdf(sample_case(defendants=names), STYLE)
    assert len(reader(data).pages) >= 3
    text = _story(data)
    assert all(_compact(name.upper()) in text for name in names)
    assert _compact("Defendants.") in text and _compact("I, ") in text


def test_thirty_plaintiffs_flow_over_pages() -> None:
    names = [f"Plaintiff Person Number {n} Williams" for n in range(1, 31)]
    text = _story(build_pdf(sample_case(plaintiffs=names), STYLE))
    assert all(_compact(name.upper()) in text for name in names)


def test_a_600_character_name_and_a_long_judge_and_case_number() -> None:
    long_name = "Officer " + "Verylongname " * 46
    judge = "Honorable " + "Judge Name " * 80
    number = "C " + "07-959-" * 60
    data = build_pdf(sample_case(defendants=[long_name, "X" * 600], judge=judge,
                                 case_number=number), STYLE)
    assert _compact(long_name.upper()) in _story(data) and "X" * 600 in _story(data)
    assert _compact(judge) in _story(data, right=True)
    assert _compact(number) in _story(data, right=True)


def test_a_litigant_block_longer_than_seven_lines_pushes_the_court_down() -> None:
    case = sample_case()
    case.litigant.name = "Marcus " * 90
    case.litigant.address = ["Line " * 40] * 8
    data = build_pdf(case, STYLE)
    placed = placed_text(data, 0)
    court = next(p for p in placed if p.text == "UNITED STATES DISTRICT COURT")
    above = [p for p in placed if p.x >= PLEADING.left - 1 and p.y > court.y]
    assert min(p.y for p in above) >= court.y + 12  # pushed down, never printed over
    assert (line_baseline(STYLE, 1) - court.y) % 24 == 0  # still on a numbered line
