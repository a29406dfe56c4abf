"""Storing what case file version 2 adds (migration 0004): what would settle a request, the
reasons picked, the day the court's own step was done, and a letter logged as mailed, whose
text never changes once stored. History and trash keep them like every other field."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain.model import Case, LetterKind, LetterRecord
from app.store import ImmutableLetterError, StoreError
from app.store.errors import integrity_errors
from app.store.repository import Store
from app.store.trash import RecordKind, history_of, put_back, restore, trash_items
from tests.helpers.builders import day, make_case, make_dispute, outgoing

LETTER = LetterRecord(
    LetterKind.FIRST,
    "Marcus L. Harrison\nV-12345\n\nAugust 8, 2007\n\nDear Counsel:\n\nI write about "
    "Request for Production No. 3 (Set One).\n\nSincerely,",
)


def version_two_case() -> Case:
    return make_case(
        disputes=[
            make_dispute(
                "d1",
                wanted="Produce the log book pages for August 2006 within 14 days.",
                reasons=["boilerplate_objection", "withheld_not_stated"],
            ),
            make_dispute("d2"),
        ],
        communications=[
            outgoing("c1", "2007-08-08", counsel="k1", disputes=("d1",), letter=LETTER,
                     mail_log_number="LM-0042", summary="First letter about RFP 3."),
            outgoing("c2", "2007-08-20", counsel="k1", disputes=("d1", "d2")),
        ],
        local_step_done_on=day("2007-08-30"),
    )


@pytest.fixture
def store(fresh_store: Store) -> Store:
    """Plain and locked with a passphrase (tests/store/conftest.py)."""
    return fresh_store


@pytest.fixture
def case_id(store: Store) -> int:
    return store.insert_case(version_two_case())


def test_every_new_field_is_stored_and_read_back(store: Store, case_id: int) -> None:
    assert store.load_case(case_id) == version_two_case()


def test_new_fields_are_kept_by_the_record_by_record_writes(store: Store, case_id: int) -> None:
    case = store.load_case(case_id)
    store.update_case_details(case_id, dataclasses.replace(case, local_step_done_on=None))
    store.add_dispute(case_id, make_dispute("d3", wanted="Answer fully.", reasons=["evasive"]))
    store.update_dispute(case_id, dataclasses.replace(case.disputes[1], reasons=["evasive"]))
    letter = LetterRecord(LetterKind.IMPASSE, "The whole letter.")
    store.add_communication(case_id, outgoing("c3", "2007-08-31", letter=letter))
    again = store.load_case(case_id)
    assert again.local_step_done_on is None
    assert again.disputes[1].reasons == ["evasive"]
    assert again.disputes[2].wanted == "Answer fully." and again.disputes[2].reasons == ["evasive"]
    assert again.communications[2].letter == letter


def test_a_mailed_letter_cannot_be_changed(store: Store, case_id: int) -> None:
    logged = store.load_case(case_id).communications[0]
    changes = [
        LetterRecord(LetterKind.FIRST, LETTER.text + " Changed."),
        LetterRecord(LetterKind.FOLLOW_UP, LETTER.text),
        None,
    ]
    for letter in changes:
        with pytest.raises(ImmutableLetterError) as caught:
            store.update_communication(case_id, dataclasses.replace(logged, letter=letter))
        assert isinstance(caught.value, StoreError)
        assert str(caught.value) == (
            "A letter that was logged as mailed cannot be changed; delete the entry "
            "(it goes to the trash) and log it again."
        )
    assert store.load_case(case_id).communications[0] == logged


def test_the_rest_of_a_mailed_letters_entry_can_change(store: Store, case_id: int) -> None:
    logged = store.load_case(case_id).communications[0]
    changed = dataclasses.replace(
        logged, mail_log_number="LM-0043", received_on=day("2007-08-13"), summary="Corrected."
    )
    store.update_communication(case_id, changed)
    assert store.load_case(case_id).communications[0] == changed


def test_a_letter_may_be_added_to_an_entry_that_had_none(store: Store, case_id: int) -> None:
    entry = store.load_case(case_id).communications[1]
    store.update_communication(case_id, dataclasses.replace(entry, letter=LETTER))
    assert store.load_case(case_id).communications[1].letter == LETTER


def test_the_database_itself_refuses_to_change_a_mailed_letter(
    store: Store, case_id: int
) -> None:
    # SQLite's error on a plain file, SQLCipher's on a locked one.
    with pytest.raises(integrity_errors(), match="mailed letter"):
        store.db.execute("UPDATE communications SET letter_text = 'Other.' WHERE key = 'c1'")
    with pytest.raises(integrity_errors(), match="mailed letter"):
        store.db.execute("UPDATE communications SET letter_kind = 'impasse' WHERE key = 'c1'")
    store.db.execute("UPDATE communications SET summary = 'Fine.' WHERE key = 'c1'")
    assert store.load_case(case_id).communications[0].letter == LETTER


def test_a_deleted_mailed_letter_goes_to_the_trash_and_comes_back_whole(
    store: Store, case_id: int
) -> None:
    whole = store.load_case(case_id)
    store.delete_communication(case_id, "c1")
    assert [c.id for c in store.load_case(case_id).communications] == ["c2"]
    (item,) = trash_items(store.db, case_id)
    assert item.kind is RecordKind.LETTER
    assert item.record["letter_text"] == LETTER.text
    assert item.record["letter_kind"] == "first"
    restore(store.db, item)
    assert store.load_case(case_id) == whole


def test_a_deleted_case_comes_back_with_its_letters_and_reasons(
    store: Store, case_id: int
) -> None:
    whole = store.load_case(case_id)
    store.delete_case(case_id)
    restore(store.db, trash_items(store.db, None)[0])
    assert store.load_case(case_id) == whole


def test_the_history_keeps_the_new_fields(store: Store, case_id: int) -> None:
    dispute = store.load_case(case_id).disputes[0]
    store.update_dispute(case_id, dataclasses.replace(dispute, wanted="Something else.",
                                                      reasons=[]))
    changed = history_of(store.db, RecordKind.REQUEST, case_id, "d1")[-1]
    assert changed.before is not None and changed.after is not None
    assert changed.before["wanted"] == dispute.wanted
    assert changed.before["reasons"] == '["boilerplate_objection", "withheld_not_stated"]'
    assert changed.after["reasons"] == "[]"
    put_back(store.db, changed)
    assert store.load_case(case_id).disputes[0] == dispute


def test_putting_back_an_earlier_version_keeps_the_mailed_letter(
    store: Store, case_id: int
) -> None:
    entry = store.load_case(case_id).communications[1]
    store.update_communication(case_id, dataclasses.replace(entry, letter=LETTER))
    added = history_of(store.db, RecordKind.LETTER, case_id, "c2")[-1]
    assert added.before is not None and added.before["letter_text"] is None
    put_back(store.db, added)
    assert store.load_case(case_id).communications[1].letter == LETTER
