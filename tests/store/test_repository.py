"""The store: whole cases in and out, record-by-record edits, and refused writes that
leave the database exactly as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Direction,
    Dispute,
    DisputeKind,
    DisputeStatus,
    Litigant,
    Method,
    Role,
    ServedBy,
)
from app.store import DuplicateCaseError, DuplicateIdError, InUseError, NotFoundError, Store
from app.store.log_queries import LogQuery, matching_communication_ids
from app.store.migrations import applied_versions, known_versions


@pytest.fixture
def store(fresh_store: Store) -> Store:
    """Plain and locked with a passphrase (tests/store/conftest.py)."""
    return fresh_store


def sample_case(number: str = "C 07-959 SI") -> Case:
    return Case(
        case_number=number,
        court="United States District Court",
        district="Northern District of California",
        short_title="Ramírez v. Doe",
        plaintiffs=["JOSÉ A. RAMÍREZ"],
        defendants=["OFFICER DOE", "et al."],
        rule_profile="cand",
        profile_overrides={"response_days": 45},
        litigant=Litigant(
            "José A. Ramírez", Role.PLAINTIFF, "V-12345", "Pelican Bay", ["Box 7500"]
        ),
        counsel=[Counsel("k1", "Ann Lee", address=["1 Main St", "Oakland, CA"])],
        disputes=[
            Dispute(
                "d1",
                DisputeKind.PRODUCTION,
                "RFP No. 3",
                DisputeStatus.OPEN,
                set_number=1,
                item_number=3,
                served_on=dt.date(2007, 6, 1),
                served_by=ServedBy.MAIL,
            ),
            Dispute("d2", DisputeKind.INTERROGATORY, "Interrogatory No. 1", DisputeStatus.NARROWED),
        ],
        communications=[
            Communication(
                "c1",
                Direction.OUTGOING,
                Method.LETTER,
                dt.date(2007, 7, 20),
                counsel="k1",
                disputes=["d2", "d1"],
                explains_deficiency=True,
                approximate=None,
                states_impasse=False,
            ),
            Communication(
                "c2",
                Direction.INCOMING,
                Method.PHONE,
                dt.date(2007, 8, 1),
                time=dt.time(9, 5),
                duration_minutes=15,
                disputes=["d1"],
            ),
        ],
    )


def test_a_whole_case_comes_back_exactly_as_stored(store: Store) -> None:
    case = sample_case()
    case_id = store.insert_case(case)
    assert store.load_case(case_id) == case
    assert store.load_case_by_number(case.case_number) == case
    assert store.load_case_by_number("no such case") is None


def test_list_counts_what_each_case_holds(store: Store) -> None:
    store.insert_case(sample_case())
    [summary] = store.list_cases()
    assert (summary.counsel, summary.disputes, summary.open_disputes, summary.communications) == (
        1,
        2,
        2,
        2,
    )


def test_a_duplicate_case_number_is_refused_unless_replacing(store: Store) -> None:
    store.insert_case(sample_case())
    with pytest.raises(DuplicateCaseError):
        store.insert_case(sample_case())
    replacement = sample_case()
    replacement.communications = []
    case_id = store.insert_case(replacement, replace=True)
    assert store.load_case(case_id).communications == []
    assert len(store.list_cases()) == 1


def test_a_failed_import_writes_nothing(store: Store) -> None:
    broken = sample_case()
    broken.communications[0].counsel = "nobody"  # a dangling reference the caller missed
    with pytest.raises(KeyError):
        store.insert_case(broken)
    assert store.list_cases() == []


def test_records_added_in_the_app_get_fresh_ids_in_log_order(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    added = store.add_communication(
        case_id,
        Communication(
            "",
            Direction.INCOMING,
            Method.LETTER,
            dt.date(2007, 8, 6),
            received_on=dt.date(2007, 8, 13),
            disputes=["d1"],
        ),
    )
    assert added.id == "c3"
    assert [c.id for c in store.load_case(case_id).communications] == ["c1", "c2", "c3"]
    assert store.add_counsel(case_id, Counsel("", "Bo Chan")).id == "k2"
    assert (
        store.add_dispute(case_id, Dispute("", DisputeKind.OTHER, "x", DisputeStatus.OPEN)).id
        == "d3"
    )
    with pytest.raises(DuplicateIdError):
        store.add_counsel(case_id, Counsel("k1", "Someone"))


def test_an_edit_changes_only_that_record_and_its_links(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    case = store.load_case(case_id)
    letter = case.communications[0]
    letter.disputes = ["d1"]
    letter.summary = "Asked again."
    store.update_communication(case_id, letter)
    reloaded = store.load_case(case_id)
    assert reloaded.communications[0] == letter
    assert reloaded.communications[1] == case.communications[1]


def test_records_still_in_use_cannot_be_deleted(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    with pytest.raises(InUseError):
        store.delete_counsel(case_id, "k1")
    with pytest.raises(InUseError):
        store.delete_dispute(case_id, "d1")
    store.delete_communication(case_id, "c1")
    store.delete_communication(case_id, "c2")
    store.delete_dispute(case_id, "d1")
    store.delete_counsel(case_id, "k1")
    assert store.load_case(case_id).disputes[0].id == "d2"
    with pytest.raises(NotFoundError):
        store.delete_communication(case_id, "c1")


def test_deleting_a_case_removes_everything_it_held(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    store.delete_case(case_id)
    assert store.list_cases() == []
    for table in ("counsel", "disputes", "communications", "communication_disputes"):
        assert store.db[table].count == 0


def test_case_details_edit_refuses_a_number_another_case_has(store: Store) -> None:
    first = store.insert_case(sample_case("A 1"))
    store.insert_case(sample_case("B 2"))
    case = store.load_case(first)
    case.case_number = "B 2"
    with pytest.raises(DuplicateCaseError):
        store.update_case_details(first, case)
    case.case_number = "A 1-renamed"
    assert store.update_case_details(first, case).case_number == "A 1-renamed"


def test_rows_fetched_by_id_for_the_log_view(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    ids = matching_communication_ids(store, case_id, LogQuery())
    fetched = store.communications_by_row_ids(reversed(ids))
    assert [fetched[i].id for i in ids] == ["c1", "c2"]
    assert store.find_row_id(case_id, "communications", "c2") == ids[1]
    assert store.find_row_id(case_id, "communications", "nope") is None


def test_every_record_keeps_when_it_was_made_and_changed(store: Store) -> None:
    store.insert_case(sample_case())
    for table in ("cases", "counsel", "disputes", "communications"):
        columns = store.db[table].columns_dict
        assert "created_at" in columns and "updated_at" in columns


def test_a_file_database_is_migrated_once_and_keeps_foreign_keys(data_dir: Path) -> None:
    path = data_dir / "db.sqlite3"
    Store.open(path).close()
    reopened = Store.open(path)
    assert applied_versions(reopened.db) == known_versions()
    assert reopened.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    reopened.close()
