"""The words the screen uses for the kinds of letter: a short name for the list, and a
sentence on what the letter does, in the interface language. The letter itself is always
in English; these words only help the person choose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.model import LetterKind


def kind_words() -> list[tuple[str, LetterKind]]:
    """Each kind with its name, in the order a dispute usually goes."""
    tr = QCoreApplication.translate
    return [
        (tr("Letters", "First letter about a request"), LetterKind.FIRST),
        (tr("Letters", "Follow-up: no answer came"), LetterKind.FOLLOW_UP),
        (tr("Letters", "Asking for a phone conference"), LetterKind.CALL_REQUEST),
        (tr("Letters", "Confirming what a call or meeting settled"), LetterKind.CONFIRMING),
        (tr("Letters", "Last letter: the court will be asked to decide"), LetterKind.IMPASSE),
    ]


def kind_name(kind: LetterKind) -> str:
    return next(words for words, each in kind_words() if each is kind)


def kind_explanation(kind: LetterKind) -> str:
    tr = QCoreApplication.translate
    return {
        LetterKind.FIRST: tr(
            "Letters",
            "Names each request, says what is wrong with their answer and what would settle "
            "it, asks for a written reply by a day and for a phone call, and says that a "
            "motion to compel will follow if nothing changes."),
        LetterKind.FOLLOW_UP: tr(
            "Letters",
            "Refers to your earlier letter, says no answer came, says again what is wrong "
            "and what you want, and asks again for a reply and a phone call by a new day."),
        LetterKind.CALL_REQUEST: tr(
            "Letters",
            "Asks for a telephone conference about the requests and says how their lawyer "
            "sets up a legal call with the prison."),
        LetterKind.CONFIRMING: tr(
            "Letters",
            "Confirms in writing what was talked about and agreed for each request, and what "
            "is still in dispute."),
        LetterKind.IMPASSE: tr(
            "Letters",
            "Lists each request still not settled and what you wanted, and says that you "
            "will ask the court to decide them."),
    }[kind]
