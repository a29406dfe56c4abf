"""Timing helpers: run a command several times, keep the median, describe the machine.

Wall-clock time is what the person at the law-library PC waits, so budgets are judged on
it. Each run also records the child's CPU time (user + system, from the kernel's rusage of
reaped children): on a busy machine wall time swells while CPU time mostly does not, so the
two side by side show how much of a figure is noise.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


class CommandFailedError(RuntimeError):
    """A measured command exited with an error: the figure would be meaningless."""


@dataclass(slots=True)
class Sample:
    wall_s: float
    cpu_s: float
    stdout: str = ""


@dataclass(slots=True)
class Series:
    """The runs of one measured thing."""

    label: str
    command: list[str]
    samples: list[Sample] = field(default_factory=list)

    @property
    def walls(self) -> list[float]:
        return [s.wall_s for s in self.samples]

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu_median(self) -> float:
        return statistics.median(s.cpu_s for s in self.samples)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "command": self.command,
            "median_s": round(self.median, 4),
            "min_s": round(min(self.walls), 4),
            "max_s": round(max(self.walls), 4),
            "cpu_median_s": round(self.cpu_median, 4),
            "runs_s": [round(w, 4) for w in self.walls],
        }


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(
    command: Sequence[str],
    env: Mapping[str, str],
    cwd: Path | None = None,
    timeout: float = 600,
    ok_status: tuple[int, ...] = (0,),
) -> Sample:
    """Run `command` to its end; its wall and CPU time. Raises CommandFailedError on a bad exit
    status, quoting the end of its error output so the report says why."""
    cpu_before = children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(
        list(command),
        env=dict(env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    wall = time.perf_counter() - start
    cpu = children_cpu() - cpu_before
    if proc.returncode not in ok_status:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-6:]
        raise CommandFailedError(
            f"`{' '.join(command)}` exited with {proc.returncode}: " + " | ".join(tail)
        )
    return Sample(wall, cpu, proc.stdout)


def interleaved(
    series: Sequence[Series],
    runs: int,
    make_run: Callable[[Series, int], Sample],
    warmup: bool = True,
) -> None:
    """Run each series `runs` times, alternating A B A B ..., after one discarded warm-up
    round. Alternating spreads a burst of load from other processes over every series
    instead of landing on one of them, which is what keeps the ratios steady."""
    if warmup:
        for s in series:
            make_run(s, -1)
    for i in range(runs):
        for s in series:
            s.samples.append(make_run(s, i))


@dataclass(slots=True)
class Figure:
    """One line of the results table."""

    name: str
    value: str  # as shown, with its unit
    baseline: str
    ratio: float | None
    budget: str
    passed: bool | None  # None: not measured (see `note`)
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    info_only: bool = False  # shown for context, no budget of its own

    @property
    def cpu_ratio(self) -> float | None:
        """The same ratio in CPU seconds (subprocess figures only). Other programs' load
        stretches wall time far more than CPU time, so when the two ratios disagree the
        machine was busy and the CPU ratio is the steadier guide."""
        subject, baseline = self.details.get("subject"), self.details.get("baseline")
        if not subject or not baseline or not baseline.get("cpu_median_s"):
            return None
        return float(subject["cpu_median_s"]) / float(baseline["cpu_median_s"])

    @property
    def verdict(self) -> str:
        if self.info_only and self.value != "-":
            return "INFO"
        if self.passed is None:
            return "NOT RUN"
        return "PASS" if self.passed else "FAIL"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["cpu_ratio"] = None if self.cpu_ratio is None else round(self.cpu_ratio, 3)
        data["verdict"] = self.verdict
        return data


def cpu_model() -> str:
    """The CPU as /proc/cpuinfo names it, with family/model/stepping and clock, because a
    VM often reports only a bare brand ("AMD EPYC") that says nothing about its generation."""
    fields: dict[str, str] = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            name, _, value = line.partition(":")
            fields.setdefault(name.strip(), value.strip())
    except OSError:
        return platform.processor() or platform.machine()
    model = fields.get("model name", platform.machine())
    extra = [
        f"family {fields['cpu family']} model {fields['model']} stepping {fields['stepping']}"
        if {"cpu family", "model", "stepping"} <= fields.keys()
        else "",
        f"{float(fields['cpu MHz']):.0f} MHz" if "cpu MHz" in fields else "",
        "virtual machine" if "hypervisor" in fields.get("flags", "").split() else "",
    ]
    details = ", ".join(e for e in extra if e)
    return f"{model} ({details})" if details else model


def describe_machine(python: Path) -> dict[str, Any]:
    """What the figures were measured on. Versions come from the venv's own interpreter,
    which is the one the program runs under."""
    probe = (
        "import json, sqlite3, sys\n"
        "out = {'python': sys.version.split()[0], 'sqlite': sqlite3.sqlite_version}\n"
        "try:\n"
        "    import PySide6, PySide6.QtCore as c\n"
        "    out['pyside6'] = PySide6.__version__; out['qt'] = c.qVersion()\n"
        "except Exception as e:\n"
        "    out['qt'] = f'unavailable: {e}'\n"
        "try:\n"
        "    import reportlab\n"
        "    out['reportlab'] = reportlab.Version\n"
        "except Exception as e:\n"
        "    out['reportlab'] = f'unavailable: {e}'\n"
        "print(json.dumps(out))\n"
    )
    import json

    versions = json.loads(
        subprocess.run(
            [str(python), "-c", probe], capture_output=True, text=True, check=True
        ).stdout
    )
    try:
        memory_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        memory = f"{memory_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown"
    return {
        "cpu_model": cpu_model(),
        "logical_cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory": memory,
        "os": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "runner_python": sys.version.split()[0],
        **versions,
    }


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"
