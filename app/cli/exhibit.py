"""`meetconfer exhibit CASE -o FILE.pdf [--as-of DATE] [--dispute ID ...]`: the declaration
and its Exhibit A (exhibit.md), written atomically.

The user's stored paragraph edits are used, as in the app. Bad input (an unknown case or
request, a folder that is missing or read-only) gets a plain message and exit status 2, and
leaves no file behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from app import paths
from app.cli.common import CliError, open_store, parse_day
from app.domain.model import Case, ParagraphEdit


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "exhibit",
        help="print the declaration and Exhibit A to a PDF file",
        description="Write the declaration in support of a motion to compel, its Exhibit A "
        "(the meet-and-confer log) and a proof of service by mail to a PDF file.",
    )
    parser.add_argument("case", metavar="CASE", help='the case number, e.g. "C 07-959 SI"')
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--as-of", metavar="DATE", help="the log as of this day (YYYY-MM-DD); default: today"
    )
    parser.add_argument(
        "--dispute",
        metavar="ID",
        nargs="+",
        action="extend",
        help=DISPUTE_HELP,
    )
    parser.set_defaults(handler=run)


DISPUTE_HELP = ("only these requests (their ids); default: every open or narrowed one whose "
                "meet-and-confer effort the check finds documented")

Builder = Callable[..., bytes]


def run(args: argparse.Namespace) -> int:
    from app.services.documents import build_declaration_pdf

    return write_document(args, build_declaration_pdf)


def write_document(args: argparse.Namespace, builder: Builder) -> int:
    """Read the options, build the document with `builder` (the declaration's or the
    packet's) and write it atomically; the shared body of `exhibit` and `packet`."""
    as_of = dt.date.today() if args.as_of is None else parse_day(args.as_of, "--as-of")
    output = Path(args.output)
    check_writable(output)
    case, edits = _load(args.case)
    data = _build(builder, case, as_of, args.dispute, edits)
    from app.services.documents import write_pdf

    try:
        write_pdf(data, output)
    except OSError as error:
        raise CliError(cannot_write(output, error)) from error
    print(f"Wrote {output}")
    return 0


def cannot_write(output: Path, error: OSError) -> str:
    return f"-o: cannot write {output}: {error.strerror or error}"


def check_writable(output: Path) -> None:
    """Fail before the (possibly long) build when the file plainly cannot be written."""
    folder = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise CliError(f"-o: {output} is a folder; give a file name such as declaration.pdf")
    if folder.exists() and not folder.is_dir():
        raise CliError(f"-o: cannot write {output}: {folder} is a file, not a folder")
    if not folder.is_dir():
        raise CliError(f"-o: cannot write {output}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"-o: cannot write {output}: the folder {folder} is read-only")


def _load(case_number: str) -> tuple[Case, dict[str, ParagraphEdit]]:
    """The case and the user's paragraph edits, or a plain error naming the case."""
    not_here = CliError(
        f"No case numbered '{case_number}' is in this data folder ({paths.data_dir()}). "
        "'meetconfer list' shows the cases here."
    )
    # No database means no cases; do not create one just to say so.
    if not paths.database_path().exists():
        raise not_here
    from app.services.documents import paragraph_edits
    from app.store import StoreError

    store = open_store()
    try:
        case_id = store.case_id(case_number)
        if case_id is None:
            raise not_here
        return store.load_case(case_id), paragraph_edits(store, case_id)
    except StoreError as error:
        raise CliError(error.message.english()) from error
    finally:
        store.close()


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
