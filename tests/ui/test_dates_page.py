"""The Coming dates page: what is due next, soonest first, worked out only when shown."""

from __future__ import annotations

from app.ui.main_window import MainWindow


def _text(window: MainWindow) -> str:
    return window.dates_page.view.toPlainText()


def test_it_says_today_and_what_is_due_next(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    window.show_page(window.tabs.indexOf(window.dates_tab))
    text = _text(window)
    assert text.startswith("Today is ")
    # The sample case's dates are all past by the tests' day: nothing is waited for.
    assert "Nothing is being waited for" in text


def test_a_hidden_page_does_no_work_until_shown(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    assert window.current_page() is not window.dates_page
    window.dates_page.view.clear()
    window.context.notify_changed()
    assert _text(window) == ""
    window.show_page(window.tabs.indexOf(window.dates_tab))
    assert _text(window).startswith("Today is ")
