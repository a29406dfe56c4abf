"""Starting the desktop app: one copy per data folder, and the pieces wired at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app import paths
from app.ui import launch
from tests.helpers.processes import holding_lock


def test_a_second_copy_on_the_same_data_folder_is_told_and_stops(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    with holding_lock(paths.data_dir()):
        assert launch.launch() == 1
    assert len(told) == 1 and "already" in told[0].lower()
    assert not paths.database_path().exists()  # it stopped before opening anything


def test_the_main_window_offers_the_declaration_and_the_safety_menu(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Filing pack&et"
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Backups and trash" in menus
    assert window.print_action.isEnabled() and window.save_pdf_action.isEnabled()
    window.show_page(4)
    assert window.current_page() is window.declaration_page
