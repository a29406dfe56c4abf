"""What every subcommand shares: the error that means "exit 2 with this message", and
opening the data folder's store."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store import Store

USAGE_ERROR = 2


class CliError(Exception):
    """Bad input: each line is printed on standard error and the exit status is 2."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


def open_store() -> Store:
    """Open (creating if needed) the database in the configured data folder."""
    from app.services.session import open_store as open_session_store

    return open_session_store()


def parse_day(text: str, option: str) -> dt.date:
    """A YYYY-MM-DD day from the command line, or a plain error naming the option."""
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _invalid(text, option)
    except ValueError:
        return _invalid(text, option)


def _invalid(text: str, option: str) -> dt.date:
    raise CliError(
        f"{option}: '{text}' is not a day; write it as YYYY-MM-DD, for example 2007-08-28"
    )
