"""Small pieces of court English shared by the declaration, the exhibit, the proof of
service and the letters to counsel. Always English, whatever the app's language: the papers
go to a U.S. court and to defense counsel. Plain Python, so the letters (in the domain) and
the documents both use it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from app.domain.model import Case, Counsel, Role
from app.domain.text import format_day

# Full stop, question or exclamation mark, or a closing quote or bracket after one.
_SENTENCE_ENDS = ".!?\"')\u201d\u2019"
BLANK_DATE = "____________"
ET_AL = "et al."


def date_in_words(day: dt.date) -> str:
    """`July 20, 2007`, in English month names whatever the computer's locale."""
    return format_day(day)


def on_day(day: dt.date, *, approximate: bool | None = False) -> str:
    """`On July 20, 2007` or, for a day not known for sure, `On or about July 20, 2007`."""
    return f"{'On or about' if approximate else 'On'} {date_in_words(day)}"


def sentence(text: str) -> str:
    """The user's words as a sentence: trimmed, ending with a full stop if they lack one."""
    text = " ".join(text.split())
    if text and text[-1] not in _SENTENCE_ENDS:
        text += "."
    return text


def join_words(items: Sequence[str]) -> str:
    """`A`, `A and B`, `A, B, and C`."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])}, and {items[-1]}"


_ET_AL_TAIL = re.compile(r"[,;]?\s*et\s+al\.?\s*$", re.IGNORECASE)


def _caption_items(names: Sequence[str]) -> list[str]:
    """The named parties, with `et al.` as an item of its own wherever it was written
    (`["Officer J. Sample et al."]` and `["Officer J. Sample", "et al."]` are the same)."""
    items: list[str] = []
    for name in names:
        base = _ET_AL_TAIL.sub("", name.strip())
        if base:
            items.append(base)
        if base != name.strip():
            items.append(ET_AL)
    return items


def caption_party_names(names: Sequence[str]) -> str:
    """The parties as the caption writes them: names in capitals, `et al.` as written."""
    return ", ".join(n if n == ET_AL else n.upper() for n in _caption_items(names))


def party_label(names: Sequence[str], singular: str) -> str:
    """`Plaintiff` or `Plaintiffs`: plural for more than one named party or `et al.`."""
    items = _caption_items(names)
    return f"{singular}s" if len(items) > 1 else singular


def role_word(role: Role) -> str:
    return "Plaintiff" if role is Role.PLAINTIFF else "Defendant"


def litigant_lines(case: Case) -> list[str]:
    """The litigant's block: name, prisoner number, institution, address, telephone,
    email, and `Plaintiff, pro se` (a paper's top left, a letter's writer's block)."""
    litigant = case.litigant
    lines = [litigant.name]
    if litigant.prisoner_number:
        lines.append(f"Prisoner No. {litigant.prisoner_number}")
    if litigant.institution:
        lines.append(litigant.institution)
    lines.extend(litigant.address)
    if litigant.phone:
        lines.append(f"Telephone: {litigant.phone}")
    if litigant.email:
        lines.append(f"Email: {litigant.email}")
    lines.append(f"{role_word(litigant.role)}, pro se")
    return lines


def addressee_lines(counsel: Counsel) -> list[str]:
    """Name, whom they represent, office and address, as the envelope is addressed."""
    lines = [counsel.name]
    if counsel.represents:
        lines.append(f"Counsel for {counsel.represents}")
    if counsel.office:
        lines.append(counsel.office)
    lines.extend(counsel.address)
    return lines


def other_side(case: Case) -> str:
    """`the defendants` / `the plaintiffs` (or singular), from the litigant's side."""
    if case.litigant.role is Role.PLAINTIFF:
        names, singular = case.defendants, "defendant"
    else:
        names, singular = case.plaintiffs, "plaintiff"
    return f"the {party_label(names, singular).lower()}"


def counsel_phrase(counsel: Counsel, *, mid_sentence: bool = False) -> str:
    """Who was on the other side, in words: `Jane Roe, counsel for Defendants Sample and
    Jones`. With `mid_sentence`, an appositive is closed with a comma, as English wants
    before the sentence goes on."""
    if counsel.represents:
        described = f"{counsel.name}, counsel for {counsel.represents}"
    elif counsel.office:
        described = f"{counsel.name}, {counsel.office}"
    else:
        return counsel.name
    return f"{described}," if mid_sentence else described


def declaration_title(case: Case) -> str:
    return (
        f"DECLARATION OF {case.litigant.name.upper()} IN SUPPORT OF MOTION TO COMPEL "
        "DISCOVERY (MEET-AND-CONFER EFFORTS)"
    )


PERJURY_CLAUSE = "I declare under penalty of perjury that the foregoing is true and correct."


_CITY_STATE_ZIP = re.compile(r"^\s*(?P<city>[^,\d][^,]*),\s*(?P<state>[A-Za-z][A-Za-z .]*?)\.?"
                             r"(?:\s+\d{5}(?:-\d{4})?)?\s*$")


def city_and_state(address: Sequence[str]) -> str:
    """`Soledad Vista, CA` from the address's last `City, ST 12345` line, or "" when no
    line reads that way (nothing is guessed)."""
    for line in reversed(address):
        found = _CITY_STATE_ZIP.match(line)
        if found:
            return f"{found['city'].strip()}, {found['state'].strip()}"
    return ""


def place_of_signing(case: Case) -> str:
    """`Coastal Range State Prison, Soledad Vista, CA`: the institution, then the city and
    state from the litigant's address (28 U.S.C. § 1746 asks where it was signed)."""
    parts = [case.litigant.institution or "", city_and_state(case.litigant.address)]
    return ", ".join(p for p in parts if p)


def executed_line(case: Case, signing_date: dt.date | None) -> str:
    day = date_in_words(signing_date) if signing_date else BLANK_DATE
    place = place_of_signing(case)
    return f"Executed on {day} at {place}." if place else f"Executed on {day}."
