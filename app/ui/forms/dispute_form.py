"""Add or change a request in dispute: what was asked, when it was served, what came back
and what is wrong with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.model import Dispute, DisputeKind, DisputeStatus, ServedBy
from app.domain.validation import Problem, validate_dispute
from app.services.cases import OpenCase
from app.services.drafts import Drafts
from app.services.requests import suggest_label
from app.ui.forms.base import RecordForm
from app.ui.forms.fields import (
    ChoiceField,
    DateField,
    FieldError,
    LongTextField,
    NumberField,
    TextField,
)
from app.ui.forms.reasons_field import ReasonsField
from app.ui.words import kind_words, served_by_words, status_words


class DisputeForm(RecordForm):
    title_fields = ("label",)

    def __init__(self, parent: QWidget | None, session: OpenCase,
                 dispute: Dispute | None = None, today: dt.date | None = None) -> None:
        title = self.tr("New request in dispute") if dispute is None else self.tr(
            "Change a request in dispute")
        super().__init__(parent, title)
        self.session = session
        self.original = dispute
        self.today = today or dt.date.today()
        self.add_section(self.tr("Which request"), "form-request")
        self.add_field(ChoiceField("kind", kind_words()), self.tr("&Kind of request"))
        self.add_field(NumberField("set_number", self.tr("e.g. 1")), self.tr("S&et number"))
        self.add_field(NumberField("item_number", self.tr("e.g. 3")),
                       self.tr("Request n&umber in the set"))
        self.add_field(TextField("label", optional=False), self.tr("&Name in the papers"),
                       self.tr("Filled in for you from the kind, set and number; you can "
                               "change it."))
        self.add_field(ChoiceField("status", status_words()), self.tr("S&tatus"))
        self.add_section(self.tr("Service and their answer"), "form-service")
        self.add_field(TextField("served_to"), self.tr("Ser&ved on (party)"),
                       self.tr("For example: Defendant Sample"))
        self.add_field(DateField("served_on"), self.tr("&Day you served it"),
                       self.tr("For mail: the day you gave it to prison staff."))
        self.add_field(ChoiceField("served_by", served_by_words()), self.tr("Served &how"))
        self.add_field(DateField("response_received_on"),
                       self.tr("Day their &answer came"),
                       self.tr("Leave empty if no answer has come yet."))
        self.add_field(LongTextField("deficiency"), self.tr("&What is wrong with their answer"))
        self.add_field(ReasonsField("reasons", self.field("kind").value()),
                       self.tr("Common &problems with an answer (tick each that fits)"),
                       self.tr("Tick with the Space bar or the mouse. A letter states each "
                               "one you tick, in English, with the rule it rests on."))
        self.add_field(LongTextField("wanted"), self.tr("What w&ould settle it"),
                       self.tr("What you ask them to do, and the order you will ask the "
                               "court for if they do not."))
        self.add_field(LongTextField("request_text", rows=4), self.tr("The request in &full"))
        self.add_field(LongTextField("response_text", rows=4), self.tr("The&ir answer in full"))
        # The label follows kind, set and number until the person types their own.
        self._label_is_own = dispute is not None
        for key in ("kind", "set_number", "item_number"):
            self.field(key).on_change(self._suggest_label)
        self.field("kind").on_change(self._show_reasons_for_kind)
        self.field("label").on_change(self._label_typed)
        if dispute is not None:
            for key in ("kind", "set_number", "item_number", "label", "status", "served_to",
                        "served_on", "response_received_on", "deficiency", "wanted",
                        "reasons", "request_text", "response_text"):
                self.field(key).set_value(getattr(dispute, key))
            self.field("served_by").set_value(dispute.effective_served_by)
        self.keep_typing(Drafts(session.store), "dispute", session.case_id,
                         None if dispute is None else dispute.id)
        self.resize(700, 640)

    def _show_reasons_for_kind(self) -> None:
        reasons = self.field("reasons")
        assert isinstance(reasons, ReasonsField)
        reasons.show_kind(self.field("kind").value())

    def _label_typed(self) -> None:
        self._label_is_own = bool(self.field("label").value())

    def draft_restored(self) -> None:
        # A label kept from before that is not the suggestion was the person's own.
        self._label_is_own = self._label_is_own or self.field("label").raw() != self._suggestion()

    def _suggestion(self) -> str | None:
        try:
            kind = self.field("kind").value()
            set_number = self.field("set_number").value()
            item_number = self.field("item_number").value()
        except FieldError:
            return None
        return suggest_label(kind, set_number, item_number)

    def _suggest_label(self) -> None:
        suggestion = None if self._label_is_own else self._suggestion()
        if suggestion is None:
            return
        self.field("label").set_value(suggestion)
        self.check()

    def build(self, values: dict[str, Any]) -> Dispute:
        values.setdefault("kind", DisputeKind.PRODUCTION)
        values.setdefault("status", DisputeStatus.OPEN)
        return Dispute(id=self.original.id if self.original else "new", **values)

    def problems(self, record: Dispute) -> Sequence[Problem]:
        return validate_dispute(record, self.today)

    def commit(self, record: Dispute) -> Dispute:
        if self.original is None:
            record.id = ""
        elif self.original.served_by is None and record.served_by is ServedBy.MAIL:
            # "By mail" is shown for a request that never said how it was served: keep it
            # unsaid, so an exported case file gives back what was imported.
            record.served_by = None
        return self.session.save_dispute(record, new=self.original is None)
