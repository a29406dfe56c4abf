"""Opening the data file: an up-to-date file is opened and read with sqlite3 alone, and
sqlite-utils comes in for migrations and writes, which still keep their history."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.store import Store
from app.store.history import triggers_current
from app.store.migrations import applied_in, known_versions
from tests.helpers.datafiles import busy_case

_READ_ONLY = """
import sys
from app.domain.model import Counsel
from app.store import Store
store = Store.open(sys.argv[1])
number = store.list_cases()[0].case_number
case = store.load_case_by_number(number)
assert case is not None and case.communications
before_write = "sqlite_utils" in sys.modules
store.add_counsel(store.case_id(number), Counsel(id="", name="Another"))
print(before_write, "sqlite_utils" in sys.modules)
store.close()
"""


def _stored_case(path: Path) -> int:
    store = Store.open(path)
    try:
        return store.insert_case(busy_case(letters=3))
    finally:
        store.close()


def test_reading_an_up_to_date_file_does_not_load_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    _stored_case(path)
    done = subprocess.run([sys.executable, "-c", _READ_ONLY, str(path)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    # Not for opening and reading; then the first write brings it in.
    assert done.stdout.split() == ["False", "True"]


def test_a_new_file_gets_every_migration_its_version_and_its_triggers(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        assert applied_in(conn) == known_versions()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(known_versions())
        assert triggers_current(conn)


def test_a_missing_trigger_or_a_wrong_version_is_put_right_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    case_id = _stored_case(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER history_communications_delete")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    store = Store.open(path)
    try:
        with sqlite3.connect(path) as check:
            assert triggers_current(check)
            assert check.execute("PRAGMA user_version").fetchone()[0] == len(known_versions())
        # The put-back trigger records a removal, so the letter can come back from the trash.
        key = store.load_case(case_id).communications[0].id
        store.delete_communication(case_id, key)
        removed = store.conn.execute(
            "SELECT count(*) FROM history WHERE kind = 'communications' AND action = 'removed'"
        ).fetchone()[0]
        assert removed == 1
    finally:
        store.close()


def test_writes_through_the_store_are_batched_in_the_history(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    case_id = _stored_case(path)
    store = Store.open(path)  # reopened: its Database is made on this first write
    try:
        key = store.load_case(case_id).communications[0].id
        store.delete_communication(case_id, key)
        batches = {row[0] for row in store.conn.execute(
            "SELECT batch FROM history WHERE kind IN ('communications', 'communication_disputes')"
            " AND action = 'removed'")}
        assert len(batches) == 1
        import_batch = store.conn.execute(
            "SELECT min(batch) FROM history WHERE kind = 'cases'").fetchone()[0]
        assert batches != {import_batch}
    finally:
        store.close()
