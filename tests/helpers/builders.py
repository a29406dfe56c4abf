"""Small builders for hand-made cases in tests: sensible defaults, every field overridable.

Generic on purpose (any test folder may use them): each returns the model's own records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Direction,
    Dispute,
    DisputeKind,
    DisputeStatus,
    Litigant,
    Method,
    Role,
    ServedBy,
)


def day(text: str) -> dt.date:
    """`day("2007-07-05")`: a date from its ISO text, to keep tests readable."""
    return dt.date.fromisoformat(text)


def _as_day(value: dt.date | str | None) -> dt.date | None:
    return day(value) if isinstance(value, str) else value


def make_counsel(counsel_id: str = "k1", **fields: Any) -> Counsel:
    values: dict[str, Any] = {
        "name": "A. Lawyer",
        "office": "Office of the Attorney General",
        "represents": "Defendants",
        "address": ["455 Golden Gate Ave.", "San Francisco, CA 94102"],
    }
    values.update(fields)
    return Counsel(id=counsel_id, **values)


def make_dispute(dispute_id: str = "d1", **fields: Any) -> Dispute:
    """An open request for production; dates may be given as ISO text."""
    values: dict[str, Any] = {
        "kind": DisputeKind.PRODUCTION,
        "label": f"Disputed request {dispute_id}",
        "status": DisputeStatus.OPEN,
    }
    values.update(fields)
    for key in ("served_on", "response_received_on"):
        values[key] = _as_day(values.get(key))
    # Enum fields may be given as their case-file text ("resolved", "hand").
    values["kind"] = DisputeKind(values["kind"])
    values["status"] = DisputeStatus(values["status"])
    if values.get("served_by") is not None:
        values["served_by"] = ServedBy(values["served_by"])
    return Dispute(id=dispute_id, **values)


def make_communication(
    communication_id: str = "c1",
    *,
    direction: Direction | str = Direction.OUTGOING,
    method: Method | str = Method.LETTER,
    sent_on: dt.date | str = "2007-07-20",
    disputes: Iterable[str] = ("d1",),
    **fields: Any,
) -> Communication:
    """An outgoing letter about d1 by default; dates may be given as ISO text."""
    for key in ("received_on", "reply_requested_by"):
        if key in fields:
            fields[key] = _as_day(fields[key])
    sent = _as_day(sent_on)
    assert sent is not None
    return Communication(
        id=communication_id, direction=Direction(direction), method=Method(method), sent_on=sent,
        disputes=list(disputes), **fields,
    )


def outgoing(communication_id: str, sent_on: dt.date | str, *,
             method: Method | str = Method.LETTER,
             disputes: Iterable[str] = ("d1",), **fields: Any) -> Communication:
    return make_communication(communication_id, direction=Direction.OUTGOING, method=method,
                              sent_on=sent_on, disputes=disputes, **fields)


def incoming(communication_id: str, sent_on: dt.date | str, *,
             method: Method | str = Method.LETTER,
             disputes: Iterable[str] = ("d1",), **fields: Any) -> Communication:
    return make_communication(communication_id, direction=Direction.INCOMING, method=method,
                              sent_on=sent_on, disputes=disputes, **fields)


def make_case(
    *,
    disputes: Iterable[Dispute] | None = None,
    communications: Iterable[Communication] = (),
    rule_profile: str = "cand",
    case_number: str = "C 07-959 SI",
    **fields: Any,
) -> Case:
    """A N.D. Cal. case with one open request (d1) unless told otherwise."""
    values: dict[str, Any] = {
        "court": "United States District Court",
        "district": "Northern District of California",
        "short_title": "Harrison v. Sample",
        "plaintiffs": ["Marcus L. Harrison"],
        "defendants": ["Officer J. Sample", "et al."],
        "litigant": Litigant(name="Marcus L. Harrison", role=Role.PLAINTIFF,
                             prisoner_number="V-12345", institution="Example State Prison"),
        "counsel": [make_counsel()],
    }
    values.update(fields)
    return Case(
        case_number=case_number, rule_profile=rule_profile,
        disputes=list(disputes) if disputes is not None else [make_dispute()],
        communications=list(communications), **values,
    )


def spec_example_case() -> Case:
    """A case that gives rules.md's example: N.D. Cal., RFP 3 served by mail on June 1, 2007
    (response due July 5), the last letter handed to staff on Aug 8 (window ends Aug 27)."""
    return make_case(
        case_number="C 07-959 SI",
        rule_profile="cand",
        disputes=[make_dispute(
            "d1", label="Request for Production No. 3 (Set One)", kind="production",
            set_number=1, item_number=3, served_on="2007-06-01", served_by="mail",
            response_received_on="2007-07-06", deficiency="No documents produced.",
        )],
        communications=[
            outgoing("c1", "2007-07-20", explains_deficiency=True, proposes_resolution=True,
                     counsel="k1"),
            incoming("c2", "2007-07-27", received_on="2007-07-31", counsel="k1"),
            outgoing("c3", "2007-08-08", states_impasse=True, counsel="k1"),
        ],
    )
