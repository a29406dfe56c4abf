"""The holiday table (`resources/holidays/us-federal.json`) is exactly the `holidays`
package's U.S. calendar, the package answers every day the table does not, and a table
that cannot be trusted is not used at all.

When a test here fails after the `holidays` pin changed, run
`.venv/bin/python resources/holidays/update.py` and commit the new table.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import cache
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import holidays
import pytest

from app import paths
from app.domain import dates

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "resources" / "holidays" / "update.py"
SHIPPED = ROOT / "resources" / "holidays" / "us-federal.json"
REGENERATE = "run `.venv/bin/python resources/holidays/update.py` and commit us-federal.json"
# Years the table leaves to the package, and its first and last years, where the two meet.
OUTSIDE_YEARS = (1960, 1970, 2081, 2090)
SAMPLE_YEARS = (1960, 1970, 1971, 2007, 2021, 2022, 2080, 2081, 2090)


@cache
def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("holidays_update", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # No __pycache__ inside resources/: the bundle takes that folder whole.
    writes_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = writes_bytecode
    return module


def _package(years: range | int) -> holidays.HolidayBase:
    # Written out here rather than taken from app.domain.dates, so the test checks the
    # program's calendar against the one rules.md names.
    return holidays.country_holidays("US", observed=True, categories=(holidays.PUBLIC,),
                                     years=years)


def _days_of(year: int) -> Iterator[dt.date]:
    day = dt.date(year, 1, 1)
    while day.year == year:
        yield day
        day += dt.timedelta(days=1)


def _answers() -> list[tuple[dt.date, str | None, dt.date]]:
    """What the program says about every day of the sample years."""
    return [(day, dates.holiday_name(day), dates.roll(day))
            for year in SAMPLE_YEARS for day in _days_of(year)]


@pytest.fixture(scope="module")
def shipped_answers() -> list[tuple[dt.date, str | None, dt.date]]:
    return _answers()


@pytest.fixture
def table_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The program reads its table from this path (not written yet) instead of resources/."""
    path = tmp_path / "us-federal.json"
    monkeypatch.setattr(paths, "holidays_table_path", lambda: path)
    dates._shipped_table.cache_clear()
    yield path
    dates._shipped_table.cache_clear()


# --- the shipped table is the package's calendar -------------------------------------------


def test_the_table_is_the_packages_calendar_names_included() -> None:
    table = dates.load_holiday_table(SHIPPED)
    assert table is not None, REGENERATE
    generator = _generator()
    assert (table.first_year, table.last_year) == (generator.FIRST_YEAR, generator.LAST_YEAR)
    expected = _package(range(table.first_year, table.last_year + 1))
    assert dict(table.names) == {day: str(name) for day, name in expected.items()}, REGENERATE


def test_the_table_records_the_installed_package_version() -> None:
    provenance = json.loads(SHIPPED.read_bytes())["provenance"]
    assert provenance["package_version"] == version("holidays"), REGENERATE
    assert provenance["generator"] == "python resources/holidays/update.py"


def test_the_generator_writes_the_shipped_table_byte_for_byte(tmp_path: Path) -> None:
    written = tmp_path / "us-federal.json"
    _generator().write_table(written)
    assert written.read_bytes() == SHIPPED.read_bytes(), REGENERATE
    if os.name == "posix":  # readable by every account once installed
        assert written.stat().st_mode & 0o777 == 0o644


def test_the_program_reads_the_shipped_table(caplog: pytest.LogCaptureFixture) -> None:
    assert dates.load_holiday_table(paths.holidays_table_path()) is not None
    assert caplog.records == []


# --- days outside the table ----------------------------------------------------------------


@pytest.mark.parametrize("year", OUTSIDE_YEARS)
def test_days_outside_the_table_come_from_the_package(year: int) -> None:
    table = dates.load_holiday_table(SHIPPED)
    assert table is not None
    assert not table.covers(dt.date(year, 1, 1))
    package = _package(year)
    for day in _days_of(year):
        assert dates.holiday_name(day) == package.get(day), day


def test_rolling_across_the_tables_edges() -> None:
    # New Year 2081 falls on a Wednesday; Christmas 1970 on a Friday.
    assert dates.roll(dt.date(2080, 12, 30)) == dt.date(2080, 12, 30)
    assert dates.roll(dt.date(2080, 12, 31)) == dt.date(2080, 12, 31)
    assert dates.roll(dt.date(2081, 1, 1)) == dt.date(2081, 1, 2)
    assert dates.roll(dt.date(1970, 12, 25)) == dt.date(1970, 12, 28)
    assert dates.roll(dt.date(1970, 12, 31)) == dt.date(1970, 12, 31)
    assert dates.roll(dt.date(1971, 1, 1)) == dt.date(1971, 1, 4)


_PROBE = """
import datetime as dt, json, sys
from app.domain import dates
seen = {"import": "holidays" in sys.modules}
inside = dates.roll(dt.date(2025, 7, 4)), dates.holiday_name(dt.date(2025, 7, 4))
seen["inside"] = "holidays" in sys.modules
outside = dates.roll(dt.date(2090, 1, 1))
seen["outside"] = "holidays" in sys.modules
print(json.dumps({"seen": seen, "inside": [str(inside[0]), inside[1]], "outside": str(outside)}))
"""


def test_the_package_is_imported_only_for_a_day_outside_the_table() -> None:
    # In a new process: this one has imported `holidays` already.
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warning: the table was used
    report = json.loads(done.stdout)
    assert report["seen"] == {"import": False, "inside": False, "outside": True}
    assert report["inside"] == ["2025-07-07", "Independence Day"]
    assert report["outside"] == "2090-01-03"


# --- a table that cannot be trusted is not used ---------------------------------------------


Document = dict[str, object]
Damage = Callable[[Document], bytes | None]


def _edited(edit: Callable[[Document], object]) -> Damage:
    def damage(document: Document) -> bytes:
        edit(document)
        return json.dumps(document).encode()
    return damage


def _set_provenance(key: str, value: object) -> Damage:
    return _edited(lambda document: _part(document, "provenance").update({key: value}))


def _add_holiday(key: str, name: object) -> Damage:
    return _edited(lambda document: _part(document, "holidays").update({key: name}))


def _part(document: Document, key: str) -> dict[str, object]:
    part = document[key]
    assert isinstance(part, dict)
    return part


# Each makes the damaged file from the shipped table's contents (None: no file at all).
BAD_TABLES: dict[str, Damage] = {
    "missing": lambda document: None,
    "cut short": lambda document: json.dumps(document).encode()[:1000],
    "not UTF-8": lambda document: b"\xff\xfe{}",
    "not an object": lambda document: b"[]",
    "no provenance": _edited(lambda document: document.pop("provenance")),
    "no holidays": _edited(lambda document: document.pop("holidays")),
    "observed days left out": _set_provenance("observed", False),
    "observed as a number": _set_provenance("observed", 1),
    "another country": _set_provenance("country", "CA"),
    "other categories": _set_provenance("categories", ["public", "government"]),
    "no first year": _set_provenance("first_year", None),
    "years the wrong way round": _set_provenance("last_year", 1970),
    "a day outside its years": _add_holiday("2090-01-02", "New Year's Day"),
    "a day not YYYY-MM-DD": _add_holiday("20250705", "Independence Day"),
    "no real day": _add_holiday("2025-02-30", "Washington's Birthday"),
    "a name that is not text": _add_holiday("2025-07-05", 1),
    "an empty name": _add_holiday("2025-07-05", ""),
}


@pytest.mark.parametrize("damage", list(BAD_TABLES.values()), ids=list(BAD_TABLES))
def test_a_table_that_cannot_be_trusted_gives_way_to_the_package(
    damage: Damage, table_file: Path, caplog: pytest.LogCaptureFixture,
    shipped_answers: list[tuple[dt.date, str | None, dt.date]],
) -> None:
    contents = damage(json.loads(SHIPPED.read_bytes()))
    if contents is not None:
        table_file.write_bytes(contents)
    with caplog.at_level(logging.WARNING, logger=dates.__name__):
        answers = _answers()
    assert answers == shipped_answers
    assert [record.levelno for record in caplog.records] == [logging.WARNING]
    assert str(table_file) in caplog.text


def test_a_folder_where_the_table_should_be(
    table_file: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    table_file.mkdir()
    with caplog.at_level(logging.WARNING, logger=dates.__name__):
        assert dates.roll(dt.date(2025, 7, 4)) == dt.date(2025, 7, 7)
    assert "not used" in caplog.text


def test_a_good_copy_of_the_table_is_used(table_file: Path) -> None:
    # The redirection itself works: the same bytes elsewhere are read, not refused.
    table_file.write_bytes(SHIPPED.read_bytes())
    assert dates._shipped_table().covers(dt.date(2025, 7, 4))
