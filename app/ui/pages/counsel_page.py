"""Counsel: the other side's lawyers, added and changed here and picked in the log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.model import Counsel
from app.ui.context import CaseContext
from app.ui.forms.counsel_form import CounselForm
from app.ui.pages.common import (
    button,
    button_row,
    delete_after_asking,
    delete_key,
    shortcut_tip,
)


class CounselPage(QWidget):
    def __init__(self, context: CaseContext) -> None:
        super().__init__()
        self.context = context
        self.form: CounselForm | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("The other side's lawyers"))
        # Each lawyer takes two lines; shading and a gap keep one apart from the next.
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        delete_key(self.list, self.delete_selected)
        self.new_button = button(self.tr("&New lawyer…"), self.new_counsel,
                                 shortcut_tip("Ctrl+K"))
        self.edit_button = button(self.tr("Chan&ge…"), self.edit_selected)
        self.delete_button = button(self.tr("Dele&te"), self.delete_selected)
        explain = QLabel(self.tr(
            "The lawyers for the other side. Name them here once; then pick them when you "
            "log a letter or call."))
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.delete_button))
        layout.addWidget(self.list, 1)
        context.case_opened.connect(self.refresh)
        context.changed.connect(self.refresh)
        self.refresh()  # a case may be open already (the tab is made when first shown)

    def refresh(self) -> None:
        chosen = self.selected_id()
        self.list.clear()
        session = self.context.session
        for counsel in session.case.counsel if session else []:
            lines = [counsel.name]
            details = ", ".join(x for x in (counsel.office, counsel.represents) if x)
            if details:
                lines.append(details)
            item = QListWidgetItem("\n".join(lines), self.list)
            item.setData(Qt.ItemDataRole.UserRole, counsel.id)
            if counsel.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> Counsel | None:
        session = self.context.session
        chosen = self.selected_id()
        return None if session is None or chosen is None else session.case.counsel_by_id(chosen)

    def _enable(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def new_counsel(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        counsel = self._selected()
        if counsel is not None:
            self._open_form(counsel)

    def _open_form(self, counsel: Counsel | None) -> None:
        session = self.context.session
        if session is None:
            return
        self.form = CounselForm(self, session, counsel)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.saved.connect(lambda _counsel: self.context.notify_changed())
        self.form.open()

    def delete_selected(self) -> None:
        session = self.context.session
        counsel = self._selected()
        if session is None or counsel is None:
            return
        question = self.tr("Delete {name} from this case's lawyers?").format(name=counsel.name)
        if delete_after_asking(self, question, lambda: session.delete_counsel(counsel.id)):
            self.context.notify_changed()
