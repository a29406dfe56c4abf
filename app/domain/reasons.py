"""The common problems with an answer to a discovery request, from `resources/reasons/`.

A person picks them on the request form (shown in the screen's language) beside their own
words (`deficiency`); a letter prints each picked reason's English sentence followed by its
source. A case file names them by id (`disputes[].reasons`), so an id not in this list is
refused on import (`app.domain.validation`).

Like a court profile, the list is data, checked on load: a missing or unknown key, a wrong
type, an unknown kind of request or a bad id refuses the whole file, naming the file and
the key (`ReasonsError`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from app.domain.data_files import read_day, read_text, read_toml
from app.domain.model import DisputeKind
from app.domain.text import QT_TRANSLATE_NOOP, Message, message

_CONTEXT = "reasons"
# Ids go into case files (at most 200 characters there) and are typed by hand in tests
# and files: lower-case words joined by underscores.
_ID_FORM = re.compile(r"[a-z][a-z0-9_]{0,199}")
_TEXT_KEYS = ("text_en", "text_es", "source")
_KNOWN_KEYS = frozenset({"kinds", *_TEXT_KEYS, "last_verified"})


@dataclass(frozen=True, slots=True)
class Reason:
    id: str
    kinds: frozenset[DisputeKind]
    text_en: str  # the letter's sentence (letters are always in English)
    text_es: str  # the same in Spanish, for the screen
    source: str  # the rule it rests on, as the letter cites it
    last_verified: dt.date

    def text(self, language: str) -> str:
        """The sentence for a screen in `language` ("es", "es_MX", "en"...): Spanish for
        Spanish, English otherwise."""
        return self.text_es if language.lower().startswith("es") else self.text_en


class ReasonsError(Exception):
    """The list of reasons cannot be used; `problems` say why, each naming the file and
    the key."""

    def __init__(self, *problems: Message) -> None:
        self.problems = problems
        super().__init__("\n".join(p.english() for p in problems))


def _file_problem(path: Path, key: str, reason: str) -> Message:
    return message(
        _CONTEXT,
        QT_TRANSLATE_NOOP("reasons", "List of reasons {file}: '{key}' {reason}."),
        file=path.name, key=key, reason=reason,
    )


def _read_kinds(path: Path, reason_id: str, value: object,
                problems: list[Message]) -> frozenset[DisputeKind]:
    where = f"{reason_id}.kinds"
    known = {kind.value for kind in DisputeKind}
    if value is None:
        problems.append(_file_problem(path, where, "is missing"))
        return frozenset()
    if not isinstance(value, list) or not value:
        problems.append(_file_problem(path, where, "must be a list of kinds of request"))
        return frozenset()
    kinds: set[DisputeKind] = set()
    for item in value:
        if not isinstance(item, str) or item not in known:
            problems.append(_file_problem(
                path, where, f"holds {item!r}, which is not one of {', '.join(sorted(known))}"))
        else:
            kinds.add(DisputeKind(item))
    return frozenset(kinds)


def _parse_reason(path: Path, reason_id: str, value: object,
                  problems: list[Message]) -> Reason | None:
    if not _ID_FORM.fullmatch(reason_id):
        problems.append(_file_problem(
            path, reason_id, "is not a usable id (lower-case letters, digits and _)"))
    if not isinstance(value, dict):
        problems.append(_file_problem(path, reason_id, "must be a table of a reason's keys"))
        return None
    before = len(problems)
    problems.extend(_file_problem(path, f"{reason_id}.{key}", "is not a known key")
                    for key in value if key not in _KNOWN_KEYS)
    kinds = _read_kinds(path, reason_id, value.get("kinds"), problems)
    texts = {
        key: read_text(path, value, key, problems, _file_problem, where=f"{reason_id}.{key}")
        for key in _TEXT_KEYS
    }
    for key, text in texts.items():
        if key in value and isinstance(value[key], str) and not text.strip():
            problems.append(_file_problem(path, f"{reason_id}.{key}", "must not be empty"))
    verified = read_day(path, value, "last_verified", problems, _file_problem,
                        where=f"{reason_id}.last_verified")
    if len(problems) != before or verified is None:
        return None
    return Reason(reason_id, kinds, texts["text_en"], texts["text_es"], texts["source"],
                  verified)


def parse_reasons(path: Path, data: Mapping[str, object]) -> dict[str, Reason]:
    """The reasons in a TOML file's table, in the file's order, or ReasonsError naming
    the file and every bad key."""
    problems: list[Message] = []
    reasons: dict[str, Reason] = {}
    for reason_id, value in data.items():
        reason = _parse_reason(path, reason_id, value, problems)
        if reason is not None:
            reasons[reason_id] = reason
    if not data:
        problems.append(_file_problem(path, "(file)", "holds no reasons"))
    if problems:
        raise ReasonsError(*problems)
    return reasons


def load_reasons_file(path: Path) -> dict[str, Reason]:
    return parse_reasons(path, read_toml(path, _file_problem, ReasonsError))


@cache
def _shipped_reasons() -> Mapping[str, Reason]:
    from app.paths import reasons_path

    return MappingProxyType(load_reasons_file(reasons_path()))


def load_reasons() -> dict[str, Reason]:
    """The shipped reasons by id, in the file's order (read once per run)."""
    return dict(_shipped_reasons())


def reasons_for(kind: DisputeKind) -> list[Reason]:
    """The shipped reasons that apply to a kind of request, in the file's order."""
    return [reason for reason in _shipped_reasons().values() if kind in reason.kinds]
