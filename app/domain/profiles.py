"""Court rule profiles: one TOML file per court in `resources/rules/` (rules.md).

A profile is data, never code. The loader refuses a file with a missing parameter, an
unknown key or a value of the wrong type, naming the file and the key, because a wrong
number here would silently turn into a wrong deadline. Note that in Python `True` is an
`int`: a boolean is refused where a number is wanted, and the other way round.

A case may override parameters (`profile_overrides`); `effective_parameters` applies them
and says, for each parameter, whether its value comes from the court's profile or the case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType

from app.domain.data_files import read_day, read_text, read_toml
from app.domain.text import QT_TRANSLATE_NOOP, Message, message

_CONTEXT = "profiles"


class JointFiling(StrEnum):
    """The court's own step before a discovery motion; the program can only remind."""

    NONE = "none"
    JOINT_LETTER = "joint_letter"
    JOINT_STIPULATION = "joint_stipulation"
    JOINT_STATEMENT = "joint_statement"
    JOINT_MOTION = "joint_motion"
    PREMOTION_LETTER = "premotion_letter"


class ParameterSource(StrEnum):
    PROFILE = "profile"
    CASE = "case"


@dataclass(frozen=True, slots=True)
class RuleParameters:
    """The nine parameters of rules.md's table; field names are the TOML keys."""

    response_days: int
    mail_extra_days: int
    reply_wait_days: int
    min_attempts_without_reply: int
    live_conference_required: bool
    conferral_required: bool
    joint_filing: JointFiling
    pleading_paper: bool
    min_font_pt: int


PARAMETER_NAMES: tuple[str, ...] = tuple(f.name for f in fields(RuleParameters))
_INT_PARAMETERS = frozenset(
    {"response_days", "mail_extra_days", "reply_wait_days", "min_attempts_without_reply",
     "min_font_pt"}
)
_BOOL_PARAMETERS = frozenset(
    {"live_conference_required", "conferral_required", "pleading_paper"}
)
# A type size of 0 makes no sense; day counts may be 0 (a scheduling order may remove mail days).
_SMALLEST = MappingProxyType({"min_font_pt": 1})
# Upper bounds keep day arithmetic inside the calendar (a billion days overflows a date)
# and type sizes on a page; no court rule comes anywhere near them.
_LARGEST = MappingProxyType({"min_font_pt": 72, "min_attempts_without_reply": 100})
_LARGEST_DAYS = 3650
# Check ids a profile may give its own citation for (see `[check_sources]` in a TOML file).
CHECK_IDS: tuple[str, ...] = (
    "RESPONSE_DUE", "IDENTIFIED", "DEFICIENCY_EXPLAINED", "EXCHANGE", "WAITED",
    "LIVE_ATTEMPT", "IMPASSE", "LOCAL_STEP",
)


@dataclass(frozen=True, slots=True)
class Source:
    cite: str
    url: str


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    name: str
    court: str
    district: str
    sources: tuple[Source, ...]
    last_verified: dt.date
    notes: str
    parameters: RuleParameters
    # Optional: a court's own citation for a check (e.g. its local rule for LIVE_ATTEMPT).
    check_sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The notes in Spanish, for the Spanish screen; "" when the file has none.
    notes_es: str = ""

    def notes_for(self, language: str) -> str:
        """The notes in `language` ("en" or "es"), English when there is no translation."""
        return self.notes_es if language == "es" and self.notes_es else self.notes


class ProfileError(Exception):
    """A profile file or a case's overrides cannot be used; `problems` say why, each naming
    the file or parameter."""

    def __init__(self, *problems: Message) -> None:
        self.problems = problems
        super().__init__("\n".join(p.english() for p in problems))


# --- checking one value -----------------------------------------------------------------


class _Problem(StrEnum):
    NOT_INT = "not_int"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    NOT_BOOL = "not_bool"
    NOT_CHOICE = "not_choice"


def _largest(name: str) -> int:
    return _LARGEST.get(name, _LARGEST_DAYS)


def number_bounds(name: str) -> tuple[int, int]:
    """The smallest and largest value a whole-number parameter may take."""
    return _SMALLEST.get(name, 0), _largest(name)


def _parameter_problem(name: str, value: object) -> _Problem | None:
    """What is wrong with `value` for parameter `name`, or None when it is usable."""
    if name in _INT_PARAMETERS:
        # bool is a subclass of int: `true` must not pass as 1.
        if isinstance(value, bool) or not isinstance(value, int):
            return _Problem.NOT_INT
        if value < _SMALLEST.get(name, 0):
            return _Problem.TOO_SMALL
        return _Problem.TOO_LARGE if value > _largest(name) else None
    if name in _BOOL_PARAMETERS:
        return None if isinstance(value, bool) else _Problem.NOT_BOOL
    if isinstance(value, str) and value in {j.value for j in JointFiling}:
        return None
    return _Problem.NOT_CHOICE


# Whole sentences, so each translates as a whole: one set for a profile file (read by
# whoever maintains the profiles), one for a case's overrides (read by the user).
_FILE_TEMPLATES: Mapping[_Problem, str] = {
    _Problem.NOT_INT: QT_TRANSLATE_NOOP(
        "profiles", "Court profile {file}: '{key}' must be a whole number (it is {value})."),
    _Problem.TOO_SMALL: QT_TRANSLATE_NOOP(
        "profiles", "Court profile {file}: '{key}' must be at least {smallest} "
                    "(it is {value})."),
    _Problem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "profiles", "Court profile {file}: '{key}' must be at most {largest} "
                    "(it is {value})."),
    _Problem.NOT_BOOL: QT_TRANSLATE_NOOP(
        "profiles", "Court profile {file}: '{key}' must be true or false (it is {value})."),
    _Problem.NOT_CHOICE: QT_TRANSLATE_NOOP(
        "profiles", "Court profile {file}: '{key}' must be one of {choices} "
                    "(it is {value})."),
}
_OVERRIDE_TEMPLATES: Mapping[_Problem, str] = {
    _Problem.NOT_INT: QT_TRANSLATE_NOOP(
        "profiles", "Court rule setting '{key}' for this case must be a whole number "
                    "(it is {value})."),
    _Problem.TOO_SMALL: QT_TRANSLATE_NOOP(
        "profiles", "Court rule setting '{key}' for this case must be at least {smallest} "
                    "(it is {value})."),
    _Problem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "profiles", "Court rule setting '{key}' for this case must be at most {largest} "
                    "(it is {value})."),
    _Problem.NOT_BOOL: QT_TRANSLATE_NOOP(
        "profiles", "Court rule setting '{key}' for this case must be true or false "
                    "(it is {value})."),
    _Problem.NOT_CHOICE: QT_TRANSLATE_NOOP(
        "profiles", "Court rule setting '{key}' for this case must be one of {choices} "
                    "(it is {value})."),
}


def _value_problem(template: str, name: str, value: object, **more: object) -> Message:
    return message(
        _CONTEXT, template, key=name, value=_shown(value),
        smallest=_SMALLEST.get(name, 0), largest=_largest(name),
        choices=", ".join(j.value for j in JointFiling),
        **more,
    )


def _shown(value: object) -> str:
    """A value as the user wrote it in TOML or JSON: `true`, `45`, `'letter'`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


def _typed(name: str, value: object) -> object:
    """A checked value as the dataclass holds it (the joint step as its enum)."""
    return JointFiling(str(value)) if name == "joint_filing" else value


def _parameters_from(values: Mapping[str, object]) -> RuleParameters:
    typed = {name: _typed(name, values[name]) for name in PARAMETER_NAMES}
    return RuleParameters(**typed)  # type: ignore[arg-type]  # each value checked above


# --- loading profile files --------------------------------------------------------------


def _file_problem(path: Path, key: str, reason: str) -> Message:
    return message(
        _CONTEXT,
        QT_TRANSLATE_NOOP("profiles", "Court profile {file}: '{key}' {reason}."),
        file=path.name, key=key, reason=reason,
    )


_TEXT_KEYS = ("id", "name", "court", "district", "notes")
_KNOWN_KEYS = frozenset(
    {*_TEXT_KEYS, "notes_es", "sources", "last_verified", "check_sources", *PARAMETER_NAMES}
)


def _read_sources(path: Path, value: object, problems: list[Message]) -> tuple[Source, ...]:
    if value is None:
        problems.append(_file_problem(path, "sources", "is missing"))
        return ()
    if not isinstance(value, list):
        problems.append(_file_problem(path, "sources", "must be a list of {cite, url}"))
        return ()
    sources: list[Source] = []
    for index, item in enumerate(value):
        where = f"sources[{index}]"
        if not isinstance(item, dict) or set(item) != {"cite", "url"}:
            problems.append(_file_problem(path, where, "must have exactly 'cite' and 'url'"))
            continue
        cite, url = item["cite"], item["url"]
        if not isinstance(cite, str) or not cite or not isinstance(url, str):
            problems.append(_file_problem(path, where, "must have text 'cite' and 'url'"))
            continue
        sources.append(Source(cite, url))
    return tuple(sources)


def _read_check_sources(path: Path, value: object,
                        problems: list[Message]) -> Mapping[str, str]:
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, dict):
        problems.append(_file_problem(path, "check_sources", "must be a table"))
        return MappingProxyType({})
    for key, cite in value.items():
        if key not in CHECK_IDS:
            problems.append(_file_problem(path, f"check_sources.{key}", "is not a check"))
        elif not isinstance(cite, str) or not cite:
            problems.append(_file_problem(path, f"check_sources.{key}", "must be text"))
    return MappingProxyType(dict(value))


def _read_parameters(path: Path, data: Mapping[str, object],
                     problems: list[Message]) -> RuleParameters | None:
    before = len(problems)
    for name in PARAMETER_NAMES:
        if name not in data:
            problems.append(_file_problem(path, name, "is missing"))
            continue
        problem = _parameter_problem(name, data[name])
        if problem is not None:
            problems.append(_value_problem(_FILE_TEMPLATES[problem], name, data[name],
                                           file=path.name))
    return _parameters_from(data) if len(problems) == before else None


def parse_profile(path: Path, data: Mapping[str, object]) -> Profile:
    """A profile from a TOML file's table, or ProfileError naming the file and each bad key."""
    problems: list[Message] = [
        _file_problem(path, key, "is not a known key") for key in data if key not in _KNOWN_KEYS
    ]
    texts = {key: read_text(path, data, key, problems, _file_problem) for key in _TEXT_KEYS}
    notes_es = (read_text(path, data, "notes_es", problems, _file_problem)
                if "notes_es" in data else "")
    if texts["id"] and texts["id"] != path.stem:
        problems.append(_file_problem(path, "id", f"must match the file name '{path.stem}'"))
    sources = _read_sources(path, data.get("sources"), problems)
    verified = read_day(path, data, "last_verified", problems, _file_problem)
    check_sources = _read_check_sources(path, data.get("check_sources"), problems)
    parameters = _read_parameters(path, data, problems)
    if problems or parameters is None or verified is None:
        raise ProfileError(*problems)
    return Profile(
        id=texts["id"], name=texts["name"], court=texts["court"], district=texts["district"],
        sources=sources, last_verified=verified, notes=texts["notes"],
        parameters=parameters, check_sources=check_sources, notes_es=notes_es,
    )


def load_profile(path: Path) -> Profile:
    return parse_profile(path, read_toml(path, _file_problem, ProfileError))


def load_profiles(folder: Path) -> dict[str, Profile]:
    """Every `*.toml` profile in `folder`, by id, sorted by id; any bad file refuses all."""
    return {p.id: p for p in (load_profile(path) for path in sorted(folder.glob("*.toml")))}


@cache
def _shipped_profiles() -> Mapping[str, Profile]:
    from app.paths import rules_dir

    return MappingProxyType(load_profiles(rules_dir()))


def shipped_profiles() -> Mapping[str, Profile]:
    """The profiles shipped in `resources/rules/`, read once per run."""
    return _shipped_profiles()


def get_profile(profile_id: str) -> Profile:
    """The shipped profile `profile_id`, or ProfileError naming it."""
    profile = _shipped_profiles().get(profile_id)
    if profile is None:
        known = ", ".join(_shipped_profiles())
        raise ProfileError(message(
            _CONTEXT,
            QT_TRANSLATE_NOOP("profiles",
                              "There is no court profile named '{profile}'. Known: {known}."),
            profile=profile_id, known=known,
        ))
    return profile


# --- a case's overrides -----------------------------------------------------------------


def validate_overrides(profile: Profile, overrides: Mapping[str, object] | None) -> list[Message]:
    """Problems with a case's `profile_overrides`, each naming the parameter; [] when fine."""
    del profile  # every profile defines the same parameters; kept for a future per-court set
    problems: list[Message] = []
    for name, value in (overrides or {}).items():
        if name not in PARAMETER_NAMES:
            problems.append(message(
                _CONTEXT,
                QT_TRANSLATE_NOOP("profiles",
                                  "Court rule setting '{name}' for this case is not one the "
                                  "program knows. Known settings: {known}."),
                name=name, known=", ".join(PARAMETER_NAMES),
            ))
            continue
        problem = _parameter_problem(name, value)
        if problem is not None:
            problems.append(_value_problem(_OVERRIDE_TEMPLATES[problem], name, value))
    return problems


def effective_parameters(
    profile: Profile, overrides: Mapping[str, object] | None
) -> tuple[RuleParameters, dict[str, ParameterSource]]:
    """The parameters that apply to a case, and where each value comes from.

    Raises ProfileError (naming each bad parameter) when an override is unknown or of the
    wrong type, so a bad override is never silently ignored."""
    problems = validate_overrides(profile, overrides)
    if problems:
        raise ProfileError(*problems)
    given = dict(overrides or {})
    changes = {name: _typed(name, value) for name, value in given.items()}
    parameters = replace(profile.parameters, **changes)  # type: ignore[arg-type]
    sources = {
        name: ParameterSource.CASE if name in given else ParameterSource.PROFILE
        for name in PARAMETER_NAMES
    }
    return parameters, sources
