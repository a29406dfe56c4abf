"""Messages from Qt-free code: days stay dates until shown, so each reader gets them in
their own language; English is what the command line and the documents print."""

from __future__ import annotations

import datetime as dt

from app.domain.text import QT_TRANSLATE_NOOP, Day, message


def test_a_day_in_a_message_is_written_in_english_words_by_default() -> None:
    msg = message("t", QT_TRANSLATE_NOOP("t", "Wait until {ends}; sent {sent}."),
                  ends=Day(dt.date(2007, 8, 27), weekday=True), sent=Day(dt.date(2007, 8, 8)))
    assert msg.english() == "Wait until Monday, August 27, 2007; sent August 8, 2007."


def test_another_writer_gets_the_days_and_nothing_else() -> None:
    msg = message("t", QT_TRANSLATE_NOOP("t", "{n} letters until {day}"), n=2,
                  day=Day(dt.date(2007, 8, 27)))
    written = msg.format_with("{day}: {n}", lambda day: f"<{day.date.isoformat()}>")
    assert written == "<2007-08-27>: 2"
