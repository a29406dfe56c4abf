"""Days and times as people write them (app.domain.written_days), in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.text import format_day, format_day_long
from app.domain.validation import InvalidValueError
from app.domain.written_days import ENGLISH, SPANISH, full_year, read_day, read_time

MARCH_10 = dt.date(2025, 3, 10)
DAYS = st.dates(min_value=dt.date(1969, 1, 1), max_value=dt.date(2068, 12, 31))
LANGUAGES = st.sampled_from([ENGLISH, SPANISH])

SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


@pytest.mark.parametrize("text", [
    "3/10/2025", "03/10/2025", "03/10/25", "3-10-25", "3.10.2025",
    "March 10, 2025", "march 10 2025", "Mar 10, 2025", "Mar. 10, 2025", "10 March 2025",
    "Monday, March 10, 2025", "Mon, Mar 10, 2025", "the 10th of March, 2025",
    "2025-03-10", "2025/3/10", "  2025-03-10  ",
])
def test_english_writings_of_march_10(text: str) -> None:
    assert read_day(text, ENGLISH) == MARCH_10


@pytest.mark.parametrize("text", [
    "10/3/2025", "10/03/2025", "10/03/25", "10-3-25", "10.3.2025",
    "10 de marzo de 2025", "10 de Marzo del 2025", "10 mar 2025", "10 mar. 2025",
    "lunes, 10 de marzo de 2025", "Lunes 10 de marzo de 2025", "marzo 10, 2025",
    "2025-03-10",
])
def test_spanish_writings_of_march_10(text: str) -> None:
    assert read_day(text, SPANISH) == MARCH_10


def test_numbers_alone_follow_the_language() -> None:
    assert read_day("3/10/2025", ENGLISH) == MARCH_10
    assert read_day("3/10/2025", SPANISH) == dt.date(2025, 10, 3)
    # A month in words needs no order, in either language.
    assert read_day("October 3, 2025", SPANISH) == dt.date(2025, 10, 3)
    assert read_day("3 de octubre de 2025", ENGLISH) == dt.date(2025, 10, 3)


def test_accents_and_other_spellings() -> None:
    assert read_day("miercoles, 10 de septiembre de 2025", SPANISH) == dt.date(2025, 9, 10)
    assert read_day("10 setiembre 2025", SPANISH) == dt.date(2025, 9, 10)
    assert read_day("10 sept 2025", SPANISH) == dt.date(2025, 9, 10)
    assert read_day("1º de marzo de 2025", SPANISH) == dt.date(2025, 3, 1)


def test_two_digit_years_read_as_strptime_does() -> None:
    assert full_year("25") == 2025
    assert full_year("68") == 2068
    assert full_year("69") == 1969
    assert full_year("99") == 1999
    for short in range(100):
        written = f"{short:02d}"
        assert full_year(written) == dt.datetime.strptime(written, "%y").year


@pytest.mark.parametrize(("text", "language", "words"), [
    ("13/45/2007", ENGLISH, "no month 13"),
    ("45/13/2007", SPANISH, "no month 13"),
    ("2/30/2020", ENGLISH, "no day 30"),
    ("30 de febrero de 2020", SPANISH, "no day 30"),
    ("2025-02-29", ENGLISH, "no day 29"),
    ("hello", ENGLISH, "cannot be read as a day"),
    ("", ENGLISH, "cannot be read as a day"),
    ("May 2025", ENGLISH, "cannot be read as a day"),
    ("1/2/3", ENGLISH, "cannot be read as a day"),
    ("3/10/2025/4", ENGLISH, "cannot be read as a day"),
    ("10 marzo mayo 2025", SPANISH, "cannot be read as a day"),
    ("Ma 10 2025", ENGLISH, "cannot be read as a day"),
    ("\u0663/\u0661\u0660/\u0662\u0660\u0662\u0665", ENGLISH, "cannot be read as a day"),
    ("March 10, 2025 \u0663", ENGLISH, "cannot be read as a day"),
    ("3/10/2025!", ENGLISH, "cannot be read as a day"),
    ("Tuesday, March 10, 2025", ENGLISH, "Monday, March 10, 2025"),
])
def test_what_cannot_be_a_day_says_why(text: str, language: str, words: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        read_day(text, language)
    assert words in raised.value.message.english()


@settings(max_examples=200, deadline=None)
@given(DAYS, LANGUAGES)
def test_english_words_read_back(day: dt.date, language: str) -> None:
    assert read_day(format_day(day), language) == day
    assert read_day(format_day_long(day), language) == day


@settings(max_examples=200, deadline=None)
@given(DAYS, LANGUAGES)
def test_spanish_words_read_back(day: dt.date, language: str) -> None:
    month = SPANISH_MONTHS[day.month - 1]
    weekday = SPANISH_WEEKDAYS[day.weekday()]
    assert read_day(f"{day.day} de {month} de {day.year}", language) == day
    assert read_day(f"{weekday}, {day.day} de {month} de {day.year}", language) == day
    assert read_day(f"{day.day} {month[:3]} {day.year}", language) == day


@settings(max_examples=200, deadline=None)
@given(DAYS)
def test_numbers_read_back_in_each_order(day: dt.date) -> None:
    assert read_day(day.isoformat(), ENGLISH) == day
    assert read_day(day.isoformat(), SPANISH) == day
    assert read_day(f"{day.month}/{day.day}/{day.year}", ENGLISH) == day
    assert read_day(f"{day.day}/{day.month}/{day.year}", SPANISH) == day
    assert read_day(f"{day.month:02d}/{day.day:02d}/{day:%y}", ENGLISH) == day
    assert read_day(f"{day.day:02d}-{day.month:02d}-{day:%y}", SPANISH) == day


@given(st.text(max_size=30), LANGUAGES)
def test_any_text_gives_a_day_or_a_plain_message(text: str, language: str) -> None:
    try:
        read_day(text, language)
    except InvalidValueError as error:
        assert error.message.english()


@pytest.mark.parametrize(("text", "time"), [
    ("14:30", dt.time(14, 30)), ("2:30 PM", dt.time(14, 30)), ("2:30pm", dt.time(14, 30)),
    ("2:30 p.m.", dt.time(14, 30)), ("2:30 p. m.", dt.time(14, 30)), ("2 PM", dt.time(14)),
    ("12 AM", dt.time(0)), ("12:15 pm", dt.time(12, 15)), ("9:05", dt.time(9, 5)),
    ("09:05 a.m.", dt.time(9, 5)), ("00:00", dt.time(0)),
])
def test_times_as_people_write_them(text: str, time: dt.time) -> None:
    assert read_time(text) == time


@pytest.mark.parametrize("text", ["25:00", "13 PM", "0 AM", "2", "2:3", "14:60", "noon", ""])
def test_what_cannot_be_a_time_says_why(text: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        read_time(text)
    assert "not a time of day" in raised.value.message.english()


@settings(max_examples=100, deadline=None)
@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_twelve_hour_times_read_back(time: dt.time) -> None:
    half = "AM" if time.hour < 12 else "PM"
    assert read_time(f"{time.hour % 12 or 12}:{time.minute:02d} {half}") == time
    assert read_time(time.strftime("%H:%M")) == time
