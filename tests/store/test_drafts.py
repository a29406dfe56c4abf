"""The drafts table (`app.store.drafts`): typing kept whole, one transaction a save, and
never part of the case's records, history or case file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.store import Store
from app.store.drafts import (
    MIGRATION_NAME,
    all_drafts,
    delete_draft,
    load_draft,
    save_draft,
)
from app.store.migrations import applied_in


@pytest.fixture
def store(fresh_store: Store) -> Store:
    """Plain and locked with a passphrase (tests/store/conftest.py)."""
    return fresh_store


def test_the_migration_is_applied_under_its_own_name(store: Store) -> None:
    assert MIGRATION_NAME == "0005_drafts"
    assert MIGRATION_NAME in applied_in(store.conn)


def test_a_draft_is_kept_whole_and_replaced_by_the_next_save(store: Store) -> None:
    before = dt.datetime.now(dt.UTC)
    payload = {"name": "Dana M. Whitfield ñ \u201cquoted\u201d", "address": "1 Main St\nSuite 2"}
    save_draft(store.conn, "case:1:counsel:new", "counsel", "Dana", payload)
    found = load_draft(store.conn, "case:1:counsel:new")
    assert found is not None
    assert (found.key, found.kind, found.title, found.payload) == (
        "case:1:counsel:new", "counsel", "Dana", payload)
    assert found.saved_at >= before.replace(microsecond=0)
    save_draft(store.conn, "case:1:counsel:new", "counsel", "Dana M.", {"name": "x"})
    [only] = all_drafts(store.conn)
    assert only.title == "Dana M." and only.payload == {"name": "x"}


def test_discarding(store: Store) -> None:
    save_draft(store.conn, "a", "counsel", "", {})
    assert delete_draft(store.conn, "a") is True
    assert delete_draft(store.conn, "a") is False
    assert load_draft(store.conn, "a") is None


def test_pending_drafts_come_oldest_first(store: Store) -> None:
    for key in ("second", "first"):
        save_draft(store.conn, key, "counsel", key, {})
    save_draft(store.conn, "second", "counsel", "again", {})
    assert [d.key for d in all_drafts(store.conn)] == ["first", "second"]


def test_drafts_survive_closing_the_file(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    first = Store.open(path)
    save_draft(first.conn, "k", "dispute", "RFP 1", {"label": "RFP 1"})
    first.close()
    again = Store.open(path)
    try:
        found = load_draft(again.conn, "k")
        assert found is not None and found.payload == {"label": "RFP 1"}
    finally:
        again.close()


def test_a_save_inside_an_open_transaction_goes_with_it(store: Store) -> None:
    """A caller's transaction that is rolled back takes the draft with it: one transaction
    or none, never half."""
    store.conn.execute("BEGIN")
    save_draft(store.conn, "k", "counsel", "", {})
    store.conn.execute("ROLLBACK")
    assert load_draft(store.conn, "k") is None


def test_a_failed_save_leaves_the_draft_before_it(store: Store) -> None:
    save_draft(store.conn, "k", "counsel", "old", {"name": "old"})
    with pytest.raises(TypeError):
        save_draft(store.conn, "k", "counsel", "new", {"name": object()})
    found = load_draft(store.conn, "k")
    assert found is not None and found.title == "old"
    assert not store.conn.in_transaction


def test_a_damaged_payload_reads_as_an_empty_form(store: Store) -> None:
    save_draft(store.conn, "k", "counsel", "t", {"name": "x"})
    store.conn.execute("UPDATE drafts SET payload = 'not json' WHERE key = 'k'")
    found = load_draft(store.conn, "k")
    assert found is not None and found.payload == {}


def test_drafts_are_not_in_the_history(store: Store) -> None:
    def history() -> tuple[int, int]:
        rows = store.conn.execute("SELECT count(*) FROM history").fetchone()[0]
        batch = store.conn.execute("SELECT batch FROM history_batch").fetchone()[0]
        return int(rows), int(batch)

    before = history()
    save_draft(store.conn, "k", "counsel", "t", {"name": "x"})
    save_draft(store.conn, "k", "counsel", "t", {"name": "xy"})
    delete_draft(store.conn, "k")
    assert history() == before
    triggers = {row[0] for row in store.conn.execute(
        "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")}
    assert "drafts" not in triggers


def test_a_read_only_file_refuses_plainly(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError):
            save_draft(conn, "k", "counsel", "t", {})
        assert not conn.in_transaction
    finally:
        conn.close()
