"""Converting the data folder while the program is open: what was typed is kept first, the
program's own connection to the data is closed (`app.services.privacy` wants it closed), the
change is made while a notice says to wait, and the program is put back on its data, locked
or plain, whatever happened.

The change runs in the window's own thread, with the window waiting. A worker thread would
keep the notice moving, but the window's timers (the typing kept every half second, the
hourly backup, the idle lock) would then reach for a data file that is closed or half
converted; a folder of one person's cases converts in a second or two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.services.privacy import LockError
from app.services.session import DatabaseProblem, database_errors, open_store, opening_errors
from app.ui.autosave import keep_all_typing

if TYPE_CHECKING:
    from app.store import Store


class ReopenError(Exception):
    """The data could not be opened again after the change: the program cannot go on."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.english())
        self.message = msg


def convert(parent: QWidget | None, store: Store, change: Callable[[], None], *,
            waiting_text: str, passphrase_after: str | None,
            passphrase_before: str | None) -> Message | None:
    """Make `change` to the data folder with `store` closed, then open `store` again: with
    `passphrase_after` when the change was made, with `passphrase_before` when it was not
    (the folder as it was). Returns what went wrong, in plain words, or None. Raises
    `ReopenError` when the data cannot be opened again either way."""
    keep_all_typing()
    notice = _waiting(parent, waiting_text)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    problem: Message | None = None
    made = False
    try:
        store.close()
        try:
            change()
            made = True
        except (LockError, DatabaseProblem) as error:  # each says what happened itself
            problem = error.message
        except (OSError, *database_errors()) as error:
            problem = _not_changed(str(error))
    finally:
        try:
            _reopen(store, passphrase_after if made else passphrase_before)
        finally:
            QApplication.restoreOverrideCursor()
            notice.close()
            notice.deleteLater()
    return problem


def _reopen(store: Store, passphrase: str | None) -> None:
    try:
        reopened = open_store(passphrase=passphrase)
    except opening_errors() as error:
        raise ReopenError(_not_reopened(str(error))) from error
    # The same Store object every page, form and dialog holds, now on the new connection.
    store.take_over(reopened)


def _waiting(parent: QWidget | None, text: str) -> QProgressDialog:
    """A notice with a busy bar and no Cancel (a conversion is not stopped halfway),
    painted before the work starts."""
    notice = QProgressDialog(text, "", 0, 0, parent)
    notice.setWindowTitle(QCoreApplication.translate("LockSetup", "Please wait"))
    notice.setCancelButton(None)  # type: ignore[arg-type]
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(0)
    notice.setAutoClose(False)
    notice.setAutoReset(False)
    notice.show()
    for _ in range(3):  # shown, laid out, painted
        QApplication.processEvents()
    return notice


def _not_changed(reason: str) -> Message:
    return message(
        "LockSetup",
        QT_TRANSLATE_NOOP(
            "LockSetup",
            "The data folder could not be changed ({reason}). Nothing was changed: your "
            "data is as it was.",
        ),
        reason=reason,
    )


def _not_reopened(reason: str) -> Message:
    return message(
        "LockSetup",
        QT_TRANSLATE_NOOP(
            "LockSetup",
            "The program could not open your data again ({reason}). It will close now. "
            "Start it again: your data is in its folder.",
        ),
        reason=reason,
    )
