"""The form every record is added or changed with.

What all forms share lives here once: a label (with a mnemonic, a buddy and an accessible
name) for every field, a message beside each field saying what is wrong, checks as you
type, and a Save that writes at once or, when it cannot, keeps the form open with
everything typed and says why in plain words.

A subclass adds its fields and says how to build the record (`build`), which problems the
domain sees in it (`problems`) and how to save it (`commit`).

Nothing typed is lost: with `keep_typing` (every form of the program calls it) what the
person types is kept as a draft in the data folder half a second after they pause
(`app.ui.autosave`), and shown again when the same form is opened next, after a crash or
a power cut too. The draft is thrown away when the record is saved, or when the person
cancels and confirms that they do not want what they typed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from app.services.drafts import Draft, Drafts, draft_key
from app.ui import ask
from app.ui.autosave import Debounced
from app.ui.colours import Tone, tint
from app.ui.forms.drafting import DraftKeeping
from app.ui.forms.fields import CheckField, Field, FieldError
from app.ui.guide_links import why_link
from app.ui.text_size import ScaledLabel


def plain_label(text: str) -> str:
    """The words of a label without its mnemonic marker, for screen readers."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def close_without_saving(parent: QWidget) -> bool:
    """Ask before what was typed in a form (or the Start my case pages) is thrown away:
    True when the person says to close anyway."""
    return ask.confirm(
        parent,
        QCoreApplication.translate("RecordForm", "Close without saving?"),
        QCoreApplication.translate(
            "RecordForm", "What you typed in this form has not been saved. Close it anyway and "
            "lose what you typed?"),
        QCoreApplication.translate("RecordForm", "Close without saving"),
    )


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


class RecordForm(DraftKeeping, QDialog):
    """A dialog with labelled fields, checked as you type; Save writes at once."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._rows: dict[str, _FieldRow] = {}
        self._show_all = False
        self._initial: dict[str, object] | None = None
        self._focus_ordered = False
        self.guide_sections: list[str] = []
        self.section_labels: dict[str, QLabel] = {}
        self.why_links: dict[str, QLabel] = {}
        self._section_rows: dict[str, QWidget] = {}
        # Where the typing is kept (`keep_typing`): None keeps no draft.
        self._drafts: Drafts | None = None
        self._draft_kind = ""
        self._draft_key = ""
        self._draft_place: dict[str, object] = {}
        self._autosave = Debounced(self.keep_draft, self)

        outer = QVBoxLayout(self)
        outer.addWidget(ScaledLabel(title, 1.2))

        # That the form shows typing kept from before, or that typing cannot be kept now.
        self.draft_note = QLabel()
        self.draft_note.setWordWrap(True)
        self.draft_note.setVisible(False)
        self._draft_problem = False
        outer.addWidget(self.draft_note)

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

    def draft_restored(self) -> None:
        """Hook: typing kept from before was put back into the fields."""

    # Fields whose first lines, joined, remind the person which form a draft was
    # ("Dana M. Whitfield"); the first with text gives the title when none are set.
    title_fields: tuple[str, ...] = ()

    def draft_title(self) -> str:
        keys = self.title_fields or tuple(self._rows)
        parts: list[str] = []
        for key in keys:
            raw = self._rows[key].field.raw() if key in self._rows else None
            text = raw.strip() if isinstance(raw, str) else ""
            line = text.splitlines()[0].strip() if text else ""
            if line:
                parts.append(line if len(line) <= 80 else line[:79] + "\u2026")
                if not self.title_fields:
                    break
        return " \u2014 ".join(parts)

    # -- keeping what is typed -----------------------------------------------------------

    def keep_typing(self, drafts: Drafts, kind: str, case_id: int | None,
                    record_id: str | None = None) -> None:
        """Keep what is typed in this form as a draft, and show again the draft this form
        left before (if any). Called at the end of a subclass's constructor, once the
        record's own values are in the fields: Cancel compares with those."""
        self._drafts = drafts
        self._draft_kind = kind
        self._draft_key = draft_key(case_id, kind, record_id)
        self._draft_place = {"case_id": case_id, "record_id": record_id}
        self._initial = self._raw_values()
        try:
            draft = drafts.load(self._draft_key)
        except SaveError:
            draft = None  # nothing to show again; typing is kept when it can be
        fields = draft.payload.get("fields") if draft is not None else None
        if isinstance(fields, dict):
            self._restore(fields)

    def adopt_draft(self, draft: Draft) -> None:
        """Show a draft another form left (its record has been removed since): it becomes
        this form's draft, and the other is dropped once this one is kept."""
        fields = draft.payload.get("fields")
        if isinstance(fields, dict):
            self._restore(fields)
        self.keep_draft()
        if self._drafts is not None and draft.key != self._draft_key and not self._draft_problem:
            with contextlib.suppress(SaveError):
                self._drafts.discard(draft.key)

    @property
    def draft_key(self) -> str:
        return self._draft_key

    @property
    def draft_kind(self) -> str:
        """What sort of form this is for its drafts ("" when it keeps none)."""
        return self._draft_kind

    @property
    def draft_place(self) -> dict[str, object]:
        """Which case and record the form is for, as its drafts say it."""
        return dict(self._draft_place)

    def _restore(self, fields: dict[str, object]) -> None:
        for key, row in self._rows.items():
            if key in fields:
                row.field.set_raw(fields[key])
        self.fields_changed()
        self.draft_restored()
        assert self._initial is not None
        for key, row in self._rows.items():
            row.touched = row.field.raw() != self._initial.get(key)
        self.check()
        self._autosave.cancel()  # it is kept already
        self._show_draft_note(self.tr(
            "This form shows what you typed before, which was not saved yet. Press Save to "
            "keep it as a record, or Cancel to throw it away."), problem=False)

    def _draft_payload(self) -> dict[str, object]:
        return {"fields": self._raw_values(), **self._draft_place}

    def _cannot_keep_words(self, reason: str) -> str:
        return self.tr(
            "What you type cannot be kept safe right now: {reason} Press Save as soon as "
            "you can.").format(reason=reason)

    # -- checking ---------------------------------------------------------------------

    def _changed(self, row: _FieldRow) -> None:
        row.touched = True
        self.fields_changed()
        self.check()
        if self._drafts is not None:
            self._autosave.poke()

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
        if not self._focus_ordered:
            self._focus_ordered = True
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
        """Cancel, Escape or the window's close button: what was typed is not thrown away
        without asking. It is kept as a draft first, so it is safe while the question is
        open (the program may be ended then)."""
        if self.has_changes():
            self.keep_draft()
            if not close_without_saving(self):
                return
        self._forget_draft()
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
        self._forget_draft()
        self.saved.emit(stored)
        self.accept()
