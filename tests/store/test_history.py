"""History and trash: every change is recorded with the change itself; a removed record
comes back from the trash whole (a letter with its requests, a case with everything); an
earlier version can be put back; emptying the trash is for good."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.domain.model import Case
from app.store import DuplicateIdError, Store
from app.store.trash import (
    RecordKind,
    TrashError,
    empty,
    history_of,
    put_back,
    restore,
    trash_items,
)
from tests.helpers.builders import make_counsel, make_dispute, outgoing
from tests.helpers.datafiles import busy_case

NUMBER = "C 07-959 SI"


@pytest.fixture
def store(fresh_store: Store) -> Store:
    """Plain and locked with a passphrase (tests/store/conftest.py)."""
    return fresh_store


@pytest.fixture
def case_id(store: Store) -> int:
    return store.insert_case(busy_case(letters=3))


def case(store: Store, case_id: int) -> Case:
    return store.load_case(case_id)


def history_count(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM history").fetchone()[0])


def test_every_kind_of_change_is_recorded(store: Store, case_id: int) -> None:
    letter = case(store, case_id).communications[0]
    store.update_communication(case_id, dataclasses.replace(letter, summary="Revised."))
    entries = history_of(store.db, RecordKind.LETTER, case_id, "c1")
    assert [e.action for e in entries] == ["added", "changed"]
    assert entries[1].before is not None and entries[1].after is not None
    assert entries[1].before["summary"].startswith("Letter 1")
    assert entries[1].after["summary"] == "Revised."
    assert entries[1].links_before == entries[1].links_after == ["d1", "d2"]

    store.add_counsel(case_id, make_counsel("k2", name="B. Lawyer"))
    store.update_counsel(case_id, make_counsel("k2", name="B. Lawyer Jr."))
    store.delete_counsel(case_id, "k2")
    counsel = history_of(store.db, RecordKind.COUNSEL, case_id, "k2")
    assert [e.action for e in counsel] == ["added", "changed", "removed"]

    details = dataclasses.replace(case(store, case_id), short_title="Harrison v. Example")
    store.update_case_details(case_id, details)
    assert [e.action for e in history_of(store.db, RecordKind.CASE, case_id)] == [
        "added",
        "changed",
    ]


def test_a_refused_write_records_nothing(store: Store, case_id: int) -> None:
    before = history_count(store)
    with pytest.raises(DuplicateIdError):
        store.add_dispute(case_id, make_dispute("d1"))
    assert history_count(store) == before


def test_a_removed_letter_comes_back_with_its_requests(store: Store, case_id: int) -> None:
    whole = case(store, case_id)
    store.delete_communication(case_id, "c2")
    assert [c.id for c in case(store, case_id).communications] == ["c1", "c3"]
    (item,) = trash_items(store.db, case_id)
    assert item.kind is RecordKind.LETTER and item.record["key"] == "c2"
    restore(store.db, item)
    assert case(store, case_id) == whole
    assert trash_items(store.db, case_id) == []
    with pytest.raises(TrashError, match="no longer in the trash"):
        restore(store.db, item)


def test_a_removed_case_comes_back_whole(store: Store, case_id: int) -> None:
    whole = case(store, case_id)
    store.delete_case(case_id)
    assert store.list_cases() == []
    assert trash_items(store.db, case_id) == []  # its letters are inside the case's item
    (item,) = trash_items(store.db, None)
    assert item.record["case_number"] == NUMBER
    restore(store.db, item)
    assert case(store, case_id) == whole


def test_a_case_comes_back_even_when_its_row_ids_are_taken(store: Store, case_id: int) -> None:
    whole = case(store, case_id)
    store.delete_case(case_id)
    store.insert_case(busy_case("C 99-1 AB", letters=5))  # takes the same row ids
    restore(store.db, trash_items(store.db, None)[0])
    again = store.load_case_by_number(NUMBER)
    assert again == whole


def test_a_letter_whose_lawyer_was_removed_is_refused(store: Store, case_id: int) -> None:
    store.add_communication(case_id, outgoing("c9", "2007-08-01", counsel=None))
    for key in ("c1", "c2", "c3"):
        store.delete_communication(case_id, key)
    store.delete_counsel(case_id, "k1")
    letter = next(i for i in trash_items(store.db, case_id) if i.record["key"] == "c1")
    before = history_count(store)
    with pytest.raises(TrashError, match="lawyer"):
        restore(store.db, letter)
    assert history_count(store) == before
    assert [c.id for c in case(store, case_id).communications] == ["c9"]
    lawyer = next(i for i in trash_items(store.db, case_id) if i.kind is RecordKind.COUNSEL)
    restore(store.db, lawyer)
    restore(store.db, letter)
    assert [c.id for c in case(store, case_id).communications] == ["c1", "c9"]  # its old place


def test_a_letter_whose_request_was_removed_is_refused(store: Store, case_id: int) -> None:
    for key in ("c1", "c2", "c3"):
        store.delete_communication(case_id, key)
    store.delete_dispute(case_id, "d2")
    letter = next(i for i in trash_items(store.db, case_id) if i.record["key"] == "c3")
    with pytest.raises(TrashError, match="request"):
        restore(store.db, letter)
    assert case(store, case_id).communications == []


def test_a_letter_whose_id_was_reused_gets_a_new_one(store: Store, case_id: int) -> None:
    store.delete_communication(case_id, "c3")
    store.add_communication(case_id, outgoing("", "2007-09-01", disputes=("d1",)))
    assert [c.id for c in case(store, case_id).communications] == ["c1", "c2", "c3"]
    restore(store.db, trash_items(store.db, case_id)[0])
    letters = case(store, case_id).communications
    assert [c.id for c in letters] == ["c1", "c2", "c3", "c4"]
    assert letters[3].summary is not None and letters[3].summary.startswith("Letter 3")
    assert letters[3].disputes == ["d1", "d2"]


def test_emptying_the_trash_is_for_good(store: Store, case_id: int) -> None:
    store.delete_communication(case_id, "c2")
    (item,) = trash_items(store.db, case_id)
    assert empty(store.db, case_id) == 1
    assert trash_items(store.db, case_id) == []
    assert history_of(store.db, RecordKind.LETTER, case_id, "c2") == []
    leftovers = store.db.execute(
        "SELECT count(*) FROM history WHERE before LIKE '%Letter 2 about%' "
        "OR after LIKE '%Letter 2 about%'"
    ).fetchone()[0]
    assert leftovers == 0
    with pytest.raises(TrashError):
        restore(store.db, item)


def test_emptying_removed_cases(store: Store, case_id: int) -> None:
    store.delete_case(case_id)
    assert empty(store.db, None) == 1
    assert trash_items(store.db, None) == []
    assert store.db.execute("SELECT count(*) FROM history").fetchone()[0] == 0


def test_an_earlier_version_can_be_put_back(store: Store, case_id: int) -> None:
    original = case(store, case_id).communications[0]
    store.update_communication(
        case_id, dataclasses.replace(original, summary="Changed by mistake.", disputes=["d1"])
    )
    changed = history_of(store.db, RecordKind.LETTER, case_id, "c1")[-1]
    assert changed.links_before == ["d1", "d2"] and changed.links_after == ["d1"]
    put_back(store.db, changed)
    assert case(store, case_id).communications[0] == original
    actions = [e.action for e in history_of(store.db, RecordKind.LETTER, case_id, "c1")]
    assert actions == ["added", "changed", "changed"]


def test_an_earlier_version_whose_number_another_case_took_is_refused_plainly(
    store: Store, case_id: int
) -> None:
    """The database refuses the clash (its own error, SQLite's or SQLCipher's); the person
    gets the trash's plain refusal and nothing changes."""
    renumbered = dataclasses.replace(case(store, case_id), case_number="C 99-1 AB")
    store.update_case_details(case_id, renumbered)
    changed = history_of(store.db, RecordKind.CASE, case_id)[-1]
    store.insert_case(busy_case(NUMBER, letters=1))
    entries = history_count(store)
    with pytest.raises(TrashError, match="another record has now"):
        put_back(store.db, changed)
    assert case(store, case_id).case_number == "C 99-1 AB"
    assert history_count(store) == entries


def test_putting_back_a_removed_record_is_refused(store: Store, case_id: int) -> None:
    dispute = case(store, case_id).disputes[0]
    store.update_dispute(case_id, dataclasses.replace(dispute, label="Renamed"))
    changed = history_of(store.db, RecordKind.REQUEST, case_id, "d1")[-1]
    for key in ("c1", "c2", "c3"):
        store.delete_communication(case_id, key)
    store.delete_dispute(case_id, "d1")
    with pytest.raises(TrashError, match="trash"):
        put_back(store.db, changed)
    added = history_of(store.db, RecordKind.REQUEST, case_id, "d1")[0]
    with pytest.raises(TrashError, match="no earlier version"):
        put_back(store.db, added)


def test_a_replaced_case_is_in_the_trash_but_cannot_come_back_beside_the_new_one(
    store: Store, case_id: int
) -> None:
    store.insert_case(busy_case(letters=1), replace=True)
    (item,) = trash_items(store.db, None)
    with pytest.raises(TrashError, match="already here"):
        restore(store.db, item)


def test_history_survives_closing_and_opening(tmp_path: Path) -> None:
    path = tmp_path / "meetconfer.sqlite3"
    store = Store.open(path)
    case_id = store.insert_case(busy_case(letters=2))
    store.delete_communication(case_id, "c1")
    store.close()
    store = Store.open(path)
    try:
        restore(store.db, trash_items(store.db, case_id)[0])
        assert [c.id for c in store.load_case(case_id).communications] == ["c1", "c2"]
    finally:
        store.close()


def test_a_column_added_later_is_kept_in_the_history_too(tmp_path: Path) -> None:
    """A later migration that adds a column: the triggers are made again on opening, so
    the history keeps the new column as well."""
    path = tmp_path / "meetconfer.sqlite3"
    store = Store.open(path)
    case_id = store.insert_case(busy_case(letters=1))
    store.db.execute("ALTER TABLE communications ADD COLUMN tracking_number TEXT")
    store.close()
    store = Store.open(path)
    try:
        store.db.execute("UPDATE communications SET tracking_number = 'RR123' WHERE key = 'c1'")
        store.delete_communication(case_id, "c1")
        (item,) = trash_items(store.db, case_id)
        assert item.record["tracking_number"] == "RR123"
        restore(store.db, item)
        assert store.db.execute("SELECT tracking_number FROM communications").fetchone() == (
            "RR123",
        )
    finally:
        store.close()


def test_a_removed_case_comes_back_with_its_own_wording(store: Store, case_id: int) -> None:
    from app.domain.model import ParagraphEdit
    from app.store.paragraph_edits import load_paragraph_edits, save_paragraph_edit

    edit = ParagraphEdit("intro", "My own words.", "The generated words.")
    save_paragraph_edit(store, case_id, edit)
    store.delete_case(case_id)
    restore(store.db, trash_items(store.db, None)[0])
    assert load_paragraph_edits(store, case_id) == {"intro": edit}


def test_a_letter_of_a_case_removed_since_is_refused(store: Store, case_id: int) -> None:
    store.delete_communication(case_id, "c1")
    (letter,) = trash_items(store.db, case_id)
    store.delete_case(case_id)
    with pytest.raises(TrashError, match="Put the case back first"):
        restore(store.db, letter)
    assert store.list_cases() == []
