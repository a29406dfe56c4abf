"""The signing date (blank to write it in by hand) and the proof of service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.validation import InvalidValueError
from app.domain.written_days import read_day
from app.i18n import interface_language, render
from app.ui.language import Retranslating


class SigningDateError(ValueError):
    """The signing date cannot be read; the text says why, in the interface language."""


class PrintOptions(Retranslating, QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_label = QLabel()
        self.date_label.setWordWrap(True)
        self.date_edit = QLineEdit()
        self.date_label.setBuddy(self.date_edit)
        self.date_error = QLabel()
        self.date_error.setWordWrap(True)
        self.date_error.setTextFormat(Qt.TextFormat.PlainText)
        self.date_error.hide()
        self.proof = QCheckBox()
        self.proof.setChecked(True)  # exhibit.md: on by default
        self.proof_help = QLabel()
        self.proof_help.setWordWrap(True)
        self.date_edit.textEdited.connect(self._date_edited)
        self.proof.toggled.connect(self.changed)

        # One column, each label above its field: long labels (and Spanish ones) wrap
        # across the whole width instead of squeezing the field.
        layout = QVBoxLayout(self)
        for widget in (self.date_label, self.date_edit, self.date_error, self.proof,
                       self.proof_help):
            layout.addWidget(widget)
        self.retranslate_ui()

    def signing_date(self) -> dt.date | None:
        text = self.date_edit.text().strip()
        if not text:
            return None
        try:
            # As people write a day, like every day field (app.domain.written_days).
            return read_day(text, interface_language())
        except InvalidValueError as error:
            raise SigningDateError(render(error.message)) from None

    def check_signing_date(self) -> bool:
        """Show beside the field why the date cannot be read; True when it can."""
        try:
            self.signing_date()
        except SigningDateError as error:
            self.date_error.setText(str(error))
            self.date_error.show()
            self.date_edit.setAccessibleDescription(str(error))
            return False
        self.date_error.hide()
        self.date_edit.setAccessibleDescription(self._date_help())
        return True

    def proof_of_service(self) -> bool:
        return self.proof.isChecked()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Signing and service"))
        self.date_label.setText(self.tr("Si&gning date (leave blank to write it in by hand):"))
        self.date_edit.setPlaceholderText(self.tr("e.g. 3/10/2025"))
        self.date_edit.setAccessibleName(self.tr("Signing date"))
        self.date_edit.setAccessibleDescription(self._date_help())
        self.proof.setText(self.tr("Include the proof of service by &mail"))
        self.proof_help.setText(self.tr(
            "A page, signed like the declaration, saying that you gave a copy to prison "
            "staff to mail to each lawyer for the other side."))
        self.proof.setAccessibleDescription(self.proof_help.text())
        if self.date_error.isVisibleTo(self):
            self.check_signing_date()  # the message, in the new language

    def _date_help(self) -> str:
        return self.tr("Write the day as month/day/year, for example 3/10/2025, or in words, "
                       "or leave it blank to write the day in by hand when you sign.")

    def _date_edited(self) -> None:
        # A message already shown is updated as the person types; a new one waits until
        # they ask for the document, so half a date is not called wrong.
        if self.date_error.isVisibleTo(self):
            self.check_signing_date()
        self.changed.emit()
