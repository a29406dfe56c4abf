"""From a locked data folder the names the program suggests for saved papers give nothing of
the case away: the system lists the files saved lately, for the next person to see."""

from __future__ import annotations

from pathlib import Path

from app.ui.declaration import printing
from tests.helpers.builders import make_case


def test_papers_from_a_locked_folder_are_named_without_the_case_number(
        locked_demo: Path) -> None:
    case = make_case(case_number="C 25-00417 MEC (PR)")
    assert printing.suggested_file_name(case) == "filing-packet.pdf"
    assert printing.suggested_file_name(case, printing.Paper.LETTER) == "letter.pdf"


def test_papers_from_a_plain_folder_carry_the_case_number() -> None:
    case = make_case(case_number="C 25-00417 MEC (PR)")
    assert printing.suggested_file_name(case, printing.Paper.LETTER) == \
        "letter-C-25-00417-MEC-PR.pdf"
