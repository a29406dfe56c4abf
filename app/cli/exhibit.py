"""`meetconfer exhibit CASE -o FILE.pdf [--as-of DATE] [--dispute ID ...]`: the declaration
and its Exhibit A (exhibit.md), written atomically.

The user's stored paragraph edits are used, as in the app. Bad input (an unknown case or
request, a folder that is missing or read-only) gets a plain message and exit status 2, and
leaves no file behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from app import paths
from app.cli.common import (
    CliError,
    cannot_write,
    output_path,
    parse_day,
    printable,
    reading_store,
    stored_case_number,
)
from app.domain.model import Case, ParagraphEdit


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "exhibit",
        help="print the declaration and Exhibit A to a PDF file",
        description="Write the declaration in support of a motion to compel, its Exhibit A "
        "(the meet-and-confer log) and a proof of service by mail to a PDF file.",
    )
    add_document_arguments(parser)
    parser.set_defaults(handler=run)


def add_document_arguments(parser: argparse.ArgumentParser) -> None:
    """CASE, -o, --as-of and --dispute: what `exhibit` and `packet` both take."""
    parser.add_argument("case", metavar="CASE", help='the case number, e.g. "C 07-959 SI"')
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--as-of", metavar="DATE", help="the log as of this day (YYYY-MM-DD); default: today"
    )
    parser.add_argument(
        "--dispute", metavar="ID", nargs="+", action="extend",
        help="only these requests (their ids); default: every open or narrowed one whose "
        "meet-and-confer effort the check finds documented",
    )

Builder = Callable[..., bytes]


def run(args: argparse.Namespace) -> int:
    from app.services.documents import build_declaration_pdf

    return write_document(args, build_declaration_pdf)


def write_document(args: argparse.Namespace, builder: Builder) -> int:
    """Read the options, build the document with `builder` (the declaration's or the
    packet's) and write it atomically; the shared body of `exhibit` and `packet`."""
    as_of = dt.date.today() if args.as_of is None else parse_day(args.as_of, "--as-of")
    target = output_path("-o", args.output)  # before the (possibly long) build
    case, edits = _load(args.case)
    _warn_unprintable(case, edits)
    data = _build(builder, case, as_of, args.dispute, edits)
    from app.services.documents import write_pdf

    try:
        write_pdf(data, target)
    except OSError as error:
        raise CliError(cannot_write(Path(args.output), error)) from error
    print(f"Wrote {args.output}")
    return 0


def _warn_unprintable(case: Case, edits: dict[str, ParagraphEdit]) -> None:
    """Before printing: which characters (emoji, Chinese, Japanese, Korean) the papers'
    font cannot show, and where, so the person is never surprised by a missing word."""
    from app.documents.fonts import FontMissingError
    from app.documents.glyphs import unprintable_text

    try:
        found = unprintable_text(case, edits.values())
    except FontMissingError as error:  # the font's glyphs are read from its file
        raise CliError(str(error)) from error
    if not found:
        return
    print("Note: the program's font cannot print these characters; where they appear in "
          "the papers they will be missing. Change the text, or write them in by hand:",
          file=sys.stderr)
    for item in found:
        print(f"  {printable(item.english())}", file=sys.stderr)


def _load(case_number: str) -> tuple[Case, dict[str, ParagraphEdit]]:
    """The case and the user's paragraph edits, or a plain error naming the case."""
    not_here = CliError(
        f"No case numbered '{printable(case_number)}' is in this data folder ({paths.data_dir()}). "
        "'meetconfer list' shows the cases here."
    )
    from app.services.documents import paragraph_edits

    with reading_store() as store:
        case_id = None if store is None else store.case_id(
            stored_case_number(store, case_number))
        if store is None or case_id is None:
            raise not_here
        return store.load_case(case_id), paragraph_edits(store, case_id)


def _build(
    builder: Builder,
    case: Case,
    as_of: dt.date,
    dispute_ids: list[str] | None,
    edits: dict[str, ParagraphEdit],
) -> bytes:
    from app.documents.fonts import FontMissingError
    from app.domain.profiles import ProfileError
    from app.services.documents import UnknownDisputeError, default_dispute_ids

    if dispute_ids is None and not default_dispute_ids(case, as_of):
        # Never certify what the check does not support: nothing is covered by default.
        raise CliError(
            f"No request in case {case.case_number} has its meet-and-confer effort "
            f"documented as of {as_of.isoformat()}, so there is nothing to certify. "
            f"'meetconfer check \"{case.case_number}\"' says what is missing; to print "
            "anyway, name the requests with --dispute ID."
        )
    try:
        return builder(case, as_of, dispute_ids, edits=edits)
    except UnknownDisputeError as error:
        known = ", ".join(d.id for d in case.disputes) or "none"
        raise CliError(
            f"--dispute: case {case.case_number} has no request with id "
            f"'{error.dispute_id}' (its requests: {known})"
        ) from error
    except ProfileError as error:
        raise CliError(*(p.english() for p in error.problems)) from error
    except FontMissingError as error:
        raise CliError(str(error)) from error
