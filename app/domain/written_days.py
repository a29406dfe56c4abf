"""Days and times read the way people write them, in English or Spanish.

A person at a library PC writes a day as `3/10/2025`, `03/10/25`, `March 10, 2025` or
`10 de marzo de 2025`, seldom as `2025-03-10`. `read_day` takes all of these, and ISO.
Numbers alone are read in the order of the screen's language: month first in English
(`3/10/2025` is March 10), day first in Spanish (`3/10/2025` is 3 October). A month written
as a word, in either language, needs no order: `10 March 2025`, `marzo 10, 2025` and
`Mar 10 2025` all read the same. A weekday may be written too (it is what the screen shows
beside the field); when it is not that day's weekday the day is refused, since one of the
two was written wrongly.

A two-digit year is read as POSIX `strptime` reads it: 00 to 68 are 2000 to 2068, 69 to
99 are 1969 to 1999.

`read_time` takes `14:30`, `2:30 PM`, `2:30pm`, `2:30 p. m.` and `2 PM`.

Pure: no Qt, no locale of the computer. The case file and the JSON keep ISO days; this is
only how typing is read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence

from app.domain.text import QT_TRANSLATE_NOOP, Day, Message, message
from app.domain.validation import InvalidValueError

CONTEXT = "Days"

ENGLISH = "en"
SPANISH = "es"

_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    ENGLISH: ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"),
    SPANISH: ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"),
}
# "setiembre" is how much of Latin America spells September.
_EXTRA_MONTHS = {"setiembre": 9, "set": 9, "sept": 9}
_WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    ENGLISH: ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    SPANISH: ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
}
# Short weekday forms people write ("Mon", "lun", "mié"): the first three letters, plus
# the usual English four-letter ones.
_WEEKDAY_EXTRA = {"tues": 1, "thur": 3, "thurs": 3}
# Words that join a day's parts ("10 de marzo del 2025", "the 10th of March").
_FILLER = {"de", "del", "of", "the"}
_ORDINAL = re.compile(r"\b([0-9]+)(?:st|nd|rd|th|o|a)\b")
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")
_SEPARATORS = re.compile(r"[\s/.,\-]*")
_MIN_NAME = 3
_FIRST_1900S_YEAR = 69


def _fold(text: str) -> str:
    """Lower case without accents: `Miércoles` and `miercoles` are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _month_of(word: str) -> int | None:
    """The month a word names, in either language: the whole name or its first three or
    more letters (`mar`, `sept`, `dic`)."""
    return _named(word, _EXTRA_MONTHS, _MONTH_NAMES, first=1)


def _weekday_of(word: str) -> int | None:
    return _named(word, _WEEKDAY_EXTRA, _WEEKDAY_NAMES, first=0)


def _named(word: str, extra: Mapping[str, int], names: Mapping[str, Sequence[str]],
           first: int) -> int | None:
    """The number of the name `word` starts (numbered from `first`) in any language's list,
    or of its spelling in `extra`; None for a word too short or that fits two names."""
    if word in extra:
        return extra[word]
    if len(word) < _MIN_NAME:
        return None
    found = {number
             for language_names in names.values()
             for number, name in enumerate(language_names, start=first)
             if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def full_year(digits: str) -> int:
    """A year as written: four digits as they are, two as POSIX `strptime` reads them."""
    year = int(digits)
    if len(digits) <= 2:
        return year + (2000 if year < _FIRST_1900S_YEAR else 1900)
    return year


def numeric_order_is_month_first(language: str) -> bool:
    """Month first in English (3/10/2025 is March 10), day first in Spanish."""
    return language != SPANISH


def read_day(text: str, language: str = ENGLISH) -> dt.date:
    """The day `text` writes, or InvalidValueError saying in plain words what is wrong.

    `language` ("en" or "es") decides only the order of a day written in numbers alone."""
    written = text.strip()
    if not written:
        raise InvalidValueError(_unreadable(text))
    # NFKD has already made "1º" "1o"; an ordinal's ending goes ("10th", "1o" -> 10).
    folded = _ORDINAL.sub(r"\1", _fold(written))
    # Between the words and numbers only separators: "3/10/2025!" or other scripts'
    # digits are not a day.
    if _SEPARATORS.fullmatch(_TOKEN.sub(" ", folded)) is None:
        raise InvalidValueError(_unreadable(text))
    tokens = _TOKEN.findall(folded)
    numbers: list[str] = []
    months: list[int] = []
    weekdays: list[int] = []
    for token in tokens:
        if token.isascii() and token.isdigit():
            numbers.append(token)
        elif token in _FILLER:
            continue
        elif (month := _month_of(token)) is not None:
            months.append(month)
        elif (weekday := _weekday_of(token)) is not None:
            weekdays.append(weekday)
        else:
            raise InvalidValueError(_unreadable(text))
    if len(weekdays) > 1 or len(months) > 1:
        raise InvalidValueError(_unreadable(text))
    if months:
        year, month, day = _with_month_name(text, numbers, months[0])
    else:
        year, month, day = _numbers_only(text, numbers, language)
    found = _real_day(text, year, month, day)
    if weekdays and weekdays[0] != found.weekday():
        raise InvalidValueError(message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Days", "The weekday in \u201c{text}\u201d is not that day's: "
                                      "it is {day}. Check the day and write it again."),
            text=text, day=Day(found, weekday=True),
        ))
    return found


def _with_month_name(text: str, numbers: list[str], month: int) -> tuple[int, int, int]:
    """Day and year around a month word: `March 10, 2025`, `10 mar 2025`, `2025 marzo 10`."""
    if len(numbers) != 2:
        raise InvalidValueError(_unreadable(text))
    first, second = numbers
    if len(first) == 4 and len(second) <= 2:
        return int(first), month, int(second)
    if len(first) <= 2 and len(second) in (2, 4):
        return full_year(second), month, int(first)
    raise InvalidValueError(_unreadable(text))


def _numbers_only(text: str, numbers: list[str], language: str) -> tuple[int, int, int]:
    """`3/10/2025`, `03-10-25`, `2025-03-10`: three numbers, the year last (or first when
    written with four digits, as ISO does)."""
    if len(numbers) != 3:
        raise InvalidValueError(_unreadable(text))
    if len(numbers[0]) == 4:
        year, month, day = numbers
        if len(month) > 2 or len(day) > 2:
            raise InvalidValueError(_unreadable(text))
        return int(year), int(month), int(day)
    first, second, year = numbers
    if len(first) > 2 or len(second) > 2 or len(year) not in (2, 4):
        raise InvalidValueError(_unreadable(text))
    if numeric_order_is_month_first(language):
        return full_year(year), int(first), int(second)
    return full_year(year), int(second), int(first)


def _real_day(text: str, year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise InvalidValueError(message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Days", "\u201c{text}\u201d is not a real day: there is no "
                                      "month {month}. Write the month first, then the day, "
                                      "then the year, like 3/10/2025 for March 10, 2025."),
            text=text, month=month,
        ))
    if year < dt.MINYEAR:
        raise InvalidValueError(_unreadable(text))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidValueError(message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Days", "\u201c{text}\u201d is not a real day: that month has "
                                      "no day {day}."),
            text=text, day=day,
        )) from None


def _unreadable(text: str) -> Message:
    return message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Days", "\u201c{text}\u201d cannot be read as a day. Write it like "
                                  "3/10/2025 (month, day, year) or March 10, 2025."),
        text=text.strip(),
    )


# --- times --------------------------------------------------------------------------------

_TIME = re.compile(
    r"(?P<hours>[0-9]{1,2})(?:[:.h](?P<minutes>[0-9]{2}))?\s*"
    r"(?:(?P<half>[ap])\.?\s*m\.?)?",
    re.IGNORECASE,
)


def read_time(text: str) -> dt.time:
    """`14:30`, `2:30 PM`, `2:30pm`, `2:30 p. m.` or `2 PM`; or InvalidValueError."""
    written = text.strip()
    match = _TIME.fullmatch(written)
    if match is None or (match["minutes"] is None and match["half"] is None):
        raise InvalidValueError(_bad_time(text))
    hours = int(match["hours"])
    minutes = int(match["minutes"] or 0)
    half = (match["half"] or "").lower()
    if half:
        if not 1 <= hours <= 12:
            raise InvalidValueError(_bad_time(text))
        hours = hours % 12 + (12 if half == "p" else 0)
    if hours > 23 or minutes > 59:
        raise InvalidValueError(_bad_time(text))
    return dt.time(hours, minutes)


def _bad_time(text: str) -> Message:
    return message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Days", "\u201c{text}\u201d is not a time of day. Write it like "
                                  "2:30 PM or 14:30."),
        text=text.strip(),
    )
