"""The window fits a 1,024-pixel screen in both languages with Larger text, the log's
filters keep their room, and a request's name is not cut short in the log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.language import ENGLISH, LanguageSwitcher
from app.ui.models.log_model import REQUESTS
from app.ui.text_size import apply_text_size


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    original_locale = QLocale()
    switcher = LanguageSwitcher()
    assert switcher.apply(qapp, request.param, remember=False)
    yield request.param
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.apply(qapp, ENGLISH, remember=False)
    QLocale.setDefault(original_locale)


def test_larger_text_fits_a_small_screen(language: str, qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    apply_text_size(True)
    window.resize(1024, 768)
    for page in range(5):
        window.show_page(page)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, (language, page)
    window.show_page(1)
    QApplication.processEvents()
    log = window.log_page
    metrics = QFontMetrics(QApplication.font())
    # Find keeps room for words, not a letter and "…".
    assert log.text_filter.width() >= metrics.averageCharWidth() * 25
    labels = [d.label for d in window.context.session.case.disputes]
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    assert log.table.horizontalHeader().sectionSize(REQUESTS) >= widest


def test_each_checks_result_word_stays_whole_with_larger_text(
        language: str, qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    """What the record shows: "✔ Done" / "✔ Hecho" on one line, never a word broken in two
    (a narrow column of its own once gave "Hech" and "o" with Larger text in Spanish)."""
    window = make_window(demo=True)
    apply_text_size(True)
    window.resize(1024, 768)
    window.show_page(0)
    window.show()
    QApplication.processEvents()
    detail = window.disputes_page.detail
    document = detail.document()
    document.setTextWidth(detail.viewport().width())
    word = QCoreApplication.translate("DisputesPage", "Done")
    results = []
    block = document.begin()
    while block.isValid():
        if block.text().strip() == f"\u2714 {word}":
            results.append(block.layout().lineCount())
        block = block.next()
    assert results and all(lines == 1 for lines in results), (language, results)
    apply_text_size(False)
