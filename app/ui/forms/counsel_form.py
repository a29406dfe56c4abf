"""Add or change one of the other side's lawyers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.model import Counsel
from app.domain.validation import Problem, validate_counsel
from app.services.cases import OpenCase
from app.services.drafts import Drafts
from app.ui.forms.base import RecordForm
from app.ui.forms.fields import LinesField, TextField


class CounselForm(RecordForm):
    title_fields = ("name",)

    def __init__(self, parent: QWidget | None, session: OpenCase,
                 counsel: Counsel | None = None) -> None:
        title = self.tr("New lawyer for the other side") if counsel is None else self.tr(
            "Change a lawyer's details")
        super().__init__(parent, title)
        self.session = session
        self.original = counsel
        self.add_field(TextField("name", optional=False), self.tr("&Name"))
        self.add_field(TextField("office"), self.tr("&Office or firm"),
                       self.tr("For example: Office of the Attorney General"))
        self.add_field(TextField("represents"), self.tr("&Represents"),
                       self.tr("Whom this lawyer represents: the papers say it wherever they "
                               "name the lawyer. For example: Defendants Sample and Jones"))
        self.add_field(LinesField("address"), self.tr("&Address (one line each)"))
        self.add_field(TextField("phone"), self.tr("&Phone"))
        self.add_field(TextField("email"), self.tr("&Email"))
        if counsel is not None:
            for key in ("name", "office", "represents", "address", "phone", "email"):
                self.field(key).set_value(getattr(counsel, key))
        self.keep_typing(Drafts(session.store), "counsel", session.case_id,
                         None if counsel is None else counsel.id)
        self.resize(600, 480)

    def build(self, values: dict[str, Any]) -> Counsel:
        # A new record is checked under a stand-in id; the store makes up the real one.
        return Counsel(id=self.original.id if self.original else "new", **values)

    def problems(self, record: Counsel) -> Sequence[Problem]:
        return validate_counsel(record)

    def commit(self, record: Counsel) -> Counsel:
        if self.original is None:
            record.id = ""
        return self.session.save_counsel(record, new=self.original is None)
