"""Typing into "Start my case" the way a person does, for the wizard's tests and the lock's:
each field by its page and key, Next by its button, and a case half typed (letters a US
keyboard does not have included) up to the page about the person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.ui.forms.fields import ChoiceField
from app.ui.wizard import FirstCaseWizard
from tests.ui.conftest import type_text

# What `half_typed_case` types, by page and field.
HALF_TYPED = {
    "court.district": "District of Arizona",
    "court.division": "División de Tucsón",
    "case.case_number": "CV-26-0412-TUC-ÑJ",
    "case.short_title": "Núñez v. Ståhl",
    "case.plaintiffs": "José Núñez",
    "case.defendants": "Åsa Ståhl\nÍñigo Peña",
    "you.name": "José Núñez Ibá",
}


def type_into(qtbot: QtBot, page, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a field; a new line is the Return key (keyClicks takes no "\\n")."""
    widget = page.fields[key].widget
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        type_text(qtbot, widget, line)


def choose(page, key: str, value: object) -> None:  # type: ignore[no-untyped-def]
    field = page.fields[key]
    assert isinstance(field, ChoiceField)
    field.combo.setCurrentIndex(field.index_of(value))


def next_page(qtbot: QtBot, wizard: FirstCaseWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def half_typed_case(qtbot: QtBot, wizard: FirstCaseWizard) -> None:
    """The court ("any district court"), the case and its parties, then half the person's
    name: the wizard is left on the page about the person."""
    for prefix, page in (("court", wizard.court_page), ("case", wizard.case_page),
                         ("you", wizard.you_page)):
        assert wizard.currentPage() is page
        for field, text in HALF_TYPED.items():
            if field.startswith(f"{prefix}."):
                type_into(qtbot, page, field.split(".", 1)[1], text)
        if page is not wizard.you_page:
            next_page(qtbot, wizard)


def shows_half_typed_case(wizard: FirstCaseWizard) -> bool:
    """Every field `half_typed_case` typed shows its words whole, on the page it left."""
    pages = {"court": wizard.court_page, "case": wizard.case_page, "you": wizard.you_page}
    for field, text in HALF_TYPED.items():
        prefix, key = field.split(".", 1)
        raw = pages[prefix].fields[key].raw()
        assert raw == text, (field, raw)
    return wizard.currentPage() is wizard.you_page
