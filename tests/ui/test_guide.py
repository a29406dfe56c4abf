"""The guide inside the program: both languages hold the same sections, every check and
form section has one, "Why?" links and F1 open it, and it prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app import paths
from app.domain.profiles import shipped_profiles
from app.domain.rules import CheckId
from app.ui.forms.case_form import CaseForm
from app.ui.forms.communication_form import CommunicationForm
from app.ui.forms.dispute_form import DisputeForm
from app.ui.guide import (
    GuideDialog,
    GuideError,
    guide_markdown,
    load_guide,
    parse_guide,
    print_document,
)
from app.ui.guide_links import check_section
from app.ui.language import ENGLISH, SPANISH
from tests.ui.conftest import TODAY

LANGUAGES = (ENGLISH, SPANISH)
ROOT = Path(__file__).resolve().parents[2]


def _ids(language: str) -> list[str]:
    return [section.id for section in load_guide(language)]


def test_both_languages_have_the_same_sections_in_the_same_order() -> None:
    english, spanish = _ids(ENGLISH), _ids(SPANISH)
    assert len(english) == len(spanish)
    assert english == spanish
    for language in LANGUAGES:
        assert all(section.body for section in load_guide(language)), language


@pytest.mark.parametrize("check", list(CheckId))
def test_every_check_has_a_section_in_both_languages(check: CheckId) -> None:
    for language in LANGUAGES:
        assert check_section(check.value) in _ids(language), (language, check)


def test_every_form_section_has_a_guide_section(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    session = window.context.session
    forms = [CaseForm(window, lambda case: case),
             DisputeForm(window, session, today=TODAY),
             CommunicationForm(window, session, today=TODAY)]
    seen: list[str] = []
    for form in forms:
        qtbot.addWidget(form)
        assert form.guide_sections, type(form).__name__
        seen += form.guide_sections
    for language in LANGUAGES:
        missing = [section for section in seen if section not in _ids(language)]
        assert missing == [], language


def test_the_guide_cites_the_rule_once_and_names_what_it_covers() -> None:
    for language in LANGUAGES:
        text = (paths.guide_dir() / f"{language}.md").read_text(encoding="utf-8")
        assert text.count("37(a)(1)") == 1, language
        for needed in ("what", "steps", "courts", "mail", "backups"):
            assert needed in _ids(language)


def test_a_heading_without_an_id_or_a_repeated_id_is_refused() -> None:
    with pytest.raises(GuideError):
        parse_guide("## A heading\n\ntext\n")
    with pytest.raises(GuideError):
        parse_guide("## One {#a}\n\nx\n## Two {#a}\n\ny\n")
    [section] = parse_guide("## One {#a}\n\nsome *text*\n")
    assert (section.id, section.title, section.level, section.body) == ("a", "One", 2,
                                                                        "some *text*")


def test_the_courts_section_holds_every_profiles_notes_in_the_language() -> None:
    english, spanish_text = guide_markdown(ENGLISH), guide_markdown(SPANISH)
    for profile in shipped_profiles().values():
        assert profile.notes_es, profile.id
        assert " ".join(profile.notes.split()) in english
        assert " ".join(profile.notes_es.split()) in spanish_text


def test_the_dialog_opens_at_a_section(qtbot: QtBot) -> None:
    dialog = GuideDialog(None, "check-WAITED")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current_section == "check-WAITED")
    waited = dialog.browser.verticalScrollBar().value()
    assert waited > 0
    assert dialog.show_section("what")
    assert dialog.browser.verticalScrollBar().value() < waited
    assert not dialog.show_section("no-such-section")
    assert "you waited for their reply" in dialog.browser.toPlainText()


@pytest.mark.usefixtures("spanish")
def test_the_dialog_speaks_spanish_on_the_spanish_screen(qtbot: QtBot) -> None:
    dialog = GuideDialog(None, "courts")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current_section == "courts")
    assert "Los tribunales" in dialog.browser.toPlainText()
    assert dialog.windowTitle() == "Guía"


def test_f1_opens_the_guide(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    assert window.guide_dialog is not None and window.guide_dialog.isVisible()
    window.guide_dialog.close()


def test_each_checks_row_has_a_why_link_to_its_section(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    page = window.disputes_page
    page.select(page.model.assessment(0).dispute_id)
    html = page.detail.toHtml()
    for check in page.model.assessment(0).checks:
        assert f"guide:{check_section(check.id)}" in html, check.id
    with qtbot.waitSignal(page.guide_wanted) as wanted:
        page.detail.anchorClicked.emit(QUrl("guide:check-EXCHANGE"))
    assert wanted.args == ["check-EXCHANGE"]
    assert window.guide_dialog is not None and window.guide_dialog.isVisible()
    qtbot.waitUntil(lambda: window.guide_dialog.current_section == "check-EXCHANGE")
    window.guide_dialog.close()


def test_a_form_sections_why_link_opens_the_guide_there(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo=True)
    form = DisputeForm(window, window.context.session, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    why = form.why_links["form-service"]
    assert "Why?" in why.text() and why.isVisible()
    why.linkActivated.emit("guide:form-service")
    assert form.guide.isVisible()
    qtbot.waitUntil(lambda: form.guide.current_section == "form-service")
    form.guide.close()


def test_the_guide_prints(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = GuideDialog(None)
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "guide.pdf"
    printer.setOutputFileName(str(out))
    assert print_document(dialog.browser.document(), printer)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    # The whole guide, not one page: it runs to several pages.
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 5


def test_the_bundle_carries_the_guide() -> None:
    spec = (ROOT / "installer" / "meetconfer.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs" / "guide"), "docs/guide")' in spec
    assert paths.guide_dir() == ROOT / "docs" / "guide"
