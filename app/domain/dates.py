"""Counting days the way Fed. R. Civ. P. 6 does, and writing days in words.

`roll` moves a day off weekends and U.S. federal legal holidays (Rule 6(a)(1)(C), 6(a)(6)).
The holidays come from the `holidays` package's U.S. calendar, never from a hand-made list:
its default (and only requested) category, `public`, is exactly the federal holidays when
no state is given, and `observed=True` adds the weekday a weekend holiday is kept on
(July 4 on a Saturday is kept on Friday, July 3). The calendar fills in years as they are
asked for (`expand=True`), so any year works without a fixed range.

Days in words are written here in English by hand, not with `strftime("%B")`, because the
documents and the command line must read the same whatever the computer's locale.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

_SATURDAY = 5


@cache
def _federal_holidays() -> holidays.HolidayBase:
    # One calendar for the whole run; it grows by whole years as days are looked up.
    return holidays.country_holidays(
        "US", observed=True, expand=True, categories=(holidays.PUBLIC,)
    )


def is_legal_holiday(day: dt.date) -> bool:
    """A U.S. federal legal holiday, or the weekday on which one is observed."""
    return day in _federal_holidays()


def holiday_name(day: dt.date) -> str | None:
    """The holiday's English name, for messages that explain a rolled day."""
    name = _federal_holidays().get(day)
    return None if name is None else str(name)


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
