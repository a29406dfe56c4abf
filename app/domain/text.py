"""User-visible text from Qt-free code.

The domain must not import Qt, yet every string a person reads must be translatable. So the
domain returns a `Message`: a context, an English template marked with `QT_TRANSLATE_NOOP`
(a name that `pyside6-lupdate` extracts) and its arguments. The presentation layer
(`app.i18n.render`) translates the template and fills it in; the command line and the
printed documents use `Message.english()`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def format_day(day: dt.date) -> str:
    """`August 27, 2007`, in English whatever the locale."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_day_long(day: dt.date) -> str:
    """`Monday, August 27, 2007`, in English whatever the locale."""
    return f"{_WEEKDAYS[day.weekday()]}, {format_day(day)}"


@dataclass(frozen=True, slots=True)
class Day:
    """A day inside a message. It stays a date until the message is shown, so that each
    reader gets it in words of their own language (`app.i18n.render`); in English it is
    `August 27, 2007`, or `Monday, August 27, 2007` with the weekday."""

    date: dt.date
    weekday: bool = False

    def english(self) -> str:
        return format_day_long(self.date) if self.weekday else format_day(self.date)


DayWriter = Callable[[Day], str]
Translator = Callable[["Message"], str]
"""A message's template in the reader's language."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` without translating it here."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    template: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def format_with(self, template: str, write_day: DayWriter = Day.english,
                    translation_of: Translator | None = None) -> str:
        """Fill `template` (this message's template, or its translation) with the args,
        writing each `Day` with `write_day` and each `Message` (a sentence made of
        sentences) with its own template, or `translation_of`'s translation of it."""
        args = {name: self._argument(value, write_day, translation_of)
                for name, value in self.args.items()}
        return template.format(**args)

    @staticmethod
    def _argument(value: object, write_day: DayWriter,
                  translation_of: Translator | None) -> object:
        if isinstance(value, Day):
            return write_day(value)
        if isinstance(value, Message):
            template = value.template if translation_of is None else translation_of(value)
            return value.format_with(template, write_day, translation_of)
        return value

    def english(self) -> str:
        return self.format_with(self.template)


def message(context: str, template: str, **args: object) -> Message:
    """Build a message; `template` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, template, MappingProxyType(dict(args)))
