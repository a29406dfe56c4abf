"""sqlite-utils' `Database` for the program's writes and migrations, with history batches.

Kept apart from `app.store.db` so that opening the data folder and reading a case does not
import sqlite-utils: importing it takes about 36 ms on a 2-core PC, where the desktop app's
whole start takes about 230 ms. `Store` makes its `Database` on the first write.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from sqlite_utils import Database

from app.store import history
from app.store.migrations import applied_versions, apply_migrations


class HistoryDatabase(Database):
    """A `Database` whose outermost `atomic()` blocks each start a new history batch, so the
    records of one change (a letter and its links, a case and all it holds) stay together
    in the history and come back together from the trash."""

    history_ready = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        outermost = not self.conn.in_transaction
        with super().atomic() as db:
            if outermost and self.history_ready:
                history.start_batch(self)
            yield db


def database_for(conn: sqlite3.Connection) -> HistoryDatabase:
    """The `Database` over an open connection whose schema is up to date (`app.store.db`
    brought it so), its history triggers included."""
    db = HistoryDatabase(conn, execute_plugins=False)
    db.history_ready = True
    return db


def bring_up_to_date(conn: sqlite3.Connection) -> None:
    """Apply the migrations the file has not had, record the schema version and make the
    history triggers match the tables."""
    db = HistoryDatabase(conn, execute_plugins=False)
    apply_migrations(db)
    # `PRAGMA user_version` holds how many migrations the file has had, so an older
    # program that does not know the newest of them refuses the file.
    count = len(applied_versions(db))
    if db.execute("PRAGMA user_version").fetchone()[0] != count:
        db.execute(f"PRAGMA user_version = {count:d}")
    history.ensure_triggers(db)
