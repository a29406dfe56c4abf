"""Tabs whose page is made when first needed: not at start-up, at once when shown or asked
for, and then showing the case that is already open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from app.ui.lazy_page import LazyPage
from app.ui.main_window import MainWindow


def _tabs_with_lazy_page(qtbot: QtBot) -> tuple[QTabWidget, LazyPage[QLineEdit], list[int]]:
    made: list[int] = []

    def make() -> QLineEdit:
        made.append(1)
        box = QLineEdit()
        box.setAccessibleName("a box")
        return box

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    lazy = LazyPage(make)
    tabs.addTab(lazy, "Second")
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, lazy, made


def test_the_page_is_made_when_its_tab_is_shown_and_only_once(qtbot: QtBot) -> None:
    tabs, lazy, made = _tabs_with_lazy_page(qtbot)
    assert made == [] and not lazy.made
    tabs.setCurrentIndex(1)
    assert made == [1] and lazy.made
    page = lazy.page()
    assert page.isVisible()
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert lazy.page() is page and made == [1]


def test_focus_given_to_the_tab_goes_to_its_page(qtbot: QtBot) -> None:
    tabs, lazy, _made = _tabs_with_lazy_page(qtbot)
    tabs.activateWindow()
    tabs.setCurrentIndex(1)
    lazy.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: lazy.page().hasFocus())


def test_a_page_asked_for_while_hidden_is_made_but_not_shown(qtbot: QtBot) -> None:
    _tabs, lazy, made = _tabs_with_lazy_page(qtbot)
    page = lazy.page()
    assert made == [1]
    assert not page.isVisible()


def test_start_up_makes_only_the_requests_page(make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(demo=True)
    assert window.current_page() is window.disputes_page
    assert window.disputes_page.table.model().rowCount() > 0
    for tab in (window.log_tab, window.counsel_tab, window.dates_tab, window.declaration_tab):
        assert not tab.made


def test_pages_made_after_the_case_opened_show_that_case(make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(demo=True)
    case = window.context.session.case  # type: ignore[union-attr]
    window.show_page(window.tabs.indexOf(window.log_tab))
    model = window.log_page.model
    assert model is not None and model.rowCount() == len(case.communications)
    window.show_page(window.tabs.indexOf(window.counsel_tab))
    assert window.counsel_page.list.count() == len(case.counsel)
