"""`meetconfer check CASE [--as-of DATE] [--json]`: the good-faith check (rules.md).

Exit 0 when the case is adequately documented, 3 when it is not, 2 on bad input. The JSON
form is the spec's, for scripts and tests; the plain form is what a person reads at a
terminal: one block per request, its verdict first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from app import paths
from app.cli.common import CliError, parse_day, printable, reading_store, stored_case_number
from app.domain.model import Case
from app.domain.profiles import ProfileError
from app.domain.rules import CaseAssessment, CheckResult, DisputeAssessment, Result, check_title
from app.domain.text import QT_TRANSLATE_NOOP, Day, message
from app.services.badges import CourtStep, court_step

ADEQUATE = 0
NOT_ADEQUATE = 3
_CTX = "cli-check"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="the good-faith check: is the meet-and-confer effort documented?",
        description="Check whether the log documents a good-faith effort to meet and confer "
                    "for each request still in dispute. Exit status: 0 documented, 3 not yet, "
                    "2 bad input.",
    )
    parser.add_argument("case", metavar="CASE", help='the case number, e.g. "C 07-959 SI"')
    parser.add_argument("--as-of", metavar="DATE",
                        help="check as if this day (YYYY-MM-DD) were today; default: today")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=run)


def _english(template: str, **args: object) -> str:
    return message(_CTX, template, **args).english()


def _load_case(case_number: str) -> Case:
    not_here = _english(QT_TRANSLATE_NOOP(
        "cli-check", "No case numbered '{number}' is in this data folder ({folder}). "
                     "'meetconfer list' shows the cases here."),
        number=printable(case_number), folder=paths.data_dir())
    with reading_store() as store:
        case = None if store is None else store.load_case_by_number(
            stored_case_number(store, case_number))
    if case is None:
        raise CliError(not_here)
    return case


def _assess(case: Case, as_of: dt.date) -> CaseAssessment:
    from app.services.assessment import assess_case

    try:
        return assess_case(case, as_of)
    except ProfileError as error:
        raise CliError(*(p.english() for p in error.problems)) from error


def _write(text: str) -> None:
    """Print UTF-8 whatever the console's code page, so names keep their accents in a file."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def run(args: argparse.Namespace) -> int:
    as_of = dt.date.today() if args.as_of is None else parse_day(args.as_of, "--as-of")
    case = _load_case(args.case)
    assessment = _assess(case, as_of)
    if args.json:
        from app.services.assessment import assessment_to_json

        _write(json.dumps(assessment_to_json(assessment), indent=2, ensure_ascii=False) + "\n")
    else:
        _write(render_plain(assessment, court_step(case, assessment.parameters)) + "\n")
    return ADEQUATE if assessment.adequate else NOT_ADEQUATE


# --- the plain-text report --------------------------------------------------------------

_MARKS = {
    Result.PASS: QT_TRANSLATE_NOOP("cli-check", "[ok]     "),
    Result.FAIL: QT_TRANSLATE_NOOP("cli-check", "[MISSING]"),
    Result.WARN: QT_TRANSLATE_NOOP("cli-check", "[note]   "),
    Result.NOT_APPLICABLE: QT_TRANSLATE_NOOP("cli-check", "[n/a]    "),
}


def _check_lines(check: CheckResult) -> list[str]:
    mark = message(_CTX, _MARKS[check.result]).english()
    return [
        f"  {mark} {check_title(check.id).english()}: {check.english()}",
        "            " + _english(QT_TRANSLATE_NOOP("cli-check", "(Source: {source})"),
                                  source=check.source),
    ]


def _dispute_block(dispute: DisputeAssessment, step: CourtStep) -> list[str]:
    heading = f"{dispute.label} [{dispute.dispute_id}]"
    if dispute.adequate is None:
        return [heading, "  " + _english(QT_TRANSLATE_NOOP(
            "cli-check", "Marked {status}: not checked."), status=dispute.status.value)]
    name = step.name
    if dispute.adequate and step.pending and name is not None:
        # The program cannot see the court's own step: it says what it knows.
        verdict = message(_CTX, QT_TRANSLATE_NOOP(
            "cli-check", "CONFERRING DOCUMENTED: the log documents what these checks look "
                         "for. Next: the court's own step, {step}; mark it done in the "
                         "program once it is done."), step=name)
    else:
        verdict = message(_CTX, QT_TRANSLATE_NOOP(
            "cli-check", "READY TO FILE: the log documents what these checks look for.")
            if dispute.adequate else QT_TRANSLATE_NOOP(
            "cli-check", "NOT YET: something the checks look for is missing."))
    lines = [heading, "  " + verdict.english()]
    for check in dispute.checks:
        lines.extend(_check_lines(check))
    if dispute.next_step is not None:
        lines.append("  " + dispute.next_step.english())
    return lines


def render_plain(assessment: CaseAssessment, step: CourtStep | None = None) -> str:
    """The report a person reads: the case, then each request's verdict and checks.
    With the court's own `step` not yet marked done, "ready to file" becomes "conferring
    documented" and the step is named as what comes next."""
    step = step or CourtStep()
    lines = [
        _english(QT_TRANSLATE_NOOP("cli-check", "Case {number}, checked as of {day}."),
                 number=assessment.case_number, day=Day(assessment.as_of, weekday=True)),
        "",
    ]
    for dispute in assessment.disputes:
        lines.extend(_dispute_block(dispute, step))
        lines.append("")
    if not any(d.adequate is not None for d in assessment.disputes):
        lines.append(_english(QT_TRANSLATE_NOOP(
            "cli-check", "No request is open or narrowed, so there is nothing to file.")))
    name = step.name
    if assessment.adequate and step.pending and name is not None:
        lines.append(_english(QT_TRANSLATE_NOOP(
            "cli-check", "Overall: CONFERRING DOCUMENTED. Next: {step}."), step=name))
    else:
        lines.append(_english(QT_TRANSLATE_NOOP(
            "cli-check", "Overall: READY TO FILE.")) if assessment.adequate else _english(
            QT_TRANSLATE_NOOP("cli-check", "Overall: NOT YET.")))
    lines.append(_english(QT_TRANSLATE_NOOP(
        "cli-check", "This is a checklist of what your log documents, not legal advice.")))
    return "\n".join(lines)
