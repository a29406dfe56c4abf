"""The declaration's wording is kept as it is typed: no button, the cursor never jumps
while it is kept, and closing the window right after typing keeps the last words."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.store import Store
from app.ui.autosave import AUTOSAVE_DELAY_MS
from app.ui.declaration.page import DeclarationPage
from tests.ui.conftest import type_text


def _declaration(window) -> DeclarationPage:  # type: ignore[no-untyped-def]
    window.show_page(window.tabs.indexOf(window.declaration_tab))
    page = window.declaration_page
    page.paragraphs.list.setCurrentRow(0)
    return page


def _type_at_end(qtbot: QtBot, page: DeclarationPage, text: str) -> None:
    editor = page.paragraphs.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor, text)


def test_typing_is_kept_while_typing_and_the_cursor_stays(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    page = _declaration(make_window(demo=True))
    editor = page.paragraphs.editor
    original = editor.toPlainText()
    _type_at_end(qtbot, page, " I wrote ")
    # Kept once the typing pauses; the space at the end stays in the box.
    qtbot.waitUntil(lambda: "[Your wording]" in page.paragraphs.list.item(0).text(),
                    timeout=AUTOSAVE_DELAY_MS * 6)
    assert editor.toPlainText() == original + " I wrote "
    type_text(qtbot, editor, "this ñ myself.")
    assert editor.toPlainText() == original + " I wrote this ñ myself."
    qtbot.waitUntil(lambda: page.paragraphs.list.item(0).text().endswith("this ñ myself."),
                    timeout=AUTOSAVE_DELAY_MS * 6)
    assert page.paragraphs.restore_button.isEnabled()


def test_the_wording_survives_closing_the_window_at_once(
        qtbot: QtBot, make_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    page = _declaration(window)
    _type_at_end(qtbot, page, " Last words.")
    window.close()  # before the typing paused long enough to be kept on its own

    again = _declaration(make_window())
    assert again.paragraphs.list.item(0).text().startswith("1. [Your wording]")
    assert again.paragraphs.editor.toPlainText().endswith(" Last words.")


def test_restore_still_puts_the_programs_wording_back(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    page = _declaration(make_window(demo=True))
    original = page.paragraphs.editor.toPlainText()
    _type_at_end(qtbot, page, " Mine.")
    page.paragraphs.flush()
    assert "[Your wording]" in page.paragraphs.list.item(0).text()
    page.paragraphs.restore_button.click()
    assert page.paragraphs.editor.toPlainText() == original
    assert "[Your wording]" not in page.paragraphs.list.item(0).text()


def test_an_emptied_paragraph_is_not_kept_and_says_why(
        qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    page = _declaration(make_window(demo=True))
    original = page.paragraphs.editor.toPlainText()
    page.paragraphs.editor.clear()
    page.paragraphs.flush()
    assert page.paragraphs.notice.text().startswith("A paragraph cannot be empty")
    page.paragraphs.list.setCurrentRow(1)
    page.paragraphs.list.setCurrentRow(0)
    assert page.paragraphs.editor.toPlainText() == original
