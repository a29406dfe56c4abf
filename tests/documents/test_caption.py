"""Page 1's top for either side, and a litigant block that does not fit double-spaced."""

from __future__ import annotations

from app.documents.caption import litigant_lines
from app.documents.pages import PLEADING, line_baseline
from app.documents.paragraphs import generate
from app.documents.selection import select
from app.documents.style import DocumentStyle
from app.domain.model import Litigant, Role
from tests.documents.pdfcheck import full_text, placed_text
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
