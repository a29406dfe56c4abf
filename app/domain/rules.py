"""The good-faith check (docs/checks.md): eight checks per disputed request, as of a day.

Pure functions over the typed records: a case, the parameters that apply to it and a day T
go in, plain data comes out. Nothing here reads files or knows about Qt; every sentence a
person reads is a `Message` (English template marked for translation); days inside
messages are `Day` values, written out in the reader's language when shown.

How the spec's words are read here (each one is also listed in the project notes):

- Records dated after T are left out: a communication whose *day* is after T (its
  `sent_on`; an incoming one's `received_on` when known), and a `response_received_on`
  after T (the response counts as not received). A request served after T is still listed
  and checked: its answer simply is not due yet.
- "Outgoing or live" means any outgoing communication (any method, `other` included) or a
  live one in either direction. IMPASSE looks at outgoing linked communications of any
  method on the latest day of any outgoing linked one, as the spec's text says.
- A `warn` never stops a request from being adequately documented: where
  `conferral_required` is false a failing conferral check becomes advice, so only `fail`
  counts against the verdict.
- `next_step` is the one thing to do now. While WAITED fails it is to wait for their reply
  until its day, whatever fails before it (writing again before their time is up is never
  the advice), followed by the step the next failing check will give if nothing comes by
  then; otherwise the first failing check's step; None when the request is adequately
  documented (or is resolved or withdrawn). `next_step_check` names the check it comes
  from, so every short form (a badge) says the same thing.
- `dates` are given for every request, resolved and withdrawn ones too ("whenever
  `served_on` is set", "whenever there is one"); only the checks are skipped for those.
- A request with no `served_by` went by mail (the case file's default), so it gets the
  mail days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain.dates import reply_window_ends, response_due
from app.domain.model import (
    Case,
    Communication,
    Dispute,
    DisputeKind,
    DisputeStatus,
    Method,
    ServedBy,
)
from app.domain.profiles import JointFiling, RuleParameters
from app.domain.text import QT_TRANSLATE_NOOP, Day, Message, message

_CONTEXT = "rules"


class Result(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    NOT_APPLICABLE = "n/a"


class CheckId(StrEnum):
    """The checks, in the order rules.md lists them and every report shows them."""

    RESPONSE_DUE = "RESPONSE_DUE"
    IDENTIFIED = "IDENTIFIED"
    DEFICIENCY_EXPLAINED = "DEFICIENCY_EXPLAINED"
    EXCHANGE = "EXCHANGE"
    WAITED = "WAITED"
    LIVE_ATTEMPT = "LIVE_ATTEMPT"
    IMPASSE = "IMPASSE"
    LOCAL_STEP = "LOCAL_STEP"


# The first six decide the verdict; IMPASSE and LOCAL_STEP only ever warn.
VERDICT_CHECKS = (
    CheckId.RESPONSE_DUE, CheckId.IDENTIFIED, CheckId.DEFICIENCY_EXPLAINED,
    CheckId.EXCHANGE, CheckId.WAITED, CheckId.LIVE_ATTEMPT,
)
# Where conferring is not required these become advice; RESPONSE_DUE never does.
_ADVISORY_WHEN_EXEMPT = frozenset(
    {CheckId.IDENTIFIED, CheckId.DEFICIENCY_EXPLAINED, CheckId.EXCHANGE, CheckId.WAITED,
     CheckId.LIVE_ATTEMPT}
)

_RESPONSE_RULE = {
    DisputeKind.INTERROGATORY: "Fed. R. Civ. P. 33(b)(2), 6(a), 6(d)",
    DisputeKind.PRODUCTION: "Fed. R. Civ. P. 34(b)(2)(A), 6(a), 6(d)",
    DisputeKind.ADMISSION: "Fed. R. Civ. P. 36(a)(3), 6(a), 6(d)",
}
_DEFAULT_SOURCES: Mapping[CheckId, str] = {
    CheckId.RESPONSE_DUE: "Fed. R. Civ. P. 6(a), 6(d)",
    CheckId.IDENTIFIED: "Fed. R. Civ. P. 37(a)(1); Shuffle Master, Inc. v. Progressive Games, "
                        "Inc., 170 F.R.D. 166 (D. Nev. 1996)",
    CheckId.DEFICIENCY_EXPLAINED: "Fed. R. Civ. P. 37(a)(1); Soto v. City of Concord, "
                                  "162 F.R.D. 603, 623 (N.D. Cal. 1995)",
    CheckId.EXCHANGE: "Fed. R. Civ. P. 37(a)(1); Ballou v. Univ. of Kan. Med. Ctr., "
                      "159 F.R.D. 558, 560 (D. Kan. 1994)",
    CheckId.WAITED: "Fed. R. Civ. P. 37(a)(1), 6(a), 6(d); Kosjer v. Coffeyville Res., "
                    "No. 17-1181 (D. Kan. Mar. 5, 2018)",
    CheckId.LIVE_ATTEMPT: "Fed. R. Civ. P. 37(a)(1); the court's local rule",
    CheckId.IMPASSE: "Hasbro, Inc. v. Serafino, 168 F.R.D. 99 (D. Mass. 1996)",
    CheckId.LOCAL_STEP: "the court's local rules and the judge's standing order",
}


@dataclass(frozen=True, slots=True)
class CheckResult:
    id: CheckId
    result: Result
    finding: Message
    """What the record shows (and, when something is missing, what)."""
    source: str
    """The rule or case the check rests on."""
    next_step: Message | None = None
    """What to do next, with its date; set on every fail and warn."""
    note: Message | None = None
    """Why a failure is only advice here (conferral not required by this court)."""

    @property
    def messages(self) -> tuple[Message, ...]:
        return tuple(m for m in (self.finding, self.next_step, self.note) if m is not None)

    def english(self) -> str:
        return " ".join(m.english() for m in self.messages)


@dataclass(frozen=True, slots=True)
class DisputeDates:
    response_due: dt.date | None
    reply_window_ends: dt.date | None


@dataclass(frozen=True, slots=True)
class DisputeAssessment:
    dispute_id: str
    label: str
    status: DisputeStatus
    adequate: bool | None
    """None for a resolved or withdrawn request, which is not checked."""
    checks: tuple[CheckResult, ...]
    next_step: Message | None
    dates: DisputeDates
    next_step_check: CheckId | None = None
    """The check whose step `next_step` is (WAITED while it fails), None when none fails."""
    as_of: dt.date | None = None
    """The day T the request was assessed as of."""

    def check(self, check_id: CheckId) -> CheckResult | None:
        return next((c for c in self.checks if c.id is check_id), None)


@dataclass(frozen=True, slots=True)
class CaseAssessment:
    case_number: str
    rule_profile: str
    as_of: dt.date
    adequate: bool
    disputes: tuple[DisputeAssessment, ...]
    parameters: RuleParameters


# --- the record as of T -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Facts:
    """One request's part of the log as of T, and what applies to it."""

    dispute: Dispute
    as_of: dt.date
    params: RuleParameters
    linked: tuple[Communication, ...]
    """Communications that list this request and are dated T or before, oldest first."""
    sources: Mapping[str, str]

    @property
    def response_received_on(self) -> dt.date | None:
        received = self.dispute.response_received_on
        return received if received is not None and received <= self.as_of else None

    def source(self, check_id: CheckId) -> str:
        if check_id in self.sources:
            return self.sources[check_id]
        if check_id is CheckId.RESPONSE_DUE:
            return _RESPONSE_RULE.get(self.dispute.kind, _DEFAULT_SOURCES[check_id])
        return _DEFAULT_SOURCES[check_id]

    def first(self, wanted: Callable[[Communication], bool]) -> Communication | None:
        return next((c for c in self.linked if wanted(c)), None)


def _is_live(communication: Communication) -> bool:
    return communication.method.is_live


def _is_outgoing_or_live(communication: Communication) -> bool:
    return communication.is_outgoing or communication.method.is_live


def _is_outgoing_written(communication: Communication) -> bool:
    return communication.is_outgoing and communication.method.is_written


def linked_as_of(log_of_request: Iterable[Communication],
                 as_of: dt.date) -> tuple[Communication, ...]:
    """A request's communications (from `_by_dispute`) whose day is T or before, oldest
    first (the log's order among those of one day)."""
    chosen = [c for c in log_of_request if c.day <= as_of]
    return tuple(sorted(chosen, key=lambda c: c.day))


def _by_dispute(case: Case) -> dict[str, list[Communication]]:
    """Each request's communications in log order (a request listed twice counts once),
    made once per assessment so no request scans the whole log."""
    index: dict[str, list[Communication]] = {}
    for c in case.communications:
        for d in dict.fromkeys(c.disputes):
            index.setdefault(d, []).append(c)
    return index


def latest_written(linked: Iterable[Communication]) -> Communication | None:
    """L: the latest outgoing written communication; among several on that day, a letter."""
    written = [c for c in linked if _is_outgoing_written(c)]
    if not written:
        return None
    last_day = max(c.sent_on for c in written)
    on_last_day = [c for c in written if c.sent_on == last_day]
    return next((c for c in on_last_day if c.method is Method.LETTER), on_last_day[0])


def reply_day(sent_on: dt.date, method: Method, params: RuleParameters) -> dt.date:
    """The last day of their time to reply to a message sent on `sent_on` by `method`:
    roll(sent_on + reply_wait_days + extra), extra being `mail_extra_days` for a letter.

    The one place this formula lives: the WAITED check, `dates.reply_window_ends` and the
    reply day a drafted letter asks for all come from here, so a letter never asks for less
    time than the check waits, and the badge turns on the day the letter named."""
    extra = params.mail_extra_days if method is Method.LETTER else 0
    return reply_window_ends(sent_on, params.reply_wait_days, extra)


def reply_window_end_for(letter: Communication, params: RuleParameters) -> dt.date:
    """rules.md's WAITED day for the message L."""
    return reply_day(letter.sent_on, letter.method, params)


def response_due_for(dispute: Dispute, params: RuleParameters) -> dt.date | None:
    """rules.md's RESPONSE_DUE day, or None when the log has no service day."""
    if dispute.served_on is None:
        return None
    extra = params.mail_extra_days if dispute.effective_served_by is ServedBy.MAIL else 0
    return response_due(dispute.served_on, params.response_days, extra)


def _say(template: str, **args: object) -> Message:
    return message(_CONTEXT, template, **args)


# --- the eight checks -------------------------------------------------------------------


def _response_due(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.RESPONSE_DUE)
    received = facts.response_received_on
    if received is not None:
        return CheckResult(CheckId.RESPONSE_DUE, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "Their response arrived on {day}."), day=Day(received)), source)
    due = response_due_for(facts.dispute, facts.params)
    if due is None:
        return CheckResult(
            CheckId.RESPONSE_DUE, Result.FAIL,
            _say(QT_TRANSLATE_NOOP(
                "rules", "The log does not say when you served this request, so the day "
                         "their answer is due cannot be worked out.")),
            source,
            _say(QT_TRANSLATE_NOOP(
                "rules", "Next step: add the day you served the request (for mail, the day "
                         "you gave it to prison staff).")),
        )
    if facts.as_of > due:
        return CheckResult(CheckId.RESPONSE_DUE, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "No response is logged, and their time to answer ended on {due}."),
            due=Day(due, weekday=True)), source)
    return CheckResult(
        CheckId.RESPONSE_DUE, Result.FAIL,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Their answer is not due until {due}; a motion before then is too early."),
            due=Day(due, weekday=True)),
        source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: wait for their answer until {due} and log it when it comes."),
            due=Day(due, weekday=True)),
    )


def _identified(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.IDENTIFIED)
    found = facts.first(_is_outgoing_or_live)
    if found is not None:
        return CheckResult(CheckId.IDENTIFIED, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "You raised this request with them on {day}."), day=Day(found.day)),
            source)
    return CheckResult(
        CheckId.IDENTIFIED, Result.FAIL,
        _say(QT_TRANSLATE_NOOP(
            "rules", "No letter or call of yours in the log deals with this request.")),
        source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: write to their lawyer naming this request by set and "
                     "number, and log the letter with this request ticked.")),
    )


def _deficiency_explained(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.DEFICIENCY_EXPLAINED)
    found = facts.first(lambda c: _is_outgoing_or_live(c) and bool(c.explains_deficiency))
    if found is not None:
        return CheckResult(CheckId.DEFICIENCY_EXPLAINED, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "On {day} you explained what is wrong with their answer."),
            day=Day(found.day)), source)
    return CheckResult(
        CheckId.DEFICIENCY_EXPLAINED, Result.FAIL,
        _say(QT_TRANSLATE_NOOP(
            "rules", "No letter or call of yours in the log explains what is wrong with "
                     "their answer to this request.")),
        source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: write to them saying exactly what is missing or wrong in "
                     "their answer to this request.")),
    )


def _exchange(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.EXCHANGE)
    live = facts.first(_is_live)
    if live is not None:
        return CheckResult(CheckId.EXCHANGE, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "You talked with them about this request on {day}."),
            day=Day(live.day)), source)
    incoming = facts.first(lambda c: c.is_incoming)
    if incoming is not None:
        return CheckResult(CheckId.EXCHANGE, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "They answered you about this request (received {day})."),
            day=Day(incoming.day)), source)
    days = len({c.sent_on for c in facts.linked if _is_outgoing_written(c)})
    needed = facts.params.min_attempts_without_reply
    if days >= needed:
        return CheckResult(CheckId.EXCHANGE, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "No reply is logged, but you wrote about this request on different "
                     "days: {days} (the rules here look for {needed} when no reply comes)."),
            days=days, needed=needed), source)
    return CheckResult(
        CheckId.EXCHANGE, Result.FAIL,
        _say(QT_TRANSLATE_NOOP(
            "rules", "No reply or call is logged. Days you wrote about this request: {days}; "
                     "the rules here look for {needed} when no reply comes. A single letter "
                     "with no reply is rarely enough."),
            days=days, needed=needed),
        source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: write again about this request on another day, or ask "
                     "them for a phone call.")),
    )


def _waited(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.WAITED)
    last = latest_written(facts.linked)
    if last is None:
        return CheckResult(CheckId.WAITED, Result.NOT_APPLICABLE, _say(QT_TRANSLATE_NOOP(
            "rules", "You have sent no letter or email about this request, so there is no "
                     "reply to wait for.")), source)
    answer = facts.first(
        lambda c: (c.is_incoming or c.method.is_live) and c.day >= last.sent_on
    )
    if answer is not None:
        return CheckResult(CheckId.WAITED, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "After your last letter or email ({sent}), they answered or you "
                     "talked on {day}."),
            sent=Day(last.sent_on), day=Day(answer.day)), source)
    ends = reply_window_end_for(last, facts.params)
    if facts.as_of > ends:
        return CheckResult(CheckId.WAITED, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "Their time to reply to your last letter or email ({sent}) ended on "
                     "{ends}."),
            sent=Day(last.sent_on), ends=Day(ends, weekday=True)), source)
    return CheckResult(
        CheckId.WAITED, Result.FAIL,
        _say(QT_TRANSLATE_NOOP(
            "rules", "They have not answered your last letter or email ({sent}) yet, and "
                     "their time to reply has not run out."),
            sent=Day(last.sent_on)),
        source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: wait for a reply until {ends}; log it if one comes."),
            ends=Day(ends, weekday=True)),
    )


def _live_attempt(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.LIVE_ATTEMPT)
    if not facts.params.live_conference_required:
        return CheckResult(CheckId.LIVE_ATTEMPT, Result.NOT_APPLICABLE, _say(QT_TRANSLATE_NOOP(
            "rules", "This court does not ask for a phone or in-person conference.")), source)
    live = facts.first(_is_live)
    if live is not None:
        return CheckResult(CheckId.LIVE_ATTEMPT, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "You conferred with them by phone, video or in person on {day}."),
            day=Day(live.day)), source)
    asked = facts.first(lambda c: c.is_outgoing and bool(c.requests_conference))
    if asked is not None:
        return CheckResult(CheckId.LIVE_ATTEMPT, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "On {day} you asked them in writing for a conference."),
            day=Day(asked.sent_on)), source)
    return CheckResult(
        CheckId.LIVE_ATTEMPT, Result.FAIL,
        _say(QT_TRANSLATE_NOOP(
            "rules", "This court asks for a phone or in-person conference, or at least a "
                     "written request for one, and the log shows neither for this request.")),
        source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: ask them in writing for a phone conference about this "
                     "request (through the litigation coordinator), and log their answer.")),
    )


def _impasse(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.IMPASSE)
    outgoing = [c for c in facts.linked if c.is_outgoing]
    next_step = _say(QT_TRANSLATE_NOOP(
        "rules", "Next step: in your next letter, list what is still unresolved and say "
                 "that you will ask the court to decide it."))
    if not outgoing:
        return CheckResult(CheckId.IMPASSE, Result.WARN, _say(QT_TRANSLATE_NOOP(
            "rules", "You have not written to them about this request, so no letter says "
                     "what remains unresolved.")), source, next_step)
    last_day = max(c.sent_on for c in outgoing)
    stated = next(
        (c for c in outgoing if c.sent_on == last_day and c.states_impasse), None
    )
    if stated is not None:
        return CheckResult(CheckId.IMPASSE, Result.PASS, _say(QT_TRANSLATE_NOOP(
            "rules", "Your latest message ({day}) says what is still unresolved and that "
                     "a motion will follow."), day=Day(stated.sent_on)),
            source)
    return CheckResult(CheckId.IMPASSE, Result.WARN, _say(QT_TRANSLATE_NOOP(
        "rules", "Your latest message, of {day}, does not say what is still unresolved and "
                 "that a motion will follow. Courts look for this."),
        day=Day(last_day)), source, next_step)


# One whole sentence per step, so that each can be translated as a whole.
_JOINT_STEP_WARNINGS: Mapping[JointFiling, str] = {
    JointFiling.JOINT_LETTER: QT_TRANSLATE_NOOP(
        "rules", "This court asks for a joint discovery letter to the judge before a "
                 "discovery motion. The program cannot check this step."),
    JointFiling.JOINT_STIPULATION: QT_TRANSLATE_NOOP(
        "rules", "This court asks for a joint stipulation that quotes each request and "
                 "answer in full before a discovery motion. The program cannot check this "
                 "step."),
    JointFiling.JOINT_STATEMENT: QT_TRANSLATE_NOOP(
        "rules", "This court asks for a joint statement about the discovery disagreement "
                 "before a discovery motion is heard. The program cannot check this step."),
    JointFiling.JOINT_MOTION: QT_TRANSLATE_NOOP(
        "rules", "This court asks for a joint motion about the discovery dispute instead of "
                 "a motion by one side. The program cannot check this step."),
    JointFiling.PREMOTION_LETTER: QT_TRANSLATE_NOOP(
        "rules", "This court asks for a letter to the judge requesting a pre-motion "
                 "conference before a discovery motion. The program cannot check this step."),
}


def _local_step(facts: _Facts) -> CheckResult:
    source = facts.source(CheckId.LOCAL_STEP)
    step = facts.params.joint_filing
    if step is JointFiling.NONE:
        return CheckResult(CheckId.LOCAL_STEP, Result.NOT_APPLICABLE, _say(QT_TRANSLATE_NOOP(
            "rules", "This court has no joint step of its own before a discovery motion.")),
            source)
    return CheckResult(
        CheckId.LOCAL_STEP, Result.WARN, _say(_JOINT_STEP_WARNINGS[step]), source,
        _say(QT_TRANSLATE_NOOP(
            "rules", "Next step: follow this step as the court's rules describe it "
                     "(see {source})."),
            source=source),
    )


_CHECKS: Sequence[Callable[[_Facts], CheckResult]] = (
    _response_due, _identified, _deficiency_explained, _exchange, _waited, _live_attempt,
    _impasse, _local_step,
)


def _advisory(result: CheckResult) -> CheckResult:
    """A failed conferral check where the court does not require conferring: advice only."""
    if result.result is not Result.FAIL or result.id not in _ADVISORY_WHEN_EXEMPT:
        return result
    return replace(result, result=Result.WARN, note=_say(QT_TRANSLATE_NOOP(
        "rules", "This court usually does not require conferring in cases like yours, so "
                 "this is advice, not a requirement; check your scheduling order.")))


# --- verdicts ---------------------------------------------------------------------------


def dates_for(dispute: Dispute, params: RuleParameters,
              linked: tuple[Communication, ...]) -> DisputeDates:
    """rules.md's `dates`: the response due day whenever the request has a service day, and
    the reply window's end whenever an outgoing letter or email about it is logged by T
    (`linked` is the request's part of the log as of T)."""
    last = latest_written(linked)
    return DisputeDates(
        response_due=response_due_for(dispute, params),
        reply_window_ends=None if last is None else reply_window_end_for(last, params),
    )


def assess_dispute(dispute: Dispute, log_of_request: Iterable[Communication],
                   params: RuleParameters, as_of: dt.date,
                   sources: Mapping[str, str] | None = None) -> DisputeAssessment:
    linked = linked_as_of(log_of_request, as_of)
    dates = dates_for(dispute, params, linked)
    if not dispute.status.is_live:
        return DisputeAssessment(dispute.id, dispute.label, dispute.status, None, (), None,
                                 dates, None, as_of)
    facts = _Facts(dispute, as_of, params, linked, sources or {})
    checks = tuple(check(facts) for check in _CHECKS)
    if not params.conferral_required:
        checks = tuple(_advisory(c) for c in checks)
    # Only a fail stops the verdict: a warn is advice (see the module's notes).
    failed = [c for c in checks if c.id in VERDICT_CHECKS and c.result is Result.FAIL]
    step_check, next_step = _next_step(failed)
    return DisputeAssessment(dispute.id, dispute.label, dispute.status, not failed, checks,
                             next_step, dates, step_check, as_of)


# What the next failing check asks for once a reply window ends with nothing, as the end of
# the sentence "If nothing comes by then, ...". IDENTIFIED is missing: while WAITED fails a
# letter about the request is logged, so IDENTIFIED passes.
_THEN_STEPS: Mapping[CheckId, str] = {
    CheckId.RESPONSE_DUE: QT_TRANSLATE_NOOP(
        "rules", "If nothing comes by then, add the day you served the request."),
    CheckId.DEFICIENCY_EXPLAINED: QT_TRANSLATE_NOOP(
        "rules", "If nothing comes by then, write to them saying exactly what is missing or "
                 "wrong in their answer to this request."),
    CheckId.EXCHANGE: QT_TRANSLATE_NOOP(
        "rules", "If nothing comes by then, write again about this request, or ask them for "
                 "a phone call."),
    CheckId.LIVE_ATTEMPT: QT_TRANSLATE_NOOP(
        "rules", "If nothing comes by then, ask them in writing for a phone conference about "
                 "this request (through the litigation coordinator)."),
}
_THEN_WAIT_FOR_ANSWER = QT_TRANSLATE_NOOP(
    "rules", "If nothing comes by then, wait for their answer to the request until {due}.")


def _next_step(failed: Sequence[CheckResult]) -> tuple[CheckId | None, Message | None]:
    """rules.md's `next_step` from the failing verdict checks, in the table's order."""
    if not failed:
        return None, None
    waited = next((c for c in failed if c.id is CheckId.WAITED), None)
    if waited is None:
        return failed[0].id, failed[0].next_step
    assert waited.next_step is not None  # a failing check always says what to do
    then = next((c for c in failed if c.id is not CheckId.WAITED), None)
    if then is None:
        return CheckId.WAITED, waited.next_step
    if then.id is CheckId.RESPONSE_DUE and then.next_step is not None \
            and "due" in then.next_step.args:
        after = _say(_THEN_WAIT_FOR_ANSWER, due=then.next_step.args["due"])
    else:
        after = _say(_THEN_STEPS[then.id])
    return CheckId.WAITED, _say(QT_TRANSLATE_NOOP("rules", "{wait} {then}"),
                                wait=waited.next_step, then=after)


def assess(case: Case, params: RuleParameters, as_of: dt.date,
           sources: Mapping[str, str] | None = None) -> CaseAssessment:
    """Every request of the case, in the log's order, as of `as_of`.

    `sources` are the profile's own citations per check id (its `[check_sources]`)."""
    index = _by_dispute(case)
    disputes = tuple(assess_dispute(d, index.get(d.id, ()), params, as_of, sources)
                     for d in case.disputes)
    checked = [d for d in disputes if d.adequate is not None]
    adequate = bool(checked) and all(d.adequate for d in checked)
    return CaseAssessment(case.case_number, case.rule_profile, as_of, adequate, disputes,
                          params)


# --- names of the checks, for reports ---------------------------------------------------

_CHECK_TITLES: Mapping[CheckId, str] = {
    CheckId.RESPONSE_DUE: QT_TRANSLATE_NOOP("rules", "Their answer was due"),
    CheckId.IDENTIFIED: QT_TRANSLATE_NOOP("rules", "You raised this request"),
    CheckId.DEFICIENCY_EXPLAINED: QT_TRANSLATE_NOOP("rules", "You explained what is wrong"),
    CheckId.EXCHANGE: QT_TRANSLATE_NOOP("rules", "A reply, a call, or repeated letters"),
    CheckId.WAITED: QT_TRANSLATE_NOOP("rules", "You waited for a reply"),
    CheckId.LIVE_ATTEMPT: QT_TRANSLATE_NOOP("rules", "A call or meeting, or a request for one"),
    CheckId.IMPASSE: QT_TRANSLATE_NOOP("rules", "You said what is still unresolved"),
    CheckId.LOCAL_STEP: QT_TRANSLATE_NOOP("rules", "The court's own step"),
}


def check_title(check_id: CheckId) -> Message:
    """A check's short name in plain words, for lists and reports."""
    return _say(_CHECK_TITLES[check_id])
