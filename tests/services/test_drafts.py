"""The drafts service (`app.services.drafts.Drafts`): the API every screen with typed text
uses, its plain failures, and that drafts never leave the data folder in a case file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.casefiles import export_case_file, import_demo_case
from app.services.cases import SaveError
from app.services.drafts import Draft, Drafts, draft_key
from app.services.session import open_store
from app.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    opened = open_store()
    yield opened
    opened.close()


def test_save_load_pending_discard(store: Store) -> None:
    drafts = Drafts(store)
    key = draft_key(3, "counsel")
    assert key == "case:3:counsel:new"
    assert draft_key(3, "counsel", "k2") == "case:3:counsel:k2"
    assert draft_key(None, "case") == "nocase:case:new"
    drafts.save(key, "counsel", "Dana M. Whitfield", {"name": "Dana M. Whitfield"})
    found = drafts.load(key)
    assert isinstance(found, Draft)
    assert found.title == "Dana M. Whitfield" and found.payload["name"] == "Dana M. Whitfield"
    with pytest.raises(AttributeError):
        found.title = "changed"  # type: ignore[misc]
    assert [d.key for d in drafts.pending()] == [key]
    drafts.discard(key)
    drafts.discard(key)  # twice is harmless
    assert drafts.load(key) is None and drafts.pending() == []


def test_a_write_that_cannot_be_made_is_a_plain_save_error(store: Store) -> None:
    drafts = Drafts(store)
    store.close()
    with pytest.raises(SaveError) as raised:
        drafts.save("k", "counsel", "t", {})
    assert "could not be saved" in str(raised.value)


def test_an_export_never_holds_a_draft(store: Store, tmp_path: Path) -> None:
    number = import_demo_case(store)
    case_id = store.case_id(number)
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    export_case_file(store, number, before)
    Drafts(store).save(draft_key(case_id, "communication"), "communication", "Draft letter",
                       {"summary": "UNSAVED DRAFT TEXT"})
    export_case_file(store, number, after)
    first, second = json.loads(before.read_bytes()), json.loads(after.read_bytes())
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second
    assert "UNSAVED DRAFT TEXT" not in after.read_text(encoding="utf-8")
