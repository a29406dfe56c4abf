"""Translating for the interface: days inside messages follow the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.domain.profiles import effective_parameters, get_profile
from app.domain.rules import assess
from app.i18n import render
from app.ui.language import ENGLISH, SPANISH, LanguageSwitcher
from tests.helpers.builders import day, spec_example_case


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    original_locale = QLocale()
    chosen = LanguageSwitcher()
    yield chosen
    chosen.apply(qapp, ENGLISH, remember=False)
    QLocale.setDefault(original_locale)


def test_days_inside_messages_follow_the_interface_language(
        qapp: QApplication, switcher: LanguageSwitcher) -> None:
    case = spec_example_case()
    params, _ = effective_parameters(get_profile(case.rule_profile), case.profile_overrides)
    [dispute] = assess(case, params, day("2007-08-27")).disputes
    waited = next(c for c in dispute.checks if c.id == "WAITED")
    assert waited.next_step is not None
    english = waited.next_step.english()
    assert "Monday, August 27, 2007" in english
    assert render(waited.next_step) == english  # English interface: the same words
    assert switcher.apply(qapp, SPANISH)
    assert "lunes, 27 de agosto de 2007" in render(waited.next_step)
    assert waited.next_step.english() == english  # the command line and documents: English


def test_a_next_step_made_of_two_sentences_is_translated_whole(
        qapp: QApplication, switcher: LanguageSwitcher) -> None:
    # A letter before their answer is due: wait for the letter's reply day, then for their
    # answer (both sentences and both days in the interface's language).
    from tests.helpers.builders import make_case, make_dispute, outgoing

    case = make_case(disputes=[make_dispute(served_on="2007-08-01")],
                     communications=[outgoing("c1", "2007-08-08")])
    params, _ = effective_parameters(get_profile(case.rule_profile), case.profile_overrides)
    [dispute] = assess(case, params, day("2007-08-10")).disputes
    assert dispute.next_step is not None
    english = dispute.next_step.english()
    assert render(dispute.next_step) == english
    assert switcher.apply(qapp, SPANISH)
    spanish = render(dispute.next_step)
    assert "lunes, 27 de agosto de 2007" in spanish
    assert "Si para entonces no llega nada, espere su respuesta" in spanish
    assert "martes, 4 de septiembre de 2007" in spanish
    assert "Next step" not in spanish and "nothing comes" not in spanish
