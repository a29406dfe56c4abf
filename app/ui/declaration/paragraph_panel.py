"""The declaration's paragraphs as text, and the editor for the chosen one.

The list shows every paragraph in full (real text a screen reader reads, not a picture);
the editor below it changes the chosen one. A paragraph with the person's own wording is
marked in words, and one whose record has changed since is marked as possibly out of date,
with the program's current wording shown below it for comparison.

What the person types is kept as they type: half a second after they pause
(`app.ui.autosave`), and at once when they move to another paragraph, leave the page or
close the program. No button is needed to keep it; "Restore the program's wording" puts
the program's back. A paragraph marked as possibly out of date has one more button, "My
wording is still right", for when the person has read it and wants it as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.documents.paragraphs import DeclarationParagraph
from app.ui.autosave import Debounced
from app.ui.declaration.wrapping_list import WrappingList
from app.ui.language import Retranslating

_KEY_ROLE = Qt.ItemDataRole.UserRole


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class ParagraphPanel(Retranslating, QWidget):
    save_requested = Signal(object, str)  # the DeclarationParagraph, the person's text
    restore_requested = Signal(str)  # key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paragraphs: tuple[DeclarationParagraph, ...] = ()
        # The paragraph the editor holds, so typing is kept when the list moves on.
        self._editing_key: str | None = None
        # True while the typing is being kept: the paragraphs shown again then leave the
        # editor (and the cursor in it) as they are.
        self._keeping_typing = False
        self._autosave = Debounced(self.flush, self)

        # Labels wrap, so larger text never makes the page wider than an old screen.
        self.heading = _wrapping_label()
        self.list = WrappingList()
        self.heading.setBuddy(self.list)
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._row_changed)

        self.editor_label = _wrapping_label()
        self.editor = QPlainTextEdit()
        self.editor_label.setBuddy(self.editor)
        self.editor.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self.editor.textChanged.connect(self._typed)
        self.notice = _wrapping_label()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.generated_label = _wrapping_label()
        self.generated_view = QPlainTextEdit()
        self.generated_view.setReadOnly(True)
        self.generated_view.setTabChangesFocus(True)
        self.generated_label.setBuddy(self.generated_view)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm_current)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._restore_current)

        self._build_layout()
        self.retranslate_ui()
        self._show_current()

    def _build_layout(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.list)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.editor_label)
        bottom_layout.addWidget(self.editor, 2)
        bottom_layout.addWidget(self.notice)
        bottom_layout.addWidget(self.generated_label)
        bottom_layout.addWidget(self.generated_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        bottom_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- what is shown ------------------------------------------------------------------

    def set_paragraphs(self, paragraphs: Sequence[DeclarationParagraph]) -> None:
        """Show `paragraphs`, staying on the same paragraph (by key) when it is still there."""
        keep = self.current_key()
        old_keys = [p.key for p in self._paragraphs]
        self._paragraphs = tuple(paragraphs)
        keys = [p.key for p in self._paragraphs]
        self.list.blockSignals(True)
        if keys != old_keys:
            # Rebuilt only when the paragraphs themselves changed: a kept edit arrives
            # while the list is moving to another row, and must not clear it under Qt.
            self.list.clear()
            for key in keys:
                item = QListWidgetItem()
                item.setData(_KEY_ROLE, key)
                self.list.addItem(item)
            self.list.setCurrentRow(keys.index(keep) if keep in keys else (0 if keys else -1))
        self.list.blockSignals(False)
        self._label_items()
        self._show_current(keep_editor=self._keeping_typing and keep == self.current_key())

    def current_key(self) -> str | None:
        paragraph = self.current_paragraph()
        return None if paragraph is None else paragraph.key

    def current_paragraph(self) -> DeclarationParagraph | None:
        row = self.list.currentRow()
        return self._paragraphs[row] if 0 <= row < len(self._paragraphs) else None

    def has_unsaved_text(self) -> bool:
        paragraph = self.current_paragraph()
        return (paragraph is not None
                and self.editor.toPlainText().strip() != paragraph.text.strip())

    # -- the person's actions ------------------------------------------------------------

    def confirm_current(self) -> None:
        """The person read an out-of-date paragraph and their wording is still right."""
        self._autosave.cancel()
        paragraph = self.current_paragraph()
        if paragraph is not None:
            self._keep(paragraph, self.editor.toPlainText(), confirm=True)

    def flush(self) -> None:
        """Keep typed text now (the typing paused, or the paragraphs are about to be read
        again or printed)."""
        self._autosave.cancel()
        paragraph = self.current_paragraph()
        if paragraph is not None:
            self._keep(paragraph, self.editor.toPlainText(), confirm=False)

    def _typed(self) -> None:
        self._update_buttons()
        self._autosave.poke()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._autosave.flush()  # another page, or the window closing
        super().hideEvent(event)

    def _keep(self, paragraph: DeclarationParagraph, typed: str, *, confirm: bool) -> None:
        text = typed.strip()
        if not text:
            # An emptied box is not kept: it would print an empty paragraph.
            if paragraph.text.strip():
                self.notice.setText(self.tr("A paragraph cannot be empty. To go back to the "
                                            "program's wording, press Restore."))
                self.notice.show()
            return
        self._keeping_typing = True
        try:
            if text == paragraph.generated.strip():
                # The program's own wording back means no edit at all.
                if paragraph.edited:
                    self.restore_requested.emit(paragraph.key)
            elif text != paragraph.text.strip() or (confirm and paragraph.possibly_out_of_date):
                self.save_requested.emit(paragraph, text)
        finally:
            self._keeping_typing = False

    def _restore_current(self) -> None:
        paragraph = self.current_paragraph()
        if paragraph is None:
            return
        if paragraph.edited:
            self.restore_requested.emit(paragraph.key)
        else:
            self.editor.setPlainText(paragraph.generated)  # undo typing not yet kept

    def _row_changed(self, _row: int) -> None:
        self._autosave.cancel()
        previous = next((p for p in self._paragraphs if p.key == self._editing_key), None)
        if previous is not None and previous.key != self.current_key():
            # The editor still holds what was typed into the paragraph being left.
            self._keep(previous, self.editor.toPlainText(), confirm=False)
        self._show_current()

    def _show_current(self, *, keep_editor: bool = False) -> None:
        """Show the chosen paragraph; `keep_editor` leaves the editor as it is (its typing
        was just kept: the person is still typing there)."""
        paragraph = self.current_paragraph()
        self._editing_key = None if paragraph is None else paragraph.key
        if not keep_editor:
            self.editor.blockSignals(True)
            self.editor.setPlainText("" if paragraph is None else paragraph.text)
            self.editor.blockSignals(False)
        self.editor.setEnabled(paragraph is not None)
        edited = paragraph is not None and paragraph.edited
        self.generated_label.setVisible(edited)
        self.generated_view.setVisible(edited)
        self.generated_view.setPlainText(paragraph.generated if edited and paragraph else "")
        self._retranslate_current()
        self._update_buttons()

    def _update_buttons(self) -> None:
        paragraph = self.current_paragraph()
        self.confirm_button.setVisible(paragraph is not None and paragraph.possibly_out_of_date)
        self.restore_button.setEnabled(paragraph is not None and (
            paragraph.edited or self.has_unsaved_text()))

    # -- words ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Paragraphs o&f the declaration (it prints in English):"))
        self.list.setAccessibleName(self.tr("Paragraphs of the declaration"))
        self.generated_label.setText(self.tr("Wording the program generated (for comparison):"))
        self.generated_view.setAccessibleName(self.tr("Wording the program generated"))
        self.confirm_button.setText(self.tr("My wording is still &right"))
        self.confirm_button.setToolTip(self.tr("You read this paragraph again: print it as "
                                               "you wrote it, and take away the mark."))
        self.restore_button.setText(self.tr("Restore the program's wording"))
        self.restore_button.setToolTip(self.tr("Throw away your wording of this paragraph and "
                                               "print the program's wording again."))
        self._label_items()
        self._retranslate_current()

    def _retranslate_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.editor_label.setText(
                self.tr("&Wording of paragraph {number}:").format(number=row + 1))
            self.editor.setAccessibleName(
                self.tr("Wording of paragraph {number}").format(number=row + 1))
        else:
            self.editor_label.setText(self.tr("&Wording of the chosen paragraph:"))
            self.editor.setAccessibleName(self.tr("Wording of the chosen paragraph"))
        paragraph = self.current_paragraph()
        if paragraph is not None and paragraph.possibly_out_of_date:
            self.notice.setText(self.tr(
                "Check this paragraph: you changed its wording, and the log has changed since "
                "then. Compare it with the program's new wording below. Press \u201cMy wording "
                "is still right\u201d if yours is, or Restore to use the program's."))
        elif paragraph is not None and paragraph.edited:
            self.notice.setText(self.tr("This paragraph prints with your wording."))
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))

    def _label_items(self) -> None:
        for row, paragraph in enumerate(self._paragraphs):
            item = self.list.item(row)
            if item is None:
                continue
            if paragraph.possibly_out_of_date:
                mark = self.tr("[Your wording \u2013 check it: the log has changed] ")
            elif paragraph.edited:
                mark = self.tr("[Your wording] ")
            else:
                mark = ""
            item.setText(f"{row + 1}. {mark}{paragraph.text}")
        self.list.fit_rows()
