"""`list`, `import FILE [--replace]` and `export CASE -o FILE` (docs/command-line.md).

A refused call changes nothing in the data folder: `import` reads and checks the whole file
before it opens the data folder, and `list` and `export` do not create a database where
there is none.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from app import paths
from app.cli.common import CliError, open_store
from app.domain.validation import Problem
from app.services.casefiles import (
    CaseExistsError,
    CaseFileError,
    CaseNotFoundError,
    export_case_file,
    import_case,
    read_case_path,
)
from app.store import CaseSummary, Store, StoreError


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


@contextmanager
def _store() -> Iterator[Store]:
    """The data folder's store; a database that cannot be used (damaged, locked, a full
    disk) is told plainly. Each write is one transaction, so a failed one changed nothing."""
    store: Store | None = None
    try:
        store = open_store()
        yield store
    except StoreError as error:  # the store's own plain words (a damaged file, say)
        raise CliError(error.message.english()) from None
    except sqlite3.Error as error:
        raise CliError(
            f"The data in {paths.data_dir()} could not be used ({error}). Nothing was "
            "changed. `meetconfer verify` checks the data folder."
        ) from None
    finally:
        if store is not None:
            store.close()


def _has_data() -> bool:
    # Opening the store creates a database; a query must not leave one behind.
    return paths.database_path().exists()


# --- list -------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    del args
    summaries: list[CaseSummary] = []
    if _has_data():
        with _store() as store:
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
    return "\t".join((summary.case_number, summary.short_title, summary.rule_profile, counts))


# --- import -----------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    try:
        case = read_case_path(args.file)
    except CaseFileError as error:
        raise CliError(*(_problem_line(args.file, p) for p in error.problems)) from None
    with _store() as store:
        try:
            number = import_case(store, case, replace=args.replace)
        except CaseExistsError as error:
            raise CliError(
                f"case.case_number: A case numbered {error.case_number} is already here. "
                "Nothing was imported. To replace it with this file, add --replace."
            ) from None
    print(number)
    return 0


def _problem_line(file: str, problem: Problem) -> str:
    """`case.communications[3].received_on: <message>`; a problem with the file as a whole
    names the file."""
    return f"{problem.path or file}: {problem.message.english()}"


# --- export -----------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    if not _has_data():
        raise CliError(_no_case(args.case))
    with _store() as store:
        try:
            export_case_file(store, args.case, args.output)
        except CaseNotFoundError:
            raise CliError(_no_case(args.case)) from None
        except OSError as error:
            raise CliError(
                f"-o: {args.output} cannot be written ({error.strerror or error}). "
                "Nothing was written."
            ) from None
    return 0


def _no_case(case_number: str) -> str:
    return f"CASE: There is no case numbered {case_number} here. `meetconfer list` shows them."
