"""Whether a district written as on the papers agrees with the court chosen.

Choosing a court picks its rules; a person may still type a district from their papers
that names another court ("Southern District of New York" with the Central District of
California's rules). The checks would then count days by the wrong court's rules, so the
screen warns. Spellings differ (`N.D. Cal.`, `Northern District of California`, `the
Northern District of California`), so both are reduced to the district's words first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.profiles import Profile
from app.domain.text import QT_TRANSLATE_NOOP, Message, message

CONTEXT = "Districts"

# Short forms the papers and people use, read as the words they stand for.
_SHORT = {
    "n": "northern", "s": "southern", "e": "eastern", "w": "western", "c": "central",
    "d": "district", "dist": "district", "cal": "california", "ill": "illinois",
    "wash": "washington", "nev": "nevada", "ny": "new york",
}
_DROP = {"the", "of", "for", "u", "united", "states", "court", "us", "district"}


def district_words(text: str) -> tuple[str, ...]:
    """The words that tell districts apart: `N.D. Cal.` and `the Northern District of
    California` both give ("northern", "california")."""
    words = re.findall(r"[a-z]+", text.casefold().replace("n.y.", "ny"))
    expanded: list[str] = []
    for word in words:
        expanded.extend(_SHORT.get(word, word).split())
    return tuple(word for word in expanded if word not in _DROP)


def same_district(one: str, other: str) -> bool:
    return district_words(one) == district_words(other)


def district_warning(profile: Profile, typed: str,
                     profiles: Iterable[Profile]) -> Message | None:
    """A plain warning when `typed` disagrees with the court chosen, else None."""
    if not district_words(typed):
        return None
    if profile.district:
        if same_district(profile.district, typed):
            return None
        return message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Districts",
                              "The court chosen is the {chosen}, but the district written "
                              "here is \u201c{typed}\u201d. The checks use the rules of the "
                              "court chosen: choose the court your papers name."),
            chosen=profile.district, typed=typed.strip(),
        )
    listed = next((p for p in profiles
                   if p.district and same_district(p.district, typed)), None)
    if listed is None:
        return None
    return message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Districts",
                          "The {district} is in the list of courts: choose it there, so "
                          "the checks use its own rules."),
        district=listed.district,
    )
