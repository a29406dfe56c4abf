""""I mailed it": the day the letter went to prison staff for mailing (the letter's own
date unless said otherwise) and the legal-mail log number, then the letter is logged with
its whole text. A day after today or before the letter's date gets a message beside the
field and logs nothing.

What is typed is kept as a draft (kind `mailed`, one a case and kind of letter) like every
record form's, so locking the program or a crash loses none of it: it is opened again over
its letter window (`app.ui.letters.reopening`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from app.domain.model import Communication
from app.domain.text import QT_TRANSLATE_NOOP, message
from app.domain.validation import Problem
from app.services.cases import OpenCase, SaveError
from app.services.drafts import Drafts
from app.ui.forms.base import RecordForm
from app.ui.forms.fields import DateField, TextField
from app.ui.letters.words import kind_name

if TYPE_CHECKING:
    from app.domain.letters import LetterDraft

_CTX = "MailedForm"
# The drafts' kind of this form; its draft is told apart by the letter's kind.
DRAFT_KIND = "mailed"


class MailedForm(RecordForm):
    def __init__(self, parent: QWidget | None, session: OpenCase, draft: LetterDraft,
                 text: str, today: dt.date) -> None:
        super().__init__(parent, self.tr("I mailed it"))
        self.session = session
        self.draft = draft
        self.text = text
        self.today = today
        self.add_field(DateField("mailed_on", optional=False),
                       self.tr("&Day you gave it to prison staff for mailing"))
        self.add_field(TextField("mail_log_number"), self.tr("Legal mail lo&g number"),
                       self.tr("The number prison staff wrote in the legal-mail log, if "
                               "they gave you one. You can leave it empty."))
        self.field("mailed_on").set_value(draft.mailing_day)
        self.save_button.setText(self.tr("&Log the letter"))
        self.keep_typing(Drafts(session.store), DRAFT_KIND, session.case_id, draft.kind.value)
        self.resize(560, 380)

    def draft_title(self) -> str:
        # Which letter, in the person's words ("Follow-up letter"): the day alone says little.
        return kind_name(self.draft.kind)

    def build(self, values: dict[str, Any]) -> dict[str, Any]:
        return values

    def problems(self, record: dict[str, Any]) -> Sequence[Problem]:
        day: dt.date = record["mailed_on"]
        if day > self.today:
            return [Problem("mailed_on", message(_CTX, QT_TRANSLATE_NOOP(
                "MailedForm", "That day is after today ({today}). Write the day you gave "
                "the letter to staff."), today=self.today.isoformat()))]
        if day < self.draft.mailing_day:
            return [Problem("mailed_on", message(_CTX, QT_TRANSLATE_NOOP(
                "MailedForm", "That day is before the date on the letter ({day}): a "
                "letter cannot be mailed before it was written. Check the day, or change "
                "the letter's date."), day=self.draft.mailing_day.isoformat()))]
        return []

    def commit(self, record: dict[str, Any]) -> Communication:
        from app.services import letters

        try:
            return letters.log_mailed(self.session, self.draft, self.text, record["mailed_on"],
                                      record["mail_log_number"], today=self.today)
        except letters.LetterError as error:
            raise SaveError(error.message) from error
