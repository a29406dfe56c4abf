"""Keeping what a person types before it is saved: the one API every screen with typed
text uses (the record forms, the declaration's wording, letters).

A screen saves its typing as a draft while the person types (debounced: see
`app.ui.autosave`), under a key that names the form instance, for example
`case:3:counsel:new` for a new lawyer or `case:3:counsel:k2` for a change to lawyer k2;
`kind` says what sort of form it is, so the next start knows how to open it again, and
`title` is a few words the person will recognise ("Dana M. Whitfield"). The draft is
discarded when the form is saved or the person throws it away. Whatever is still pending
at the next start was not saved: the program offers it back.

Drafts live in the data folder's database (`app.store.drafts`), never in the case's
records, its history or its case file.
"""

from __future__ import annotations

from typing import Any

from app.services.cases import _guard
from app.store import Store
from app.store.drafts import Draft, all_drafts, delete_draft, load_draft, save_draft

__all__ = ["Draft", "Drafts", "draft_key"]


def draft_key(case_id: int | None, kind: str, record_id: str | None = None) -> str:
    """The key of the form that adds (`record_id` None) or changes one record of a case
    (`case_id` None: a form that belongs to no case yet, such as a new case)."""
    owner = "nocase" if case_id is None else f"case:{case_id}"
    return f"{owner}:{kind}:{'new' if record_id is None else record_id}"


class Drafts:
    """The drafts in one data folder. A write that cannot be made (a full disk, a USB stick
    pulled out) raises `SaveError` with a plain message; nothing is half-written."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, key: str, kind: str, title: str, payload: dict[str, Any]) -> None:
        """Keep `payload` (JSON-able) as the draft `key`, replacing the one before."""
        with _guard:
            save_draft(self.store.conn, key, kind, title, payload)

    def load(self, key: str) -> Draft | None:
        with _guard:
            return load_draft(self.store.conn, key)

    def discard(self, key: str) -> None:
        """Throw the draft away (it was saved as a record, or the person said so)."""
        with _guard:
            delete_draft(self.store.conn, key)

    def pending(self) -> list[Draft]:
        """Every draft not yet saved or thrown away, the oldest first."""
        with _guard:
            return all_drafts(self.store.conn)
