"""The short verdict shown beside each request in dispute: "Ready to file", "Not yet: wait
until August 27, 2007", "Resolved". Built from the assessment, so it can never disagree
with the checks it summarises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.model import DisputeStatus
from app.domain.rules import CheckId, DisputeAssessment
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


def badge_for(assessment: DisputeAssessment) -> Badge:
    """The short form of the request's `next_step`: the same check, and its day when the
    step is to wait (for their answer, or for their reply to your letter)."""
    if assessment.adequate is None:
        if assessment.status is DisputeStatus.WITHDRAWN:
            return Badge(BadgeKind.CLOSED, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Withdrawn")))
        return Badge(BadgeKind.CLOSED, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Resolved")))
    step = assessment.next_step_check
    if assessment.adequate or step is None:
        return Badge(BadgeKind.READY, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Ready to file")))
    day = _waiting_day(assessment, step)
    if day is not None:
        return Badge(BadgeKind.WAIT, message(
            _CTX, QT_TRANSLATE_NOOP("Badges", "Not yet: wait until {day}"), day=Day(day)))
    return Badge(BadgeKind.NOT_YET, message(_CTX, _TO_DO[step]))


def _waiting_day(assessment: DisputeAssessment, check_id: CheckId) -> dt.date | None:
    """The day the step waits for: their answer's due day, or the end of their time to
    reply (the next step's own day, from the same dates `check --json` gives)."""
    if check_id is CheckId.RESPONSE_DUE:
        return assessment.dates.response_due
    if check_id is CheckId.WAITED:
        return assessment.dates.reply_window_ends
    return None


_TO_DO = {
    CheckId.RESPONSE_DUE: QT_TRANSLATE_NOOP("Badges", "Not yet: add the day you served it"),
    CheckId.IDENTIFIED: QT_TRANSLATE_NOOP("Badges", "Not yet: write to them about it"),
    CheckId.DEFICIENCY_EXPLAINED: QT_TRANSLATE_NOOP("Badges", "Not yet: explain what is wrong"),
    CheckId.EXCHANGE: QT_TRANSLATE_NOOP("Badges", "Not yet: write again or ask for a call"),
    CheckId.WAITED: QT_TRANSLATE_NOOP("Badges", "Not yet: wait for their reply"),
    CheckId.LIVE_ATTEMPT: QT_TRANSLATE_NOOP("Badges", "Not yet: ask for a phone conference"),
}
