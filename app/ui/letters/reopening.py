"""Letter windows opened again from their drafts, after a crash (`app.ui.recovery`) or when
the program is unlocked (`app.ui.privacy.open_work`).

A letter not yet mailed: "Keep it" opens the letter window again on its case, where the
kept letter (its requests, its lawyer and every word typed) is shown as it was left.

"I mailed it" half filled in (the mailing day, the log number): the letter window of its
kind of letter, then the form over it with what was typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.domain.model import LetterKind
from app.services.drafts import Draft
from app.ui.letters import mailed
from app.ui.letters.keeping import DRAFT_KIND, KeptLetter

# The recovery's own way to open a draft's case, so letters open it just as forms do.
from app.ui.recovery import _on_case, register_kind

if TYPE_CHECKING:
    from app.ui.letters.window import LetterWindow
    from app.ui.main_window import MainWindow


def _letter_window(window: MainWindow, kind: LetterKind) -> LetterWindow | None:
    """The letter window of `kind` on the open case: the one already open (a letter and its
    "I mailed it" come back together), else a new one with the kept letter."""
    from app.ui.letters.opening import open_letter_window
    from app.ui.letters.window import LetterWindow

    for open_one in window.findChildren(LetterWindow):
        if open_one.isVisible() and open_one.kind() is kind:
            return open_one

    window.show_page(0)
    letter = open_letter_window(window, window.context, kind=kind)
    window.letter_window = letter
    return letter


def reopen_letter(window: MainWindow, draft: Draft) -> QDialog | None:
    """The letter window on the draft's case, with its kind of letter (None: the case, or
    the draft, is no longer readable)."""
    kept = KeptLetter.from_payload(draft.payload)
    if kept is None or not _on_case(window, draft):
        return None
    return _letter_window(window, kept.kind)


def reopen_mailed(window: MainWindow, draft: Draft) -> QDialog | None:
    """"I mailed it" over its letter window, its typing shown again by the form itself
    (None: the case is gone, or its letter cannot be written now)."""
    try:
        kind = LetterKind(draft.payload.get("record_id"))
    except ValueError:
        return None
    if not _on_case(window, draft):
        return None
    letter = _letter_window(window, kind)
    return None if letter is None else letter.open_mailed_form()


def _writing() -> str:
    return QCoreApplication.translate("Recovery", "You were writing a letter")


def _mailing() -> str:
    return QCoreApplication.translate("Recovery", "You were logging a letter as mailed")


register_kind(DRAFT_KIND, _writing, _writing, reopen_letter)
register_kind(mailed.DRAFT_KIND, _mailing, _mailing, reopen_mailed)
