"""Day counting against real calendars (Rule 6(a), 6(d)) and days in words."""

from __future__ import annotations

import datetime as dt
import locale

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import dates
from app.domain.dates import (
    add_days,
    is_business_day,
    is_legal_holiday,
    reply_window_ends,
    response_due,
    roll,
)
from app.domain.text import format_day, format_day_long
from tests.helpers.builders import day


@pytest.mark.parametrize(
    ("given_day", "expected"),
    [
        ("2007-08-27", "2007-08-27"),  # a Monday: already a business day
        ("2007-08-25", "2007-08-27"),  # Saturday -> Monday
        ("2007-08-26", "2007-08-27"),  # Sunday -> Monday
        ("2007-07-04", "2007-07-05"),  # Independence Day (a Wednesday) -> Thursday
        ("2007-09-01", "2007-09-04"),  # Saturday before Labor Day -> Tuesday
        ("2020-07-03", "2020-07-06"),  # July 4 on a Saturday is observed Friday July 3
        ("2026-07-03", "2026-07-06"),  # the same in 2026
        ("2021-07-05", "2021-07-06"),  # July 4 on a Sunday is observed Monday July 5
        ("2021-12-31", "2022-01-03"),  # New Year 2022 (Saturday) observed Friday Dec 31
        ("2022-12-31", "2023-01-03"),  # Saturday, Sunday, then New Year's Day observed Monday
        ("2025-06-19", "2025-06-20"),  # Juneteenth
        ("2022-06-20", "2022-06-21"),  # Juneteenth 2022 (a Sunday) observed Monday
        ("2007-11-12", "2007-11-13"),  # Veterans Day 2007 (a Sunday) observed Monday
        ("2007-11-22", "2007-11-23"),  # Thanksgiving -> the Friday after (a business day)
        ("2007-12-25", "2007-12-26"),  # Christmas
    ],
)
def test_roll_moves_off_weekends_and_federal_holidays(given_day: str, expected: str) -> None:
    assert roll(day(given_day)) == day(expected)


def test_juneteenth_is_a_holiday_only_from_2021() -> None:
    assert is_legal_holiday(day("2021-06-18"))  # 2021's was observed on Friday June 18
    assert not is_legal_holiday(day("2019-06-19"))
    assert roll(day("2019-06-19")) == day("2019-06-19")


def test_only_federal_holidays_count() -> None:
    # Days some states or offices keep, but the federal calendar does not.
    for not_federal in ("2007-03-31", "2007-11-23", "2007-12-24", "2025-02-12", "2024-11-05"):
        assert not is_legal_holiday(day(not_federal)), not_federal
    assert is_business_day(day("2007-11-23"))


def test_any_year_is_available_without_a_fixed_range() -> None:
    assert is_legal_holiday(day("1999-12-24"))  # Christmas 1999 (Saturday) observed Friday
    assert is_legal_holiday(day("2090-01-02"))  # New Year 2090 (Sunday) observed Monday
    assert roll(day("2090-01-01")) == day("2090-01-03")


def test_holiday_name_names_the_day() -> None:
    assert dates.holiday_name(day("2007-07-04")) == "Independence Day"
    assert dates.holiday_name(day("2007-07-05")) is None


def test_add_days_counts_calendar_days() -> None:
    assert add_days(day("2007-12-20"), 14) == day("2008-01-03")
    assert add_days(day("2007-06-01"), 0) == day("2007-06-01")


def test_response_due_rolls_before_and_after_the_mail_days() -> None:
    # The spec's example: served by mail on Friday June 1, 2007: +30 = Sunday July 1, rolled
    # to Monday July 2, +3 = Thursday July 5.
    assert response_due(day("2007-06-01"), 30, 3) == day("2007-07-05")
    # Without mail days: July 1 (Sunday) rolls to Monday July 2.
    assert response_due(day("2007-06-01"), 30, 0) == day("2007-07-02")
    # Served June 4: +30 = July 4 (holiday) -> July 5, +3 = Sunday July 8 -> Monday July 9.
    assert response_due(day("2007-06-04"), 30, 3) == day("2007-07-09")
    # Not the same as rolling once: June 1 + 33 = July 4 -> July 5 only by coincidence;
    # June 2 + 30 = Monday July 2, + 3 = July 5; June 2 + 33 = July 5.
    assert response_due(day("2007-06-02"), 30, 3) == day("2007-07-05")


def test_response_due_double_roll_differs_from_a_single_roll() -> None:
    # Served Thursday Aug 2, 2007: +30 = Saturday Sep 1 -> (Labor Day) Tuesday Sep 4,
    # +3 = Friday Sep 7. A single roll of Aug 2 + 33 = Tuesday Sep 4 would be wrong.
    assert response_due(day("2007-08-02"), 30, 3) == day("2007-09-07")
    assert roll(day("2007-08-02") + dt.timedelta(days=33)) == day("2007-09-04")


def test_reply_window_crosses_the_year_end() -> None:
    # A letter handed to staff Dec 14, 2021: +17 = Dec 31 (observed New Year) -> Jan 3, 2022.
    assert reply_window_ends(day("2021-12-14"), 14, 3) == day("2022-01-03")
    # The spec's example: a letter of Wednesday Aug 8, 2007: +17 = Saturday Aug 25 -> Aug 27.
    assert reply_window_ends(day("2007-08-08"), 14, 3) == day("2007-08-27")
    # An email of Aug 13 (no mail days): +14 = Monday Aug 27.
    assert reply_window_ends(day("2007-08-13"), 14, 0) == day("2007-08-27")


def test_deadline_on_a_saturday_before_a_monday_holiday() -> None:
    # Sat Sep 1, 2007 -> Sun -> Labor Day Monday Sep 3 -> Tuesday Sep 4.
    assert reply_window_ends(day("2007-08-15"), 14, 3) == day("2007-09-04")


def test_days_in_words() -> None:
    assert format_day(day("2007-08-27")) == "August 27, 2007"
    assert format_day_long(day("2007-08-27")) == "Monday, August 27, 2007"
    assert format_day_long(day("2024-02-29")) == "Thursday, February 29, 2024"
    assert format_day(day("2007-07-05")) == "July 5, 2007"


def test_days_in_words_ignore_the_locale() -> None:
    before = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("es_ES.UTF-8", "de_DE.UTF-8", "C.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert format_day_long(day("2007-12-25")) == "Tuesday, December 25, 2007"
    finally:
        locale.setlocale(locale.LC_TIME, before)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)))
def test_roll_gives_the_first_business_day_on_or_after(start: dt.date) -> None:
    rolled = roll(start)
    assert rolled >= start
    assert is_business_day(rolled)
    assert (rolled - start).days <= 4  # at most a holiday weekend plus an observed day
    probe = start
    while probe < rolled:
        assert not is_business_day(probe)
        probe += dt.timedelta(days=1)
    assert roll(rolled) == rolled


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.integers(0, 60), st.integers(0, 5))
def test_due_days_never_move_earlier_as_the_start_moves_later(
    start: dt.date, days: int, extra: int
) -> None:
    later = start + dt.timedelta(days=1)
    assert response_due(later, days, extra) >= response_due(start, days, extra)
    assert reply_window_ends(later, days, extra) >= reply_window_ends(start, days, extra)
