"""The Backups and trash menu and its dialogs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.services import safety
from app.services.cases import Cases
from app.services.safety import RecordKind
from app.store import Store
from app.ui.context import CaseContext
from app.ui.safety import add_safety_menu, backups_dialog
from app.ui.safety.backups_dialog import BackupsDialog
from app.ui.safety.history_dialog import HistoryDialog
from app.ui.safety.trash_dialog import TrashDialog
from tests.helpers.builders import make_case
from tests.helpers.datafiles import busy_case
from tests.ui.conftest import Answers

NUMBER = "C 07-959 SI"


@pytest.fixture
def case_id(store: Store) -> int:
    return store.insert_case(busy_case(letters=3))


def test_a_removed_letter_is_put_back(
    qtbot: QtBot, store: Store, case_id: int, answers: Answers
) -> None:
    store.delete_communication(case_id, "c2")
    dialog = TrashDialog(None, store, case_id)
    qtbot.addWidget(dialog)
    assert dialog.items_list.count() == 1
    assert "Letter or call of Jul 20, 2007" in dialog.items_list.item(0).text()
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert [c.id for c in store.load_case(case_id).communications] == ["c1", "c2", "c3"]
    assert dialog.items_list.count() == 0
    assert not dialog.empty_button.isEnabled()


def test_emptying_the_trash_asks_first(
    qtbot: QtBot, store: Store, case_id: int, answers: Answers
) -> None:
    store.delete_communication(case_id, "c2")
    dialog = TrashDialog(None, store, case_id)
    qtbot.addWidget(dialog)
    answers.confirm_answer = False
    dialog.empty_button.click()
    assert "for good" in answers.confirms[0]
    assert dialog.items_list.count() == 1
    answers.confirm_answer = True
    dialog.empty_button.click()
    assert dialog.items_list.count() == 0
    assert safety.trash_items(store, case_id) == []


def test_a_refused_restore_is_explained(
    qtbot: QtBot, store: Store, case_id: int, answers: Answers
) -> None:
    for key in ("c1", "c2", "c3"):
        store.delete_communication(case_id, key)
    store.delete_dispute(case_id, "d2")
    dialog = TrashDialog(None, store, case_id)
    qtbot.addWidget(dialog)
    dialog.items_list.setCurrentRow(1)  # a letter (the newest is the request)
    dialog.restore_button.click()
    assert "request that has since been removed" in answers.problems[0][0]


def test_removed_cases(qtbot: QtBot, store: Store, case_id: int, answers: Answers) -> None:
    store.delete_case(case_id)
    dialog = TrashDialog(None, store, None)
    qtbot.addWidget(dialog)
    assert NUMBER in dialog.items_list.item(0).text()
    dialog.restore_button.click()
    assert [c.case_number for c in store.list_cases()] == [NUMBER]


def test_history_shows_each_change_and_puts_one_back(
    qtbot: QtBot, store: Store, case_id: int, answers: Answers
) -> None:
    letter = store.load_case(case_id).communications[0]
    store.update_communication(
        case_id, dataclasses.replace(letter, summary="Oops", disputes=["d1"])
    )
    dialog = HistoryDialog(None, store, RecordKind.LETTER, case_id, "c1")
    qtbot.addWidget(dialog)
    assert dialog.changes.count() == 2
    details = dialog.details.toPlainText()
    assert "What it said: Letter 1" in details and "\u2192 Oops" in details
    assert "Requests it dealt with: d1, d2 \u2192 d1" in details
    assert "updated_at" not in details
    with qtbot.waitSignal(dialog.put_back):
        dialog.put_back_button.click()
    assert store.load_case(case_id).communications[0] == letter
    assert dialog.changes.count() == 3


def test_backups_dialog_puts_back_a_protected_backup(
    qtbot: QtBot,
    store: Store,
    case_id: int,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backups_dialog, "ask_passphrase", lambda *a: "frase secreta")
    answers.save_path = str(tmp_path / "saved.mcbak")
    assert backups_dialog.make_backup(None, store) is not None
    store.insert_case(make_case(case_number="C 99-1 AB"))
    dialog = BackupsDialog(None, store)
    qtbot.addWidget(dialog)
    answers.open_path = answers.save_path
    with qtbot.waitSignal(dialog.restored):
        dialog.from_file_button.click()
    assert [c.case_number for c in store.list_cases()] == [NUMBER]  # the same store, reopened
    assert any(b.kind.value == "replaced" for b in safety.list_backups())
    assert dialog.backups_list.count() == len(safety.list_backups())


def test_a_wrong_passphrase_changes_nothing(
    qtbot: QtBot,
    store: Store,
    case_id: int,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed = iter(["right", "wrong"])
    monkeypatch.setattr(backups_dialog, "ask_passphrase", lambda *a: next(typed))
    answers.save_path = str(tmp_path / "saved.mcbak")
    backups_dialog.make_backup(None, store)
    store.insert_case(make_case(case_number="C 99-1 AB"))
    assert not backups_dialog.put_back(None, store, Path(answers.save_path))
    assert "passphrase does not open" in answers.problems[0][0]
    assert len(store.list_cases()) == 2


def test_the_menu_on_the_main_window(make_window, store: Store, case_id: int) -> None:  # type: ignore[no-untyped-def]
    window = make_window(start=False)
    window.show_welcome()
    menu = add_safety_menu(window, window.menuBar(), window.context)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["&Trash of this case\u2026"].isEnabled()
    window.open_case(case_id)
    assert actions["&Trash of this case\u2026"].isEnabled()
    assert actions["&Backups\u2026"].isEnabled()


def test_the_menu_on_any_window(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    context = CaseContext(Cases(store))
    menu = add_safety_menu(window, window.menuBar(), context)
    assert menu.title() == "&Backups and trash"
    assert paths.backups_dir().name == "backups"


def test_start_up_offers_the_newest_good_backup(
    store: Store, case_id: int, answers: Answers
) -> None:
    from app.store import DatabaseProblem
    from app.ui.safety import offer_newest_backup

    store.close()
    Store.open(paths.database_path(), daily_backup=True).close()  # the app makes the day's backup
    paths.database_path().write_bytes(b"\x00" * 4096)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(paths.database_path())
    assert offer_newest_backup(None, caught.value)
    assert "The newest good backup is from" in answers.confirms[0]
    again = Store.open(paths.database_path())
    try:
        assert [c.case_number for c in again.list_cases()] == [NUMBER]
    finally:
        again.close()


def test_start_up_with_no_backup_only_explains(store: Store, answers: Answers) -> None:
    from app.store import DatabaseProblem
    from app.ui.safety import offer_newest_backup

    store.close()
    paths.database_path().write_bytes(b"\x00" * 4096)
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(paths.database_path())
    assert not offer_newest_backup(None, caught.value)
    assert "not a Meet-and-Confer Log data file" in answers.problems[0][0]


def test_start_up_with_a_file_cut_to_nothing_offers_the_backup(
    store: Store, case_id: int, answers: Answers
) -> None:
    """A 0-byte data file (a failed copy, a full disk) is damaged, not a new folder: the
    program says so and offers the newest backup instead of starting empty over it."""
    from app.store import DatabaseProblem
    from app.ui.safety import offer_newest_backup

    store.close()
    Store.open(paths.database_path(), daily_backup=True).close()
    paths.database_path().write_bytes(b"")
    with pytest.raises(DatabaseProblem) as caught:
        Store.open(paths.database_path())
    assert paths.database_path().stat().st_size == 0
    assert "empty (0 bytes)" in str(caught.value)
    assert offer_newest_backup(None, caught.value)
    assert "The newest good backup is from" in answers.confirms[0]
    again = Store.open(paths.database_path())
    try:
        assert [c.case_number for c in again.list_cases()] == [NUMBER]
    finally:
        again.close()
