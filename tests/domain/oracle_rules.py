"""An independent, literal reading of `docs/checks.md` (checks, verdicts, `dates`).

Why this exists: the program's `check --json` answer is compared from outside with someone
else's reading of the spec. This module is *our* second reading, written from the spec text
alone (without looking at `app/domain/rules.py`, `app/domain/dates.py` or
`app/services/assessment.py`), so that `test_rules_differential.py` can compare the two on
many generated cases and we find the disagreements first. It deliberately shares no code
with the program: it reads the profile TOML files itself, counts days itself and asks the
`holidays` package itself. Keep it short and obviously right by reading, one spec sentence
at a time; do not "fix" it by copying the program.

Where the spec can be read more than one way, the reading is written down at the place it is
used and can be switched with a field of `Readings`, so a failing differential test shows
which reading the program took.

Output: the spec's JSON shape minus messages, sources, labels and next steps:
``{"adequate": bool, "disputes": [{"id", "status", "adequate", "checks": [{"id", "result"}],
"next_step": <the id of the check whose step it is, or None>,
"dates": {"response_due", "reply_window_ends"}}]}``.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import holidays

from app.domain.model import Case, Communication, Dispute

PROFILES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"
PARAMETERS = ("response_days", "mail_extra_days", "reply_wait_days",
              "min_attempts_without_reply", "live_conference_required", "conferral_required",
              "joint_filing", "pleading_paper", "min_font_pt")
CHECK_IDS = ("RESPONSE_DUE", "IDENTIFIED", "DEFICIENCY_EXPLAINED", "EXCHANGE", "WAITED",
             "LIVE_ATTEMPT", "IMPASSE", "LOCAL_STEP")
# "Where `conferral_required` is false, a failing IDENTIFIED, DEFICIENCY_EXPLAINED, EXCHANGE,
# WAITED or LIVE_ATTEMPT is reported as `warn` instead".
ADVISORY_WHEN_NOT_REQUIRED = ("IDENTIFIED", "DEFICIENCY_EXPLAINED", "EXCHANGE", "WAITED",
                              "LIVE_ATTEMPT")
PASS, FAIL, WARN, NA = "pass", "fail", "warn", "n/a"


@dataclass(frozen=True)
class Readings:
    """Switches for the sentences that can be read more than one way."""

    # "A dispute is adequately documented when each of the first six checks passes or is
    # n/a. Where conferral_required is false, a failing ... is reported as warn instead
    # (conferring is advised, not required); RESPONSE_DUE still fails, since a motion before
    # the answer is due is premature anywhere." Literally a `warn` is neither pass nor n/a,
    # so it would make the dispute inadequate (True). But "advised, not required", the
    # profile table's "checks then advise, never fail", and the reason given for
    # RESPONSE_DUE *still* failing (a motion would be premature: a statement about the
    # verdict) only make sense if a downgraded check no longer stops the verdict (False).
    # Genuinely ambiguous; we follow the program's documented reading (False) and ask for
    # the spec to say it in words.
    warn_blocks_adequacy: bool = False
    # "Records dated after T are left out": a communication is dated by its *day* (an
    # incoming one's received_on when known), so a letter sent before T but received after T
    # is left out ("day"); the other reading uses sent_on for every record ("sent_on").
    comm_date_for_cutoff: str = "day"
    # "served_by ... no, default `mail`" (case-file.md): a dispute with served_by null went
    # by mail and gets mail_extra_days. False would read null as "not mail".
    served_by_null_is_mail: bool = True
    # A served_on after T: the spec only says what to do with a response received after T.
    # "keep": served_on still counts (RESPONSE_DUE fails anyway since T < due, and
    # response_due is "given whenever served_on is set"). "unknown": served_on after T is
    # treated as not set (RESPONSE_DUE fails asking for it; response_due null).
    served_on_after_t: str = "keep"
    # `dates` of a resolved/withdrawn dispute: the spec says such a dispute has "adequate:
    # null and no checks" but says the dates are "given whenever served_on is set" / "whenever
    # there is one". True: compute them for every dispute; False: null for closed ones.
    dates_for_closed_disputes: bool = True
    # `RESPONSE_DUE` passes when response_received_on is set (on or before T), even with no
    # served_on: "without served_on: fail, ask for it" is in the "otherwise" column.
    received_response_passes_without_served_on: bool = True
    # Holidays: the `holidays` package's U.S. calendar, federal (no subdivision), observed
    # dates included, default ("public") category only. ("public", "government") would add
    # Christmas Eve closings and days of mourning declared by the President.
    holiday_categories: tuple[str, ...] = ("public",)


DEFAULT = Readings()


# --- profiles ----------------------------------------------------------------------------


def profile_parameters(profile_id: str, overrides: dict[str, object] | None) -> dict[str, Any]:
    """The profile's parameters from its TOML file, each overridden by the case's value."""
    with (PROFILES_DIR / f"{profile_id}.toml").open("rb") as file:
        data = tomllib.load(file)
    params = {name: data[name] for name in PARAMETERS}
    params.update(overrides or {})
    return params


# --- counting days -----------------------------------------------------------------------


@functools.cache
def _calendar(categories: tuple[str, ...]) -> holidays.HolidayBase:
    return holidays.US(observed=True, categories=categories)


def is_business_day(day: dt.date, readings: Readings = DEFAULT) -> bool:
    return day.weekday() < 5 and day not in _calendar(readings.holiday_categories)


def roll(day: dt.date, readings: Readings = DEFAULT) -> dt.date:
    """x itself if it is a business day, else the next day that is neither a Saturday, a
    Sunday nor a U.S. federal legal holiday."""
    while not is_business_day(day, readings):
        day += dt.timedelta(days=1)
    return day


def plus(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


# --- the checks --------------------------------------------------------------------------


def comm_day(comm: Communication) -> dt.date:
    """"A communication's day is its sent_on; an incoming one's is its received_on when
    known." (Written here again rather than using `Communication.day`.)"""
    if comm.direction == "incoming" and comm.received_on is not None:
        return comm.received_on
    return comm.sent_on


def is_written(comm: Communication) -> bool:
    return comm.method in ("letter", "email")


def is_live(comm: Communication) -> bool:
    return comm.method in ("phone", "video", "in_person")


def is_outgoing(comm: Communication) -> bool:
    return comm.direction == "outgoing"


def is_incoming(comm: Communication) -> bool:
    return comm.direction == "incoming"


def response_due(dispute: Dispute, params: dict[str, Any], readings: Readings) -> dt.date | None:
    """due = roll(roll(served_on + response_days) + extra), extra = mail_extra_days for
    served_by mail, else 0."""
    if dispute.served_on is None:
        return None
    by_mail = dispute.served_by == "mail" or (dispute.served_by is None
                                              and readings.served_by_null_is_mail)
    extra = params["mail_extra_days"] if by_mail else 0
    return roll(plus(roll(plus(dispute.served_on, params["response_days"]), readings), extra),
                readings)


def latest_outgoing_written(linked: list[Communication]) -> Communication | None:
    """L: the latest outgoing written linked one; where several share the latest day, a
    letter among them."""
    written = [c for c in linked if is_outgoing(c) and is_written(c)]
    if not written:
        return None
    last_day = max(c.sent_on for c in written)
    on_last = [c for c in written if c.sent_on == last_day]
    letters = [c for c in on_last if c.method == "letter"]
    return (letters or on_last)[0]


def reply_window_ends(latest: Communication, params: dict[str, Any],
                      readings: Readings) -> dt.date:
    """roll(L.sent_on + reply_wait_days + extra), extra = mail_extra_days when L is a
    letter."""
    extra = params["mail_extra_days"] if latest.method == "letter" else 0
    return roll(plus(latest.sent_on, params["reply_wait_days"] + extra), readings)


def check_dispute(dispute: Dispute, comms: list[Communication], params: dict[str, Any],
                  as_of: dt.date, readings: Readings) -> dict[str, str]:
    """The eight results for one open or narrowed dispute; `comms` are already cut at T."""
    linked = [c for c in comms if dispute.id in c.disputes]
    outgoing = [c for c in linked if is_outgoing(c)]
    live = [c for c in linked if is_live(c)]
    incoming = [c for c in linked if is_incoming(c)]
    results: dict[str, str] = {}

    # RESPONSE_DUE. "A response received after T counts as not yet received."
    received = dispute.response_received_on is not None and dispute.response_received_on <= as_of
    due = response_due(dispute, params, readings)
    answered = received and (due is not None
                             or readings.received_response_passes_without_served_on)
    results["RESPONSE_DUE"] = PASS if answered or (due is not None and as_of > due) else FAIL

    # IDENTIFIED: an outgoing or live linked communication exists.
    results["IDENTIFIED"] = PASS if outgoing or live else FAIL

    # DEFICIENCY_EXPLAINED: an outgoing or live linked communication has explains_deficiency.
    results["DEFICIENCY_EXPLAINED"] = (
        PASS if any(c.explains_deficiency for c in outgoing + live) else FAIL)

    # EXCHANGE: a live linked one, or an incoming linked one, or outgoing written linked ones
    # on at least min_attempts_without_reply different days.
    written_days = {c.sent_on for c in outgoing if is_written(c)}
    results["EXCHANGE"] = (
        PASS if live or incoming or len(written_days) >= params["min_attempts_without_reply"]
        else FAIL)

    # WAITED
    latest = latest_outgoing_written(linked)
    if latest is None:
        results["WAITED"] = NA
    else:
        replied = any(comm_day(c) >= latest.sent_on for c in incoming + live)
        waited = as_of > reply_window_ends(latest, params, readings)
        results["WAITED"] = PASS if replied or waited else FAIL

    # LIVE_ATTEMPT
    if not params["live_conference_required"]:
        results["LIVE_ATTEMPT"] = NA
    elif live or any(c.requests_conference for c in outgoing):
        results["LIVE_ATTEMPT"] = PASS
    else:
        results["LIVE_ATTEMPT"] = FAIL

    # IMPASSE: an outgoing linked one on the latest day of any outgoing linked one has
    # states_impasse; otherwise warn (also when there is no outgoing linked one at all).
    if outgoing:
        last_day = max(c.sent_on for c in outgoing)
        impasse = any(c.states_impasse for c in outgoing if c.sent_on == last_day)
    else:
        impasse = False
    results["IMPASSE"] = PASS if impasse else WARN

    # LOCAL_STEP: n/a when joint_filing is none, else warn.
    results["LOCAL_STEP"] = NA if params["joint_filing"] == "none" else WARN

    # Where conferral_required is false, the conferring checks warn instead of failing.
    if not params["conferral_required"]:
        for check_id in ADVISORY_WHEN_NOT_REQUIRED:
            if results[check_id] == FAIL:
                results[check_id] = WARN
    return results


def is_adequate(results: dict[str, str], readings: Readings) -> bool:
    """Each of the first six checks passes or is n/a (see `Readings.warn_blocks_adequacy`)."""
    allowed = {PASS, NA} if readings.warn_blocks_adequacy else {PASS, NA, WARN}
    return all(results[check_id] in allowed for check_id in CHECK_IDS[:6])


def next_step_check(results: dict[str, str]) -> str | None:
    """Which check's step `next_step` is: "While WAITED fails, it is to wait for their reply
    until its day ..., whatever fails before it in the table ... Otherwise it is the first
    failing check's step; null when none fails." Only `fail` counts ("when none fails"): a
    check reported as `warn` is advice and gives no next step."""
    failing = [check_id for check_id in CHECK_IDS[:6] if results[check_id] == FAIL]
    if "WAITED" in failing:
        return "WAITED"
    return failing[0] if failing else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def oracle_check(case: Case, as_of: dt.date, readings: Readings = DEFAULT) -> dict[str, Any]:
    """The spec's `check --json` answer for `case` as of `as_of`, minus messages."""
    params = profile_parameters(case.rule_profile, case.profile_overrides)
    # "Records dated after T are left out, as if T were today."
    if readings.comm_date_for_cutoff == "day":
        comms = [c for c in case.communications if comm_day(c) <= as_of]
    else:
        comms = [c for c in case.communications if c.sent_on <= as_of]

    disputes = []
    for dispute in case.disputes:
        if (readings.served_on_after_t == "unknown" and dispute.served_on is not None
                and dispute.served_on > as_of):
            dispute = _without_served_on(dispute)
        linked = [c for c in comms if dispute.id in c.disputes]
        latest = latest_outgoing_written(linked)
        live_status = dispute.status in ("open", "narrowed")
        if live_status or readings.dates_for_closed_disputes:
            dates = {
                "response_due": _iso(response_due(dispute, params, readings)),
                "reply_window_ends": _iso(reply_window_ends(latest, params, readings)
                                          if latest is not None else None),
            }
        else:
            dates = {"response_due": None, "reply_window_ends": None}
        if live_status:
            results = check_dispute(dispute, comms, params, as_of, readings)
            checks = [{"id": check_id, "result": results[check_id]} for check_id in CHECK_IDS]
            adequate: bool | None = is_adequate(results, readings)
            step = next_step_check(results)
        else:
            checks, adequate, step = [], None, None
        disputes.append({"id": dispute.id, "status": str(dispute.status), "adequate": adequate,
                         "checks": checks, "next_step": step, "dates": dates})

    checked = [d for d in disputes if d["adequate"] is not None]
    return {"adequate": bool(checked) and all(d["adequate"] for d in checked),
            "disputes": disputes}


def _without_served_on(dispute: Dispute) -> Dispute:
    from dataclasses import replace

    return replace(dispute, served_on=None)
