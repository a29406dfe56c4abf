"""The boxes a passphrase is typed into: hidden as typed (a person may be looking over the
shoulder), shown on request (poor eyesight, a long phrase), and a new one typed twice; and
the words said wherever a passphrase is set."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.i18n import render
from app.services.privacy import passphrase_problem
from app.ui.colours import Tone, tint
from app.ui.forms.base import plain_label


def hidden_box(form: QFormLayout, label_text: str) -> QLineEdit:
    """A labelled box whose text is hidden as it is typed."""
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    label = QLabel(label_text)
    label.setBuddy(box)
    box.setAccessibleName(plain_label(label_text))
    form.addRow(label, box)
    return box


def show_typing_box(boxes: list[QLineEdit]) -> QCheckBox:
    """A check box that shows what is typed in `boxes` (hidden again when unticked)."""
    show = QCheckBox(QCoreApplication.translate("LockSetup", "S&how what I type"))

    def toggled(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for box in boxes:
            box.setEchoMode(mode)

    show.toggled.connect(toggled)
    return show


def problem_label() -> QLabel:
    """Where a problem is said, beside the boxes, in the problem colour (hidden when none)."""
    label = QLabel("")
    label.setWordWrap(True)
    tint(label, Tone.PROBLEM)
    label.setVisible(False)
    return label


class NewPassphrase(QWidget):
    """A new passphrase, typed twice (the two must match; `passphrase_problem` says what
    else would not do)."""

    def __init__(self, first_label: str | None = None,
                 present_label: str | None = None) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # With `present_label`, a box for the passphrase the folder has now comes first
        # (made first, so the Tab key goes down the boxes as they are shown).
        self.present = None if present_label is None else hidden_box(self.form, present_label)
        self.first = hidden_box(self.form, first_label or self.tr("New &passphrase:"))
        self.second = hidden_box(self.form, self.tr("Type the new passphrase &again:"))
        boxes = [box for box in (self.present, self.first, self.second) if box is not None]
        self.show_typing = show_typing_box(boxes)
        self.form.addRow("", self.show_typing)

    def problem(self) -> str | None:
        """What is wrong with the typing, in plain words; None when it will do."""
        typed = self.first.text()
        wrong = passphrase_problem(typed)
        if wrong is not None:
            return render(wrong)
        if self.second.text() != typed:
            return self.tr("The two passphrases are not the same. Type the same passphrase "
                           "in both boxes.")
        return None

    def text(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def forgotten_warning() -> str:
    """Said wherever a passphrase is set: nobody can open the folder without it."""
    return QCoreApplication.translate(
        "LockSetup",
        "If you forget the passphrase, nobody can open your cases again: not you, not the "
        "library staff, not the makers of this program. There is no way to get it back. "
        "Choose words you will remember, and keep them to yourself.")


def note(text: str, tone: Tone | None = None, bold: bool = False) -> QLabel:
    """Words that wrap, in plain text (never read as markup), in a tone, bold if asked."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if tone is not None:
        tint(label, tone)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label
