"""The user's own wording for paragraphs of the declaration, kept with the case.

One row a (case, paragraph key). `generated_text` is what the program generated when the
user made the edit, so the documents can tell the user when the record behind an edited
paragraph has changed since (exhibit.md: an edited paragraph stays edited until the user
restores the generated one). Removing the case removes its edits (ON DELETE CASCADE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.model import ParagraphEdit
from app.store import rows
from app.store.migrations import register_step
from app.store.repository import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_NAME = "0002_paragraph_edits"


def create_paragraph_edits_table(db: Database) -> None:
    db.execute(
        """CREATE TABLE paragraph_edits (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            text TEXT NOT NULL,
            generated_text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (case_id, key))"""
    )


register_step(MIGRATION_NAME, create_paragraph_edits_table)


def load_paragraph_edits(store: Store, case_id: int) -> dict[str, ParagraphEdit]:
    """Every edit of the case's declaration, by paragraph key."""
    found = store.query(
        "SELECT key, text, generated_text FROM paragraph_edits WHERE case_id = ? ORDER BY key",
        [case_id],
    )
    return {
        row["key"]: ParagraphEdit(row["key"], row["text"], row["generated_text"]) for row in found
    }


def save_paragraph_edit(store: Store, case_id: int, edit: ParagraphEdit) -> ParagraphEdit:
    """Keep the user's text for one paragraph, replacing an earlier edit of it."""
    stamp = rows.now_stamp()
    with store.db.atomic():
        store.db.execute(
            """INSERT INTO paragraph_edits
                   (case_id, key, text, generated_text, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (case_id, key) DO UPDATE SET
                   text = excluded.text,
                   generated_text = excluded.generated_text,
                   updated_at = excluded.updated_at""",
            [case_id, edit.key, edit.text, edit.generated_text, stamp, stamp],
        )
    return edit


def delete_paragraph_edit(store: Store, case_id: int, key: str) -> bool:
    """Go back to the generated text; True when there was an edit to remove."""
    with store.db.atomic():
        cursor = store.db.execute(
            "DELETE FROM paragraph_edits WHERE case_id = ? AND key = ?", [case_id, key]
        )
    return bool(cursor.rowcount)
