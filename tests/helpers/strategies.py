"""Hypothesis strategies for valid cases, and a small fixed example case.

A valid case keeps its references (a communication names only counsel and requests in the
case), its ids unique, an incoming communication's arrival on or after its sent day, and no
day but `reply_requested_by` after `today`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hypothesis import strategies as st

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
from app.domain.profiles import PARAMETER_NAMES, JointFiling, number_bounds
from app.domain.reasons import load_reasons

PROFILE_IDS = ("generic", "cand", "cacd", "caed", "casd", "nysd", "ilnd", "wawd", "idd", "nvd")
EARLIEST = dt.date(1990, 1, 1)

# Any text a person could type, including accents and other scripts, but no lone surrogates
# (which are not text and cannot be written as UTF-8) and no control characters or line
# separators (refused in a case: app.domain.text_safety).
_ANY_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=12)
_FILLED_TEXT = _ANY_TEXT.filter(lambda text: text.strip() != "")
_OPTIONAL_TEXT = st.none() | _ANY_TEXT
_LINES = st.lists(_ANY_TEXT, max_size=3)
_FLAG = st.none() | st.booleans()
_NUMBER = st.none() | st.integers(min_value=1, max_value=2**63 - 1)
_TIME = st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0))
_LETTER = st.builds(LetterRecord, kind=st.sampled_from(LetterKind), text=_FILLED_TEXT)


def days(today: dt.date) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=EARLIEST, max_value=today)


def _override_value(name: str) -> st.SearchStrategy[object]:
    if name == "joint_filing":
        return st.sampled_from([j.value for j in JointFiling])
    if name in ("live_conference_required", "conferral_required", "pleading_paper"):
        return st.booleans()
    smallest, largest = number_bounds(name)
    return st.integers(min_value=max(smallest, 1), max_value=largest)


_OVERRIDES: st.SearchStrategy[dict[str, object] | None] = st.none() | st.lists(
    st.sampled_from(PARAMETER_NAMES), unique=True, max_size=4
).flatmap(lambda names: st.fixed_dictionaries({n: _override_value(n) for n in names}))


def litigants() -> st.SearchStrategy[Litigant]:
    return st.builds(Litigant, name=_FILLED_TEXT, role=st.sampled_from(Role),
                     prisoner_number=_OPTIONAL_TEXT, institution=_OPTIONAL_TEXT,
                     address=_LINES, phone=_OPTIONAL_TEXT, email=_OPTIONAL_TEXT)


def counsel(counsel_id: str) -> st.SearchStrategy[Counsel]:
    return st.builds(Counsel, id=st.just(counsel_id), name=_FILLED_TEXT,
                     office=_OPTIONAL_TEXT, represents=_OPTIONAL_TEXT, address=_LINES,
                     phone=_OPTIONAL_TEXT, email=_OPTIONAL_TEXT)


def disputes(dispute_id: str, today: dt.date) -> st.SearchStrategy[Dispute]:
    optional_day = st.none() | days(today)
    return st.builds(Dispute, id=st.just(dispute_id), kind=st.sampled_from(DisputeKind),
                     label=_FILLED_TEXT, status=st.sampled_from(DisputeStatus),
                     set_number=_NUMBER, item_number=_NUMBER, served_to=_OPTIONAL_TEXT,
                     served_on=optional_day, served_by=st.none() | st.sampled_from(ServedBy),
                     response_received_on=optional_day, deficiency=_OPTIONAL_TEXT,
                     request_text=_OPTIONAL_TEXT, response_text=_OPTIONAL_TEXT,
                     wanted=_OPTIONAL_TEXT,
                     reasons=st.lists(st.sampled_from(list(load_reasons())), unique=True,
                                      max_size=3))


@st.composite
def communications(draw: st.DrawFn, comm_id: str, counsel_ids: list[str],
                   dispute_ids: list[str], today: dt.date) -> Communication:
    direction = draw(st.sampled_from(Direction))
    method = draw(st.sampled_from(Method))
    sent_on = draw(days(today))
    # An incoming one cannot arrive before it was sent; an outgoing one's arrival is
    # counsel's and is not checked against the sent day.
    earliest_arrival = sent_on if direction is Direction.INCOMING else EARLIEST
    linked = (st.lists(st.sampled_from(dispute_ids), unique=True, max_size=4)
              if dispute_ids else st.just([]))
    return Communication(
        id=comm_id,
        direction=direction,
        method=method,
        sent_on=sent_on,
        counsel=draw(st.none() | st.sampled_from(counsel_ids)) if counsel_ids else None,
        approximate=draw(_FLAG),
        received_on=draw(st.none() | st.dates(min_value=earliest_arrival, max_value=today)),
        time=draw(_TIME),
        duration_minutes=draw(_NUMBER),
        disputes=draw(linked),
        summary=draw(_OPTIONAL_TEXT),
        explains_deficiency=draw(_FLAG),
        proposes_resolution=draw(_FLAG),
        requests_conference=draw(_FLAG),
        states_impasse=draw(_FLAG),
        # A reply may be asked for by a day still to come.
        reply_requested_by=draw(st.none() | st.dates(min_value=EARLIEST,
                                                     max_value=today + dt.timedelta(days=400))),
        mail_log_number=draw(_OPTIONAL_TEXT),
        # Only an outgoing letter can hold the letter the program drafted.
        letter=draw(st.none() | _LETTER) if (
            direction is Direction.OUTGOING and method is Method.LETTER) else None,
    )


_IDS = st.lists(_FILLED_TEXT, unique=True, max_size=4)


@st.composite
def cases(draw: st.DrawFn, today: dt.date) -> Case:
    """A valid case: consistent references, unique ids, no day after `today` where the
    spec forbids it."""
    counsel_ids = draw(_IDS)
    dispute_ids = draw(_IDS)
    comm_ids = draw(_IDS)
    return Case(
        case_number=draw(_FILLED_TEXT),
        court=draw(_FILLED_TEXT),
        district=draw(_FILLED_TEXT),
        division=draw(_OPTIONAL_TEXT),
        short_title=draw(_FILLED_TEXT),
        plaintiffs=draw(st.lists(_FILLED_TEXT, min_size=1, max_size=3)),
        defendants=draw(st.lists(_FILLED_TEXT, min_size=1, max_size=3)),
        judge=draw(_OPTIONAL_TEXT),
        rule_profile=draw(st.sampled_from(PROFILE_IDS)),
        profile_overrides=draw(_OVERRIDES),
        litigant=draw(litigants()),
        counsel=[draw(counsel(i)) for i in counsel_ids],
        disputes=[draw(disputes(i, today)) for i in dispute_ids],
        communications=[draw(communications(i, counsel_ids, dispute_ids, today))
                        for i in comm_ids],
        local_step_done_on=draw(st.none() | days(today)),
    )


# --- JSON values and bytes for fuzzing --------------------------------------------------

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=8,
)


EXAMPLE_TODAY = dt.date(2007, 9, 1)


def example_case() -> Case:
    """A small valid case (every day on or before EXAMPLE_TODAY) for a test to change one
    thing in. Fictional names."""
    return Case(
        case_number="C 07-1234 ABC (PR)",
        court="United States District Court",
        district="Northern District of California",
        short_title="Núñez v. Doe",
        plaintiffs=["María Núñez"],
        defendants=["Officer J. Doe", "et al."],
        rule_profile="cand",
        litigant=Litigant(name="María Núñez", role=Role.PLAINTIFF),
        counsel=[Counsel(id="k1", name="A. Counsel"), Counsel(id="k2", name="B. Counsel")],
        disputes=[
            Dispute(id="d1", kind=DisputeKind.PRODUCTION, label="RFP No. 1",
                    status=DisputeStatus.OPEN, served_on=dt.date(2007, 6, 1)),
            Dispute(id="d2", kind=DisputeKind.INTERROGATORY, label="Interrogatory No. 2",
                    status=DisputeStatus.OPEN),
        ],
        communications=[
            Communication(id="c1", direction=Direction.OUTGOING, method=Method.LETTER,
                          sent_on=dt.date(2007, 7, 20), counsel="k1", disputes=["d1"]),
            Communication(id="c2", direction=Direction.INCOMING, method=Method.LETTER,
                          sent_on=dt.date(2007, 8, 6), received_on=dt.date(2007, 8, 9),
                          counsel="k1", disputes=["d1", "d2"]),
            Communication(id="c3", direction=Direction.INCOMING, method=Method.PHONE,
                          sent_on=dt.date(2007, 8, 20), time=dt.time(10, 30),
                          duration_minutes=20, counsel="k2"),
        ],
    )


def to_json(case: Case) -> dict[str, Any]:
    """A case as a parsed case file (what a test then changes and writes as bytes)."""
    from app.store.casefile import write_case_file

    document: dict[str, Any] = json.loads(write_case_file(case, exported_at=None))
    return document


def json_places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a parsed JSON document (a key or index path) a test can change."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += json_places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += json_places(item, (*path, index))
    return found
