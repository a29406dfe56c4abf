"""Characters the printed papers cannot show.

The documents use one embedded face (Liberation Serif, `app.documents.fonts`): it covers
Latin, Greek and Cyrillic, but not emoji or Chinese, Japanese and Korean characters, and a
character it has no shape for would vanish from the PDF without a word. Shipping a font
with those scripts would add tens of megabytes to the USB-stick bundle for text a U.S.
court filing rarely holds, so the program tells the person instead, before printing,
which characters will be missing and where (`unprintable_text`), so they can change the
text or write those words by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache

from app.domain.model import Case, ParagraphEdit

# Characters that print as nothing on purpose: line breaks, tabs, joiners.
_INVISIBLE = {"\n", "\r", "\t", "\u200b", "\u200c", "\u200d", "\ufe0f", "\ufe0e"}


@dataclass(frozen=True, slots=True)
class Unprintable:
    """Where (`case.defendants[2]`, `paragraph 4`) and which characters."""

    where: str
    characters: tuple[str, ...]

    def english(self) -> str:
        shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in self.characters)
        return f"{self.where}: {shown}"


@cache
def _covered() -> frozenset[int]:
    """The code points every face of the family has a shape for."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

    register_fonts()
    faces: list[set[int]] = []
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)  # registered as TrueType by register_fonts
        faces.append(set(font.face.charToGlyph))
    common = faces[0]
    for face in faces[1:]:
        common &= set(face)
    return frozenset(common)


def missing_characters(text: str) -> tuple[str, ...]:
    """The characters of `text` the documents' font cannot print, each once, in order."""
    covered = _covered()
    found: list[str] = []
    for character in text:
        if ord(character) in covered or character in _INVISIBLE or character in found:
            continue
        found.append(character)
    return tuple(found)


def _texts(value: object, where: str) -> Iterator[tuple[str, str]]:
    """Every text in a record of the case, with the path a case file gives it."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Enum) or value is None:
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name), f"{where}.{item.name}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{where}[{index}]")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _texts(item, f"{where}.{key}")


def unprintable_text(case: Case, edits: Iterable[ParagraphEdit] = ()) -> list[Unprintable]:
    """Each text of the case (and each paragraph the person reworded) holding characters
    the papers cannot print."""
    found: list[Unprintable] = []
    sources = [*_texts(case, "case"),
               *((f"paragraph {edit.key}", edit.text) for edit in edits)]
    for where, text in sources:
        missing = missing_characters(text)
        if missing:
            found.append(Unprintable(where, missing))
    return found
