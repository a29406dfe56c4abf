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
from dataclasses import dataclass, field, replace

from app.domain.model import Case, Communication, Dispute
from app.domain.profiles import (
    JointFiling,
    ProfileError,
    RuleParameters,
    Source,
    effective_parameters,
    get_profile,
)
from app.domain.rules import assess, response_due_for


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
    # The court's rules (None when the case's profile cannot be read: the paragraphs then
    # leave out what only the rules can say, such as the day an answer was due).
    parameters: RuleParameters | None = None
    # The court's own rule on conferring, from the profile's sources ("" when it has none).
    local_rule: str = ""
    # Communication id -> its exhibit letter in the filing packet ("" outside a packet).
    exhibits: Mapping[str, str] = field(default_factory=dict)

    def response_received(self, dispute: Dispute) -> dt.date | None:
        received = dispute.response_received_on
        return received if received is not None and received <= self.as_of else None

    def exhibit_row(self, communication: Communication) -> int:
        """The communication's row number in Exhibit A (1-based)."""
        return self.rows[communication.id]

    def response_due(self, dispute: Dispute) -> dt.date | None:
        """The day their answer was due (rules.md's RESPONSE_DUE formula), when known."""
        return None if self.parameters is None else response_due_for(dispute, self.parameters)

    @property
    def has_local_step(self) -> bool:
        return self.parameters is not None and self.parameters.joint_filing is not JointFiling.NONE


def choose_disputes(case: Case, dispute_ids: Sequence[str] | None) -> tuple[Dispute, ...]:
    """The user's picks in the case's order, or every open and narrowed dispute."""
    if dispute_ids is None:
        return tuple(case.live_disputes)
    for dispute_id in dispute_ids:
        if case.dispute(dispute_id) is None:
            raise UnknownDisputeError(dispute_id, case.case_number)
    wanted = set(dispute_ids)
    return tuple(d for d in case.disputes if d.id in wanted)


def documented_ids(case: Case, as_of: dt.date) -> list[str]:
    """The requests a declaration or packet covers by default: those still in dispute
    whose conferring the check finds adequately documented, in the case's order. A
    certification must never reach further than the check supports."""
    try:
        profile = get_profile(case.rule_profile)
        parameters, _sources = effective_parameters(profile, case.profile_overrides)
    except ProfileError:
        return []
    assessment = assess(case, parameters, as_of, profile.check_sources)
    return [d.dispute_id for d in assessment.disputes if d.adequate]


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
    parameters, local_rule = court_rules(case)
    return Selection(case, as_of, disputes, tuple(shown), rows, parameters, local_rule)


def with_exhibits(selection: Selection, exhibits: Mapping[str, str]) -> Selection:
    """The same selection, its communications cited by their packet exhibit letters."""
    return replace(selection, exhibits=dict(exhibits))


def court_rules(case: Case) -> tuple[RuleParameters | None, str]:
    """The case's parameters and its court's own conferring rule, or (None, "") when the
    profile cannot be read (printing then stops on the profile's own error elsewhere)."""
    try:
        profile = get_profile(case.rule_profile)
        parameters, _sources = effective_parameters(profile, case.profile_overrides)
    except ProfileError:
        return None, ""
    return parameters, local_rule_cite(profile.sources, profile.check_sources)


def _is_local_rule(cite: str) -> bool:
    return bool(cite) and not cite.startswith("Fed. R.") and " v. " not in cite


def local_rule_cite(sources: Sequence[Source], check_sources: Mapping[str, str]) -> str:
    """The court's own rule on conferring: the local part of the profile's citation for
    the conferring check (`N.D. Cal. Civil L.R. 37-1(a)`), else the first of its sources
    that is a rule of the court itself (not the Federal Rules, not a case). Only what the
    profile cites, from the sources the program's notes verified, is ever printed."""
    for cite in check_sources.get("IDENTIFIED", "").split(";"):
        if _is_local_rule(cite.strip()):
            return cite.strip()
    return next((s.cite for s in sources if _is_local_rule(s.cite)), "")
