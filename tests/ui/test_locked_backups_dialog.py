"""The backups dialog on a data folder locked with a passphrase: a backup made here is
protected with the folder's passphrase (said on screen, no plain choice, nothing asked),
its own sealed backups are put back without asking, the data stays locked, and at
start-up a damaged locked folder's sealed backups are looked at with its passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.services import safety
from app.services.cases import Cases
from app.services.session import open_store
from app.store import DatabaseProblem, Store
from app.store.cipher import is_locked_file, lock_copy
from app.store.sealed import is_sealed
from app.ui.safety import backups_dialog
from app.ui.safety.backups_dialog import BackupsDialog
from tests.helpers.locked_files import PASSPHRASE
from tests.ui.conftest import Answers


@pytest.fixture
def locked_store(data_dir: Path) -> Iterator[Store]:
    store = open_store()
    Cases(store).import_demo()
    store.close()
    lock_copy(paths.database_path(), paths.database_path(), PASSPHRASE)
    opened = open_store(daily_backup=True, passphrase=PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the passphrase box was asked; it answers nothing (cancel)."""
    questions: list[str] = []

    def ask(parent: object, title: str, text: str) -> str | None:
        questions.append(text)
        return None

    monkeypatch.setattr(backups_dialog, "ask_passphrase", ask)
    return questions


def test_a_backup_made_here_is_protected_with_the_folders_passphrase(
    qtbot: QtBot, locked_store: Store, answers: Answers, asked: list[str], tmp_path: Path
) -> None:
    dialog = BackupsDialog(None, locked_store)
    qtbot.addWidget(dialog)
    assert "protected with its passphrase" in dialog.note.text()
    answers.save_path = str(tmp_path / "saved.mcbak")
    written = backups_dialog.make_backup(dialog, locked_store)
    assert written is not None and is_sealed(written.read_bytes())
    assert asked == []  # no choice of a plain backup
    assert "protected with this data folder's passphrase" in answers.notices[0]


def test_its_own_sealed_backup_is_put_back_without_asking_and_stays_locked(
    qtbot: QtBot, locked_store: Store, answers: Answers, asked: list[str]
) -> None:
    number = locked_store.list_cases()[0].case_number
    locked_store.delete_case(locked_store.list_cases()[0].id)
    dialog = BackupsDialog(None, locked_store)
    qtbot.addWidget(dialog)
    assert dialog.backups and dialog.backups[0].sealed
    with qtbot.waitSignal(dialog.restored):
        dialog.put_back_button.click()
    assert asked == [] and answers.problems == []
    assert locked_store.case_id(number) is not None
    assert locked_store.is_locked and is_locked_file(paths.database_path())


def test_a_backup_with_another_passphrase_asks_for_it(
    qtbot: QtBot, locked_store: Store, answers: Answers, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = safety.make_backup(tmp_path / "other.mcbak", "its own passphrase", locked_store)
    questions: list[str] = []

    def ask(parent: object, title: str, text: str) -> str | None:
        questions.append(text)
        return "its own passphrase"

    monkeypatch.setattr(backups_dialog, "ask_passphrase", ask)
    assert backups_dialog.put_back(None, locked_store, other)
    assert len(questions) == 1 and "does not open with the data folder's" in questions[0]
    assert is_locked_file(paths.database_path())


def test_start_up_asks_for_the_passphrase_to_find_the_newest_good_backup(
    locked_store: Store, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked_store.close()
    paths.database_path().write_bytes(b"\x00" * 4096)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(paths.database_path(), passphrase=PASSPHRASE)
    questions: list[str] = []

    def ask(parent: object, title: str, text: str) -> str | None:
        questions.append(text)
        return PASSPHRASE

    monkeypatch.setattr(backups_dialog, "ask_passphrase", ask)
    assert backups_dialog.offer_newest_backup(None, caught.value)
    assert "protected with its passphrase" in questions[0]
    assert "The newest good backup is from" in answers.confirms[0]
    assert is_locked_file(paths.database_path())
    open_store(passphrase=PASSPHRASE).close()
