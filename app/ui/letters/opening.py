"""Opening the letter window from the Requests page, the log and the menu: which kind of
letter and which requests it starts with come from the same assessment that draws the
badges (`app.services.letters.proposals`), so the window and the badge never disagree."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from app.domain.model import Case, Communication, LetterKind
from app.ui.context import CaseContext
from app.ui.letters.logged import LoggedLetterDialog
from app.ui.letters.window import LetterWindow


def _focus_back_after(dialog: QDialog) -> None:
    """When the window closes, the keyboard goes back where it was (the request or the
    log entry), so the next step needs no mouse."""
    before = QApplication.focusWidget()
    if before is None:
        return

    def restore() -> None:
        if isValid(before):  # the page may have been rebuilt meanwhile
            before.activateWindow()
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    dialog.finished.connect(lambda _result: restore())


def proposed_letter(case: Case, as_of: dt.date,
                    dispute_id: str | None) -> tuple[LetterKind | None, list[str]]:
    """The kind the record asks for about `dispute_id` (else about any request) and the
    requests that need that kind of letter, the chosen one first. A chosen request that
    needs no letter is still ticked, with no kind proposed."""
    from app.services.letters import proposals

    proposed = proposals(case, as_of)
    chosen = case.dispute(dispute_id) if dispute_id is not None else None
    live = chosen is not None and chosen.status.is_live
    kind = proposed.get(dispute_id) if dispute_id is not None else None
    if kind is None and not live:
        kind = next(iter(proposed.values()), None)
    ids = [key for key, each in proposed.items() if kind is not None and each is kind]
    if live and dispute_id is not None:
        ids = [dispute_id, *(key for key in ids if key != dispute_id)]
    return kind, ids


def open_letter_window(parent: QWidget, context: CaseContext, dispute_id: str | None = None,
                       kind: LetterKind | None = None) -> LetterWindow | None:
    """The letter window for the open case: the letter `dispute_id` needs, or a letter of
    `kind` (its unfinished words come back with it). After the letter is logged every page
    shows it (the badge then waits for the day the letter asked for)."""
    session = context.session
    if session is None:
        return None
    today = context.today()
    ids: list[str] = []
    if kind is None:
        kind, ids = proposed_letter(session.case, today, dispute_id)
    window = LetterWindow(parent, session, today, kind, ids)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.logged.connect(lambda _comm: context.notify_changed())
    _focus_back_after(window)
    window.open()
    return window


def open_logged_letter(parent: QWidget, case: Case,
                       comm: Communication) -> LoggedLetterDialog | None:
    """The mailed letter of a log entry, read-only with Print again (None: the entry has
    no letter text)."""
    if comm.letter is None:
        return None
    dialog = LoggedLetterDialog(parent, case, comm)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _focus_back_after(dialog)
    dialog.open()
    return dialog
