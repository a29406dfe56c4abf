"""What a document shows: which disputes, and which communications, as of a day.

Same reading of the log as the rules engine (rules.md): records dated after the day are left
out, a communication's day is its `sent_on` (an incoming one's `received_on` when known),
and a response received after the day counts as not yet received.

Communications shown: those linked to a chosen dispute, plus those linked to none (a
general letter about discovery is part of the story); those linked only to disputes the user
did not choose are about something else and are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.model import Case, Communication, Dispute


class UnknownDisputeError(ValueError):
    """The user picked a dispute id that the case does not have."""

    def __init__(self, dispute_id: str, case_number: str) -> None:
        super().__init__(f"case {case_number} has no dispute with id '{dispute_id}'")
        self.dispute_id = dispute_id


@dataclass(frozen=True, slots=True)
class Selection:
    """The disputes and the communications (oldest first) a document covers."""

    case: Case
    as_of: dt.date
    disputes: tuple[Dispute, ...]
    communications: tuple[Communication, ...]
    # Communication id -> its row in Exhibit A, so a lookup stays cheap in a 10,000-row log.
    rows: Mapping[str, int]

    def response_received(self, dispute: Dispute) -> dt.date | None:
        received = dispute.response_received_on
        return received if received is not None and received <= self.as_of else None

    def exhibit_row(self, communication: Communication) -> int:
        """The communication's row number in Exhibit A (1-based)."""
        return self.rows[communication.id]


def choose_disputes(case: Case, dispute_ids: Sequence[str] | None) -> tuple[Dispute, ...]:
    """The user's picks in the case's order, or every open and narrowed dispute."""
    if dispute_ids is None:
        return tuple(case.live_disputes)
    for dispute_id in dispute_ids:
        if case.dispute(dispute_id) is None:
            raise UnknownDisputeError(dispute_id, case.case_number)
    wanted = set(dispute_ids)
    return tuple(d for d in case.disputes if d.id in wanted)


def select(case: Case, as_of: dt.date, dispute_ids: Sequence[str] | None = None) -> Selection:
    disputes = choose_disputes(case, dispute_ids)
    chosen = {d.id for d in disputes}
    shown = [
        c
        for c in case.communications
        if c.day <= as_of and (not c.disputes or chosen.intersection(c.disputes))
    ]
    # sorted() is stable, so records of the same day keep the log's order.
    shown.sort(key=lambda c: c.sent_on)
    rows = {c.id: number for number, c in enumerate(shown, start=1)}
    return Selection(case, as_of, disputes, tuple(shown), rows)
