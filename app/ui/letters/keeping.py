"""What the person chose and typed in a letter, kept in the data folder as they type (a
short pause after the last key), so nothing is lost when the session time runs out or the
power goes. One kept draft per case and kind of letter; it is discarded when that letter
is logged as mailed.

The drafts store (`app.services.drafts`, which turns every failure into `SaveError`) keeps
a JSON-able payload; this module turns a
`KeptLetter` into that payload and back, and never lets a damaged payload stop the window
from opening: an unreadable one is treated as no draft.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.domain.model import LetterKind
from app.services.cases import OpenCase, SaveError
from app.ui.autosave import Debounced
from app.ui.letters.words import kind_name

DRAFT_KIND = "letter"


@dataclass(frozen=True, slots=True)
class BlockEdit:
    """The person's words for one block, and the program's words they replaced (to tell
    when the program's words have changed since: a new reply day, another request)."""

    text: str
    generated: str


@dataclass(slots=True)
class KeptLetter:
    kind: LetterKind
    dispute_ids: list[str] = field(default_factory=list)
    counsel_id: str | None = None
    mailing_day: dt.date | None = None
    edits: dict[str, BlockEdit] = field(default_factory=dict)

    def to_payload(self, case_id: int) -> dict[str, Any]:
        return {
            # What every draft says (`app.ui.recovery`): its case, no record yet, the words.
            "case_id": case_id,
            "record_id": None,
            "fields": {key: edit.text for key, edit in self.edits.items()},
            "kind": self.kind.value,
            "dispute_ids": list(self.dispute_ids),
            "counsel_id": self.counsel_id,
            "mailing_day": None if self.mailing_day is None else self.mailing_day.isoformat(),
            "edits": {key: {"text": edit.text, "generated": edit.generated}
                      for key, edit in self.edits.items()},
        }

    @classmethod
    def from_payload(cls, payload: object) -> KeptLetter | None:
        """The kept letter, or None when the payload is not one (damaged, or from another
        version of the program)."""
        try:
            assert isinstance(payload, dict)
            day = payload.get("mailing_day")
            edits = payload.get("edits") or {}
            assert isinstance(edits, dict)
            return cls(
                kind=LetterKind(payload["kind"]),
                dispute_ids=[str(d) for d in payload.get("dispute_ids") or []],
                counsel_id=None if payload.get("counsel_id") is None
                else str(payload["counsel_id"]),
                mailing_day=None if day is None else dt.date.fromisoformat(str(day)),
                edits={str(key): BlockEdit(str(value["text"]), str(value["generated"]))
                       for key, value in edits.items()},
            )
        except (AssertionError, KeyError, TypeError, ValueError):
            return None


def letter_draft_key(case_id: int, kind: LetterKind) -> str:
    """One kept letter per case and kind: `case:3:letter:follow_up`."""
    from app.services.drafts import draft_key

    return draft_key(case_id, DRAFT_KIND, kind.value)


class LetterKeeper(QObject):
    """Keeps the window's letter through the drafts store, a moment after each change.
    `failed` says in plain words when the data folder could not be written (the words
    stay on screen; the window shows the notice)."""

    failed = Signal(str)

    def __init__(self, session: OpenCase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.services.drafts import Drafts

        self._session = session
        self._drafts = Drafts(session.store)
        self._pending: KeptLetter | None = None
        # Written once the typing pauses, and before the program quits.
        self._autosave = Debounced(self.flush, self)

    def load(self, kind: LetterKind) -> KeptLetter | None:
        if self._pending is not None and self._pending.kind is kind:
            return self._pending
        try:
            kept = self._drafts.load(letter_draft_key(self._session.case_id, kind))
        except SaveError:
            return None  # an unreadable draft must not keep the letter window shut
        return None if kept is None else KeptLetter.from_payload(kept.payload)

    def keep_soon(self, letter: KeptLetter) -> None:
        if self._pending is not None and self._pending.kind is not letter.kind:
            self.flush()  # another kind's words go in before these replace them
        self._pending = letter
        self._autosave.poke()

    def flush(self) -> None:
        """Write what is waiting now (on closing, before logging)."""
        self._autosave.cancel()
        letter, self._pending = self._pending, None
        if letter is None:
            return
        try:
            self._drafts.save(letter_draft_key(self._session.case_id, letter.kind), DRAFT_KIND,
                              kind_name(letter.kind), letter.to_payload(self._session.case_id))
        except SaveError:
            self._pending = letter  # tried again with the next change
            self.failed.emit(QCoreApplication.translate(
                "Letters",
                "Your words could not be kept in the data folder just now. They are still "
                "here on the screen: print the letter or check that the USB stick is in."))

    def discard(self, kind: LetterKind) -> None:
        if self._pending is not None and self._pending.kind is kind:
            self._autosave.cancel()
            self._pending = None
        # The letter is logged; a draft that could not be thrown away is offered back later.
        with contextlib.suppress(SaveError):
            self._drafts.discard(letter_draft_key(self._session.case_id, kind))
