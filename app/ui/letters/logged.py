"""A letter already logged as mailed, read-only, with Print again: it is printed from the
text stored with the log entry, so the copy is the letter that was mailed, even after an
address or the program's wording changed."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Case, Communication
from app.i18n import day_in_words
from app.ui.letters.words import kind_name
from app.ui.text_size import ScaledLabel


class LoggedLetterDialog(QDialog):
    def __init__(self, parent: QWidget | None, case: Case, comm: Communication) -> None:
        super().__init__(parent)
        assert comm.letter is not None, "only a letter logged with its text opens here"
        self.case = case
        self.comm = comm
        self.setWindowTitle(self.tr("The letter you mailed"))

        facts = QLabel(self._facts_html())
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text_view = QPlainTextEdit(comm.letter.text)
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        label = QLabel(self.tr("The &letter as mailed. It cannot be changed: to send "
                               "different words, write and log a new letter."))
        label.setWordWrap(True)
        label.setBuddy(self.text_view)
        self.text_view.setAccessibleName(self.tr("The letter as mailed"))

        self.print_button = QPushButton(self.tr("Print &again\u2026"))
        self.preview_button = QPushButton(self.tr("Pre&view\u2026"))
        self.save_button = QPushButton(self.tr("&Save as PDF\u2026"))
        self.print_button.clicked.connect(self.print_again)
        self.preview_button.clicked.connect(self.open_preview)
        self.save_button.clicked.connect(self.save_as_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for push in (self.print_button, self.preview_button, self.save_button):
            buttons.addButton(push, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(self.windowTitle(), 1.2))
        layout.addWidget(facts)
        layout.addWidget(label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.print_button.setDefault(True)  # once in the window, or the window ignores it
        self.print_button.setFocus()

    def _facts_html(self) -> str:
        comm, esc = self.comm, html.escape
        assert comm.letter is not None
        lawyer = self.case.counsel_by_id(comm.counsel) if comm.counsel else None
        lines = [self.tr("{kind}, given to staff for mailing on {day}").format(
            kind=kind_name(comm.letter.kind), day=day_in_words(comm.sent_on))]
        if lawyer is not None:
            lines.append(self.tr("To: {name}").format(name=lawyer.name))
        labels = [d.label if (d := self.case.dispute(key)) else key for key in comm.disputes]
        if labels:
            lines.append(self.tr("Requests: {labels}").format(labels="; ".join(labels)))
        if comm.reply_requested_by is not None:
            lines.append(self.tr("It asked for a reply by {day}.").format(
                day=day_in_words(comm.reply_requested_by)))
        if comm.mail_log_number:
            lines.append(self.tr("Legal mail log number: {number}").format(
                number=comm.mail_log_number))
        return "<br>".join(esc(line) for line in lines)

    # -- printing the stored text -------------------------------------------------------

    def pdf(self) -> bytes:
        from app.services import letters

        assert self.comm.letter is not None
        return letters.letter_pdf(self.case, self.comm.letter.text)

    def _suggested_name(self) -> str:
        from app.ui.declaration.printing import Paper, suggested_file_name

        return suggested_file_name(self.case, Paper.LETTER)

    def print_again(self) -> bool:
        from app.ui.declaration import printing

        return printing.print_pdf(self, self.pdf(), printing.Paper.LETTER)

    def save_as_pdf(self) -> None:
        from app.ui.declaration import printing

        printing.save_pdf_as(self, self.pdf(), self._suggested_name(), printing.Paper.LETTER)

    def open_preview(self) -> QDialog:
        from app.ui.letters.preview import LetterPreviewDialog

        dialog = LetterPreviewDialog(self.pdf(), self._suggested_name(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview_dialog = dialog
        return dialog
