"""The form every record is added or changed with.

What all forms share lives here once: a label (with a mnemonic, a buddy and an accessible
name) for every field, a message beside each field saying what is wrong, checks as you
type, and a Save that writes at once or, when it cannot, keeps the form open with
everything typed and says why in plain words.

A subclass adds its fields and says how to build the record (`build`), which problems the
domain sees in it (`problems`) and how to save it (`commit`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import Problem
from app.i18n import render
from app.services.cases import SaveError
from app.ui import ask
from app.ui.colours import Tone, tint
from app.ui.forms.fields import CheckField, Field, FieldError
from app.ui.guide_links import why_link
from app.ui.text_size import ScaledLabel


def plain_label(text: str) -> str:
    """The words of a label without its mnemonic marker, for screen readers."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _FieldRow:
    """A field with its label and the message shown beside it."""

    def __init__(self, field: Field, label: QLabel | None, error: QLabel,
                 cell: QWidget) -> None:
        self.field = field
        self.label = label
        self.error = error
        self.cell = cell
        self.touched = False

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        # Screen readers hear the problem with the field.
        self.field.widget.setAccessibleDescription(text or "")


class RecordForm(QDialog):
    """A dialog with labelled fields, checked as you type; Save writes at once."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._rows: dict[str, _FieldRow] = {}
        self._show_all = False
        self._initial: dict[str, object] | None = None
        self.guide_sections: list[str] = []
        self.section_labels: dict[str, QLabel] = {}
        self.why_links: dict[str, QLabel] = {}
        self._section_rows: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        outer.addWidget(ScaledLabel(title, 1.2))

        # Why the last Save failed, or problems that belong to no single field.
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        tint(self.banner, Tone.PROBLEM)
        banner_font = QFont(self.banner.font())
        banner_font.setBold(True)
        self.banner.setFont(banner_font)
        self.banner.setVisible(False)
        self.banner.setAccessibleName(self.tr("Problem"))
        outer.addWidget(self.banner)

        body = QWidget()
        self.form = QFormLayout(body)
        # Each label above its field: nothing is cut off, whatever the text size or the
        # language, and the eye goes straight down the form.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        # The fields take the focus, not the area around them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(640, 560)

    # -- building ---------------------------------------------------------------------

    def add_field(self, field: Field, label_text: str, hint: str | None = None) -> Field:
        """Add a labelled row; `label_text` carries an `&` mnemonic."""
        label = QLabel(label_text)
        label.setBuddy(field.widget)
        field.widget.setAccessibleName(plain_label(label_text))
        cell = self._cell(field, hint)
        self.form.addRow(label, cell)
        return self._register(field, label, cell)

    def add_check(self, field: CheckField) -> Field:
        """A tick box: its own text (with the mnemonic) is its label."""
        field.widget.setAccessibleName(plain_label(field.box.text()))
        cell = self._cell(field, None)
        self.form.addRow(cell)
        return self._register(field, None, cell)

    def _cell(self, field: Field, hint: str | None) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.outer)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        error = QLabel()
        error.setWordWrap(True)
        tint(error, Tone.PROBLEM)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Always there, a line high even when empty: a message appearing as the person
        # types must not push the fields below down under the mouse.
        error.setMinimumHeight(error.fontMetrics().lineSpacing())
        error.setObjectName("error")
        column.addWidget(error)
        return cell

    def _register(self, field: Field, label: QLabel | None, cell: QWidget) -> Field:
        error = cell.findChild(QLabel, "error")
        assert error is not None
        row = _FieldRow(field, label, error, cell)
        self._rows[field.key] = row
        field.on_change(lambda: self._changed(row))
        return field

    def add_section(self, text: str, guide_section: str) -> None:
        """A heading between groups of fields, with a "Why?" link to its guide section."""
        label = ScaledLabel(text)
        why = QLabel(why_link(guide_section))
        why.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        why.setAccessibleName(self.tr("Why? Open the guide about: {section}").format(
            section=plain_label(text)))
        why.linkActivated.connect(lambda _link: self.open_guide(guide_section))
        heading = QWidget()
        line = QHBoxLayout(heading)
        line.setContentsMargins(0, 12, 0, 0)
        line.addWidget(label, 1)
        line.addWidget(why, 0, Qt.AlignmentFlag.AlignBottom)
        self.form.addRow(heading)
        self.guide_sections.append(guide_section)
        self.section_labels[guide_section] = label
        self.why_links[guide_section] = why
        self._section_rows[guide_section] = heading

    def open_guide(self, section_id: str) -> None:
        from app.ui.guide import GuideDialog

        self.guide = GuideDialog(self, section_id)
        self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide.open()

    def set_field_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self._rows[key].cell, visible)

    def set_section_visible(self, guide_section: str, visible: bool) -> None:
        """Show or hide a section's heading (its fields are shown or hidden one by one)."""
        self.form.setRowVisible(self._section_rows[guide_section], visible)

    def set_label(self, key: str, label_text: str) -> None:
        """Change a field's label (its meaning depends on other choices)."""
        row = self._rows[key]
        assert row.label is not None, "a tick box carries its own text"
        row.label.setText(label_text)
        row.field.widget.setAccessibleName(plain_label(label_text))

    def field_visible(self, key: str) -> bool:
        return self.form.isRowVisible(self._rows[key].cell)

    def field(self, key: str) -> Field:
        return self._rows[key].field

    def error_text(self, key: str) -> str:
        """The message beside a field ("" when none): what the person sees."""
        return self._rows[key].error.text()

    # -- what subclasses say ----------------------------------------------------------

    def build(self, values: dict[str, Any]) -> Any:
        """The record from the fields' values (hidden fields are left out of `values`)."""
        raise NotImplementedError

    def problems(self, record: Any) -> Sequence[Problem]:
        """The domain's problems with the record."""
        raise NotImplementedError

    def commit(self, record: Any) -> Any:
        """Save the record (raising SaveError when it cannot be) and return it as stored."""
        raise NotImplementedError

    def fields_changed(self) -> None:
        """Hook: adapt the form to what was chosen (which fields a method needs)."""

    # -- checking ---------------------------------------------------------------------

    def _changed(self, row: _FieldRow) -> None:
        row.touched = True
        self.fields_changed()
        self.check()

    def check(self) -> tuple[Any, dict[str, str], list[str]]:
        """Read every visible field and check the record; show the messages and return
        (record or None, messages by field, messages that belong to no field)."""
        values: dict[str, Any] = {}
        by_field: dict[str, str] = {}
        for key, row in self._rows.items():
            if not self.field_visible(key):
                continue
            try:
                values[key] = row.field.value()
            except FieldError as error:
                by_field[key] = str(error)
        record = None
        other: list[str] = []
        if not by_field:
            record = self.build(values)
            for problem in self.problems(record):
                key = problem.field
                text = render(problem.message)
                if key in self._rows and self.field_visible(key):
                    by_field.setdefault(key, text)
                else:
                    other.append(text)
        for key, row in self._rows.items():
            show = self._show_all or row.touched
            row.show_error(by_field.get(key) if show else None)
        if self._show_all or other:
            self._show_banner(other)
        return (record if not by_field and not other else None), by_field, other

    def _show_banner(self, lines: list[str]) -> None:
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    # -- saving -----------------------------------------------------------------------

    def _raw_values(self) -> dict[str, object]:
        return {key: row.field.raw() for key, row in self._rows.items()}

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # What the form showed when it opened: Cancel asks only if that was changed.
        if self._initial is None:
            self._initial = self._raw_values()
            self._order_focus()
        super().showEvent(event)

    def _order_focus(self) -> None:
        """Tab goes down the form in reading order, then Save and Cancel; typing starts in
        the first field (fields are made after the buttons, so Qt's own order would start
        at Save)."""
        chain: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.SpanningRole, QFormLayout.ItemRole.FieldRole):
                item = self.form.itemAt(row, role)
                cell = item.widget() if item is not None else None
                if cell is not None:
                    # Not a drop-down's list, which is a window of its own.
                    chain += [w for w in (cell, *cell.findChildren(QWidget))
                              if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                              and w.window() is self]
        chain += [self.save_button, self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        inputs = {id(row.field.widget) for row in self._rows.values()}
        first = next((w for w in chain if id(w) in inputs and w.isVisibleTo(self)
                      and w.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def has_changes(self) -> bool:
        return self._initial is not None and self._raw_values() != self._initial

    def reject(self) -> None:
        """Cancel or Escape: what was typed is not thrown away without asking."""
        if self.has_changes() and not ask.confirm(
            self,
            self.tr("Close without saving?"),
            self.tr("What you typed in this form has not been saved. Close it anyway and "
                    "lose what you typed?"),
            self.tr("Close without saving"),
        ):
            return
        super().reject()

    def save(self) -> None:
        self._show_all = True
        record, by_field, other = self.check()
        if record is None:
            if by_field:
                first = next(k for k in self._rows if k in by_field)
                self._rows[first].field.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self._show_banner(
                    [*other, self.tr("Nothing was saved yet: please correct what is marked "
                                     "in red, then press Save again.")]
                )
            return
        try:
            stored = self.commit(record)
        except SaveError as error:
            # The form stays open with everything typed, and says why.
            self._show_banner([render(error.message)])
            return
        self.saved.emit(stored)
        self.accept()
