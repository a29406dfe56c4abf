"""Migration 0004: the fields of case file version 2 (letters).

- `disputes.wanted`: what would settle the request, in the litigant's words;
- `disputes.reasons`: the ids of the common problems picked (a JSON list, `[]` when none);
- `communications.letter_kind` and `communications.letter_text`: a letter the program
  drafted and the litigant mailed, kept exactly as printed (both set, or both NULL);
- `cases.local_step_done_on`: the day the court's own pre-motion step was marked done.

The history triggers pick the new columns up by themselves: after the migrations,
`app.store.database.bring_up_to_date` remakes any trigger that does not copy every column.

A mailed letter's text is part of the record of what was sent, so it may never change: the
repository refuses such a change with a plain message (`ImmutableLetterError`), and a
trigger refuses it too, so that no other way of writing (a putting back, a later bug) can.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.store.migrations import register_step

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_NAME = "0004_letters"
# The trigger's refusal text; the repository checks first and says it in plain words.
LETTER_FIXED = "the text of a mailed letter cannot change"


def add_letter_columns(db: Database) -> None:
    db.execute("ALTER TABLE disputes ADD COLUMN wanted TEXT")
    db.execute("ALTER TABLE disputes ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE communications ADD COLUMN letter_kind TEXT")
    db.execute("ALTER TABLE communications ADD COLUMN letter_text TEXT")
    db.execute("ALTER TABLE cases ADD COLUMN local_step_done_on TEXT")
    db.execute(
        f"""CREATE TRIGGER letter_text_fixed BEFORE UPDATE OF letter_kind, letter_text
            ON communications
            WHEN OLD.letter_text IS NOT NULL
             AND (NEW.letter_text IS NOT OLD.letter_text
                  OR NEW.letter_kind IS NOT OLD.letter_kind)
            BEGIN SELECT RAISE(ABORT, '{LETTER_FIXED}'); END"""
    )


register_step(MIGRATION_NAME, add_letter_columns)
