"""Turning records into table rows and back. Nothing else knows the column layout."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from app.domain.model import (
    Case,
    Communication,
    Counsel,
    Direction,
    Dispute,
    DisputeKind,
    DisputeStatus,
    LetterKind,
    LetterRecord,
    Litigant,
    Method,
    Role,
    ServedBy,
)

Row = dict[str, Any]


def now_stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _parse_flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _lines(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def case_row(case: Case) -> Row:
    litigant = case.litigant
    return {
        "case_number": case.case_number,
        "court": case.court,
        "district": case.district,
        "division": case.division,
        "short_title": case.short_title,
        "plaintiffs": _lines(case.plaintiffs),
        "defendants": _lines(case.defendants),
        "judge": case.judge,
        "rule_profile": case.rule_profile,
        "profile_overrides": (
            None
            if case.profile_overrides is None
            else json.dumps(case.profile_overrides, ensure_ascii=False)
        ),
        "litigant_name": litigant.name,
        "litigant_role": litigant.role.value,
        "litigant_prisoner_number": litigant.prisoner_number,
        "litigant_institution": litigant.institution,
        "litigant_address": _lines(litigant.address),
        "litigant_phone": litigant.phone,
        "litigant_email": litigant.email,
        "local_step_done_on": _day(case.local_step_done_on),
    }


def case_from_row(row: Mapping[str, Any]) -> Case:
    """The case's own fields; its lists are filled in by the repository."""
    overrides = row["profile_overrides"]
    return Case(
        case_number=row["case_number"],
        court=row["court"],
        district=row["district"],
        division=row["division"],
        short_title=row["short_title"],
        plaintiffs=json.loads(row["plaintiffs"]),
        defendants=json.loads(row["defendants"]),
        judge=row["judge"],
        rule_profile=row["rule_profile"],
        profile_overrides=None if overrides is None else json.loads(overrides),
        litigant=Litigant(
            name=row["litigant_name"],
            role=Role(row["litigant_role"]),
            prisoner_number=row["litigant_prisoner_number"],
            institution=row["litigant_institution"],
            address=json.loads(row["litigant_address"]),
            phone=row["litigant_phone"],
            email=row["litigant_email"],
        ),
        local_step_done_on=_parse_day(row["local_step_done_on"]),
    )


def counsel_row(counsel: Counsel) -> Row:
    return {
        "key": counsel.id,
        "name": counsel.name,
        "office": counsel.office,
        "represents": counsel.represents,
        "address": _lines(counsel.address),
        "phone": counsel.phone,
        "email": counsel.email,
    }


def counsel_from_row(row: Mapping[str, Any]) -> Counsel:
    return Counsel(
        id=row["key"],
        name=row["name"],
        office=row["office"],
        represents=row["represents"],
        address=json.loads(row["address"]),
        phone=row["phone"],
        email=row["email"],
    )


def dispute_row(dispute: Dispute) -> Row:
    return {
        "key": dispute.id,
        "kind": dispute.kind.value,
        "set_number": dispute.set_number,
        "item_number": dispute.item_number,
        "label": dispute.label,
        "served_to": dispute.served_to,
        "served_on": _day(dispute.served_on),
        "served_by": dispute.served_by.value if dispute.served_by is not None else None,
        "response_received_on": _day(dispute.response_received_on),
        "deficiency": dispute.deficiency,
        "request_text": dispute.request_text,
        "response_text": dispute.response_text,
        "status": dispute.status.value,
        "wanted": dispute.wanted,
        "reasons": _lines(dispute.reasons),
    }


def dispute_from_row(row: Mapping[str, Any]) -> Dispute:
    served_by = row["served_by"]
    return Dispute(
        id=row["key"],
        kind=DisputeKind(row["kind"]),
        set_number=row["set_number"],
        item_number=row["item_number"],
        label=row["label"],
        served_to=row["served_to"],
        served_on=_parse_day(row["served_on"]),
        served_by=None if served_by is None else ServedBy(served_by),
        response_received_on=_parse_day(row["response_received_on"]),
        deficiency=row["deficiency"],
        request_text=row["request_text"],
        response_text=row["response_text"],
        status=DisputeStatus(row["status"]),
        wanted=row["wanted"],
        reasons=json.loads(row["reasons"]),
    )


def communication_row(comm: Communication, counsel_id: int | None) -> Row:
    return {
        "key": comm.id,
        "direction": comm.direction.value,
        "method": comm.method.value,
        "counsel_id": counsel_id,
        "sent_on": comm.sent_on.isoformat(),
        "approximate": _flag(comm.approximate),
        "received_on": _day(comm.received_on),
        "time": comm.time.strftime("%H:%M") if comm.time is not None else None,
        "duration_minutes": comm.duration_minutes,
        "summary": comm.summary,
        "explains_deficiency": _flag(comm.explains_deficiency),
        "proposes_resolution": _flag(comm.proposes_resolution),
        "requests_conference": _flag(comm.requests_conference),
        "states_impasse": _flag(comm.states_impasse),
        "reply_requested_by": _day(comm.reply_requested_by),
        "mail_log_number": comm.mail_log_number,
        "letter_kind": None if comm.letter is None else comm.letter.kind.value,
        "letter_text": None if comm.letter is None else comm.letter.text,
    }


def communication_from_row(
    row: Mapping[str, Any], counsel_key: str | None, dispute_keys: list[str]
) -> Communication:
    time = row["time"]
    return Communication(
        id=row["key"],
        direction=Direction(row["direction"]),
        method=Method(row["method"]),
        counsel=counsel_key,
        sent_on=dt.date.fromisoformat(row["sent_on"]),
        approximate=_parse_flag(row["approximate"]),
        received_on=_parse_day(row["received_on"]),
        time=None if time is None else dt.time.fromisoformat(time),
        duration_minutes=row["duration_minutes"],
        disputes=dispute_keys,
        summary=row["summary"],
        explains_deficiency=_parse_flag(row["explains_deficiency"]),
        proposes_resolution=_parse_flag(row["proposes_resolution"]),
        requests_conference=_parse_flag(row["requests_conference"]),
        states_impasse=_parse_flag(row["states_impasse"]),
        reply_requested_by=_parse_day(row["reply_requested_by"]),
        mail_log_number=row["mail_log_number"],
        letter=_letter(row["letter_kind"], row["letter_text"]),
    )


def _letter(kind: str | None, text: str | None) -> LetterRecord | None:
    return None if kind is None or text is None else LetterRecord(LetterKind(kind), text)
