"""The letter window keeps what the person chose and typed in the data folder, a moment
after each change, until the letter is logged; a damaged draft never stops the window."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.domain.model import LetterKind
from app.services.casefiles import import_demo_case
from app.services.cases import Cases, OpenCase, SaveError
from app.services.drafts import Drafts
from app.store import Store
from app.ui.autosave import AUTOSAVE_DELAY_MS
from app.ui.letters.keeping import (
    BlockEdit,
    KeptLetter,
    LetterKeeper,
    letter_draft_key,
)


@pytest.fixture
def demo(store: Store) -> OpenCase:
    cases = Cases(store)
    case_id = cases.case_id(import_demo_case(store))
    assert case_id is not None
    return cases.open(case_id)


def _letter(kind: LetterKind = LetterKind.FOLLOW_UP, words: str = "My own words.") -> KeptLetter:
    return KeptLetter(kind=kind, dispute_ids=["d4"], counsel_id="k2",
                      mailing_day=dt.date(2026, 11, 29),
                      edits={"closing": BlockEdit(words, "Sincerely,")})


def test_a_kept_letter_reads_back_as_it_was() -> None:
    letter = _letter()
    payload = letter.to_payload(3)
    assert KeptLetter.from_payload(payload) == letter
    # What the recovery offer after a crash reads: the case, a new record, the words typed.
    assert (payload["case_id"], payload["record_id"]) == (3, None)
    assert payload["fields"] == {"closing": "My own words."}


@pytest.mark.parametrize("payload", [
    None, [], {}, {"kind": "sonnet"}, {"kind": "first", "mailing_day": "yesterday"},
    {"kind": "first", "edits": {"x": {"text": "only text"}}}, {"kind": "first", "edits": [1]},
])
def test_a_damaged_payload_is_no_draft(payload: object) -> None:
    assert KeptLetter.from_payload(payload) is None


def test_typing_is_kept_after_a_pause_not_at_each_key(qtbot: QtBot, demo: OpenCase) -> None:
    keeper = LetterKeeper(demo)
    drafts = Drafts(demo.store)
    key = letter_draft_key(demo.case_id, LetterKind.FOLLOW_UP)
    keeper.keep_soon(_letter(words="M"))
    keeper.keep_soon(_letter(words="My"))
    assert drafts.load(key) is None  # not yet: the person is still typing
    assert keeper.load(LetterKind.FOLLOW_UP) == _letter(words="My")  # but not forgotten
    qtbot.waitUntil(lambda: drafts.load(key) is not None, timeout=AUTOSAVE_DELAY_MS * 5)
    kept = drafts.load(key)
    assert kept is not None and kept.kind == "letter"
    assert kept.title == "Follow-up letter"
    assert KeptLetter.from_payload(kept.payload) == _letter(words="My")
    # A new keeper (the window opened again, or the program after a crash) finds it.
    assert LetterKeeper(demo).load(LetterKind.FOLLOW_UP) == _letter(words="My")


def test_each_kind_keeps_its_own_words_and_logging_discards_only_its_own(
        qtbot: QtBot, demo: OpenCase) -> None:
    keeper = LetterKeeper(demo)
    keeper.keep_soon(_letter(LetterKind.FOLLOW_UP, "follow-up words"))
    keeper.keep_soon(_letter(LetterKind.IMPASSE, "impasse words"))  # writes the first now
    keeper.flush()
    assert keeper.load(LetterKind.FOLLOW_UP) == _letter(LetterKind.FOLLOW_UP, "follow-up words")
    keeper.discard(LetterKind.FOLLOW_UP)
    assert keeper.load(LetterKind.FOLLOW_UP) is None
    assert keeper.load(LetterKind.IMPASSE) == _letter(LetterKind.IMPASSE, "impasse words")


def test_a_folder_that_cannot_be_written_is_told_and_the_words_wait(
        qtbot: QtBot, demo: OpenCase, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.domain.text import message

    def refuse(*_args: object) -> None:
        raise SaveError(message("Cases", "The disk is full."))

    keeper = LetterKeeper(demo)
    monkeypatch.setattr(keeper._drafts, "save", refuse)
    told: list[str] = []
    keeper.failed.connect(told.append)
    keeper.keep_soon(_letter())
    keeper.flush()
    assert told and "still here on the screen" in told[0]
    assert keeper.load(LetterKind.FOLLOW_UP) == _letter()  # kept in memory for the next try
    monkeypatch.undo()
    keeper.flush()
    assert LetterKeeper(demo).load(LetterKind.FOLLOW_UP) == _letter()
