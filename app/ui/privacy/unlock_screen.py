"""The screen a locked data folder shows instead of any case: the folder's path, a field for
the passphrase (shown or hidden), Open and Quit. Nothing of a case is on it, in its title or
anywhere in the program while it is up: the data file is opened only when the passphrase
opens it.

The same screen serves at start (`unlock_at_start`) and when the program is locked while in
use (`app.ui.privacy.session_lock`), where it also says why it was locked and that what the
person was typing was kept.

A wrong passphrase changes nothing: the screen says so in plain words, clears the field and
puts the cursor back in it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, paths
from app.i18n import render
from app.ui.colours import Tone, tint
from app.ui.forms.base import plain_label
from app.ui.text_size import ScaledLabel

if TYPE_CHECKING:
    from app.store import Store

# Opens the data folder's store with the passphrase typed; raises `WrongPassphraseError` when
# it is not the right one (nothing changed), or what opening a data folder may raise.
OpenWith = Callable[[str], "Store"]

# Lets the person choose another data folder (their own, on a shared PC) from the lock
# screen (`app.ui.folders.switching`): True once the program was started on it and this copy
# is ending, False when nothing was done (the person changed their mind, or was told why not).
OpenAnotherFolder = Callable[[QWidget], bool]


class Why(Enum):
    """Why the screen is up: what it says above the passphrase."""

    START = "start"  # the program was started on a locked folder
    BY_HAND = "by hand"  # Lock now
    IDLE = "idle"  # no use for some minutes


class UnlockScreen(QWidget):
    """A window of its own. `unlocked` carries the open store; `quit_chosen` is Quit or the
    window's close button; `another_folder` says the program was started on another data
    folder, so this copy ends;
    `failed` carries an error opening the folder raised other than a wrong passphrase, when
    `show_failures` is False (else the screen shows it and waits)."""

    unlocked = Signal(object)
    quit_chosen = Signal()
    another_folder = Signal()
    failed = Signal(object)

    def __init__(self, open_with: OpenWith, *, why: Why = Why.START, idle_minutes: int = 0,
                 open_another_folder: OpenAnotherFolder | None = None,
                 show_failures: bool = True) -> None:
        super().__init__()
        self._open_with = open_with
        self._open_another_folder = open_another_folder
        self._show_failures = show_failures
        self._done = False
        self.setWindowTitle(self.tr("Locked \u2014 {app}").format(app=APP_NAME))

        self.heading = ScaledLabel("", 1.4)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(plain_label(passphrase_label.text()))
        passphrase_label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self.open_folder)
        self.show_passphrase = QCheckBox(self.tr("&Show the passphrase as I type it"))
        self.show_passphrase.toggled.connect(self._show_typing)

        # Why the last try did not open the folder; read out by screen readers with the field.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.message, Tone.PROBLEM)
        self.message.setVisible(False)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_folder)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.clicked.connect(self._quit)
        self.other_folder_button = QPushButton(self.tr("Open another data &folder\u2026"))
        self.other_folder_button.clicked.connect(self._choose_another_folder)
        self.other_folder_button.setVisible(open_another_folder is not None)
        for button in (self.open_button, self.quit_button, self.other_folder_button):
            # Padding rather than a fixed height, so the buttons grow with larger text.
            button.setStyleSheet("padding: 8px 16px;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.other_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addSpacing(8)
        column.addWidget(self.folder_label)
        column.addSpacing(16)
        column.addWidget(passphrase_label)
        column.addWidget(self.passphrase)
        column.addWidget(self.show_passphrase)
        column.addWidget(self.message)
        column.addSpacing(8)
        column.addLayout(buttons)
        # A little above the middle, where the eye looks first.
        column.addStretch(2)
        # A column of reading width in the middle of the window, whatever its size.
        middle = QWidget()
        middle.setLayout(column)
        middle.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(middle, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 48, 24, 24)

        QWidget.setTabOrder(self.passphrase, self.show_passphrase)
        QWidget.setTabOrder(self.show_passphrase, self.open_button)
        QWidget.setTabOrder(self.open_button, self.other_folder_button)
        QWidget.setTabOrder(self.other_folder_button, self.quit_button)
        self._say_why(why, idle_minutes)
        self.resize(1000, 700)
        self.passphrase.setFocus()

    # -- the words --------------------------------------------------------------------

    def _heading(self, why: Why) -> str:
        if why is Why.START:
            return self.tr("This data folder is locked")
        return self.tr("The program is locked")

    def _explanation(self, why: Why, idle_minutes: int) -> str:
        kept = self.tr("What you were typing was kept: it comes back when you open the "
                       "folder again.")
        if why is Why.START:
            return self.tr("Type its passphrase to open it.")
        if why is Why.IDLE:
            idle = (self.tr("It was locked because nobody used it for a minute.")
                    if idle_minutes == 1 else
                    self.tr("It was locked because nobody used it for {minutes} minutes.")
                    .format(minutes=idle_minutes))
            return "{} {} {}".format(idle, kept, self.tr("Type the passphrase to open it."))
        return "{} {}".format(kept, self.tr("Type the passphrase to open it."))

    def _say_why(self, why: Why, idle_minutes: int = 0) -> None:
        """Say why the screen is up, and for which data folder (the configured one)."""
        self.heading.setText(self._heading(why))
        self.explanation.setText(self._explanation(why, idle_minutes))
        self.folder_label.setText(self.tr("Data folder: {path}").format(
            path=str(paths.data_dir())))
        self.message.setVisible(False)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def show_problem(self, text: str) -> None:
        """Say what went wrong; the field is cleared and the cursor put back in it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.passphrase.setAccessibleDescription(text)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _show_typing(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                    else QLineEdit.EchoMode.Password)
        self.passphrase.setFocus()

    # -- what the buttons do ----------------------------------------------------------

    def open_folder(self) -> None:
        """Open the folder with the passphrase typed (Open, or Enter in the field)."""
        from app.services.session import WrongPassphraseError, opening_errors

        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_problem(self.tr("Type the passphrase first, then press Open."))
            return
        # Opening a locked file takes a moment on purpose (it makes guessing slow).
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = self._open_with(passphrase)
        except WrongPassphraseError:
            # The folder is named above: the file's path would only add noise here.
            self.show_problem(self.tr(
                "That passphrase does not open this data folder. Nothing was changed. Type "
                "it again: capital letters and accents count."))
            return
        except opening_errors() as error:
            if not self._show_failures:
                self._finish()
                self.failed.emit(error)
                return
            self.show_problem(self._problem_words(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self._finish()
        self.unlocked.emit(store)

    def _problem_words(self, error: Exception) -> str:
        from app.services.session import StoreError

        reason = render(error.message) if isinstance(error, StoreError) else str(error)
        return self.tr("The data folder could not be opened: {reason} If it is on a USB "
                       "stick, check that the stick is plugged in, then press Open "
                       "again.").format(reason=reason)

    def _choose_another_folder(self) -> None:
        if self._open_another_folder is not None and self._open_another_folder(self):
            self.another_folder.emit()

    def _quit(self) -> None:
        self._finish()
        self.quit_chosen.emit()

    def _finish(self) -> None:
        self._done = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # The window's close button is Quit; closing it after it did its job says nothing.
        if not self._done:
            self._quit()
        super().closeEvent(event)


class Outcome(Enum):
    """How the unlock screen at start ended, when it did not open the folder."""

    QUIT = "quit"
    ANOTHER_FOLDER = "another folder"


def unlock_at_start(open_with: OpenWith,
                    open_another_folder: OpenAnotherFolder | None = None) -> Store | Outcome:
    """Show the unlock screen for the configured data folder until the passphrase opens it
    (its store), or the person quits or chooses another folder. What opening the folder
    raises, beyond a wrong passphrase, is raised here: the start reports it its own way."""
    screen = UnlockScreen(open_with, open_another_folder=open_another_folder,
                          show_failures=False)
    result: list[object] = []
    loop = QEventLoop()

    def end(value: object) -> None:
        result.append(value)
        loop.quit()

    screen.unlocked.connect(end)
    screen.quit_chosen.connect(lambda: end(Outcome.QUIT))
    screen.another_folder.connect(lambda: end(Outcome.ANOTHER_FOLDER))
    screen.failed.connect(end)
    screen.show()
    screen.activateWindow()
    loop.exec()
    # Hidden, not closed: closing the only window would end the application before the
    # main window is up.
    screen.hide()
    screen.deleteLater()
    outcome = result[0] if result else Outcome.QUIT
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome  # type: ignore[return-value]

