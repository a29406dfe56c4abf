"""How the build time grows with the log (not a test: run it by hand).

    .venv/bin/python -m tests.documents.benchmark_exhibit 1000 10000

Prints the processor time of a whole build (declaration, Exhibit A, proof of service) for
each number of letters; ten times the rows should take about ten times as long.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from app.documents.style import DocumentStyle
from app.domain.model import Case
from tests.documents.sample import build_pdf, sample_case
from tests.helpers.builders import outgoing

FILLER = "Asked again for the grievance records and gave fourteen days to answer. "


def long_case(letters: int) -> Case:
    case = sample_case()
    case.communications.extend(
        outgoing(f"x{n}", "2007-08-21", counsel="k1", summary=FILLER * (n % 5 + 1),
                 mail_log_number=f"LM-2007-{n:05d}")
        for n in range(letters)
    )  # fmt: skip
    return case


def main(sizes: list[int]) -> None:
    for size in sizes:
        case = long_case(size)
        started = time.process_time()
        data = build_pdf(case, DocumentStyle(pleading_paper=True), dt.date(2007, 8, 28))
        seconds = time.process_time() - started
        print(f"{size:>6} letters: {seconds:6.2f} s processor time, {len(data):>9} bytes")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
