from __future__ import annotations

import datetime as dt

import pytest

from app.domain.wording import (
    caption_party_names,
    counsel_phrase,
    date_in_words,
    executed_line,
    join_words,
    on_day,
    party_label,
    sentence,
)
from tests.helpers.builders import make_case, make_counsel


def test_dates_are_written_in_words() -> None:
    assert date_in_words(dt.date(2007, 7, 20)) == "July 20, 2007"
    assert date_in_words(dt.date(2008, 1, 2)) == "January 2, 2008"


def test_approximate_days_say_on_or_about() -> None:
    day = dt.date(2007, 8, 15)
    assert on_day(day) == "On August 15, 2007"
    assert on_day(day, approximate=True) == "On or about August 15, 2007"
    assert on_day(day, approximate=None) == "On August 15, 2007"


@pytest.mark.parametrize(
    ("names", "caption", "label"),
    [
        (["Marcus L. Harrison"], "MARCUS L. HARRISON", "Plaintiff"),
        (["Officer J. Sample", "et al."], "OFFICER J. SAMPLE, et al.", "Plaintiffs"),
        (["A. One", "B. Two"], "A. ONE, B. TWO", "Plaintiffs"),
        (["José Núñez"], "JOSÉ NÚÑEZ", "Plaintiff"),
        (["Officer J. Sample et al."], "OFFICER J. SAMPLE, et al.", "Plaintiffs"),
        (["Officer J. Sample, et al"], "OFFICER J. SAMPLE, et al.", "Plaintiffs"),
        (["Et Al."], "et al.", "Plaintiff"),
    ],
)
def test_caption_names_and_plural_labels(names: list[str], caption: str, label: str) -> None:
    assert caption_party_names(names) == caption
    assert party_label(names, "Plaintiff") == label


def test_join_words_uses_a_serial_comma() -> None:
    assert join_words(["A"]) == "A"
    assert join_words(["A", "B"]) == "A and B"
    assert join_words(["A", "B", "C"]) == "A, B, and C"


def test_sentence_adds_a_full_stop_only_when_missing() -> None:
    assert sentence("  they  refused ") == "they refused."
    assert sentence("They refused.") == "They refused."
    assert sentence('He said "no."') == 'He said "no."'


def test_counsel_phrase_names_whom_they_represent() -> None:
    roe = make_counsel(name="Jane Roe", represents="Defendant Sample")
    assert counsel_phrase(roe) == "Jane Roe, counsel for Defendant Sample"
    assert counsel_phrase(roe, mid_sentence=True) == "Jane Roe, counsel for Defendant Sample,"
    doe = make_counsel(name="John Doe", represents=None, office=None)
    assert counsel_phrase(doe, mid_sentence=True) == "John Doe"


def test_executed_line_is_blank_unless_a_day_is_given() -> None:
    case = make_case()
    assert executed_line(case, None) == "Executed on ____________ at Example State Prison."
    signed = executed_line(case, dt.date(2007, 9, 4))
    assert signed == "Executed on September 4, 2007 at Example State Prison."
