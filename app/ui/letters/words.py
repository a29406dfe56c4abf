"""The words the screen uses for the kinds of letter: the name (the interface's own, as
the history shows it too: `app.ui.words.letter_kind_words`) and a sentence on what the
letter does. The letter itself is always in English; these words only help the person
choose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.model import LetterKind
from app.ui.words import letter_kind_words, name_in


def kind_name(kind: LetterKind) -> str:
    return name_in(letter_kind_words(), kind)


def kind_words() -> list[tuple[str, LetterKind]]:
    """Each kind with its name, in the order a dispute usually goes."""
    return letter_kind_words()


def kind_explanation(kind: LetterKind) -> str:
    translate = QCoreApplication.translate
    return {
        LetterKind.FIRST: translate(
            "Letters",
            "Names each request, says what is wrong with their answer and what would settle "
            "it, asks for a written reply by a day and for a phone call, and says that a "
            "motion to compel will follow if nothing changes."),
        LetterKind.FOLLOW_UP: translate(
            "Letters",
            "Refers to your earlier letter, says no answer came, says again what is wrong "
            "and what you want, and asks again for a reply and a phone call by a new day."),
        LetterKind.CALL_REQUEST: translate(
            "Letters",
            "Asks for a telephone conference about the requests and says how their lawyer "
            "sets up a legal call with the prison."),
        LetterKind.CONFIRMING: translate(
            "Letters",
            "Confirms in writing what was talked about and agreed for each request, and what "
            "is still in dispute."),
        LetterKind.IMPASSE: translate(
            "Letters",
            "Lists each request still not settled and what you wanted, and says that you "
            "will ask the court to decide them."),
    }[kind]
