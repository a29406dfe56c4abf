"""The three questions of the Privacy menu: lock this data folder with a passphrase, change
the passphrase, remove the lock. Each says in plain words what it does before it is done;
a wrong or unsuitable passphrase is said beside the boxes and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import Message
from app.i18n import render
from app.services import privacy
from app.ui import ask
from app.ui.colours import Tone
from app.ui.lock_setup.converting import ReopenError, convert
from app.ui.lock_setup.fields import (
    NewPassphrase,
    forgotten_warning,
    hidden_box,
    note,
    problem_label,
    show_typing_box,
)

if TYPE_CHECKING:
    from app.store import Store


def lock(parent: QWidget | None, store: Store, passphrase: str) -> Message | None:
    """Lock the data folder with `passphrase` (already typed twice) and go on with it
    locked; what went wrong, or None. The "Start my case" page uses this too."""
    return convert(
        parent, store, lambda: privacy.lock_folder(passphrase),
        waiting_text=QCoreApplication.translate(
            "LockSetup", "Locking your data folder. Please wait, and do not close the "
            "program."),
        passphrase_after=passphrase, passphrase_before=None)


def locked_notice() -> str:
    """Said once the folder is locked (from the menu or from Start my case)."""
    return QCoreApplication.translate(
        "LockSetup", "This data folder is locked. From now on the program asks for the "
        "passphrase each time it opens the folder.")


def attempt(parent: QWidget | None, title: str,
            change: Callable[[], Message | None]) -> str | None:
    """Make a change to the folder (`lock`, `convert`); what went wrong, in plain words, or
    None. When the data cannot even be opened again the person is told, and the program
    ends (its next start opens the folder as it is)."""
    try:
        problem = change()
    except ReopenError as error:
        ask.problem(parent, title, render(error.message))
        QApplication.exit(1)
        return render(error.message)
    return None if problem is None else render(problem)


class _PassphraseDialog(QDialog):
    """Words, the passphrase boxes, a problem beside them, and two buttons."""

    def __init__(self, parent: QWidget | None, store: Store, title: str,
                 go_text: str) -> None:
        super().__init__(parent)
        self.store = store
        # What is said once the change is made (each dialog its own words).
        self.done_text = ""
        self.setWindowTitle(title)
        self.column = QVBoxLayout(self)
        self.problem = problem_label()
        self._go_text = go_text
        self.setMinimumWidth(560)

    def finish_layout(self) -> None:
        # The buttons are made last, so the Tab key reaches them after the boxes.
        self.buttons = QDialogButtonBox()
        self.go_button = QPushButton(self._go_text)
        self.go_button.setDefault(True)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column.addWidget(self.problem)
        self.column.addStretch(1)
        self.column.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        # Taller by the message's lines, so the words above it are not squeezed.
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def right_passphrase(self, box: QLineEdit) -> bool:
        """Whether `box` holds the folder's passphrase (said beside it when not)."""
        try:
            privacy.check_passphrase(box.text())
        except privacy.LockError as error:
            self.say(render(error.message))
            box.selectAll()
            box.setFocus()
            return False
        return True

    def run(self, change: Callable[[], Message | None]) -> None:
        """Make the change; close when it is made, else say why (the folder as it was)."""
        wrong = attempt(self, self.windowTitle(), change)
        if wrong is not None:
            self.say(wrong)
            return
        super().accept()
        ask.inform(self.parentWidget(), self.windowTitle(), self.done_text)


class LockDialog(_PassphraseDialog):
    """Set the lock up: what it does, that a forgotten passphrase is lost for good, and the
    passphrase twice."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(
            parent, store, QCoreApplication.translate("LockDialog", "Lock this data folder"),
            QCoreApplication.translate("LockDialog", "&Lock the folder"))
        self.column.addWidget(note(self.tr(
            "Locking keeps your cases private on a shared computer. Everything in this data "
            "folder is turned into unreadable code, backups included. Each time the program "
            "opens this folder it asks for the passphrase first: without it, nobody who sits "
            "at this computer after you, or copies the folder, can read a line of your "
            "cases.")))
        self.column.addWidget(note(forgotten_warning(), Tone.PROBLEM, bold=True))
        self.column.addWidget(note(self.tr(
            "A passphrase is a few words, for example four words you will remember in an "
            "order nobody would guess. Capitals and spaces count.")))
        self.new = NewPassphrase()
        self.column.addWidget(self.new)
        self.finish_layout()
        self.new.first.setFocus()
        self.done_text = locked_notice()

    def accept(self) -> None:
        wrong = self.new.problem()
        if wrong is not None:
            self.say(wrong)
            self.new.first.setFocus()
            return
        passphrase = self.new.text()
        self.run(lambda: lock(self, self.store, passphrase))


class ChangeDialog(_PassphraseDialog):
    """The present passphrase, then the new one twice."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(
            parent, store, QCoreApplication.translate("ChangeDialog", "Change the passphrase"),
            QCoreApplication.translate("ChangeDialog", "&Change the passphrase"))
        self.column.addWidget(note(self.tr(
            "Type the passphrase this data folder has now, then the new one twice. From "
            "then on, only the new one opens the folder.")))
        self.column.addWidget(note(forgotten_warning(), Tone.PROBLEM, bold=True))
        self.new = NewPassphrase(self.tr("&New passphrase:"),
                                 present_label=self.tr("&Present passphrase:"))
        assert self.new.present is not None
        self.present: QLineEdit = self.new.present
        self.column.addWidget(self.new)
        self.finish_layout()
        self.present.setFocus()
        self.done_text = self.tr("The passphrase is changed. From now on only the new one "
                                 "opens this data folder.")

    def accept(self) -> None:
        if not self.right_passphrase(self.present):
            return
        wrong = self.new.problem()
        if wrong is not None:
            self.say(wrong)
            self.new.first.setFocus()
            return
        old, new = self.present.text(), self.new.text()
        self.run(lambda: convert(
            self, self.store, lambda: privacy.change_passphrase(old, new),
            waiting_text=self.tr("Changing the passphrase. Please wait, and do not close "
                                 "the program."),
            passphrase_after=new, passphrase_before=old))


class RemoveDialog(_PassphraseDialog):
    """The present passphrase, after saying that the data will be readable by anyone."""

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(
            parent, store, QCoreApplication.translate("RemoveDialog", "Remove the passphrase"),
            QCoreApplication.translate("RemoveDialog", "&Remove the lock"))
        self.column.addWidget(note(self.tr(
            "Without the lock, anyone who uses this computer or copies this data folder can "
            "read your cases: the program opens them without asking for anything."),
            Tone.PROBLEM, bold=True))
        self.column.addWidget(note(self.tr(
            "To remove the lock, type the passphrase this data folder has now.")))
        present_form = QFormLayout()
        self.present = hidden_box(present_form, self.tr("&Present passphrase:"))
        present_form.addRow("", show_typing_box([self.present]))
        self.column.addLayout(present_form)
        self.finish_layout()
        self.present.setFocus()
        self.done_text = self.tr("The lock is removed: this data folder opens without a "
                                 "passphrase.")

    def accept(self) -> None:
        if not self.right_passphrase(self.present):
            return
        passphrase = self.present.text()
        self.run(lambda: convert(
            self, self.store, lambda: privacy.unlock_folder(passphrase),
            waiting_text=self.tr("Removing the lock. Please wait, and do not close the "
                                 "program."),
            passphrase_after=None, passphrase_before=passphrase))
