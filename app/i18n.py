"""Translation for the presentation layer.

`render` turns a domain `Message` into text in the interface language, through Qt's
translation (so the Spanish `.qm` file covers domain text too). Without an installed
translator Qt returns the English template, which is what the command line prints.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.text import Day, Message


def render(msg: Message) -> str:
    """The message in the interface language, its days written in that language too."""
    return msg.format_with(_translation(msg), write_day, _translation)


def _translation(msg: Message) -> str:
    return QCoreApplication.translate(msg.context, msg.template)


def write_day(day: Day) -> str:
    """A day in words of the interface language (`QLocale`'s default, which the language
    switcher sets): `August 27, 2007` / `27 de agosto de 2007`. The patterns are in the
    translation catalogue, so each language orders day, month and year its own way."""
    pattern = (
        QCoreApplication.translate(
            "Dates", "dddd, MMMM d, yyyy",
            "A Qt date pattern, not words: dddd = weekday, MMMM = month, d = day, yyyy = year;"
            " put other words in single quotes. Spanish: dddd, d 'de' MMMM 'de' yyyy",
        )
        if day.weekday
        else QCoreApplication.translate(
            "Dates", "MMMM d, yyyy",
            "A Qt date pattern, not words: MMMM = month, d = day, yyyy = year; put other"
            " words in single quotes. Spanish: d 'de' MMMM 'de' yyyy",
        )
    )
    return QLocale().toString(QDate(day.date.year, day.date.month, day.date.day), pattern)


def day_in_words(date: dt.date, *, weekday: bool = False) -> str:
    """A date the interface shows by itself (not inside a message), as `write_day` does."""
    return write_day(Day(date, weekday))


def short_day(date: dt.date) -> str:
    """A day in a table or a panel, short but in words: `Mar 10, 2025` / `10 mar 2025`.
    Never `2025-03-10`, which few people read at a glance."""
    pattern = QCoreApplication.translate(
        "Dates", "MMM d, yyyy",
        "A Qt date pattern, not words: MMM = short month name, d = day, yyyy = year."
        " Spanish: d MMM yyyy",
    )
    return QLocale().toString(QDate(date.year, date.month, date.day), pattern)


def time_in_words(time: dt.time) -> str:
    """2:30 PM on an English screen, 14:30 on a Spanish one: as each is used to. Both
    read back (app.domain.written_days.read_time)."""
    if interface_language() == "es":
        return time.strftime("%H:%M")
    hours = time.hour % 12 or 12
    return f"{hours}:{time.minute:02d} {'PM' if time.hour >= 12 else 'AM'}"


def interface_language() -> str:
    """"es" when the interface is in Spanish, else "en": the order a day written in
    numbers alone is read in (app.domain.written_days)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"

