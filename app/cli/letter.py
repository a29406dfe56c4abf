"""`meetconfer letter CASE --kind KIND -o FILE.pdf [--dispute ID ...] [--to COUNSEL_ID]
[--on DAY] [--log [--mail-log-number N]]`: a meet-and-confer letter to the other side,
written atomically; with `--log` also recorded in the log as mailed on `--on`.

Everything is checked before anything is written: an unknown case, kind, request or
lawyer, a day still to come, a case with no lawyer, a resolved or withdrawn request get a
plain message and exit status 2, with no file written and nothing logged.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app import paths
from app.cli.common import (
    CliError,
    cannot_write,
    output_path,
    parse_day,
    passphrase_for_writing,
    reading_store,
    writing_store,
)
from app.domain.model import LetterKind
from app.domain.text import format_day

if TYPE_CHECKING:
    from app.domain.model import Case
    from app.store import Store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "letter",
        help="draft a meet-and-confer letter to the other side as a PDF file",
        description="Draft a meet-and-confer letter to the other side's lawyer from the log "
        "and write it to a PDF file; with --log, also record it as mailed.",
    )
    parser.add_argument("case", metavar="CASE", help='the case number, e.g. "C 07-959 SI"')
    parser.add_argument(
        "--kind", metavar="KIND", required=True,
        help=f"the kind of letter: {', '.join(k.value for k in LetterKind)}",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--dispute", metavar="ID", nargs="+", action="extend",
        help="the requests the letter is about (their ids); default: every open or narrowed "
        "one for which the check proposes this kind",
    )
    parser.add_argument(
        "--to", metavar="COUNSEL_ID",
        help="the lawyer to write to (their id); default: the lawyer of the requests' latest "
        "letter or call, else the case's first",
    )
    parser.add_argument(
        "--on", metavar="DAY", help="the mailing day, the letter's date (YYYY-MM-DD); "
        "default: today",
    )
    parser.add_argument(
        "--log", action="store_true", help="also record the letter as mailed on that day"
    )
    parser.add_argument(
        "--mail-log-number", metavar="N", help="the prison's legal-mail log number (with --log)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.mail_log_number is not None and not args.log:
        raise CliError("--mail-log-number: only with --log (the number of the mailed letter)")
    today = dt.date.today()
    day = today if args.on is None else parse_day(args.on, "--on")
    output = output_path("-o", args.output)  # before drafting, which may be long
    not_here = CliError(
        f"No case numbered '{args.case}' is in this data folder ({paths.data_dir()}). "
        "'meetconfer list' shows the cases here."
    )
    # No database means no cases; do not create one just to say so.
    if not paths.database_path().exists():
        raise not_here
    if args.log:
        passphrase_for_writing()  # a locked folder's is asked for before the letter is written

    from app.services import letters
    from app.services.cases import Cases
    from app.services.documents import write_pdf

    # Drafting only reads, so bad input is refused before anything is locked or created;
    # logging then writes behind the data folder's lock and its full check, as every
    # writing command does.
    with _plain_letter_errors(), reading_store() as store:
        if store is None:
            raise not_here
        case = _case(store, args.case, not_here)
        draft = letters.draft(case, args.kind, args.dispute, args.to, day, today)
        number = letters.mail_log_number_of(args.mail_log_number)
        data = letters.letter_pdf(case, draft.text)
    try:
        write_pdf(data, output)
    except OSError as error:
        raise CliError(cannot_write(output, error)) from error
    print(f"Wrote {output}")
    if args.log:
        with _plain_letter_errors(), writing_store() as store:
            open_case = Cases(store).open(_case_id(store, args.case, not_here))
            letters.log_mailed(open_case, draft, draft.text, day, number, today)
        print(f"Logged it as mailed on {format_day(day)}; it asks for a reply by "
              f"{format_day(draft.reply_requested_by)}.")
    return 0



def _case_id(store: Store, case_number: str, not_here: CliError) -> int:
    from app.services.cases import Cases

    case_id = Cases(store).case_id(case_number)
    if case_id is None:
        raise not_here
    return case_id


def _case(store: Store, case_number: str, not_here: CliError) -> Case:
    from app.services.cases import Cases

    return Cases(store).open(_case_id(store, case_number, not_here)).case


@contextmanager
def _plain_letter_errors() -> Iterator[None]:
    """Each refusal of the letter services as one plain line naming the option to change."""
    from app.documents.fonts import FontMissingError
    from app.domain.profiles import ProfileError
    from app.services import letters
    from app.services.cases import SaveError

    try:
        yield
    except letters.LetterError as error:
        option = _OPTIONS.get(error.field or "")
        text = error.message.english()
        raise CliError(f"{option}: {text}" if option else text) from error
    except SaveError as error:
        raise CliError(f"Not logged: {error.message.english()}") from error
    except ProfileError as error:
        raise CliError(*(p.english() for p in error.problems)) from error
    except FontMissingError as error:
        raise CliError(str(error)) from error


# The option to change for each field a LetterError names.
_OPTIONS = {
    "kind": "--kind",
    "disputes": "--dispute",
    "counsel": "--to",
    "mailing_day": "--on",
    "mail_log_number": "--mail-log-number",
}
