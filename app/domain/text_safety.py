"""Text that could deceive: control characters and look-alike case numbers.

A case number, a name or a label is one line of text. A control character in it (NUL, an
escape that recolours or rewrites a terminal, a carriage return that hides what came
before, a line break) has no place there and is refused where text comes in; what an older
copy of the program stored is shown with its codes (`escape_control_characters`), never
sent raw to a terminal.

Two case numbers that a person cannot tell apart ("C 07-959 SI", "c 07-959 si ", one with
a Unicode hyphen) are the same case: `case_number_key` is what they are compared by.
"""

from __future__ import annotations

import re
import unicodedata

# Line and paragraph separators break a line as surely as a line feed does.
_LINE_BREAKERS = {"\u2028", "\u2029", "\u0085"}
# What text of several lines (a summary, a letter) may hold besides printable characters.
_MULTI_LINE_ALLOWED = {"\n", "\r", "\t"}
_SPACES = re.compile(r"\s+")


def _is_control(character: str) -> bool:
    return unicodedata.category(character) == "Cc" or character in _LINE_BREAKERS


def control_characters(text: str, *, multi_line: bool = False) -> list[str]:
    """The control characters in `text`, each once, in the order found (for a message).
    Text of several lines may hold line breaks and tabs."""
    found: list[str] = []
    for character in text:
        if multi_line and character in _MULTI_LINE_ALLOWED:
            continue
        if _is_control(character) and character not in found:
            found.append(character)
    return found


def describe_characters(characters: list[str]) -> str:
    """`U+001B, U+0000` for a message: a control character cannot be shown as itself."""
    return ", ".join(f"U+{ord(c):04X}" for c in characters)


def escape_control_characters(text: str) -> str:
    """`text` with each control character written as its code (`\\x1b`, `\\n`)."""
    if not any(_is_control(c) for c in text):
        return text
    return "".join(
        character.encode("unicode_escape").decode("ascii") if _is_control(character)
        else character
        for character in text
    )


def case_number_key(case_number: str) -> str:
    """What two case numbers are compared by: Unicode compatibility form (NFKC), every
    kind of dash a hyphen, runs of spaces one space, no space at the ends, case folded."""
    text = unicodedata.normalize("NFKC", case_number)
    text = "".join("-" if unicodedata.category(c) == "Pd" or c == "\u2212" else c
                   for c in text)
    return _SPACES.sub(" ", text).strip().casefold()
