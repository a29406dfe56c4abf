"""Log a letter, call or meeting, or change one. The form shows the fields that fit what it
was: a letter sent from prison asks for the day it went to staff and the mail-log number, a
letter that came asks for the date on it and the day it came, a call for its time and
length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.model import Communication, Direction, Method
from app.domain.text import QT_TRANSLATE_NOOP, message
from app.domain.validation import Problem, validate_communication
from app.services.cases import OpenCase
from app.services.drafts import Drafts
from app.ui.forms.base import RecordForm
from app.ui.forms.fields import (
    CheckField,
    CheckListField,
    ChoiceField,
    DateField,
    LongTextField,
    NumberField,
    TextField,
    TimeField,
)
from app.ui.words import direction_words, method_words

# What the letter or call did: the checks in rules.md look for these.
DID_KEYS = ("explains_deficiency", "proposes_resolution", "requests_conference",
            "states_impasse")


class CommunicationForm(RecordForm):
    title_fields = ("sent_on", "summary")

    def __init__(self, parent: QWidget | None, session: OpenCase,
                 comm: Communication | None = None, today: dt.date | None = None,
                 dispute_ids: Sequence[str] = ()) -> None:
        title = self.tr("Log a letter or call") if comm is None else self.tr(
            "Change a letter or call")
        super().__init__(parent, title)
        self.session = session
        self.original = comm
        self.today = today or dt.date.today()
        case = session.case

        self.add_field(ChoiceField("direction", direction_words()), self.tr("&Who sent it"))
        self.add_field(ChoiceField("method", method_words()), self.tr("&How"))
        lawyers: list[tuple[str, object]] = [(self.tr("(not named)"), None)]
        lawyers += [(c.name, c.id) for c in case.counsel]
        self.add_field(ChoiceField("counsel", lawyers), self.tr("&Lawyer"))
        self.add_field(DateField("sent_on", optional=False), self.tr("&Day"))
        self.add_check(CheckField("approximate", self.tr("I am &not sure of the exact day")))
        self.add_field(DateField("received_on"), self.tr("Day it &came to you"))
        self.add_field(TimeField("time"), self.tr("&Time"))
        self.add_field(NumberField("duration_minutes", self.tr("e.g. 15")),
                       self.tr("How many &minutes"))
        self.add_field(TextField("mail_log_number"), self.tr("Legal mail lo&g number"),
                       self.tr("The number prison staff wrote in the legal-mail log."))
        self.add_field(DateField("reply_requested_by"), self.tr("&Reply asked for by"))
        requests = [(d.label, d.id) for d in case.disputes]
        self.add_field(CheckListField("disputes", requests),
                       self.tr("Re&quests it dealt with"),
                       self.tr("Tick each one with the Space bar or the mouse."))
        self.add_section(self.tr("What it did (tick all that apply)"), "form-did")
        self.add_check(CheckField("explains_deficiency",
                                  self.tr("E&xplained what is wrong with their answer")))
        self.add_check(CheckField("proposes_resolution", self.tr("&Proposed a way to settle it")))
        self.add_check(CheckField("requests_conference",
                                  self.tr("As&ked for a phone call or meeting")))
        self.add_check(CheckField("states_impasse", self.tr(
            "Said what is unresolved and that a m&otion will follow")))
        self.add_field(LongTextField("summary", rows=4),
                       self.tr("S&ummary: what it said, in your words"))

        if comm is not None:
            for key in ("direction", "method", "counsel", "sent_on", "approximate",
                        "received_on", "time", "duration_minutes", "mail_log_number",
                        "reply_requested_by", "disputes", "summary", *DID_KEYS):
                self.field(key).set_value(getattr(comm, key))
        else:
            self.field("disputes").set_value(list(dispute_ids))
            if len(case.counsel) == 1:
                self.field("counsel").set_value(case.counsel[0].id)
        self.fields_changed()
        self.keep_typing(Drafts(session.store), "communication", session.case_id,
                         None if comm is None else comm.id)
        self.resize(720, 700)

    # -- fitting the form to what it was ----------------------------------------------

    def fields_changed(self) -> None:
        direction = self.field("direction").value()
        method = self.field("method").value()
        outgoing = direction is Direction.OUTGOING
        live = method.is_live
        self.set_label("sent_on", self._day_label(outgoing, method))
        self.set_field_visible("received_on", not live)
        self.set_label("received_on", self.tr("Day it &came to you") if not outgoing
                       else self.tr("Day they got it (return re&ceipt), if known"))
        self.set_field_visible("time", live)
        self.set_field_visible("duration_minutes", live)
        self.set_field_visible("mail_log_number", method is Method.LETTER)
        self.set_field_visible("reply_requested_by", outgoing and method.is_written)
        for key in DID_KEYS:
            # Only what the user wrote or said counts for the checks.
            self.set_field_visible(key, outgoing or live)
        # Without its boxes the heading would stand empty.
        self.set_section_visible("form-did", outgoing or live)
        # A call is not sent: ask who made it.
        self.set_label("direction", self.tr("&Who started it") if live
                       else self.tr("&Who sent it"))
        direction_field = self.field("direction")
        assert isinstance(direction_field, ChoiceField)
        for index, (words, _value) in enumerate(direction_words(live=live)):
            direction_field.combo.setItemText(index, words)

    def _day_label(self, outgoing: bool, method: Method) -> str:
        if method.is_live:
            return self.tr("&Day it happened")
        if method is Method.LETTER:
            return (self.tr("&Day you gave it to prison staff for mailing") if outgoing
                    else self.tr("&Date written on the letter"))
        return self.tr("&Day it was sent")

    # -- the record -------------------------------------------------------------------

    def build(self, values: dict[str, Any]) -> Communication:
        values.setdefault("disputes", [])
        # A letter the program drafted is not shown here and never changes once logged.
        letter = self.original.letter if self.original else None
        return Communication(id=self.original.id if self.original else "new", letter=letter,
                             **values)

    def problems(self, record: Communication) -> Sequence[Problem]:
        problems = validate_communication(record, self.session.case, self.today)
        if not record.disputes and not record.summary and self.session.case.disputes:
            # A case file may hold such an entry, but typed here it would be a line in
            # the log that no check can use and that says nothing: ask for one or the
            # other.
            problems.append(Problem("disputes", message(
                "CommunicationForm",
                QT_TRANSLATE_NOOP("CommunicationForm",
                                  "Tick the requests it dealt with, or write in the summary "
                                  "what it was about."))))
        return problems

    def commit(self, record: Communication) -> Communication:
        if self.original is None:
            record.id = ""
        return self.session.save_communication(record, new=self.original is None)
