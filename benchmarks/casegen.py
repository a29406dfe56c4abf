"""Deterministic test cases for the benchmarks: N log entries across M disputed requests.

The same seed gives byte-for-byte the same case file on any machine and on any day, so two
benchmark runs time the same work. Every value is valid per `docs/case-file.md`:
counsel and dispute references name ids in the file, no day lies after today (all days fall
before `LAST_DAY`, well in the past), and an incoming letter is received on or after the day
it was sent. Summaries are about 200 characters of plausible meet-and-confer prose, because
the documents and the log view spend their time on text of that length.

Only the standard library here: the runner validates the result against the project's own
schema (`resources/case-file.schema.json`) separately, so a bug in this generator cannot
hide behind a lenient importer.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

# All generated days lie in this window: fixed (not "today minus N") so the data never
# changes from one day to the next, and far enough back that "not in the future" holds.
FIRST_DAY = dt.date(2019, 1, 2)
LAST_DAY = dt.date(2025, 6, 30)
# The day checks and documents are computed "as of", again fixed for repeatable work.
AS_OF = dt.date(2025, 9, 1)

DEFAULT_SEED = 959

_COUNSEL = [
    ("k1", "Dana R. Whitfield", "Office of the Attorney General", "Defendants Sample and Jones"),
    ("k2", "Marcus T. Ellery", "Office of the Attorney General", "Defendants Sample and Jones"),
    ("k3", "Priya Raman", "Ellery & Raman LLP", "Defendant Okafor"),
]

_SET_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
_KINDS = [
    ("production", "Request for Production"),
    ("interrogatory", "Interrogatory"),
    ("admission", "Request for Admission"),
]
_TOPICS = [
    "the grievance file for log number SQ-19-01123",
    "the use-of-force video from Building 3 on the day of the incident",
    "the medical records of my sick-call requests",
    "the incident report and the supplemental reports",
    "the training records of the officers named in the complaint",
    "the mailroom logs for my legal mail",
    "the housing-unit logbook for the second watch",
    "the policy on cell searches in the administrative segregation unit",
    "the names of the officers on duty that night",
    "the staff complaint response and the inquiry notes",
]
_OPENINGS = [
    "I wrote again about {topic}.",
    "Counsel answered about {topic}.",
    "We spoke about {topic}.",
    "I asked once more for {topic}.",
    "Counsel said the office is still looking for {topic}.",
]
_MIDDLES = [
    "Their answer only repeats the boilerplate objections and does not say whether any "
    "documents were withheld.",
    "I explained that the request is limited to one year and to the unit where I was housed.",
    "Counsel said the request is overbroad and that the records are confidential for "
    "institutional safety.",
    "I offered to accept redacted copies under a protective order instead of the full file.",
    "Counsel agreed to search again but would not give a date for a supplemental response.",
    "I pointed out that the privilege log they promised in March has still not arrived.",
    "We could not agree on the time period, so that part of the request is still in dispute.",
]
_CLOSINGS = [
    "I asked for a reply within fourteen days.",
    "I said I will file a motion to compel if nothing changes.",
    "Counsel promised a letter by the end of the month.",
    "I asked for a telephone conference through my counselor.",
    "Nothing was resolved.",
]


def _summary(rng: random.Random) -> str:
    """Prose of 180-230 characters: an opening, middle sentences, a closing."""
    text = rng.choice(_OPENINGS).format(topic=rng.choice(_TOPICS))
    middles = rng.sample(_MIDDLES, k=len(_MIDDLES))
    closing = rng.choice(_CLOSINGS)
    for middle in middles:
        if len(text) + 1 + len(middle) + 1 + len(closing) > 230:
            continue
        text = f"{text} {middle}"
        if len(text) + 1 + len(closing) >= 170:
            break
    return f"{text} {closing}"


def _day(start: dt.date, span_days: int, rng: random.Random) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(span_days, 1)))


def _dispute(index: int, rng: random.Random) -> dict[str, Any]:
    kind, noun = _KINDS[index % len(_KINDS)]
    set_number = index // 30 + 1
    item_number = index % 30 + 1
    set_word = _SET_WORDS[(set_number - 1) % len(_SET_WORDS)]
    # Served in the first half-year, answered a month or so later: the log follows.
    served_on = _day(FIRST_DAY, 150, rng)
    response = served_on + dt.timedelta(days=30 + rng.randrange(20))
    status = rng.choices(["open", "narrowed", "resolved", "withdrawn"], [70, 15, 10, 5])[0]
    return {
        "id": f"d{index + 1}",
        "kind": kind,
        "set_number": set_number,
        "item_number": item_number,
        "label": f"{noun} No. {item_number} (Set {set_word})",
        "served_to": "Defendant R. Sample",
        "served_on": served_on.isoformat(),
        "served_by": "mail",
        "response_received_on": response.isoformat(),
        "deficiency": "The response objects without saying whether anything was withheld, "
        "and it does not answer the part of the request about the second watch.",
        "request_text": f"All documents concerning {rng.choice(_TOPICS)}.",
        "response_text": "Objection: overbroad, unduly burdensome, and not proportional to "
        "the needs of the case. Without waiving, Defendant will produce non-privileged "
        "documents, if any.",
        "status": status,
    }


def _communication(
    index: int, sent_on: dt.date, dispute_ids: list[str], rng: random.Random
) -> dict[str, Any]:
    method = rng.choices(
        ["letter", "email", "phone", "video", "in_person", "other"], [60, 10, 15, 6, 4, 5]
    )[0]
    direction = "outgoing" if rng.random() < 0.6 else "incoming"
    live = method in ("phone", "video", "in_person")
    written = method in ("letter", "email")
    received_on: str | None = None
    if direction == "incoming" and written:
        # Mail takes days to reach a prison; it is never received before it was sent.
        received_on = (sent_on + dt.timedelta(days=rng.randrange(1, 10))).isoformat()
    outgoing_letter = direction == "outgoing" and method == "letter"
    return {
        "id": f"c{index + 1}",
        "direction": direction,
        "method": method,
        "counsel": rng.choice(_COUNSEL)[0],
        "sent_on": sent_on.isoformat(),
        "approximate": rng.random() < 0.03,
        "received_on": received_on,
        "time": f"{rng.randrange(8, 17):02d}:{rng.choice([0, 15, 30, 45]):02d}" if live else None,
        "duration_minutes": rng.randrange(5, 60) if live else None,
        "disputes": rng.sample(dispute_ids, k=rng.choice([1, 1, 1, 2, 2, 3])),
        "summary": _summary(rng),
        "explains_deficiency": rng.random() < 0.5,
        "proposes_resolution": rng.random() < 0.3,
        "requests_conference": rng.random() < 0.2,
        "states_impasse": rng.random() < 0.05,
        "reply_requested_by": (sent_on + dt.timedelta(days=14)).isoformat()
        if outgoing_letter and rng.random() < 0.5
        else None,
        "mail_log_number": f"LM-{sent_on.year}-{index + 1:05d}" if method == "letter" else None,
    }


def case_number(entries: int) -> str:
    """A case number naming its size, so each data folder's case is easy to tell apart."""
    return f"C 19-{entries} BEN"


def make_case_document(entries: int, requests: int, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """The whole case file as JSON-ready data, log entries in date order (as users add them)."""
    rng = random.Random(f"{seed}/{entries}/{requests}")
    disputes = [_dispute(i, rng) for i in range(requests)]
    dispute_ids = [d["id"] for d in disputes]
    # The log starts after the last response could have arrived, and runs to LAST_DAY.
    log_start = FIRST_DAY + dt.timedelta(days=200)
    span = (LAST_DAY - dt.timedelta(days=10) - log_start).days
    days = sorted(_day(log_start, span, rng) for _ in range(entries))
    communications = [_communication(i, d, dispute_ids, rng) for i, d in enumerate(days)]
    case = {
        "case_number": case_number(entries),
        "court": "United States District Court",
        "district": "Northern District of California",
        "division": "Oakland Division",
        "short_title": "Benchmark v. Sample",
        "plaintiffs": ["Alex J. Benchmark"],
        "defendants": ["R. Sample", "J. Jones", "et al."],
        "judge": "Hon. Susan Illston",
        "rule_profile": "cand",
        "profile_overrides": None,
        "litigant": {
            "name": "Alex J. Benchmark",
            "role": "plaintiff",
            "prisoner_number": "V-12345",
            "institution": "Salinas Valley State Prison",
            "address": ["P.O. Box 1050", "Soledad, CA 93960"],
            "phone": None,
            "email": None,
        },
        "counsel": [
            {
                "id": key,
                "name": name,
                "office": office,
                "represents": represents,
                "address": ["455 Golden Gate Ave., Suite 11000", "San Francisco, CA 94102"],
                "phone": "(415) 510-4400",
                "email": None,
            }
            for key, name, office, represents in _COUNSEL
        ],
        "disputes": disputes,
        "communications": communications,
    }
    return {"format": "meetconfer.case", "version": 1, "exported_at": None, "case": case}


def write_case_file(path: Path, entries: int, requests: int, seed: int = DEFAULT_SEED) -> str:
    """Write the case file and return its case number."""
    document = make_case_document(entries, requests, seed)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(document["case"]["case_number"])


def self_check(document: dict[str, Any], schema_path: Path | None) -> list[str]:
    """What is wrong with a generated document (empty when it is valid): the project's JSON
    Schema when present, then the rules the schema cannot say."""
    problems: list[str] = []
    if schema_path is not None and schema_path.is_file():
        from jsonschema import Draft202012Validator

        validator = Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
        problems += [f"schema: {e.json_path}: {e.message}" for e in validator.iter_errors(document)]
    case = document["case"]
    counsel_ids = {c["id"] for c in case["counsel"]}
    dispute_ids = {d["id"] for d in case["disputes"]}
    today = dt.date.today().isoformat()
    for i, c in enumerate(case["communications"]):
        where = f"case.communications[{i}]"
        if c["counsel"] not in counsel_ids:
            problems.append(f"{where}.counsel: unknown id {c['counsel']}")
        unknown = [d for d in c["disputes"] if d not in dispute_ids]
        problems += [f"{where}.disputes: unknown id {d}" for d in unknown]
        if c["sent_on"] > today or (c["received_on"] or "") > today:
            problems.append(f"{where}: a day after today")
        if c["received_on"] is not None and c["received_on"] < c["sent_on"]:
            problems.append(f"{where}.received_on: before sent_on")
    for i, d in enumerate(case["disputes"]):
        if d["served_on"] > today or d["response_received_on"] > today:
            problems.append(f"case.disputes[{i}]: a day after today")
    return problems
