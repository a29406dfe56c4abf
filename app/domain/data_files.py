"""Reading the program's own TOML data files (court profiles, the list of reasons).

Such a file is data, never code, and a mistake in it would silently turn into a wrong
deadline or a wrong sentence in a letter, so every reader refuses a bad file, naming the
file and the key. Each reader says how a problem is worded (`FileProblem`: the file, the
key, what is wrong) and which error it raises; the reading itself is shared here.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.domain.text import Message

# (file, key, what is wrong) -> the message naming them.
FileProblem = Callable[[Path, str, str], Message]


def read_toml(
    path: Path, problem: FileProblem, error: Callable[[Message], Exception]
) -> dict[str, Any]:
    """The file's table, or `error(problem(...))` when it cannot be read or is not TOML."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as bad:
        raise error(problem(path, "(file)", f"is not valid TOML: {bad}")) from bad
    except OSError as bad:
        raise error(problem(path, "(file)", f"cannot be read: {bad.strerror or bad}")) from bad


def read_text(path: Path, data: Mapping[str, object], key: str, problems: list[Message],
              problem: FileProblem, *, where: str | None = None) -> str:
    """The text under `key` ("" and a problem when missing or not text). `where` names
    the key in the message when it is inside a table (`evasive.text_en`)."""
    value = data.get(key)
    if value is None:
        problems.append(problem(path, where or key, "is missing"))
        return ""
    if not isinstance(value, str):
        problems.append(problem(path, where or key, "must be text"))
        return ""
    return value


def read_day(path: Path, data: Mapping[str, object], key: str, problems: list[Message],
             problem: FileProblem, *, where: str | None = None) -> dt.date | None:
    """The TOML date under `key` (a day, not a date and time), or None and a problem."""
    value = data.get(key)
    if value is None:
        problems.append(problem(path, where or key, "is missing"))
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        problems.append(problem(path, where or key, "must be a date like 2026-01-31"))
        return None
    return value
