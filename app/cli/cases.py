"""`list`, `import FILE [--replace]` and `export CASE -o FILE` (docs/command-line.md).

A refused call changes nothing in the data folder: `import` reads and checks the whole file
before it opens the data folder, then writes holding the data folder's lock; `list` and
`export` only read (nothing is created or changed, not even a journal file).
"""

from __future__ import annotations

import argparse

from app.cli.common import (
    CliError,
    output_path,
    printable,
    reading_store,
    stored_case_number,
    writing_store,
)
from app.domain.validation import Problem
from app.services.casefiles import (
    CaseExistsError,
    CaseFileError,
    CaseNotFoundError,
    export_case_file,
    import_case,
    read_case_path,
)
from app.store import CaseSummary


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = subparsers.add_parser("list", help="list the cases in the data folder")
    listing.set_defaults(handler=run_list)

    importing = subparsers.add_parser("import", help="import a case file, all or nothing")
    importing.add_argument("file", metavar="FILE", help="the case file (.json)")
    importing.add_argument("--replace", action="store_true",
                           help="replace a case with the same case number")
    importing.set_defaults(handler=run_import)

    exporting = subparsers.add_parser("export", help="write a case to a case file")
    exporting.add_argument("case", metavar="CASE", help='the case number, e.g. "C 07-959 SI"')
    exporting.add_argument("-o", "--output", metavar="FILE", required=True,
                           help="the case file to write")
    exporting.set_defaults(handler=run_export)


# --- list -------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    del args
    summaries: list[CaseSummary] = []
    with reading_store() as store:
        if store is not None:
            summaries = store.list_cases()
    if not summaries:
        print("There are no cases here yet. Import one with: meetconfer import FILE")
    for summary in summaries:
        print(_summary_line(summary))
    return 0


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _summary_line(summary: CaseSummary) -> str:
    counts = ", ".join((
        _count(summary.counsel, "lawyer", "lawyers"),
        _count(summary.disputes, "request", "requests")
        + f" ({summary.open_disputes} still in dispute)",
        _count(summary.communications, "letter or call", "letters and calls"),
    ))
    # Tabs between the columns, so a script can split a line however the title reads.
    columns = (summary.case_number, summary.short_title, summary.rule_profile, counts)
    return "\t".join(printable(column) for column in columns)


# --- import -----------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    try:
        case = read_case_path(args.file)
    except CaseFileError as error:
        raise CliError(*(_problem_line(args.file, p) for p in error.problems)) from None
    with writing_store() as store:
        try:
            number = import_case(store, case, replace=args.replace)
        except CaseExistsError as error:
            raise CliError(_already_here(case.case_number, error.case_number)) from None
    print(printable(number))
    return 0


def _already_here(new: str, existing: str) -> str:
    if new == existing:
        same = f"A case numbered {printable(existing)} is already here."
    else:
        same = (f"The case number \u201c{printable(new)}\u201d is the same as that of the "
                f"case \u201c{printable(existing)}\u201d, already here (written another way).")
    return (f"case.case_number: {same} Nothing was imported. To replace that case with "
            "this file, add --replace.")


def _problem_line(file: str, problem: Problem) -> str:
    """`case.communications[3].received_on: <message>`; a problem with the file as a whole
    names the file."""
    return printable(f"{problem.path or file}: {problem.message.english()}")


# --- export -----------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    target = output_path("-o", args.output)
    with reading_store() as store:
        if store is None:
            raise CliError(_no_case(args.case))
        try:
            export_case_file(store, stored_case_number(store, args.case), target)
        except CaseNotFoundError:
            raise CliError(_no_case(args.case)) from None
        except OSError as error:
            raise CliError(
                f"-o: {args.output} cannot be written ({error.strerror or error}). "
                "Nothing was written."
            ) from None
    return 0


def _no_case(case_number: str) -> str:
    return (f"CASE: There is no case numbered {printable(case_number)} here. "
            "`meetconfer list` shows them.")
