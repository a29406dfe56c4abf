"""Write the table of U.S. federal holidays the program counts days with, from the
installed `holidays` package.

    .venv/bin/python resources/holidays/update.py

Run it whenever the `holidays` pin in constraints.txt changes, and commit the new
`us-federal.json` (tests/domain/test_dates_holiday_table.py fails until then). Never edit
the table by hand: rules.md wants the package's calendar, and this file is only a copy of
its answers, kept because reading it is much faster than starting the package (see
app/domain/dates.py). The program asks the package itself for days outside these years.

Years 1971 to 2080: 1971 is the first year of today's Monday holidays (the Uniform Monday
Holiday Act), older than the discovery of any case the program will see; 2080 leaves more
than fifty years of room for deadlines ahead. The same package version always gives the
same bytes: days in order, a fixed indent, one newline at the end.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TABLE_FILE = HERE / "us-federal.json"
COMMAND = "python resources/holidays/update.py"
FIRST_YEAR = 1971
LAST_YEAR = 2080

# Run as a script, Python puts only this folder on the path; the program's code is at ROOT.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.domain import dates  # noqa: E402
from app.store.atomic import write_atomically  # noqa: E402


def table_document(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> dict[str, object]:
    """The table's contents: where it comes from, then every holiday by day."""
    years = range(first_year, last_year + 1)
    return {
        "provenance": {
            "generator": COMMAND,
            "package": "holidays",
            "package_version": version("holidays"),
            "country": dates.COUNTRY,
            "observed": dates.OBSERVED,
            "categories": list(dates.CATEGORIES),
            "first_year": first_year,
            "last_year": last_year,
        },
        "holidays": {day.isoformat(): name for day, name in dates.package_holidays(years).items()},
    }


def render(document: dict[str, object]) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_table(path: Path = TABLE_FILE) -> None:
    # Atomically: a half-written table would be refused, and the program would be slow.
    write_atomically(path, render(table_document()))
    # write_atomically keeps files private to their owner (it writes case files), but the
    # table is shipped: the bundle copies the mode, and every account must read it.
    path.chmod(0o644)


def main() -> int:
    write_table()
    print(f"updated {TABLE_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
