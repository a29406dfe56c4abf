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
    """A YYYY-MM-DD day from the command line, read by the same rule as forms and case
    files, or a plain error naming the option."""
    from app.domain.validation import InvalidValueError
    from app.domain.validation import parse_day as read_day

    try:
        return read_day(text)
    except InvalidValueError as error:
        raise CliError(f"{option}: {error.message.english()}") from None
