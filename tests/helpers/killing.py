"""Killing a writing copy of the program at random moments, and damaging data files at
random: shared by the slow tests and `benchmarks/safety_report.py`.

The writer is a child process using the real `Store`: it imports cases and adds, edits and
removes letters, printing `try <change>` before each change and `saved <change>` once the
store has returned (the change is reported as saved). The parent kills it with SIGKILL at a
random moment, then opens the data as the program would and checks that the file is whole
(`PRAGMA integrity_check`) and that every change reported as saved is there. The one change
that was tried but not reported may or may not be there: both are right.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.store import DatabaseProblem, Store

ROOT = Path(__file__).resolve().parent.parent.parent
MAIN_CASE = "K MAIN"

_WRITER = r"""
import datetime as dt, sys
from app.domain.model import (Case, Communication, Counsel, Direction, Dispute, DisputeKind,
    DisputeStatus, Litigant, Method, Role)
from app.store import Store

path, start, MAIN = sys.argv[1], int(sys.argv[2]), sys.argv[3]
day = dt.date(2024, 5, 1)

def case(number):
    return Case(case_number=number, court="Court", district="District", division=None,
        short_title="A v. B", plaintiffs=["A"], defendants=["B"], judge=None,
        rule_profile="cand", profile_overrides=None,
        litigant=Litigant("A", Role.PLAINTIFF, address=["Box 1"]),
        counsel=[Counsel("k1", "Lawyer", address=["1 Main St"])],
        disputes=[Dispute("d1", DisputeKind.PRODUCTION, "RFP 1", DisputeStatus.OPEN)],
        communications=[Communication(f"c{n}", Direction.OUTGOING, Method.LETTER, day,
            counsel="k1", disputes=["d1"], summary="x" * 300) for n in range(1, 30)])

def letter(key, summary):
    return Communication(key, Direction.OUTGOING, Method.LETTER, day, counsel="k1",
                         disputes=["d1"], summary=summary)

def say(text):
    print(text, flush=True)

store = Store.open(path)
main = store.case_id(MAIN) or store.insert_case(case(MAIN))
say("ready")
i = start
while True:
    op = i % 4
    if op == 0:
        change = f"case K {i}"
        say(f"try {i} {change}")
        store.insert_case(case(f"K {i}"))
    elif op == 1:
        change = f"add x{i} s{i}"
        say(f"try {i} {change}")
        store.add_communication(main, letter(f"x{i}", f"s{i}"))
    elif op == 2:
        change = f"edit x{i - 1} e{i}"
        say(f"try {i} {change}")
        store.update_communication(main, letter(f"x{i - 1}", f"e{i}"))
    else:
        change = f"del x{i - 2}" if i % 8 == 3 else f"add y{i} s{i}"
        say(f"try {i} {change}")
        if i % 8 == 3:
            store.delete_communication(main, f"x{i - 2}")
        else:
            store.add_communication(main, letter(f"y{i}", f"s{i}"))
    say(f"saved {i} {change}")
    i += 1
"""


@dataclass
class Expected:
    """What the data must hold: the cases and letters reported as saved."""

    cases: set[str] = field(default_factory=set)
    letters: dict[str, str | None] = field(default_factory=dict)  # None: removed

    def apply(self, change: str) -> None:
        words = change.split()
        if words[0] == "case":
            self.cases.add(" ".join(words[1:]))
        elif words[0] in ("add", "edit"):
            self.letters[words[1]] = words[2]
        elif words[0] == "del":
            self.letters[words[1]] = None

    def after(self, change: str | None) -> Expected:
        copy = Expected(set(self.cases), dict(self.letters))
        if change is not None:
            copy.apply(change)
        return copy


@dataclass
class KillReport:
    kills: int = 0
    saved_changes: int = 0
    problems: list[str] = field(default_factory=list)


def run_kill_rounds(path: Path, rounds: int, seed: int, longest_wait: float = 0.3) -> KillReport:
    """Start the writer, kill it at a random moment, check the data; `rounds` times."""
    rng = random.Random(seed)
    expected = Expected()
    report = KillReport()
    start = 0
    for _ in range(rounds):
        lines = _run_and_kill(path, start, rng.uniform(0, longest_wait))
        report.kills += 1
        tried: str | None = None
        for line in lines:
            word, _, rest = line.partition(" ")
            number, _, change = rest.partition(" ")
            if word == "try":
                tried = change
                start = int(number) + 1
            elif word == "saved":
                expected.apply(change)
                report.saved_changes += 1
                tried = None
        start += 4 - start % 4  # a new run starts a new cycle of changes
        found = _check(path, expected, expected.after(tried))
        if found:
            report.problems.append(found)
            break
        if tried is not None:  # it did get in: from now on it is expected
            expected = _settle(path, expected, tried)
    return report


def _run_and_kill(path: Path, start: int, wait: float) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(start), MAIN_CASE],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=60)
    time.sleep(wait)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    child.stdout.close()
    return lines


def _state(path: Path) -> tuple[str, set[str], dict[str, str]]:
    store = Store.open(path)
    try:
        integrity = store.db.execute("PRAGMA integrity_check").fetchone()[0]
        cases = {c.case_number for c in store.list_cases()}
        main = store.load_case_by_number(MAIN_CASE)
        letters = {c.id: c.summary or "" for c in (main.communications if main else [])}
    finally:
        store.close()
    return str(integrity), cases, letters


def _matches(expected: Expected, cases: set[str], letters: dict[str, str]) -> bool:
    if not expected.cases <= cases:
        return False
    return all(letters.get(key) == summary for key, summary in expected.letters.items())


def _check(path: Path, expected: Expected, or_else: Expected) -> str:
    try:
        integrity, cases, letters = _state(path)
    except (DatabaseProblem, sqlite3.Error) as error:
        return f"the data could not be opened after a kill: {error}"
    if integrity != "ok":
        return f"integrity check after a kill: {integrity}"
    if not (_matches(expected, cases, letters) or _matches(or_else, cases, letters)):
        return "a change reported as saved is missing"
    return ""


def _settle(path: Path, expected: Expected, tried: str) -> Expected:
    _, cases, letters = _state(path)
    with_it = expected.after(tried)
    return with_it if _matches(with_it, cases, letters) else expected


# -- damaging files ----------------------------------------------------------------------


def damage(data: bytes, rng: random.Random, changes: int) -> bytes:
    """`data` with `changes` random bytes changed, or cut short, or a run zeroed."""
    damaged = bytearray(data)
    how = rng.choice(["bytes", "cut", "zeros"])
    if how == "cut":
        return bytes(damaged[: rng.randrange(1, len(damaged))])
    if how == "zeros":
        start = rng.randrange(len(damaged))
        end = min(len(damaged), start + rng.randrange(1, 8192))
        damaged[start:end] = bytes(end - start)
        return bytes(damaged)
    for _ in range(changes):
        damaged[rng.randrange(len(damaged))] = rng.randrange(256)
    return bytes(damaged)


def try_to_open(path: Path) -> str:
    """Open a damaged file as the program does: "opened", "refused", or what went wrong
    (anything else is a failure: another exception, or a refused file that changed)."""
    before = path.read_bytes()
    try:
        store = Store.open(path)
    except DatabaseProblem:
        return "refused" if path.read_bytes() == before else "refused but changed"
    except Exception as error:  # the point: anything but DatabaseProblem is a failure
        return f"raised {type(error).__name__}: {error}"
    store.close()
    return "opened"
