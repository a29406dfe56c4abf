"""Day and time fields read what people type, in the screen's language, and show the day
in words beside it; tables show days short but in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.written_days import read_day
from app.i18n import day_in_words, interface_language, short_day, time_in_words
from app.ui.forms.dispute_form import DisputeForm
from app.ui.forms.fields import DateField, FieldError, TimeField
from app.ui.language import ENGLISH, SPANISH, LanguageSwitcher
from tests.ui.conftest import TODAY, type_text

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    original_locale = QLocale()
    switcher = LanguageSwitcher()
    yield switcher
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.apply(qapp, ENGLISH, remember=False)
    QLocale.setDefault(original_locale)


def _field(qtbot: QtBot, optional: bool = True) -> DateField:
    field = DateField("served_on", optional=optional)
    qtbot.addWidget(field.outer)
    field.outer.show()
    return field


def test_english_day_field_reads_month_first_and_says_the_day(qtbot: QtBot) -> None:
    field = _field(qtbot)
    type_text(qtbot, field.edit, "3/10/2025")
    assert field.value() == dt.date(2025, 3, 10)
    assert field.words.text() == "Monday, March 10, 2025"
    assert "Month/day/year" in field.hint.text()
    field.edit.clear()
    type_text(qtbot, field.edit, "13/45/2007")
    with pytest.raises(FieldError, match="no month 13"):
        field.value()
    assert field.words.text() == ""


def test_spanish_day_field_reads_day_first(qtbot: QtBot, qapp: QApplication,
                                           in_language: LanguageSwitcher) -> None:
    assert in_language.apply(qapp, SPANISH, remember=False)
    field = _field(qtbot)
    type_text(qtbot, field.edit, "3/10/2025")
    assert field.value() == dt.date(2025, 10, 3)
    assert field.words.text() == "viernes, 3 de octubre de 2025"
    assert "Día/mes/año" in field.hint.text()
    field.edit.clear()
    type_text(qtbot, field.edit, "10 de marzo de 2025")
    assert field.value() == dt.date(2025, 3, 10)
    assert field.words.text() == "lunes, 10 de marzo de 2025"


def test_a_day_set_from_a_record_reads_back(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.set_value(dt.date(2007, 8, 28))
    assert field.edit.text() == "August 28, 2007"
    assert field.value() == dt.date(2007, 8, 28)
    assert field.words.text() == "Tuesday, August 28, 2007"


def test_the_calendar_writes_the_day_chosen_with_the_keyboard(qtbot: QtBot) -> None:
    field = _field(qtbot)
    type_text(qtbot, field.edit, "3/10/2025")
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.calendar.selectedDate() == QDate(2025, 3, 10)
    qtbot.keyClick(calendar.calendar.focusWidget() or calendar.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.calendar.focusWidget() or calendar.calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.value() == dt.date(2025, 3, 11)
    assert field.words.text() == "Tuesday, March 11, 2025"


def test_the_calendar_button_opens_it_and_escape_changes_nothing(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.calendar_button.click()
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible()
    assert field.edit.text() == ""


def test_a_day_typed_in_a_form_is_saved_as_that_day(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    form = DisputeForm(window, window.context.session, today=TODAY)
    qtbot.addWidget(form)
    type_text(qtbot, form.field("served_on").widget, "8/1/07")
    assert form.error_text("served_on") == ""
    assert form.field("served_on").value() == dt.date(2007, 8, 1)


def test_times_as_people_write_them(qtbot: QtBot) -> None:
    field = TimeField("time")
    qtbot.addWidget(field.widget)
    type_text(qtbot, field.edit, "2:30 PM")
    assert field.value() == dt.time(14, 30)
    field.set_value(dt.time(9, 5))
    assert field.edit.text() == "9:05 AM"
    assert field.value() == dt.time(9, 5)


@settings(max_examples=60, deadline=None)
@given(DAYS)
def test_english_days_shown_read_back(day: dt.date) -> None:
    assert interface_language() == "en"
    for shown in (day_in_words(day, weekday=True), day_in_words(day), short_day(day)):
        assert read_day(shown, "en") == day, shown


@pytest.mark.usefixtures("qapp")
def test_spanish_days_shown_read_back(qapp: QApplication,
                                      in_language: LanguageSwitcher) -> None:
    assert in_language.apply(qapp, SPANISH, remember=False)
    assert short_day(dt.date(2025, 3, 10)) == "10 mar 2025"
    assert day_in_words(dt.date(2025, 3, 10), weekday=True) == "lunes, 10 de marzo de 2025"

    @settings(max_examples=60, deadline=None)
    @given(DAYS)
    def read_back(day: dt.date) -> None:
        assert interface_language() == "es"
        for shown in (day_in_words(day, weekday=True), day_in_words(day), short_day(day)):
            assert read_day(shown, "es") == day, shown

    read_back()


def test_english_short_days() -> None:
    assert short_day(dt.date(2025, 3, 10)) == "Mar 10, 2025"
    assert time_in_words(dt.time(0, 5)) == "12:05 AM"
    assert time_in_words(dt.time(12, 0)) == "12:00 PM"


def test_the_log_shows_short_days_in_the_real_days_order(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.models.log_model import DAY

    window = make_window(demo=True)
    window.show_page(1)
    page = window.log_page
    for newest_first in (False, True):
        page.order.setCurrentIndex(page.order.findData(newest_first))
        model = page.table.model()
        shown = [str(model.index(row, DAY).data()) for row in range(model.rowCount())]
        assert shown and not any("-" in text for text in shown), shown
        days = [read_day(text.removeprefix("about "), "en") for text in shown]
        assert days == sorted(days, reverse=newest_first)
