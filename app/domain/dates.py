"""Counting days the way Fed. R. Civ. P. 6 does, and writing days in words.

`roll` moves a day off weekends and U.S. federal legal holidays (Rule 6(a)(1)(C), 6(a)(6)).
The holidays come from the `holidays` package's U.S. calendar, never from a hand-made list:
its `public` category is exactly the federal holidays when no state is given, and
`observed=True` adds the weekday a weekend holiday is kept on (July 4 on a Saturday is
kept on Friday, July 3).

Why a table: the package is slow to start, and the first day counted is on the desktop
program's start-up path. `import holidays` takes about 35 ms, and the first calendar imports
all of its ~280 countries, about 50 ms more, plus 40 ms in the desktop program, where
PySide6 reads the source of every module imported after it. That is about 140 ms, where
the whole start-up may take 1.5 times a bare PySide6 window, about 180 ms (2-core test
machine). So the package's answers for the years 1971 to 2080 are written once into
`resources/holidays/us-federal.json` by `resources/holidays/update.py`: a machine-made
copy, never edited by hand, which a test checks against the installed package, names
included. Reading it takes about 1 ms, on the first day looked up.

A day in the table's years is answered from the table; any other day from the package,
which is imported only then, so any year still works. If the table is missing, unreadable
or not this calendar (another country, observed days left out, other categories), it is
not used at all: every day is asked of the package, which is slower but equally right,
and the program's log says why.

Days in words are written here in English by hand, not with `strftime("%B")`, because the
documents and the command line must read the same whatever the computer's locale.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

# The calendar counted with; a table's provenance must name exactly this one to be used.
COUNTRY = "US"
OBSERVED = True
CATEGORIES: tuple[str, ...] = ("public",)  # holidays.PUBLIC, spelled out to avoid the import

_SATURDAY = 5


class HolidayTableError(ValueError):
    """The table file is not a table of this calendar."""


@dataclass(frozen=True, slots=True)
class HolidayTable:
    """Every holiday of the years `first_year` to `last_year`, with its name, by day."""

    first_year: int
    last_year: int
    names: Mapping[dt.date, str]

    def covers(self, day: dt.date) -> bool:
        return self.first_year <= day.year <= self.last_year


# Covers no year, so every day goes to the package.
_NO_TABLE = HolidayTable(first_year=1, last_year=0, names={})


def is_legal_holiday(day: dt.date) -> bool:
    """A U.S. federal legal holiday, or the weekday on which one is observed."""
    return holiday_name(day) is not None


def holiday_name(day: dt.date) -> str | None:
    """The holiday's English name, for messages that explain a rolled day."""
    table = _shipped_table()
    if table.covers(day):
        return table.names.get(day)
    return _package_holiday_name(day)


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < _SATURDAY and not is_legal_holiday(day)


def roll(day: dt.date) -> dt.date:
    """The day itself when it is a business day, else the next one (Rule 6(a)(1)(C))."""
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def add_days(day: dt.date, days: int) -> dt.date:
    """Calendar days after `day`: Rule 6(a)(1) excludes the trigger day and counts every day."""
    return day + dt.timedelta(days=days)


def response_due(served_on: dt.date, response_days: int, extra_days: int) -> dt.date:
    """The last day to answer discovery: roll(roll(served_on + response_days) + extra).

    `extra_days` is Rule 6(d)'s mail time (0 when the request did not go by mail); it is
    added after the period is rolled, then the result is rolled again (rules.md)."""
    return roll(add_days(roll(add_days(served_on, response_days)), extra_days))


def reply_window_ends(sent_on: dt.date, reply_wait_days: int, extra_days: int) -> dt.date:
    """The last day of the wait for counsel's reply: roll(sent_on + wait + extra)."""
    return roll(add_days(sent_on, reply_wait_days + extra_days))


# --- the package ------------------------------------------------------------------------


def package_calendar(years: range | None = None) -> holidays.HolidayBase:
    """A new calendar from the `holidays` package, holding `years` and filling in others
    as they are asked for (`expand=True`). resources/holidays/update.py makes the table
    from it."""
    import holidays  # here, not at the top: see the module's docstring

    return holidays.country_holidays(
        COUNTRY, observed=OBSERVED, expand=True, categories=CATEGORIES, years=years
    )


def package_holidays(years: range) -> dict[dt.date, str]:
    """The package's holidays of `years`, with their names, in day order."""
    return {day: str(name) for day, name in sorted(package_calendar(years).items())}


@cache
def _package_calendar() -> holidays.HolidayBase:
    # One calendar for the whole run; it grows by whole years as days are looked up.
    return package_calendar()


def _package_holiday_name(day: dt.date) -> str | None:
    name = _package_calendar().get(day)
    return None if name is None else str(name)


# --- the table --------------------------------------------------------------------------


@cache
def _shipped_table() -> HolidayTable:
    # Read on the first day looked up, not at import, then kept for the whole run.
    from app.paths import holidays_table_path

    table = load_holiday_table(holidays_table_path())
    return _NO_TABLE if table is None else table


def load_holiday_table(path: Path) -> HolidayTable | None:
    """The table in `path`, or None, with a warning in the log, when it cannot be trusted:
    the package then answers instead, so a broken file costs time, never a wrong day."""
    try:
        return parse_holiday_table(json.loads(path.read_bytes()))
    except (OSError, ValueError) as error:  # ValueError: bad JSON, text or table
        import logging  # only here: a good table, the usual case, needs no logging

        logging.getLogger(__name__).warning(
            "holiday table %s not used, asking the holidays package instead: %s", path, error)
        return None


def parse_holiday_table(document: object) -> HolidayTable:
    """The table in a parsed `us-federal.json`, or HolidayTableError saying what is wrong."""
    if not isinstance(document, dict):
        raise HolidayTableError("not a JSON object")
    provenance = _object(document, "provenance")
    # A table of another calendar would give wrong days without any error: refuse it.
    _require(provenance, "country", COUNTRY)
    _require(provenance, "observed", OBSERVED)
    _require(provenance, "categories", list(CATEGORIES))
    first_year = _year(provenance, "first_year")
    last_year = _year(provenance, "last_year")
    if first_year > last_year:
        raise HolidayTableError(f"first_year {first_year} is after last_year {last_year}")
    names = {_table_day(key, first_year, last_year): _name(key, name)
             for key, name in _object(document, "holidays").items()}
    return HolidayTable(first_year, last_year, names)


def _object(document: dict[str, object], key: str) -> dict[str, object]:
    value = document.get(key)
    if not isinstance(value, dict):
        raise HolidayTableError(f"{key!r} is not a JSON object")
    return value


def _require(provenance: dict[str, object], key: str, wanted: object) -> None:
    found = provenance.get(key)
    # type() too, because in Python 1 == True.
    if type(found) is not type(wanted) or found != wanted:
        raise HolidayTableError(f"{key!r} is {found!r}, not {wanted!r}")


def _year(provenance: dict[str, object], key: str) -> int:
    found = provenance.get(key)
    if type(found) is not int or not dt.MINYEAR <= found <= dt.MAXYEAR:
        raise HolidayTableError(f"{key!r} is {found!r}, not a year")
    return found


def _table_day(key: str, first_year: int, last_year: int) -> dt.date:
    day = dt.date.fromisoformat(key)
    # Only YYYY-MM-DD: fromisoformat would also take 20250704 or 2025-W27-5.
    if day.isoformat() != key:
        raise HolidayTableError(f"{key!r} is not a day written as YYYY-MM-DD")
    if not first_year <= day.year <= last_year:
        raise HolidayTableError(f"{key} is outside the years {first_year}-{last_year}")
    return day


def _name(key: str, name: object) -> str:
    if not isinstance(name, str) or not name:
        raise HolidayTableError(f"the name of {key} is {name!r}, not a holiday's name")
    return name
