"""What a window that keeps its typing as a draft does with it, for the record forms and
"Start my case" alike: keep it (or throw away a draft with nothing new in it), forget it once
the work is saved or given up, and say in the window when it cannot be kept.

The window holds the pieces (`_drafts`, `_draft_key`, `_autosave`, `draft_note`,
`_draft_problem`) and says what it keeps: `draft_kind`, `draft_title`, `has_changes`,
`_draft_payload`, and in its own words `_cannot_keep_words`.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from app.i18n import render
from app.services.cases import SaveError
from app.ui.colours import Tone, tint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from app.services.drafts import Drafts
    from app.ui.autosave import Debounced


class DraftKeeping:
    """Mixed into a Qt window class (before it), which sets the attributes below."""

    _drafts: Drafts | None
    _draft_key: str
    _autosave: Debounced
    draft_note: QLabel
    _draft_problem: bool

    # -- what the window says -----------------------------------------------------------

    @property
    def draft_kind(self) -> str:
        raise NotImplementedError

    def draft_title(self) -> str:
        raise NotImplementedError

    def has_changes(self) -> bool:
        raise NotImplementedError

    def _draft_payload(self) -> dict[str, object]:
        raise NotImplementedError

    def _cannot_keep_words(self, reason: str) -> str:
        """The note when the typing cannot be kept, `reason` filled in (each window says
        what to do next in its own words)."""
        raise NotImplementedError

    def _may_keep_draft(self) -> bool:
        """Whether the window is in a state to keep one now."""
        return True

    # -- keeping ------------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Keep what the window shows now as its draft (none when it shows nothing new)."""
        self._autosave.cancel()
        if self._drafts is None or not self.draft_kind or not self._may_keep_draft():
            return
        try:
            if self.has_changes():
                self._drafts.save(self._draft_key, self.draft_kind, self.draft_title(),
                                  self._draft_payload())
            else:
                self._drafts.discard(self._draft_key)
        except SaveError as error:
            self._show_draft_note(self._cannot_keep_words(render(error.message)),
                                  problem=True)
            return
        if self._draft_problem:
            self._show_draft_note("", problem=False)

    def _forget_draft(self) -> None:
        self._autosave.cancel()
        if self._drafts is None:
            return
        # The work itself is settled; a draft that could not be removed is offered back at
        # the next start, where the person can throw it away.
        with contextlib.suppress(SaveError):
            self._drafts.discard(self._draft_key)

    def _show_draft_note(self, text: str, *, problem: bool) -> None:
        self._draft_problem = problem and bool(text)
        self.draft_note.setText(text)
        tint(self.draft_note, Tone.PROBLEM if problem else Tone.WAIT)
        self.draft_note.setVisible(bool(text))
