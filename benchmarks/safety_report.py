"""Data-safety report (issue 7), run on demand, never by the test suite:

    .venv/bin/python benchmarks/safety_report.py [--kills 120] [--corruptions 400] [--seed 1]

1. Kills: a child process writes with the real `Store` (imports cases, adds, edits and
   removes letters, printing each change once it is saved); it is killed with SIGKILL at a
   random moment, again and again. After each kill the data must pass SQLite's integrity
   check and hold every change reported as saved.
2. Corruptions: a filled data file damaged at random (bytes changed, cut short, a run
   zeroed); opening it must either work or be refused with the program's own
   `DatabaseProblem`, leaving the file exactly as it was.
3. Bad files: one of each kind the program knows (not ours, damaged header, cut short,
   damaged pages, a newer program's, another program's, empty with its data in a journal);
   each must be refused and left unchanged.

Prints what was tried and whether anything was lost. Exit status 0 nothing lost, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.helpers.datafiles import busy_case, filled_database, overwrite  # noqa: E402
from tests.helpers.killing import damage, run_kill_rounds, try_to_open  # noqa: E402


def _text(path: Path) -> None:
    path.write_text("Dear counsel,\n" * 200)


def _header(path: Path) -> None:
    overwrite(path, 0, b"\xff" * 16)


def _cut(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def _pages(path: Path) -> None:
    for offset in range(8192, path.stat().st_size, 4096):
        overwrite(path, offset, b"\x0d\xff\xff\xff" * 8)


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def _other(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def _journal_only(path: Path) -> None:
    path.write_bytes(b"")
    Path(f"{path}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))


BAD_FILES: dict[str, Callable[[Path], None]] = {
    "not a data file": _text,
    "damaged beginning": _header,
    "cut short": _cut,
    "damaged pages": _pages,
    "from a newer program": _newer,
    "another program's": _other,
    "empty, data in a journal": _journal_only,
}


def kills(count: int, seed: int) -> tuple[str, bool]:
    with tempfile.TemporaryDirectory() as folder:
        report = run_kill_rounds(Path(folder) / "meetconfer.sqlite3", count, seed)
    ok = not report.problems
    line = f"kills: {report.kills} tried, {report.saved_changes} changes reported as saved, " + (
        "none lost, integrity ok after every kill" if ok else report.problems[0]
    )
    return line, ok


def corruptions(count: int, seed: int) -> tuple[str, bool]:
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        good = filled_database(Path(folder) / "good.sqlite3", busy_case(letters=60)).read_bytes()
        for number in range(count):
            path = Path(folder) / f"damaged-{number}.sqlite3"
            path.write_bytes(damage(good, rng, rng.randrange(1, 64)))
            outcome = try_to_open(path)
            outcomes[outcome if outcome in ("opened", "refused") else "FAILED: " + outcome] += 1
    ok = all(key in ("opened", "refused") for key in outcomes)
    detail = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
    return f"corruptions: {count} tried: {detail}", ok


def bad_files() -> tuple[str, bool]:
    results = []
    for name, spoil in BAD_FILES.items():
        with tempfile.TemporaryDirectory() as folder:
            path = filled_database(Path(folder) / "meetconfer.sqlite3")
            spoil(path)
            results.append((name, try_to_open(path)))
    ok = all(outcome == "refused" for _, outcome in results)
    detail = "; ".join(f"{name}: {outcome}" for name, outcome in results)
    return f"bad files: {len(results)} kinds tried: {detail}", ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=120)
    parser.add_argument("--corruptions", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    all_ok = True
    for line, ok in (
        kills(args.kills, args.seed),
        corruptions(args.corruptions, args.seed),
        bad_files(),
    ):
        print(line, flush=True)
        all_ok = all_ok and ok
    print(
        f"{'nothing lost' if all_ok else 'SOMETHING WAS LOST OR CHANGED'} "
        f"({time.monotonic() - started:.0f} s)"
    )
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
