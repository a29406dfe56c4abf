"""A letter not yet mailed, offered back at the next start after a crash (`app.ui.recovery`):
"Keep it" opens the letter window again on its case, where the kept letter (its requests,
its lawyer and every word typed) is shown as it was left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.services.drafts import Draft
from app.ui.letters.keeping import DRAFT_KIND, KeptLetter

# The recovery's own way to open a draft's case, so letters open it just as forms do.
from app.ui.recovery import _on_case, register_kind

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def reopen_letter(window: MainWindow, draft: Draft) -> QDialog | None:
    """The letter window on the draft's case, with its kind of letter (None: the case, or
    the draft, is no longer readable)."""
    kept = KeptLetter.from_payload(draft.payload)
    if kept is None or not _on_case(window, draft):
        return None
    from app.ui.letters.opening import open_letter_window

    window.show_page(0)
    letter = open_letter_window(window, window.context, kind=kept.kind)
    window.letter_window = letter
    return letter


def _writing() -> str:
    return QCoreApplication.translate("Recovery", "You were writing a letter")


register_kind(DRAFT_KIND, _writing, _writing, reopen_letter)
