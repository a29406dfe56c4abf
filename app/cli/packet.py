"""`meetconfer packet CASE -o FILE.pdf [--as-of DATE] [--dispute ID ...]`: the whole
filing packet (statement of the requests in dispute, declaration, index of exhibits,
Exhibits A, B, …, proof of service), written atomically.

The same options, checks and plain messages as `exhibit` (exit 2 on bad input, no file
left behind); the user's stored paragraph edits are used, as in the app.
"""

from __future__ import annotations

import argparse

from app.cli.exhibit import DISPUTE_HELP, write_document


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "packet",
        help="print the whole filing packet to a PDF file",
        description="Write the filing packet to a PDF file: the statement of the requests "
        "in dispute with each request and response in full, the declaration, the index of "
        "exhibits, Exhibit A (the meet-and-confer log), the letters and other papers as "
        "Exhibits B, C, ..., and the proof of service by mail.",
    )
    parser.add_argument("case", metavar="CASE", help='the case number, e.g. "C 07-959 SI"')
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--as-of", metavar="DATE", help="the log as of this day (YYYY-MM-DD); default: today"
    )
    parser.add_argument(
        "--dispute", metavar="ID", nargs="+", action="extend", help=DISPUTE_HELP
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.services.documents import build_packet_pdf

    return write_document(args, build_packet_pdf)
