"""The letter, part by part: each block of the generated text in a box the person can
change, under a heading that says what the part is for in the interface language. A block
whose words the person changed can be put back to the program's words; one whose
program's words changed since (a new reply day, another request) says so, so an old day
is not mailed by mistake.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import Message
from app.i18n import render
from app.ui.colours import Tone, tint
from app.ui.letters.keeping import BlockEdit

if TYPE_CHECKING:
    from app.domain.letters import LetterBlock


def purpose_words(purpose: object) -> str:
    """What a block is for, in the interface language."""
    return render(purpose) if isinstance(purpose, Message) else str(purpose)


class _GrowingTextEdit(QTextEdit):
    """A plain-text box as tall as its text, however it wraps: the page scrolls, not each
    box. (A QPlainTextEdit lays out only what is in sight, so it cannot say its height.)"""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab goes on to the next part, as in every form
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    def _fit(self) -> None:
        lines = self.fontMetrics().lineSpacing() * 2
        height = max(lines, int(self.document().size().height()))
        self.setFixedHeight(height + self.frameWidth() * 2 + 2)


class BlockBox(QWidget):
    """One part of the letter: what it is for, its words, and a way back to the program's."""

    edited = Signal()

    def __init__(self, key: str, purpose: str, generated: str, edit: BlockEdit | None) -> None:
        super().__init__()
        self.key = key
        self.generated = generated
        self._based_on = edit.generated if edit is not None else generated

        self.heading = QLabel(purpose)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.editor = _GrowingTextEdit()
        self.editor.setPlainText(edit.text if edit is not None else generated)
        self.heading.setBuddy(self.editor)
        self.editor.setAccessibleName(purpose)
        self.editor.textChanged.connect(self._changed)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        tint(self.notice, Tone.WAIT)
        self.restore_button = QPushButton(self.tr("Put back the program\u2019s words"))
        self.restore_button.clicked.connect(self.restore)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor)
        layout.addWidget(self.notice)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_state()

    def text(self) -> str:
        return self.editor.toPlainText()

    def edit(self) -> BlockEdit | None:
        """The person's words, or None when the box holds the program's own."""
        return BlockEdit(self.text(), self._based_on) if self.text() != self.generated else None

    def restore(self) -> None:
        self._based_on = self.generated
        self.editor.setPlainText(self.generated)
        self.editor.setFocus()

    def _changed(self) -> None:
        if self.text() == self.generated:
            self._based_on = self.generated
        self._show_state()
        self.edited.emit()

    def _show_state(self) -> None:
        own = self.text() != self.generated
        self.restore_button.setVisible(own)
        stale = own and self._based_on != self.generated
        self.notice.setText(self.tr(
            "The program\u2019s words for this part changed after you wrote yours (a day, "
            "a request or the lawyer may be different now). Read your words again, or put "
            "back the program\u2019s words.") if stale else "")
        self.notice.setVisible(stale)
        self.editor.setAccessibleDescription(self.notice.text())


class BlocksEditor(QScrollArea):
    """Every block of the letter, one under the other, in a page that scrolls to the box
    that has the keyboard."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.boxes: list[BlockBox] = []
        self._set_page(QWidget())

    def _set_page(self, page: QWidget) -> None:
        self._column = QVBoxLayout(page)
        self._column.setContentsMargins(0, 0, 8, 0)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)

    def set_blocks(self, blocks: Sequence[LetterBlock], edits: dict[str, BlockEdit]) -> None:
        """Show the letter's `blocks`, with the person's `edits` in place of their words."""
        had_focus = self.focused_key()
        self.boxes = []
        self._set_page(QWidget())
        for block in blocks:
            box = BlockBox(block.key, purpose_words(block.purpose), block.text,
                           edits.get(block.key))
            box.edited.connect(self.edited)
            box.editor.installEventFilter(self)
            self._column.addWidget(box)
            self.boxes.append(box)
        self._column.addStretch(1)
        if had_focus is not None:
            box = self.box(had_focus)
            if box is not None:
                box.editor.setFocus()

    def box(self, key: str) -> BlockBox | None:
        return next((b for b in self.boxes if b.key == key), None)

    def focused_key(self) -> str | None:
        return next((b.key for b in self.boxes if b.editor.hasFocus()), None)

    def texts(self) -> list[str]:
        return [box.text() for box in self.boxes]

    def edits(self) -> dict[str, BlockEdit]:
        return {box.key: edit for box in self.boxes if (edit := box.edit()) is not None}

    def first_editor(self) -> QTextEdit | None:
        return self.boxes[0].editor if self.boxes else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # The box with the keyboard is scrolled into sight, its heading too.
            box = watched.parentWidget()
            if box is not None:
                self.ensureWidgetVisible(box, 0, 0)
        return super().eventFilter(watched, event)
