"""The letter window: choose the kind of letter, the requests, the lawyer and the mailing
day; read and change the letter part by part; preview, print or save it; then say it was
mailed, which logs it.

Every choice makes the program write the letter again (`app.services.letters.draft`); a
choice that cannot be used (a day after today, no request ticked) gets a message beside
it and changes nothing, and the letter cannot be printed or logged until it is put right.
The person's words are kept as they type (`keeping.LetterKeeper`) until the letter is
logged, so the window can be closed and the letter finished another day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Communication, LetterKind
from app.i18n import day_in_words, render
from app.services.cases import OpenCase
from app.ui.colours import Tone, tint
from app.ui.forms.base import plain_label
from app.ui.forms.fields import DateField, FieldError
from app.ui.letters.blocks import BlocksEditor
from app.ui.letters.keeping import KeptLetter, LetterKeeper
from app.ui.letters.words import kind_explanation, kind_words
from app.ui.text_size import ScaledLabel

if TYPE_CHECKING:
    from app.domain.letters import LetterDraft
    from app.ui.letters.mailed import MailedForm
    from app.ui.letters.preview import LetterPreviewDialog

_ID_ROLE = Qt.ItemDataRole.UserRole
# The letter is written again this long after the last change of a choice (typing a day).
_REDRAFT_DELAY_MS = 250


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _problem_label() -> QLabel:
    label = _wrapping()
    tint(label, Tone.PROBLEM)
    label.setVisible(False)
    return label


def _narrow_combo() -> QComboBox:
    """A drop-down that does not widen the column to its longest choice (the column has
    a width of its own; each choice shows in full when the list opens)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class _RequestList(QListWidget):
    """The requests to tick, each name wrapped (never cut off at larger text), the list as
    tall as its first four names."""

    _SHOWN = 4

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        rows = sum(self.sizeHintForRow(row) for row in range(min(self.count(), self._SHOWN)))
        lines = self.fontMetrics().lineSpacing() * 2
        self.setFixedHeight(max(rows, lines) + 2 * self.frameWidth() + 4)


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class LetterWindow(QDialog):
    # The letter was logged as mailed: the new log entry.
    logged = Signal(object)

    def __init__(self, parent: QWidget | None, session: OpenCase, today: dt.date,
                 kind: LetterKind | None = None, dispute_ids: list[str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.draft: LetterDraft | None = None
        self.mailed_form: MailedForm | None = None
        self.preview_dialog: LetterPreviewDialog | None = None
        self._pdf: tuple[str, bytes] | None = None
        self._proposed = kind
        # The lawyer follows the requests (their latest letter's lawyer) until the person
        # picks one, or a kept letter had one.
        self._counsel_picked = False
        self.keeper = LetterKeeper(session, self)
        self.setWindowTitle(self.tr("Write a letter"))

        self._build()
        self._redraft_timer = QTimer(self)
        self._redraft_timer.setSingleShot(True)
        self._redraft_timer.setInterval(_REDRAFT_DELAY_MS)
        self._redraft_timer.timeout.connect(self.redraft)
        self._start(kind or LetterKind.FIRST, dispute_ids or [])
        self.keeper.failed.connect(lambda text: _show(self.banner, text))
        self.kind_box.currentIndexChanged.connect(lambda _i: self.redraft())
        self.requests.itemChanged.connect(lambda _item: self.redraft())
        self.counsel_box.currentIndexChanged.connect(lambda _i: self._counsel_changed())
        self.day_field.on_change(self._redraft_timer.start)
        self.blocks.edited.connect(self._blocks_edited)
        self.resize(1000, 700)
        self.kind_box.setFocus()

    # -- building -----------------------------------------------------------------------

    def _labelled(self, column: QVBoxLayout, text: str, widget: QWidget,
                  shown: QWidget | None = None) -> QLabel:
        """A label for `widget`; `shown` is laid out instead when the input comes with
        companions (a day field's calendar button and the day in words)."""
        label = QLabel(text)
        label.setBuddy(widget)
        label.setWordWrap(True)
        widget.setAccessibleName(plain_label(text))
        column.addWidget(label)
        column.addWidget(shown or widget)
        return label

    def _build(self) -> None:
        self.banner = _problem_label()
        bold = QFont(self.banner.font())
        bold.setBold(True)
        self.banner.setFont(bold)
        self.banner.setAccessibleName(self.tr("Problem"))

        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 8, 0)
        self.kind_box = _narrow_combo()
        for words, kind in kind_words():
            self.kind_box.addItem(words, kind.value)
        self._labelled(column, self.tr("&Kind of letter"), self.kind_box)
        self.kind_hint = _wrapping()
        column.addWidget(self.kind_hint)

        self.requests = _RequestList()
        self.requests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for dispute in self.session.case.live_disputes:
            item = QListWidgetItem(dispute.label, self.requests)
            item.setData(_ID_ROLE, dispute.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._labelled(column, self.tr("Re&quests it is about"), self.requests)
        column.addWidget(_wrapping(self.tr("Tick each one with the Space bar.")))
        self.requests_error = _problem_label()
        column.addWidget(self.requests_error)

        self.counsel_box = _narrow_combo()
        for lawyer in self.session.case.counsel:
            self.counsel_box.addItem(lawyer.name, lawyer.id)
        self._labelled(column, self.tr("&To (their lawyer)"), self.counsel_box)
        self.address_label = _wrapping()
        column.addWidget(self.address_label)

        self.day_field = DateField("mailing_day", optional=False)
        self._labelled(column, self.tr("&Day you give it to staff for mailing"),
                       self.day_field.edit, self.day_field.outer)
        self.day_error = _problem_label()
        column.addWidget(self.day_error)
        self.reply_label = _wrapping()
        column.addWidget(self.reply_label)
        column.addStretch(1)
        left = QScrollArea()
        left.setWidget(choices)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.blocks = BlocksEditor()
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(ScaledLabel(self.tr("The letter, part by part"), 1.1))
        right_column.addWidget(_wrapping(self.tr(
            "The letter is written in English, as the court expects. Above each part it "
            "says what the part is for. Change any words you want.")))
        right_column.addWidget(self.blocks, 1)

        body = QHBoxLayout()
        body.addWidget(left, 2)
        body.addWidget(right, 3)

        self.preview_button = QPushButton(self.tr("Pre&view\u2026"))
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.save_button = QPushButton(self.tr("&Save as PDF\u2026"))
        self.mailed_button = QPushButton(self.tr("I &mailed it\u2026"))
        self.close_button = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.mailed_button.clicked.connect(self.open_mailed_form)
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        for push in (self.preview_button, self.print_button, self.save_button,
                     self.mailed_button):
            buttons.addButton(push, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        outer = QVBoxLayout(self)
        outer.addWidget(ScaledLabel(self.tr("Write a letter"), 1.2))
        outer.addWidget(self.banner)
        self.missing_label = _problem_label()
        outer.addWidget(self.missing_label)
        outer.addLayout(body, 1)
        outer.addWidget(_wrapping(self.tr(
            "Printing does not log anything. After you give the signed letter to staff for "
            "mailing, press \u201cI mailed it\u201d. Until then your words are kept: you can "
            "close this window and finish the letter another day.")))
        outer.addWidget(buttons)

        self.setTabOrder(self.kind_box, self.requests)
        self.setTabOrder(self.requests, self.counsel_box)
        self.setTabOrder(self.counsel_box, self.day_field.edit)

    # -- the choices --------------------------------------------------------------------

    def _start(self, kind: LetterKind, dispute_ids: list[str]) -> None:
        """Open with `kind` and `dispute_ids` ticked, and with the person's unfinished
        letter of that kind when one is kept (its requests ticked too: nothing typed is
        lost)."""
        kept = self.keeper.load(kind)
        ticked = list(dispute_ids) + ([d for d in kept.dispute_ids if d not in dispute_ids]
                                      if kept is not None else [])
        self._set_choices(kind, ticked, kept.counsel_id if kept else None)
        self.day_field.set_value(self.today)
        self.redraft(kept)

    def _set_choices(self, kind: LetterKind, dispute_ids: list[str],
                     counsel_id: str | None) -> None:
        for widget in (self.kind_box, self.requests, self.counsel_box):
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind.value)))
        for row in range(self.requests.count()):
            item = self.requests.item(row)
            on = item.data(_ID_ROLE) in dispute_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        ticked = [self.requests.item(row) for row in range(self.requests.count())
                  if self.requests.item(row).checkState() == Qt.CheckState.Checked]
        if ticked:
            # The keyboard starts on the first ticked request, and the list shows it.
            self.requests.setCurrentItem(ticked[0])
        if counsel_id is not None and self.counsel_box.findData(counsel_id) >= 0:
            self.counsel_box.setCurrentIndex(self.counsel_box.findData(counsel_id))
            self._counsel_picked = True
        for widget in (self.kind_box, self.requests, self.counsel_box):
            widget.blockSignals(False)

    def kind(self) -> LetterKind:
        return LetterKind(self.kind_box.currentData())

    def ticked_ids(self) -> list[str]:
        return [str(self.requests.item(row).data(_ID_ROLE)) for row in range(self.requests.count())
                if self.requests.item(row).checkState() == Qt.CheckState.Checked]

    def _read_day(self) -> dt.date | None:
        """The mailing day, or None with the reason shown beside the field."""
        try:
            day = self.day_field.value()
        except FieldError as error:
            _show(self.day_error, str(error))
            return None
        assert day is not None  # the field is not optional
        if day > self.today:
            _show(self.day_error, self.tr(
                "The letter cannot be dated after today ({today}). Write the day you give "
                "it to staff, today or earlier.").format(today=self.today.isoformat()))
            return None
        _show(self.day_error, "")
        return day

    # -- writing the letter -------------------------------------------------------------

    def redraft(self, kept: KeptLetter | None = None) -> None:
        """Write the letter again from the choices; a choice that cannot be used changes
        nothing but the message beside it."""
        from app.services import letters

        self._redraft_timer.stop()
        kind = self.kind()
        previous = self.draft
        if kept is None and previous is not None and previous.kind is not kind:
            kept = self.keeper.load(kind)  # that kind's own unfinished words, if any
        self._explain_kind(kind)
        ids = self.ticked_ids()
        _show(self.requests_error, "" if ids else self.tr(
            "Tick at least one request: the letter must say what it is about."))
        day = self._read_day()
        if not ids or day is None:
            self._set_usable(False)
            return
        counsel = self.counsel_box.currentData() if self._counsel_picked else None
        try:
            draft = letters.draft(self.session.case, kind, dispute_ids=ids,
                                  counsel_id=None if counsel is None else str(counsel),
                                  mailing_day=day, today=self.today)
        except letters.LetterError as error:
            _show(self.banner, render(error.message))
            self._set_usable(False)
            return
        _show(self.banner, "")
        edits = kept.edits if kept is not None else (
            self.blocks.edits() if previous is not None and previous.kind is kind else {})
        self.draft = draft
        self._show_counsel(draft)
        self.blocks.set_blocks(draft.blocks, edits)
        self._set_usable(True)
        self._keep()

    def _counsel_changed(self) -> None:
        self._counsel_picked = True
        self.redraft()

    def _explain_kind(self, kind: LetterKind) -> None:
        text = kind_explanation(kind)
        if kind is self._proposed:
            text += " " + self.tr("The program proposes this kind of letter from your record.")
        self.kind_hint.setText(text)

    def _show_counsel(self, draft: LetterDraft) -> None:
        self.counsel_box.blockSignals(True)
        self.counsel_box.setCurrentIndex(max(0, self.counsel_box.findData(draft.counsel_id)))
        self.counsel_box.blockSignals(False)
        lawyer = self.session.case.counsel_by_id(draft.counsel_id)
        self.address_label.setText("\n".join(lawyer.address) if lawyer else "")
        # What the log lacks for this letter (a lawyer with no mailing address: it cannot
        # be mailed as it is), in the person's language.
        _show(self.missing_label, "\n".join(f"\u2022 {render(m)}" for m in draft.missing))
        if draft.reply_requested_by is not None:
            self.reply_label.setText(self.tr(
                "The letter asks for their reply by {day}: the rules your court follows say "
                "to wait until that day for it.").format(
                    day=day_in_words(draft.reply_requested_by)))
        else:
            self.reply_label.setText("")

    def _set_usable(self, usable: bool) -> None:
        """Print, save and log only the letter the choices on screen give."""
        for push in (self.preview_button, self.print_button, self.save_button,
                     self.mailed_button):
            push.setEnabled(usable)
        self.blocks.setEnabled(usable)
        # Enter in a choice prints. (Set once the button is in the window: set before,
        # the window would not know it and would make the first button the default.)
        self.print_button.setDefault(usable)

    def _blocks_edited(self) -> None:
        self._keep()

    def _keep(self) -> None:
        if self.draft is None:
            return
        self.keeper.keep_soon(KeptLetter(
            kind=self.draft.kind, dispute_ids=self.ticked_ids(),
            counsel_id=self.draft.counsel_id, mailing_day=self.draft.mailing_day,
            edits=self.blocks.edits()))

    # -- the letter as printed ----------------------------------------------------------

    def letter_text(self) -> str:
        """The whole letter as it will print: the program's blocks with the person's
        words."""
        from app.domain.letters import letter_text

        assert self.draft is not None
        texts = self.blocks.texts()
        return letter_text([replace(block, text=text)
                            for block, text in zip(self.draft.blocks, texts, strict=True)])

    def pdf(self) -> bytes:
        from app.services import letters

        text = self.letter_text()
        if self._pdf is None or self._pdf[0] != text:
            self._pdf = (text, letters.letter_pdf(self.session.case, text))
        return self._pdf[1]

    def _suggested_name(self) -> str:
        from app.ui.declaration.printing import Paper, suggested_file_name

        return suggested_file_name(self.session.case, Paper.LETTER)

    def open_preview(self) -> LetterPreviewDialog | None:
        if self.draft is None:
            return None
        from app.ui.letters.preview import LetterPreviewDialog

        self.preview_dialog = LetterPreviewDialog(self.pdf(), self._suggested_name(), self)
        self.preview_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog.open()
        return self.preview_dialog

    def print_letter(self) -> bool:
        if self.draft is None:
            return False
        from app.ui.declaration import printing

        return printing.print_pdf(self, self.pdf(), printing.Paper.LETTER)

    def save_as_pdf(self) -> None:
        if self.draft is None:
            return
        from app.ui.declaration import printing

        printing.save_pdf_as(self, self.pdf(), self._suggested_name(), printing.Paper.LETTER)

    # -- logging it ---------------------------------------------------------------------

    def open_mailed_form(self) -> MailedForm | None:
        if self.draft is None:
            return None
        from app.ui.letters.mailed import MailedForm

        self.keeper.flush()
        self.mailed_form = MailedForm(self, self.session, self.draft, self.letter_text(),
                                      self.today)
        self.mailed_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.mailed_form.saved.connect(self._mailed)
        self.mailed_form.open()
        return self.mailed_form

    def _mailed(self, comm: Communication) -> None:
        assert self.draft is not None
        self.keeper.discard(self.draft.kind)
        self.logged.emit(comm)
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Once the list has its size: a ticked request below the first rows is shown. The
        # window as the timer's context: closed and gone by then (locked), nothing runs.
        QTimer.singleShot(0, self, self._show_current_request)

    def _show_current_request(self) -> None:
        item = self.requests.currentItem()
        if item is not None:
            self.requests.scrollToItem(item)

    def done(self, result: int) -> None:
        # However the window closes (Close, Escape, the title bar), the words are kept.
        self.keeper.flush()
        super().done(result)
