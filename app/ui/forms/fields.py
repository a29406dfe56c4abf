"""Input fields that turn what was typed into a record's value.

Each field wraps one widget, reads its value (or says in plain words why it cannot: a day
written wrongly, letters in a number) and tells the form when the input changes. Days and
times are read with the domain's own `parse_day`/`parse_time`, so a form and a case file
agree on what a day is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.domain.validation import InvalidValueError, parse_day, parse_time
from app.i18n import render


class FieldError(Exception):
    """What was typed cannot be read; the text says why, in the interface language."""


class Field:
    """One input. `key` is the record's field name, the same name the domain's problems
    use (`Problem.field`), so a problem finds its field."""

    widget: QWidget

    def __init__(self, key: str) -> None:
        self.key = key

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def on_change(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError

    def raw(self) -> object:
        """What the input shows now, readable or not: to tell whether anything changed,
        and to keep it as a draft (JSON: text, a number, yes/no or a list of ids)."""
        raise NotImplementedError

    def set_raw(self, raw: object) -> None:
        """Show again what `raw()` gave (a kept draft); a value of the wrong sort, from a
        damaged draft, is left out."""
        raise NotImplementedError


class TextField(Field):
    """One line of text; empty gives None when the field is optional."""

    def __init__(self, key: str, *, optional: bool = True, placeholder: str = "") -> None:
        super().__init__(key)
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.widget = self.edit

    def text(self) -> str:
        return self.edit.text().strip()

    def value(self) -> str | None:
        text = self.text()
        return None if (self.optional and not text) else text

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")

    def on_change(self, slot: Callable[[], None]) -> None:
        self.edit.textEdited.connect(slot)

    def raw(self) -> object:
        return self.edit.text()

    def set_raw(self, raw: object) -> None:
        if isinstance(raw, str):
            self.edit.setText(raw)


class DateField(TextField):
    """A day written YYYY-MM-DD (the one form the case file and the court papers share)."""

    def __init__(self, key: str, *, optional: bool = True) -> None:
        super().__init__(
            key, optional=optional, placeholder=QCoreApplication.translate("Fields", "YYYY-MM-DD")
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "Fields", "Write the day as year-month-day, for example 2007-08-28."
            )
        )
        self.edit.setAccessibleDescription(self.edit.toolTip())

    def value(self) -> dt.date | None:  # type: ignore[override]
        text = self.text()
        if not text:
            if self.optional:
                return None
            raise FieldError(
                QCoreApplication.translate("Fields", "Write the day here, for example 2007-08-28.")
            )
        try:
            return parse_day(text)
        except InvalidValueError as error:
            raise FieldError(render(error.message)) from error

    def set_value(self, value: dt.date | None) -> None:  # type: ignore[override]
        self.edit.setText(value.isoformat() if value is not None else "")


class TimeField(TextField):
    def __init__(self, key: str) -> None:
        super().__init__(key, placeholder=QCoreApplication.translate("Fields", "HH:MM"))
        self.edit.setToolTip(
            QCoreApplication.translate(
                "Fields", "Write the time as hours:minutes, 24-hour, for example 14:30."
            )
        )
        self.edit.setAccessibleDescription(self.edit.toolTip())

    def value(self) -> dt.time | None:  # type: ignore[override]
        text = self.text()
        if not text:
            return None
        try:
            return parse_time(text)
        except InvalidValueError as error:
            raise FieldError(render(error.message)) from error

    def set_value(self, value: dt.time | None) -> None:  # type: ignore[override]
        self.edit.setText(value.strftime("%H:%M") if value is not None else "")


class NumberField(TextField):
    """A whole number, or None when left empty."""

    def __init__(self, key: str, placeholder: str = "") -> None:
        super().__init__(key, placeholder=placeholder)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 12)

    def value(self) -> int | None:  # type: ignore[override]
        text = self.text()
        if not text:
            return None
        # ASCII digits only, like the case file (int() would take other scripts' digits).
        if not (text.isascii() and text.isdigit()):
            raise FieldError(
                QCoreApplication.translate(
                    "Fields", "Write a whole number here, using digits only, like 3."
                )
            )
        return int(text)

    def set_value(self, value: int | None) -> None:  # type: ignore[override]
        self.edit.setText("" if value is None else str(value))


class LinesField(Field):
    """Several lines (an address, a list of names): one item a line, blank lines dropped."""

    def __init__(self, key: str, *, rows: int = 3) -> None:
        super().__init__(key)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * (rows + 1))
        self.widget = self.edit

    def value(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Sequence[str]) -> None:
        self.edit.setPlainText("\n".join(value))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.edit.textChanged.connect(slot)

    def raw(self) -> object:
        return self.edit.toPlainText()

    def set_raw(self, raw: object) -> None:
        if isinstance(raw, str):
            self.edit.setPlainText(raw)


class LongTextField(LinesField):
    """Free text in the user's own words; None when empty."""

    def value(self) -> str | None:  # type: ignore[override]
        text = self.edit.toPlainText().strip()
        return text or None

    def set_value(self, value: str | None) -> None:  # type: ignore[override]
        self.edit.setPlainText(value or "")


class ChoiceField(Field):
    """One of a fixed list; each choice is (words shown, value)."""

    def __init__(self, key: str, choices: Sequence[tuple[str, object]]) -> None:
        super().__init__(key)
        self.combo = QComboBox()
        # Values are kept here, not as item data: Qt would turn an enum member into a
        # plain string.
        self._values = [value for _words, value in choices]
        for words, _value in choices:
            self.combo.addItem(words)
        self.widget = self.combo

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if index >= 0 else None

    def index_of(self, value: object) -> int:
        return next((i for i, v in enumerate(self._values) if v == value), -1)

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(self.index_of(value), 0))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: slot())

    def raw(self) -> object:
        # The choice by its value, not its place: a draft shown again after the list
        # changed (a lawyer removed) must not land on another choice.
        return str(self.value())

    def set_raw(self, raw: object) -> None:
        index = next((i for i, v in enumerate(self._values) if str(v) == raw), -1)
        if index >= 0:
            self.combo.setCurrentIndex(index)


class CheckField(Field):
    """Yes or no; stored as True or None (the case file's "not said"), never False, so a
    record that never said either way reads back the same."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(key)
        self.box = QCheckBox(text)
        self.widget = self.box

    def value(self) -> bool | None:
        return True if self.box.isChecked() else None

    def set_value(self, value: bool | None) -> None:
        self.box.setChecked(bool(value))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda _on: slot())

    def raw(self) -> object:
        return self.box.isChecked()

    def set_raw(self, raw: object) -> None:
        if isinstance(raw, bool):
            self.box.setChecked(raw)


class CheckListField(Field):
    """Several of a list ticked (the requests a letter dealt with); value is their ids."""

    def __init__(self, key: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__(key)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for words, item_id in choices:
            item = QListWidgetItem(words, self.list)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(2, min(len(choices), 5))
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows + 16)
        # Space ticks the current item (Qt's own behaviour): the keyboard way to choose.
        self.widget = self.list

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def value(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Sequence[str]) -> None:
        wanted = set(value)
        for item in self.items():
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def on_change(self, slot: Callable[[], None]) -> None:
        self.list.itemChanged.connect(lambda _item: slot())

    def raw(self) -> object:
        return self.value()

    def set_raw(self, raw: object) -> None:
        if isinstance(raw, list):
            self.set_value([str(item_id) for item_id in raw])
