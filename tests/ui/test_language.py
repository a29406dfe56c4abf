"""The interface in Spanish or English, switched live, remembered, chosen from the
computer's language at the first start; the printed declaration stays in English."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import paths
from app.services.casefiles import import_demo_case
from app.services.cases import Cases
from app.store import Store
from app.ui.declaration.page import DeclarationPage
from app.ui.language import ENGLISH, SPANISH, LanguageSwitcher
from tests.ui.conftest import Answers


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    original_locale = QLocale()
    chosen = LanguageSwitcher()
    yield chosen
    # Later tests expect English and the locale they started with. The test's windows
    # are closed but not yet deleted: delete them first, so the switch does not reach them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    chosen.apply(qapp, ENGLISH, remember=False)
    QCoreApplication.processEvents()
    QLocale.setDefault(original_locale)


def test_the_languages_are_named_in_their_own_words() -> None:
    assert [(lang.code, lang.name) for lang in LanguageSwitcher.available_languages()] == \
        [("en", "English"), ("es", "Español")]


def test_spanish_translates_the_program_and_qts_own_buttons(
        qapp: QApplication, switcher: LanguageSwitcher) -> None:
    assert switcher.apply(qapp, SPANISH)
    assert switcher.current == SPANISH
    assert QCoreApplication.translate("DeclarationPage", "Prepare the filing packet") == \
        "Preparar los documentos para el tribunal"
    # A text from the Qt-free domain, marked with QT_TRANSLATE_NOOP:
    assert QCoreApplication.translate("Validation", "{text} is not a real day.") == \
        "{text} no es un día que exista."
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in buttons.buttons()] == ["Cancelar"]

    assert switcher.apply(qapp, ENGLISH)
    assert QCoreApplication.translate("DeclarationPage", "Prepare the filing packet") == \
        "Prepare the filing packet"


def test_the_choice_is_remembered_in_the_settings_file(
        qapp: QApplication, switcher: LanguageSwitcher) -> None:
    assert LanguageSwitcher().saved_choice() is None
    switcher.apply(qapp, SPANISH)
    assert "language=es" in paths.settings_path().read_text(encoding="utf-8")
    assert LanguageSwitcher().startup_choice() == SPANISH


def test_at_first_start_the_computers_language_decides(switcher: LanguageSwitcher) -> None:
    assert switcher.system_choice(["es-MX", "en-US"]) == SPANISH
    assert switcher.system_choice(["es_US"]) == SPANISH
    assert switcher.system_choice(["en-US", "es-MX"]) == ENGLISH
    assert switcher.system_choice(["fr-FR"]) == ENGLISH
    assert switcher.system_choice([]) == ENGLISH


def test_start_up_uses_the_remembered_choice_without_rewriting_it(
        qapp: QApplication, switcher: LanguageSwitcher) -> None:
    switcher.apply(qapp, SPANISH)
    fresh = LanguageSwitcher()
    assert fresh.apply_startup_choice(qapp) == SPANISH
    fresh.apply(qapp, ENGLISH, remember=False)


def test_a_missing_catalogue_leaves_the_program_in_english(
        qapp: QApplication, switcher: LanguageSwitcher, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path)
    assert switcher.apply(qapp, SPANISH) is False
    assert switcher.current == ENGLISH
    assert QCoreApplication.translate("DeclarationPage", "Prepare the filing packet") == \
        "Prepare the filing packet"


def test_an_unknown_language_is_refused(qapp: QApplication, switcher: LanguageSwitcher) -> None:
    with pytest.raises(ValueError):
        switcher.apply(qapp, "fr")


def test_the_page_switches_live_and_the_document_stays_in_english(
        qapp: QApplication, qtbot: QtBot, store: Store, answers: Answers,
        switcher: LanguageSwitcher) -> None:
    cases = Cases(store)
    case_id = cases.case_id(import_demo_case(store))
    assert case_id is not None
    demo = cases.open(case_id)
    page = DeclarationPage(lambda: demo, today=lambda: dt.date(2025, 7, 8))
    qtbot.addWidget(page)
    page.show()
    assert page.title.text() == "Prepare the filing packet"

    switcher.apply(qapp, SPANISH)
    # Qt posts the change to each window: it arrives once events are processed.
    qtbot.waitUntil(lambda: page.title.text() == "Preparar los documentos para el tribunal")
    assert page.print_button.text() == "&Imprimir\u2026"
    assert page.readiness.title() == "\u00bfLista para presentar?"
    # N.D. Cal.'s own step (a joint letter) is not marked done: documented, not ready.
    assert "\u2714 Consulta documentada: Interrogatory No. 4 (Set One)." \
        in page.readiness.summary.text()
    assert "Siguiente paso:" in page.readiness.summary.text()
    # The paragraphs are the document's own text: English.
    assert page.paragraphs.list.item(0).text().startswith("1. I am the plaintiff")

    data = page.document_bytes()
    assert data is not None
    text = " ".join((p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "I declare under penalty of perjury" in " ".join(text.split())
    assert "declaro" not in text.lower()

    switcher.apply(qapp, ENGLISH)
    qtbot.waitUntil(lambda: page.title.text() == "Prepare the filing packet")
    assert page.readiness.title() == "Ready to file?"

