"""The short verdict shown beside each request in dispute: "Ready to file", "Conferring
documented; next: the joint letter to the judge", "Not yet: wait until August 27, 2007",
"Resolved". Built from the assessment, so it can never disagree with the checks it
summarises.

"Ready to file" is said only when the court's own step before a motion (the profile's
`joint_filing`) is none or the person marked it done (`local_step_done_on`): the program
cannot see that step, so until then it says only what it knows, that the conferring is
documented, and names the step as what comes next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.model import Case, DisputeStatus
from app.domain.profiles import JointFiling, RuleParameters
from app.domain.rules import CheckId, DisputeAssessment
from app.domain.text import QT_TRANSLATE_NOOP, Day, Message, message

_CTX = "Badges"


class BadgeKind(StrEnum):
    READY = "ready"
    DOCUMENTED = "documented"  # conferring documented; the court's own step comes next
    WAIT = "wait"
    NOT_YET = "not_yet"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Badge:
    kind: BadgeKind
    text: Message


_STEP_NAMES = {
    JointFiling.JOINT_LETTER: QT_TRANSLATE_NOOP("Badges", "the joint letter to the judge"),
    JointFiling.JOINT_STIPULATION: QT_TRANSLATE_NOOP("Badges", "the joint stipulation"),
    JointFiling.JOINT_STATEMENT: QT_TRANSLATE_NOOP(
        "Badges", "the joint statement re discovery disagreement"),
    JointFiling.JOINT_MOTION: QT_TRANSLATE_NOOP("Badges", "the joint motion"),
    JointFiling.PREMOTION_LETTER: QT_TRANSLATE_NOOP(
        "Badges", "the letter asking the judge for a pre-motion conference"),
}


@dataclass(frozen=True, slots=True)
class CourtStep:
    """The court's own step before a discovery motion, and whether it is marked done."""

    filing: JointFiling = JointFiling.NONE
    done_on: dt.date | None = None

    @property
    def pending(self) -> bool:
        return self.filing is not JointFiling.NONE and self.done_on is None

    @property
    def name(self) -> Message | None:
        """`the joint stipulation`, or None where the court has no step of its own."""
        template = _STEP_NAMES.get(self.filing)
        return None if template is None else message(_CTX, template)


def court_step(case: Case, parameters: RuleParameters) -> CourtStep:
    return CourtStep(parameters.joint_filing, case.local_step_done_on)


def is_ready(assessment: DisputeAssessment, step: CourtStep) -> bool:
    """Ready to file: conferring documented and the court's own step none or done."""
    return bool(assessment.adequate) and not step.pending


def badge_for(assessment: DisputeAssessment, step: CourtStep | None = None) -> Badge:
    """The short form of the request's `next_step`: the same check, and its day when the
    step is to wait (for their answer, or for their reply to your letter). With the
    court's own `step` pending, a documented request is "conferring documented", never
    "ready to file"."""
    if assessment.adequate is None:
        if assessment.status is DisputeStatus.WITHDRAWN:
            return Badge(BadgeKind.CLOSED, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Withdrawn")))
        return Badge(BadgeKind.CLOSED, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Resolved")))
    check = assessment.next_step_check
    if assessment.adequate or check is None:
        court = step or CourtStep()
        name = court.name
        if court.pending and name is not None:
            return Badge(BadgeKind.DOCUMENTED, message(_CTX, QT_TRANSLATE_NOOP(
                "Badges", "Conferring documented; next: {step}"), step=name))
        return Badge(BadgeKind.READY, message(_CTX, QT_TRANSLATE_NOOP("Badges", "Ready to file")))
    day = _waiting_day(assessment, check)
    if day is not None:
        return Badge(BadgeKind.WAIT, message(
            _CTX, QT_TRANSLATE_NOOP("Badges", "Not yet: wait until {day}"), day=Day(day)))
    return Badge(BadgeKind.NOT_YET, message(_CTX, _TO_DO[check]))


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
