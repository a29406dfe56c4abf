"""Assess a case: the one entry point the desktop app and the command line call for the
good-faith check (docs/checks.md), its coming dates, and its JSON form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.model import Case
from app.domain.profiles import Profile, RuleParameters, effective_parameters, get_profile
from app.domain.rules import (
    CaseAssessment,
    CheckId,
    DisputeAssessment,
    Result,
    assess,
)
from app.domain.text import QT_TRANSLATE_NOOP, Message, message

# Re-exported so callers need only this module.
__all__ = [
    "CaseAssessment",
    "ComingDate",
    "ComingDateKind",
    "assess_case",
    "assessment_to_json",
    "case_parameters",
    "coming_dates",
]


def case_parameters(case: Case) -> tuple[Profile, RuleParameters]:
    """The case's court profile and the parameters after its overrides.

    Raises `ProfileError` (its problems name the profile or the parameter) when the profile
    is unknown or an override is unusable."""
    profile = get_profile(case.rule_profile)
    parameters, _sources = effective_parameters(profile, case.profile_overrides)
    return profile, parameters


def assess_case(case: Case, as_of: dt.date) -> CaseAssessment:
    """The good-faith check of every request in `case` as of `as_of`."""
    profile, parameters = case_parameters(case)
    return assess(case, parameters, as_of, profile.check_sources)


class ComingDateKind(StrEnum):
    RESPONSE_DUE = "response_due"
    REPLY_WINDOW_ENDS = "reply_window_ends"


@dataclass(frozen=True, slots=True)
class ComingDate:
    day: dt.date
    kind: ComingDateKind
    dispute_id: str
    label: str
    message: Message


def _coming_for(dispute: DisputeAssessment, as_of: dt.date) -> list[ComingDate]:
    """The days this request is still waiting for: an answer not yet in, a reply window not
    yet over with no reply. Read from the checks so the two can never disagree."""
    found: list[ComingDate] = []
    response = dispute.check(CheckId.RESPONSE_DUE)
    due = dispute.dates.response_due
    if response is not None and response.result is not Result.PASS and due is not None \
            and due >= as_of:
        found.append(ComingDate(due, ComingDateKind.RESPONSE_DUE, dispute.dispute_id,
                                dispute.label, message("assessment", QT_TRANSLATE_NOOP(
                                    "assessment", "Their answer to {label} is due."),
                                    label=dispute.label)))
    waited = dispute.check(CheckId.WAITED)
    ends = dispute.dates.reply_window_ends
    if waited is not None and waited.result in (Result.FAIL, Result.WARN) and ends is not None \
            and ends >= as_of:
        found.append(ComingDate(ends, ComingDateKind.REPLY_WINDOW_ENDS, dispute.dispute_id,
                                dispute.label, message("assessment", QT_TRANSLATE_NOOP(
                                    "assessment", "Their time to reply about {label} ends."),
                                    label=dispute.label)))
    return found


def coming_dates(case: Case, as_of: dt.date) -> list[ComingDate]:
    """Answers due and reply windows ending on or after `as_of`, soonest first, for the
    requests still in dispute (resolved and withdrawn ones wait for nothing)."""
    assessment = assess_case(case, as_of)
    dates = [c for d in assessment.disputes for c in _coming_for(d, as_of)]
    return sorted(dates, key=lambda c: c.day)  # stable: the log's order within one day


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _dispute_json(dispute: DisputeAssessment) -> dict[str, Any]:
    return {
        "id": dispute.dispute_id,
        "label": dispute.label,
        "status": dispute.status.value,
        "adequate": dispute.adequate,
        "checks": [
            {"id": c.id.value, "result": c.result.value, "message": c.english(),
             "source": c.source}
            for c in dispute.checks
        ],
        "next_step": None if dispute.next_step is None else dispute.next_step.english(),
        "dates": {
            "response_due": _day(dispute.dates.response_due),
            "reply_window_ends": _day(dispute.dates.reply_window_ends),
        },
    }


def assessment_to_json(assessment: CaseAssessment) -> dict[str, Any]:
    """rules.md's `check --json` object, keys in the spec's order, messages in English."""
    return {
        "case_number": assessment.case_number,
        "rule_profile": assessment.rule_profile,
        "as_of": assessment.as_of.isoformat(),
        "adequate": assessment.adequate,
        "disputes": [_dispute_json(d) for d in assessment.disputes],
    }
