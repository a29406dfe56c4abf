"""At start: after the program closed unexpectedly, say so plainly (and where the details
for the staff are), and offer back everything typed and not saved, one line each ("You were
adding a lawyer: Dana M. Whitfield"), with Keep it and Throw it away. Keep it opens the form
again with the text in it; Throw it away asks first, then drops it for good.

Each kind of draft says how it is described and reopened (`register_kind`): the record
forms and Start my case are registered here; another screen that keeps drafts (letters, and
their "I mailed it") registers its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.crash import PreviousRun
from app.domain.model import Communication, Counsel, Dispute
from app.i18n import render
from app.services.cases import SaveError
from app.services.drafts import Draft, Drafts
from app.ui import ask
from app.ui.forms.base import RecordForm
from app.ui.safety.words import when_words
from app.ui.wizard import DRAFT_KIND as FIRST_CASE

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# The form (or other window) a draft was opened in again, or None when it could not be.
Reopen = Callable[["MainWindow", Draft], QDialog | None]


@dataclass(frozen=True, slots=True)
class DraftKind:
    adding: Callable[[], str]  # "You were adding a lawyer"
    changing: Callable[[], str]  # "You were changing a lawyer's details"
    reopen: Reopen


_KINDS: dict[str, DraftKind] = {}


def register_kind(kind: str, adding: Callable[[], str], changing: Callable[[], str],
                  reopen: Reopen) -> None:
    """Say how drafts of `kind` are described and opened again (the words are functions,
    so they follow the interface language)."""
    _KINDS[kind] = DraftKind(adding, changing, reopen)


def describe(draft: Draft, case_titles: dict[int, str]) -> str:
    """One line that reminds the person what the draft was."""
    kind = _KINDS.get(draft.kind)
    new = draft.payload.get("record_id") is None
    if kind is None:
        doing = QCoreApplication.translate("Recovery", "You were writing something")
    else:
        doing = kind.adding() if new else kind.changing()
    line = f"{doing}: {draft.title}" if draft.title else doing
    case_id = draft.payload.get("case_id")
    case = case_titles.get(case_id) if isinstance(case_id, int) else None
    when = when_words(draft.saved_at.isoformat())
    if case:
        return QCoreApplication.translate(
            "Recovery", "{what} (case {case}, last typed {when})"
        ).format(what=line, case=case, when=when)
    return QCoreApplication.translate("Recovery", "{what} (last typed {when})").format(
        what=line, when=when)


def offer(window: MainWindow, last: PreviousRun) -> RecoveryDialog | None:
    """Show what the last run left (nothing to show: no dialog)."""
    drafts = Drafts(window.cases.store)
    try:
        pending = drafts.pending()
    except SaveError:
        pending = []
    if not pending and not last.ended_unexpectedly:
        return None
    dialog = RecoveryDialog(window, drafts, pending, last)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class RecoveryDialog(QDialog):
    def __init__(self, window: MainWindow, drafts: Drafts, pending: list[Draft],
                 last: PreviousRun) -> None:
        super().__init__(window)
        self.window_ = window
        self.drafts = drafts
        self.last = last
        self.pending = list(pending)
        self.reopened: QDialog | None = None
        self.setWindowTitle(self.tr("Unsaved work") if pending
                            else self.tr("The program closed unexpectedly"))
        self.setModal(True)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        scroll = QScrollArea()
        scroll.setWidget(self.rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._fill()
        self.resize(720, 420 if pending else 220)

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        titles = {summary.id: summary.short_title for summary in self.window_.cases.summaries()}
        self.keep_buttons: list[QPushButton] = []
        self.throw_buttons: list[QPushButton] = []
        for row, draft in enumerate(self.pending):
            words = QLabel(describe(draft, titles))
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.PlainText)
            keep = QPushButton(self.tr("&Keep it") if row == 0 else self.tr("Keep it"))
            throw = QPushButton(self.tr("Throw it away"))
            keep.setAccessibleDescription(words.text())
            throw.setAccessibleDescription(words.text())
            keep.clicked.connect(partial(self._keep, draft))
            throw.clicked.connect(partial(self._throw_away, draft))
            self.grid.addWidget(words, row, 0)
            self.grid.addWidget(keep, row, 1)
            self.grid.addWidget(throw, row, 2)
            self.keep_buttons.append(keep)
            self.throw_buttons.append(throw)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(len(self.pending), 1)
        self.heading.setText("\n\n".join(self._heading_lines()))
        # Closing leaves the drafts for later: each is shown again when its form is opened,
        # and here at the next start.
        self.close_button.setText(self.tr("&Decide later") if self.pending else self.tr("&Close"))
        if self.pending:
            self.keep_buttons[0].setFocus()

    def _heading_lines(self) -> list[str]:
        lines: list[str] = []
        if self.last.ended_unexpectedly:
            lines.append(self.tr("The program closed unexpectedly the last time it was used."))
            if self.last.report is not None:
                lines.append(self.tr("The details were saved for the staff in this file: "
                                     "{path}").format(path=str(self.last.report)))
        if self.pending and self.last.ended_unexpectedly:
            lines.append(self.tr("What you typed and had not saved yet is still here. Keep "
                                 "each one to finish it, or throw it away:"))
        elif self.pending:
            lines.append(self.tr("You had not finished these, and had not saved them yet. "
                                 "Keep each one to finish it, or throw it away:"))
        else:
            lines.append(self.tr("Everything you saved is safe."))
        return lines

    def _keep(self, draft: Draft) -> None:
        self.accept()
        self.reopened = reopen(self.window_, draft)

    def _throw_away(self, draft: Draft) -> None:
        if not ask.confirm(self, self.tr("Throw it away?"),
                           self.tr("Throw away what you typed? It cannot be brought back."),
                           self.tr("Throw it away")):
            return
        try:
            self.drafts.discard(draft.key)
        except SaveError as error:
            ask.problem(self, self.tr("Not thrown away"), render(error.message))
            return
        self.pending = [d for d in self.pending if d.key != draft.key]
        self._fill()


def open_again(window: MainWindow, draft: Draft) -> QDialog | None:
    """Open the draft's form (or letter window) again with its text, asking nothing (None
    when its kind is unknown or its case or record is gone). Unlocking the program brings
    back the forms that were open this way (`app.ui.privacy.session_lock`)."""
    kind = _KINDS.get(draft.kind)
    return kind.reopen(window, draft) if kind is not None else None


def reopen(window: MainWindow, draft: Draft) -> QDialog | None:
    """Open the draft's form again with its text; once that form is closed, offer the
    drafts still left."""
    form = open_again(window, draft)
    if form is None:
        ask.problem(
            window,
            QCoreApplication.translate("Recovery", "Cannot open it again"),
            QCoreApplication.translate(
                "Recovery",
                "What you typed could not be opened again: the case or record it belonged to "
                "is no longer here. These are the words you typed, to copy:"),
            _typed_lines(draft),
        )
        return None
    form.finished.connect(lambda _result: offer(window, PreviousRun(False)))
    return form


def _typed_lines(draft: Draft) -> list[str]:
    fields = draft.payload.get("fields")
    if not isinstance(fields, dict):
        return []
    return [value for value in fields.values() if isinstance(value, str) and value.strip()]


# -- the record forms ---------------------------------------------------------------------


def _on_case(window: MainWindow, draft: Draft) -> bool:
    """Open the draft's case (if it is not open already); False when it is gone."""
    case_id = draft.payload.get("case_id")
    if not isinstance(case_id, int) or case_id not in {s.id for s in window.cases.summaries()}:
        return False
    session = window.context.session
    if session is None or session.case_id != case_id:
        window.open_case(case_id)
    session = window.context.session
    return session is not None and session.case_id == case_id


def _record_id(draft: Draft) -> str | None:
    value = draft.payload.get("record_id")
    return value if isinstance(value, str) else None


def _reopen_case(window: MainWindow, draft: Draft) -> QDialog | None:
    if _record_id(draft) is None:
        window.new_case()
    elif _on_case(window, draft):
        window.edit_case_details()
    else:
        return None
    return window.case_form


def _find[Record: (Counsel, Dispute, Communication)](
    records: Sequence[Record], record_id: str | None
) -> Record | None:
    return next((r for r in records if r.id == record_id), None) if record_id else None


def _reopen_record(window: MainWindow, draft: Draft) -> QDialog | None:
    """The lawyer, request or letter form on its page, for the record the draft changed
    (or a new one). A record removed since gets its typing back as a new record."""
    if not _on_case(window, draft):
        return None
    session = window.context.session
    assert session is not None
    case = session.case
    record_id = _record_id(draft)
    record: Counsel | Dispute | Communication | None
    form: RecordForm | None
    # Each page's own way to open its form: it connects what happens on Save.
    if draft.kind == "counsel":
        window.show_page(2)
        record = _find(case.counsel, record_id)
        window.counsel_page._open_form(record)
        form = window.counsel_page.form
    elif draft.kind == "dispute":
        window.show_page(0)
        record = _find(case.disputes, record_id)
        window.disputes_page._open_form(record)
        form = window.disputes_page.form
    else:
        window.show_page(1)
        record = _find(case.communications, record_id)
        window.log_page._open_form(record, [])
        form = window.log_page.form
    if form is not None and record_id is not None and record is None:
        form.adopt_draft(draft)
    return form


def _reopen_first_case(window: MainWindow, draft: Draft) -> QDialog | None:
    """Start my case, on the page the person was on (the wizard shows its own draft)."""
    window.start_case_wizard()
    return window.case_wizard


register_kind(
    FIRST_CASE,
    lambda: QCoreApplication.translate("Recovery", "You were starting your case"),
    lambda: QCoreApplication.translate("Recovery", "You were starting your case"),
    _reopen_first_case,
)
register_kind(
    "case",
    lambda: QCoreApplication.translate("Recovery", "You were starting a new case"),
    lambda: QCoreApplication.translate("Recovery", "You were changing the case details"),
    _reopen_case,
)
register_kind(
    "counsel",
    lambda: QCoreApplication.translate("Recovery", "You were adding a lawyer"),
    lambda: QCoreApplication.translate("Recovery", "You were changing a lawyer's details"),
    _reopen_record,
)
register_kind(
    "dispute",
    lambda: QCoreApplication.translate("Recovery", "You were adding a request in dispute"),
    lambda: QCoreApplication.translate("Recovery", "You were changing a request in dispute"),
    _reopen_record,
)
register_kind(
    "communication",
    lambda: QCoreApplication.translate("Recovery", "You were logging a letter or call"),
    lambda: QCoreApplication.translate("Recovery", "You were changing a letter or call"),
    _reopen_record,
)

# A letter not yet mailed is a draft too; the letters register how it is opened again.
import app.ui.letters.reopening  # noqa: E402, F401
