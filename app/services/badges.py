"""The short verdict shown beside each request in dispute: "Ready to file", "Not yet: wait
until August 27, 2007", "Resolved". Built from the assessment, so it can never disagree
with the checks it summarises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.model import DisputeStatus
from app.domain.rules import VERDICT_CHECKS, CheckId, DisputeAssessment, Result
from app.domain.text import QT_TRANSLATE_NOOP, Day, Message, message

_CTX = "Badges"


class BadgeKind(StrEnum):
    READY = "ready"
    WAIT = "wait"
    NOT_YET = "not_yet"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Badge:
    kind: BadgeKind
    text: Message


def _waiting_day(assessment: DisputeAssessment, check_id: CheckId) -> dt.date | None:
    if check_id is CheckId.RESPONSE_DUE:
        return assessment.dates.response_due
    if check_id is CheckId.WAITED:
        return assessment.dates.reply_window_ends
    return None


def badge_for(assessment: DisputeAssessment) -> Badge:
    if assessment.adequate is None:
        if assessment.status is DisputeStatus.WITHDRAWN:
            return Badge(BadgeKind.CLOSED, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Withdrawn")))
        return Badge(BadgeKind.CLOSED, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Resolved")))
    if assessment.adequate:
        return Badge(BadgeKind.READY, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Ready to file")))
    failed = [c.id for c in assessment.checks
              if c.id in VERDICT_CHECKS and c.result is Result.FAIL]
    days = [_waiting_day(assessment, check_id) for check_id in failed]
    known = [day for day in days if day is not None]
    # Only waiting is left to do: say until when.
    if known and len(known) == len(days):
        return Badge(BadgeKind.WAIT, message(
            _CTX, QT_TRANSLATE_NOOP("Badges", "Not yet: wait until {day}"),
            day=Day(max(known)),
        ))
    # Something to do first: the first missing step, in a few words (the full next step
    # is shown with the checks).
    first = next(check_id for check_id, day in zip(failed, days, strict=True) if day is None)
    return Badge(BadgeKind.NOT_YET, message(_CTX, _TO_DO[first]))


_TO_DO = {
    CheckId.RESPONSE_DUE: QT_TRANSLATE_NOOP("Badges", "Not yet: add the day you served it"),
    CheckId.IDENTIFIED: QT_TRANSLATE_NOOP("Badges", "Not yet: write to them about it"),
    CheckId.DEFICIENCY_EXPLAINED: QT_TRANSLATE_NOOP("Badges", "Not yet: explain what is wrong"),
    CheckId.EXCHANGE: QT_TRANSLATE_NOOP("Badges", "Not yet: write again or ask for a call"),
    CheckId.WAITED: QT_TRANSLATE_NOOP("Badges", "Not yet: wait for their reply"),
    CheckId.LIVE_ATTEMPT: QT_TRANSLATE_NOOP("Badges", "Not yet: ask for a phone conference"),
}
