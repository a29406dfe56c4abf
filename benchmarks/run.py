"""Run every benchmark, print the table, write the JSON.

    .venv/bin/python -m benchmarks [--runs 5] [--heavy-runs 3] [--only NAME ...] [--keep]
    .venv/bin/python benchmarks/run.py      (the same)

Each figure is the median of several runs, set beside a bare baseline measured in the same
run on the same machine, runs of the two alternating, so that the ratio holds on a busy or
slow machine where the seconds do not. Test data is generated (seeded, see `casegen`) in a
temporary folder that is removed afterwards unless `--keep` is given. Results go to
`benchmarks/results/<UTC timestamp>.json` and `benchmarks/results/latest.json`.

Exit status: 0 every figure within budget, 1 a figure over budget, 2 a figure could not be
measured (the table says why). Never part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    # Run as `python benchmarks/run.py`: make `benchmarks` and `app` importable.
    sys.path.insert(0, str(ROOT))

from benchmarks import casegen, cold_start  # noqa: E402  (after the path fix above)
from benchmarks.measure import (  # noqa: E402
    CommandFailedError,
    Figure,
    Sample,
    Series,
    describe_machine,
    fmt_s,
    interleaved,
    run_once,
)

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
FONTS = ROOT / "resources" / "fonts"
SCHEMA = ROOT / "resources" / "case-file.schema.json"
AS_OF = casegen.AS_OF.isoformat()

# Sizes from issue 9: start-up and the declaration at 1,000 entries; check, import, the log
# view and the declaration's scaling at 10,000 entries across 200 requests. The 1,000-entry
# case keeps the same 50 entries a request.
SMALL = (1_000, 20)
LARGE = (10_000, 200)

BENCHMARKS = ("startup", "coldstart", "cli", "declaration", "check", "import", "logview",
              "locked")

# Start-up against a bare PySide6 window, in wall time. A bare window that reads the same
# entries and shows them in plain tables measured about 1.35x: that is the floor for any
# program doing this job; the budget leaves the program's own work (the checks, badges,
# fonts, translations) room above it.
STARTUP_BUDGET = 2.0
# Bytes read from disk to the first paint with the page cache dropped, installed bundle
# against a bare window: an old PC's disk is what a person waits for at a cold start.
COLD_START_BUDGET = 1.15
DEFAULT_BUNDLE = ROOT / "dist" / "meetconfer"
# A data folder locked with a passphrase (issue 17): the demo case, plain and locked.
DEMO_CASE = ROOT / "resources" / "demo" / "demo-case.json"
BENCH_PASSPHRASE = "a passphrase for the benchmarks"


@dataclass
class Context:
    python: Path
    program: list[str]  # how to start `meetconfer`
    env: dict[str, str]
    work: Path
    runs: int
    heavy_runs: int
    files: dict[str, Path]  # case files by size name
    data_dirs: dict[str, Path]  # data folders holding that case, by size name
    numbers: dict[str, str]  # case numbers by size name
    bundle: Path = DEFAULT_BUNDLE  # the built program (installer/build), for the cold start

    def run(self, command: Sequence[str], ok: tuple[int, ...] = (0,)) -> Sample:
        return run_once(command, self.env, cwd=self.work, ok_status=ok)


def _program(python: Path) -> list[str]:
    """The installed console script, as users and installers start it; `-m app` (the same
    code) if the venv has none, or if the venv's install is another checkout's: its script
    may name an entry point this checkout does not have."""
    script = python.parent / "meetconfer"
    if script.exists() and _installed_app(python) == ROOT / "app":
        return [str(script)]
    return [str(python), "-m", "app"]


def _installed_app(python: Path) -> Path | None:
    """The `app` folder the venv itself imports, outside this checkout and its PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    found = subprocess.run(
        [str(python), "-c", "import app, os; print(os.path.dirname(app.__file__))"],
        capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), check=False,
    )  # fmt: skip
    return Path(found.stdout.strip()).resolve() if found.returncode == 0 else None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"  # no display on a build box; same for every run
    # Measure the code in this folder. The venv's editable install (or its `meetconfer`
    # script) may point at another checkout of the project; the child processes run in the
    # temporary folder, so without this they would import that one's `app`.
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *(p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p)]
    )
    # PYTHONDONTWRITEBYTECODE (set on some build machines) would make every run compile the
    # program's modules from source again, which no installed copy does: pip writes the
    # bytecode at install time and the bundle ships it. Without it the discarded warm-up
    # run writes it once, as a user's first start would.
    for noisy in ("PYTHONPROFILEIMPORTTIME", "PYTHONTRACEMALLOC", "PYTHONDEVMODE",
                  "PYTHONDONTWRITEBYTECODE"):
        env.pop(noisy, None)
    return env


def _fresh_dir(ctx: Context, name: str) -> Path:
    path = ctx.work / name
    shutil.rmtree(path, ignore_errors=True)
    return path


# -- set-up ---------------------------------------------------------------------------------


def prepare(ctx: Context, sizes: dict[str, tuple[int, int]]) -> list[str]:
    """Generate each case file, check it, import it into its own data folder with the
    program itself. Returns what went wrong (figures needing that data are then skipped)."""
    problems: list[str] = []
    for name, (entries, requests) in sizes.items():
        document = casegen.make_case_document(entries, requests)
        found = casegen.self_check(document, SCHEMA)
        if found:
            problems.append(f"generated {name} case is invalid: {found[:3]}")
            continue
        path = ctx.work / f"case-{entries}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        ctx.files[name] = path
        ctx.numbers[name] = casegen.case_number(entries)
        data = _fresh_dir(ctx, f"data-{entries}")
        try:
            ctx.run([*ctx.program, "--data-dir", str(data), "import", str(path)])
        except CommandFailedError as error:
            # Keep the other figures measurable when only the import command is broken.
            problems.append(f"`meetconfer import` failed in set-up ({error}); used the store")
            try:
                _store_directly(ctx, _fresh_dir(ctx, f"data-{entries}"), path)
            except CommandFailedError as again:
                problems.append(f"putting the {name} case in the store failed too: {again}")
                continue
        ctx.data_dirs[name] = data
        if name == "small":
            # Start-up reopens the case last worked on, as it does for a real user; without
            # this it would only show the welcome page and never load the 1,000 entries.
            try:
                _remember_case(ctx, data, ctx.numbers[name])
            except CommandFailedError as error:
                problems.append(f"could not set the last case for start-up: {error}")
    return problems


def _store_directly(ctx: Context, folder: Path, case_file: Path) -> None:
    """The set-up's fallback: read the file and insert the case through the store's API."""
    code = (
        "import datetime as dt, sys; from pathlib import Path; from app import paths\n"
        "paths.configure(sys.argv[1])\n"
        "from app.store.casefile import read_case_file\n"
        "from app.services.session import open_store\n"
        "case = read_case_file(Path(sys.argv[2]).read_bytes(), today=dt.date.today())\n"
        "store = open_store(); store.insert_case(case); store.close()\n"
    )
    ctx.run([str(ctx.python), "-c", code, str(folder), str(case_file)])


def _remember_case(ctx: Context, folder: Path, number: str) -> None:
    """Set the data folder's "last case" (its row, found by its number) through the
    program's own settings class."""
    code = (
        "import sys; from app import paths; paths.configure(sys.argv[1]); "
        "from app.services.session import open_store; store = open_store(); "
        "case_id = store.case_id(sys.argv[2]); store.close(); "
        "assert case_id is not None, 'no such case'; "
        "from app.ui.settings import Settings; Settings().last_case_id = case_id"
    )
    ctx.run([str(ctx.python), "-c", code, str(folder), number])


def _needs(ctx: Context, *names: str) -> str | None:
    missing = [n for n in names if n not in ctx.data_dirs]
    return f"no {', '.join(missing)} data folder (set-up failed, see notes)" if missing else None


# -- the benchmarks ---------------------------------------------------------------------------


def _pair(ctx: Context, subject: Series, baseline: Series, runs: int,
          ok: tuple[int, ...] = (0,)) -> None:  # fmt: skip
    interleaved([baseline, subject], runs, lambda s, _i: ctx.run(s.command, ok))


def bench_startup(ctx: Context) -> list[Figure]:
    name = "start-up: --smoke-test, 1,000 entries"
    budget = f"<= {STARTUP_BUDGET}x bare window"
    if why := _needs(ctx, "small"):
        return [_not_run(name, budget, why)]
    subject = Series("smoke-test", [*ctx.program, "--smoke-test", "--data-dir",
                                    str(ctx.data_dirs["small"])])  # fmt: skip
    baseline = Series("bare window", [str(ctx.python), str(HERE / "bare_window.py")])
    try:
        _pair(ctx, subject, baseline, ctx.runs)
    except CommandFailedError as error:
        return [_not_run(name, budget, str(error))]
    ratio = subject.median / baseline.median
    painted = [_last_number(s.stdout) for s in subject.samples]
    return [Figure(
        name, fmt_s(subject.median), f"{fmt_s(baseline.median)} bare window", ratio,
        budget, ratio <= STARTUP_BUDGET,
        note="reopens the last case (1,000 entries); the app's own 'ms to first paint' "
        f"(counted from the program's first line, imports included) median {_median_text(painted)}",
        details={"subject": subject.to_json(), "baseline": baseline.to_json(),
                 "smoke_test_ms_to_first_paint": painted},
    )]  # fmt: skip


def bench_coldstart(ctx: Context) -> list[Figure]:
    """Bytes the installed bundle reads from disk to its first paint, page cache dropped
    before each run, against a bare PySide6 window's, frozen the same way (`cold_start.py`).
    Skipped, not failed, where the page cache cannot be dropped (not root)."""
    name = "cold start: bytes read from disk to first paint"
    budget = f"<= {COLD_START_BUDGET}x bare window"
    if why := cold_start.why_not_measurable():
        return [Figure(name, "-", "-", None, budget, None, info_only=True,
                       note=f"SKIPPED: {why}")]  # fmt: skip
    program = ctx.bundle / ("meetconfer.exe" if os.name == "nt" else "meetconfer")
    if not program.is_file():
        return [_not_run(name, budget, f"no built program at {program}: run installer/build "
                         "(or give --bundle FOLDER)")]  # fmt: skip
    if why := _needs(ctx, "small"):
        return [_not_run(name, budget, why)]
    env = {k: v for k, v in ctx.env.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    subject = [str(program), "--smoke-test", "--data-dir", str(ctx.data_dirs["small"])]
    runs: dict[str, list[cold_start.ColdRun]] = {"subject": [], "baseline": []}
    try:
        # The bare window frozen like the program (see cold_start.py for why not the venv).
        baseline = [str(cold_start.build_bare_bundle(HERE / "bare_window.py",
                                                     ctx.work / "bare-bundle"))]  # fmt: skip
        # One warm run each first: the first start writes bytecode and Qt's caches, which
        # every later start, cold or not, finds on disk.
        ctx.run(subject)
        ctx.run(baseline)
        for _ in range(ctx.runs):
            runs["baseline"].append(cold_start.cold_run(baseline, env, ctx.work))
            runs["subject"].append(cold_start.cold_run(subject, env, ctx.work))
    except (CommandFailedError, RuntimeError, OSError) as error:
        return [_not_run(name, budget, str(error))]

    def median(values: list[float]) -> float:
        return float(statistics.median(values))

    read = median([r.bytes_read for r in runs["subject"]])
    bare = median([r.bytes_read for r in runs["baseline"]])
    ratio = read / bare if bare else None
    walls = {key: median([r.wall_s for r in value]) for key, value in runs.items()}
    return [Figure(
        name, f"{read / 2**20:.1f} MiB", f"{bare / 2**20:.1f} MiB bare bundle", ratio, budget,
        ratio is not None and ratio <= COLD_START_BUDGET,
        note=f"the bundle at {ctx.bundle}, reopening the 1,000-entry case; cold wall time "
        f"{fmt_s(walls['subject'])} against {fmt_s(walls['baseline'])} (page cache dropped "
        "before each run); the bare window frozen by PyInstaller, stripped like the bundle",
        # Not "subject"/"baseline": those keys hold timing series (Figure.cpu_ratio).
        details={f"{key}_cold_runs": [{"bytes_read": r.bytes_read, "wall_s": round(r.wall_s, 4)}
                                      for r in value] for key, value in runs.items()},
    )]  # fmt: skip


def bench_cli(ctx: Context) -> list[Figure]:
    """No budget of its own: every command pays this before doing anything, and the check
    budget is expressed against it, so it is worth seeing next to a bare interpreter."""
    name = "command-line start: --version"
    subject = Series("--version", [*ctx.program, "--version"])
    baseline = Series("bare python", [str(ctx.python), "-c", "import argparse"])
    try:
        _pair(ctx, subject, baseline, ctx.runs)
    except CommandFailedError as error:
        return [_not_run(name, "info only", str(error))]
    return [Figure(
        name, fmt_s(subject.median), f"{fmt_s(baseline.median)} bare python",
        subject.median / baseline.median, "info only", None, info_only=True,
        note="informational: every command pays this before it starts its work",
        details={"subject": subject.to_json(), "baseline": baseline.to_json()},
    )]  # fmt: skip


def bench_declaration(ctx: Context) -> list[Figure]:
    small_name = "declaration: exhibit, 1,000 entries"
    large_name = "declaration: exhibit, 10,000 entries"
    if why := _needs(ctx, "small"):
        return [_not_run(small_name, "<= 2x bare reportlab", why),
                _not_run(large_name, "<= 12x the 1,000-entry time", why)]  # fmt: skip
    out = ctx.work / "out"
    out.mkdir(exist_ok=True)

    def exhibit(size: str) -> list[str]:
        return [*ctx.program, "--data-dir", str(ctx.data_dirs[size]), "exhibit",
                ctx.numbers[size], "-o", str(out / f"{size}.pdf"), "--as-of", AS_OF]  # fmt: skip

    small = Series("exhibit 1,000", exhibit("small"))
    bare = Series("bare reportlab 1,000", [str(ctx.python), str(HERE / "bare_pdf.py"),
                  str(ctx.files["small"]), str(FONTS), str(out / "bare-small.pdf")])  # fmt: skip
    figures: list[Figure] = []
    try:
        _pair(ctx, small, bare, ctx.runs)
    except CommandFailedError as error:
        return [_not_run(small_name, "<= 2x bare reportlab", str(error)),
                _not_run(large_name, "<= 12x the 1,000-entry time", str(error))]  # fmt: skip
    ratio = small.median / bare.median
    figures.append(Figure(
        small_name, fmt_s(small.median), f"{fmt_s(bare.median)} bare reportlab", ratio,
        "<= 2x bare reportlab", ratio <= 2.0,
        note=f"pages: app {_pdf_pages(out / 'small.pdf')}, "
        f"bare {_pdf_pages(out / 'bare-small.pdf')}",
        details={"subject": small.to_json(), "baseline": bare.to_json()},
    ))  # fmt: skip

    if why := _needs(ctx, "large"):
        return [*figures, _not_run(large_name, "<= 12x the 1,000-entry time", why)]
    large = Series("exhibit 10,000", exhibit("large"))
    # The 1,000-entry run is measured again between the 10,000-entry runs so the scaling
    # ratio compares runs made under the same load.
    again = Series("exhibit 1,000 (again)", exhibit("small"))
    try:
        interleaved([again, large], ctx.heavy_runs,
                    lambda s, _i: ctx.run(s.command), warmup=False)  # fmt: skip
    except CommandFailedError as error:
        return [*figures, _not_run(large_name, "<= 12x the 1,000-entry time", str(error))]
    scale = large.median / again.median
    figures.append(Figure(
        large_name, fmt_s(large.median), f"{fmt_s(again.median)} same at 1,000", scale,
        "<= 12x the 1,000-entry time", scale <= 12.0,
        note=f"pages: {_pdf_pages(out / 'large.pdf')}",
        details={"subject": large.to_json(), "baseline": again.to_json()},
    ))  # fmt: skip
    return figures


def bench_check(ctx: Context) -> list[Figure]:
    name = "check --json: 10,000 entries, 200 requests"
    budget = "<= 1.5x --version + 0.5 s"
    if why := _needs(ctx, "large"):
        return [_not_run(name, budget, why)]
    subject = Series("check --json", [*ctx.program, "--data-dir", str(ctx.data_dirs["large"]),
                     "check", ctx.numbers["large"], "--as-of", AS_OF, "--json"])  # fmt: skip
    baseline = Series("--version", [*ctx.program, "--version"])
    try:
        # 0 = adequate, 3 = not adequate: both are a finished check.
        _pair(ctx, subject, baseline, ctx.runs, ok=(0, 3))
        json.loads(subject.samples[-1].stdout)
    except CommandFailedError as error:
        return [_not_run(name, budget, str(error))]
    except ValueError as error:
        return [_not_run(name, budget, f"check --json did not print JSON: {error}")]
    limit = 1.5 * baseline.median + 0.5
    return [Figure(
        name, fmt_s(subject.median), f"{fmt_s(baseline.median)} --version",
        subject.median / baseline.median, budget, subject.median <= limit,
        note=f"limit this run: {fmt_s(limit)}",
        details={"subject": subject.to_json(), "baseline": baseline.to_json(),
                 "limit_s": round(limit, 4)},
    )]  # fmt: skip


def bench_import(ctx: Context) -> list[Figure]:
    name = "import: 10,000 entries"
    tx_name = "import: transactions"
    if "large" not in ctx.files:
        why = "no 10,000-entry case file"
        return [_not_run(name, "< 2 s", why), _not_run(tx_name, "1", why)]
    file = str(ctx.files["large"])
    subject = Series("meetconfer import", [*ctx.program, "import", file])
    baseline = Series("bare sqlite import", [str(ctx.python), str(HERE / "bare_import.py"), file])

    def one(series: Series, i: int) -> Sample:
        # A fresh data folder each time, its database already created, so every run times
        # the same thing: an import into an existing install.
        folder = _fresh_dir(ctx, f"import-{series is subject}-{i}")
        if series is subject:
            _ensure_database(ctx, folder)
            return ctx.run([*ctx.program, "--data-dir", str(folder), "import", file])
        folder.mkdir(parents=True)
        return ctx.run([*series.command, str(folder / "bare.sqlite3")])

    figures: list[Figure] = []
    try:
        interleaved([baseline, subject], ctx.runs, one)
        figures.append(Figure(
            name, fmt_s(subject.median), f"{fmt_s(baseline.median)} bare sqlite",
            subject.median / baseline.median, "< 2 s", subject.median < 2.0,
            details={"subject": subject.to_json(), "baseline": baseline.to_json()},
        ))  # fmt: skip
    except CommandFailedError as error:
        figures.append(_not_run(name, "< 2 s", str(error)))

    folder = _fresh_dir(ctx, "import-probe")
    try:
        _ensure_database(ctx, folder)
        probe = ctx.run([str(ctx.python), str(HERE / "import_probe.py"), str(folder), file])
        found: dict[str, Any] = json.loads(probe.stdout.strip().splitlines()[-1])
    except (CommandFailedError, ValueError, IndexError) as error:
        figures.append(_not_run(tx_name, "exactly 1", str(error)))
        return figures
    count = int(found["case_transactions"])
    writes = found["statements_per_case_transaction"]
    figures.append(Figure(
        tx_name, str(count), "-", None, "exactly 1",
        count == 1 and found["autocommit_case_writes"] == 0 and not found["left_open"],
        note="counted with a sqlite3 trace callback in the import process (BEGIN..COMMIT "
        "holding case-table writes, plus any autocommit write); "
        + (f"write statements in it by table: {writes[0]}" if count == 1 else f"{count} found"),
        details=found,
    ))  # fmt: skip
    return figures


def _ensure_database(ctx: Context, folder: Path) -> None:
    """Create and migrate the data folder's database without putting a case in it."""
    code = ("import sys; from app import paths; paths.configure(sys.argv[1]); "
            "from app.services.session import open_store; open_store().close()")  # fmt: skip
    ctx.run([str(ctx.python), "-c", code, str(folder)])


def bench_logview(ctx: Context) -> list[Figure]:
    names = ("log view: first rows, 10,000 entries", "log view: filter by text",
             "log view: peak memory")  # fmt: skip
    budgets = ("<= 300 ms", "<= 50 ms", "< 250 MB")
    if why := _needs(ctx, "large"):
        return [_not_run(n, b, why) for n, b in zip(names, budgets, strict=True)]
    probe = [str(ctx.python), str(HERE / "log_view.py"), str(ctx.data_dirs["large"]),
             ctx.numbers["large"]]  # fmt: skip
    subject = Series("app log page", probe)
    baseline = Series("bare QTableView", [*probe, "--bare"])
    try:
        _pair(ctx, subject, baseline, ctx.runs)
        app_runs = [json.loads(s.stdout.strip().splitlines()[-1]) for s in subject.samples]
        bare_runs = [json.loads(s.stdout.strip().splitlines()[-1]) for s in baseline.samples]
    except (CommandFailedError, ValueError, IndexError) as error:
        return [_not_run(n, b, str(error)) for n, b in zip(names, budgets, strict=True)]

    def med(runs: list[dict[str, Any]], key: str) -> float:
        values = sorted(float(r[key]) for r in runs)
        return values[len(values) // 2] if len(values) % 2 else sum(
            values[len(values) // 2 - 1 : len(values) // 2 + 1]) / 2  # fmt: skip

    first, bare_first = med(app_runs, "first_rows_ms"), med(bare_runs, "first_rows_ms")
    filt, bare_filt = med(app_runs, "filter_ms"), med(bare_runs, "filter_ms")
    rss, bare_rss = med(app_runs, "max_rss_mb"), med(bare_runs, "max_rss_mb")
    typed = med(app_runs, "filter_typed_ms")
    opening = med(app_runs, "open_case_call_ms")
    details = {"app_runs": app_runs, "bare_runs": bare_runs}
    return [
        Figure(names[0], f"{first:.0f} ms", f"{bare_first:.0f} ms bare view",
               first / bare_first if bare_first else None, budgets[0], first <= 300,
               note=f"open case -> first rows painted; the open_case() call alone {opening:.0f} ms",
               details=details),
        Figure(names[1], f"{filt:.0f} ms", f"{bare_filt:.0f} ms bare filter",
               filt / bare_filt if bare_filt else None, budgets[1], filt <= 50,
               note=f"model reset -> rows painted; with the typing pause {typed:.0f} ms"),
        Figure(names[2], f"{rss:.0f} MB", f"{bare_rss:.0f} MB bare view", rss / bare_rss,
               budgets[2], rss < 250, note="ru_maxrss of the probe process"),
    ]  # fmt: skip


def bench_locked(ctx: Context) -> list[Figure]:
    """What locking a data folder costs at each start: the demo case's smoke test and the
    opening of its data, locked (with `--passphrase-file`) against the same folder plain,
    runs alternating. No budget: a plain folder's start-up is judged by `startup`."""
    names = ("locked start-up: --smoke-test, demo case",
             "locked opening: open_store, demo case")  # fmt: skip
    try:
        plain, locked, key = _plain_and_locked_demo(ctx)
    except CommandFailedError as error:
        return [_not_run(name, "info only", f"set-up failed: {error}") for name in names]
    subject = Series("smoke-test locked", [*ctx.program, "--data-dir", str(locked),
                     "--passphrase-file", str(key), "--smoke-test"])  # fmt: skip
    baseline = Series("smoke-test plain", [*ctx.program, "--data-dir", str(plain),
                      "--smoke-test"])  # fmt: skip
    probe = [str(ctx.python), str(HERE / "open_probe.py")]
    opening = Series("open locked", [*probe, str(locked), str(key)])
    opening_plain = Series("open plain", [*probe, str(plain)])
    try:
        _pair(ctx, subject, baseline, ctx.runs)
        _pair(ctx, opening, opening_plain, ctx.runs)
        opened = [json.loads(s.stdout.strip().splitlines()[-1]) for s in opening.samples]
        opened_plain = [json.loads(s.stdout.strip().splitlines()[-1])
                        for s in opening_plain.samples]  # fmt: skip
    except (CommandFailedError, ValueError, IndexError) as error:
        return [_not_run(name, "info only", str(error)) for name in names]
    painted = _median_text([_last_number(s.stdout) for s in subject.samples])
    painted_plain = _median_text([_last_number(s.stdout) for s in baseline.samples])
    open_ms = statistics.median(r["open_ms"] for r in opened)
    open_plain_ms = statistics.median(r["open_ms"] for r in opened_plain)
    import_ms = statistics.median(r["import_ms"] for r in opened)
    return [
        Figure(names[0], fmt_s(subject.median), f"{fmt_s(baseline.median)} plain",
               subject.median / baseline.median, "info only", None, info_only=True,
               note=f"locked costs {(subject.median - baseline.median) * 1000:.0f} ms more; "
               f"the app's own 'ms to first paint' median {painted} locked, {painted_plain} "
               "plain",
               details={"subject": subject.to_json(), "baseline": baseline.to_json()}),
        Figure(names[1], f"{open_ms:.0f} ms", f"{open_plain_ms:.0f} ms plain",
               open_ms / open_plain_ms if open_plain_ms else None, "info only", None,
               info_only=True,
               note=f"timed inside the process (open_probe.py): open, read the case list, "
               f"close; the key made from the passphrase is most of the "
               f"{open_ms - open_plain_ms:.0f} ms more; loading SQLCipher before it "
               f"{import_ms:.0f} ms",
               details={"locked_runs": opened, "plain_runs": opened_plain}),
    ]  # fmt: skip


def _plain_and_locked_demo(ctx: Context) -> tuple[Path, Path, Path]:
    """Two data folders holding the demo case as the last case worked on, the second locked
    by the program's own `lock`; and the passphrase file."""
    key = ctx.work / "passphrase.txt"
    key.write_text(BENCH_PASSPHRASE + "\n", encoding="utf-8")
    number = json.loads(DEMO_CASE.read_text(encoding="utf-8"))["case"]["case_number"]
    folders = []
    for name in ("demo-plain", "demo-locked"):
        folder = _fresh_dir(ctx, name)
        ctx.run([*ctx.program, "--data-dir", str(folder), "import", str(DEMO_CASE)])
        _remember_case(ctx, folder, number)
        folders.append(folder)
    ctx.run([*ctx.program, "--data-dir", str(folders[1]), "lock", "--new-passphrase-file",
             str(key)])  # fmt: skip
    return folders[0], folders[1], key


# -- helpers ----------------------------------------------------------------------------------


def _not_run(name: str, budget: str, why: str) -> Figure:
    return Figure(name, "-", "-", None, budget, None, note=f"NOT MEASURED: {why}")


def _last_number(text: str) -> float | None:
    for word in reversed(text.split()):
        try:
            return float(word)
        except ValueError:
            continue
    return None


def _median_text(values: list[float | None]) -> str:
    known = sorted(v for v in values if v is not None)
    return f"{known[len(known) // 2]:.0f} ms" if known else "not printed"


def _pdf_pages(path: Path) -> str:
    """Pages of a PDF, by counting page objects; enough for a sanity note."""
    try:
        data = path.read_bytes()
    except OSError:
        return "?"
    return str(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)))


def _git_state() -> dict[str, Any]:
    """Which code was measured. Read-only git calls."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                                  check=False).stdout.strip()  # fmt: skip
        except OSError:
            return ""

    return {"commit": git("rev-parse", "HEAD"),
            "changed_files": len(git("status", "--porcelain").splitlines())}  # fmt: skip


def _measured_app(ctx: Context) -> str:
    """The folder of the `app` package the child processes import (see `_env`)."""
    found = ctx.run([str(ctx.python), "-c", "import app, os; print(os.path.dirname(app.__file__))"])
    return found.stdout.strip()


def _times(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"


def print_table(figures: Sequence[Figure], machine: dict[str, Any]) -> None:
    headers = ("figure", "median", "baseline (same run)", "ratio", "cpu ratio", "budget",
               "verdict")  # fmt: skip
    rows = [
        (f.name, f.value, f.baseline, _times(f.ratio), _times(f.cpu_ratio), f.budget, f.verdict)
        for f in figures
    ]  # fmt: skip
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(f"\nMachine: {machine['cpu_model']}, {machine['usable_cores']} cores, "
          f"{machine['memory']}; Python {machine['python']}, Qt {machine.get('qt')}, "
          f"PySide6 {machine.get('pyside6')}, reportlab {machine.get('reportlab')}, "
          f"SQLite {machine['sqlite']}; load {machine['load_average_at_start']}"
          f" -> {machine.get('load_average_at_end')}")  # fmt: skip
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    notes = [f"- {f.name}: {f.note}" for f in figures if f.note]
    if notes:
        print("\nNotes:")
        print("\n".join(notes))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Meet-and-Confer Log benchmarks (issue 9)"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median taken)")
    parser.add_argument(
        "--heavy-runs",
        type=int,
        default=3,
        help="runs of the 10,000-entry declaration (each takes long)",
    )
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--bundle", type=Path, default=DEFAULT_BUNDLE,
        help="the built program's folder for the cold start (default: dist/meetconfer)",
    )
    args = parser.parse_args(argv)

    python = Path(sys.executable)
    try:
        import app  # noqa: F401  (the program must be importable from this interpreter)
    except ImportError:
        print("Run this with the project's interpreter: .venv/bin/python -m benchmarks",
              file=sys.stderr)  # fmt: skip
        return 2
    chosen = args.only or list(BENCHMARKS)
    started = dt.datetime.now(dt.UTC)
    machine = describe_machine(python)
    work = Path(tempfile.mkdtemp(prefix="meetconfer-bench-"))
    ctx = Context(python, _program(python), _env(), work, args.runs, args.heavy_runs, {}, {}, {},
                  args.bundle.resolve())
    code = _git_state()
    code["app"] = _measured_app(ctx)
    print(f"Benchmarks in {work} ({args.runs} runs each, median) ...", flush=True)
    code["program"] = " ".join(ctx.program)
    print(f"Measuring {code['app']} at commit {code['commit'][:12]}"
          f" ({code['changed_files']} files changed), started as {code['program']}",
          flush=True)  # fmt: skip
    sizes = {}
    if {"startup", "coldstart", "declaration"} & set(chosen):
        sizes["small"] = SMALL
    if {"declaration", "check", "import", "logview"} & set(chosen):
        sizes["large"] = LARGE
    setup_problems = prepare(ctx, sizes)
    for problem in setup_problems:
        print(f"set-up: {problem}", file=sys.stderr)

    steps: dict[str, Callable[[Context], list[Figure]]] = {
        "startup": bench_startup, "coldstart": bench_coldstart, "cli": bench_cli,
        "declaration": bench_declaration, "check": bench_check, "import": bench_import,
        "logview": bench_logview, "locked": bench_locked,
    }  # fmt: skip
    figures: list[Figure] = []
    try:
        for key in BENCHMARKS:
            if key in chosen:
                print(f"  {key} ...", flush=True)
                figures += steps[key](ctx)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    machine["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print_table(figures, machine)

    report = {
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine,
        "code": code,
        "settings": {"runs": args.runs, "heavy_runs": args.heavy_runs, "only": chosen,
                     "as_of": AS_OF, "seed": casegen.DEFAULT_SEED,
                     "sizes": {"small": SMALL, "large": LARGE},
                     "bundle": str(ctx.bundle)},
        "setup_problems": setup_problems,
        "figures": [f.to_json() for f in figures],
    }  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    text = json.dumps(report, indent=2, ensure_ascii=False)
    (RESULTS / f"{stamp}.json").write_text(text, encoding="utf-8")
    (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    print(f"\nWritten: {RESULTS / f'{stamp}.json'} (and latest.json)")
    if any(f.passed is False for f in figures):
        return 1
    if any(f.passed is None and not f.info_only for f in figures):
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
