"""The program's log and its crash reports, both in the data folder's `logs`.

`start_logging()` sends the program's own log messages (the `app` loggers) to a rotating
file, `meetconfer.log` (five old files of a megabyte each are kept), so a long-lived
install never fills the disk. `write_crash_report(exc_info)` writes the details of a bug to
a new report file for the staff and returns where it is; when the data folder cannot be
written the report goes to the system's temporary folder instead (None if that fails
too). Neither ever raises: a failing log must not hide the problem it was meant to record.

Neither holds anything of a case, in any folder, locked or not: the log's messages name
files and folders, never a record, and a crash report gives each error's kind and where in
the program it happened, but not its message, which may quote what was typed or stored (a
name, a case number, a day a person wrote).

A fatal error (a crash inside Qt or Python itself, which no Python code sees) is written by
`faulthandler`: `begin_run()` gives it this run's file, `logs/running-<time>.txt`, and a
clean end (`end_run()`) removes the file, empty. So at the next start a file still there
means the last run did not end: `previous_run()` says so, keeps a file with a fatal error
in it as the crash report `logs/crash-<time>-fatal.txt`, and drops the empty ones a kill
or a power cut leaves. Where the program has no console (the installed program), whatever
Python writes to the standard error stream goes into the same file, so the "Fatal Python
error" line that comes before an abort is kept too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from app import __version__, paths

LOG_FILE = "meetconfer.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
_LOGGER = "app"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

log = logging.getLogger(__name__)


def start_logging(level: int = logging.INFO) -> Path | None:
    """Log to `logs/meetconfer.log` in the data folder; the file, or None when the folder
    cannot be written (the program runs on without a log)."""
    target = paths.logs_dir() / LOG_FILE
    logger = logging.getLogger(_LOGGER)
    for handler in logger.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == target.absolute()
        ):
            return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(min(level, logger.level or level))
    return target


def stop_logging() -> None:
    """Close the log files (at exit, and between tests)."""
    logger = logging.getLogger(_LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def write_crash_report(exc_info: ExcInfo) -> Path | None:
    """Write what went wrong to a new report file and return it (for the crash dialog);
    None when no folder could be written, so nobody is sent looking for a missing file."""
    kind, error, tb = exc_info
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    text = _report_text(kind, error, tb)
    log.error("crash: %s", _kind_name(kind))
    for folder in (paths.logs_dir(), Path(tempfile.gettempdir())):
        report = folder / f"crash-{stamp}.txt"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            from app.store.atomic import write_atomically

            write_atomically(report, text.encode("utf-8"))
        except OSError:
            continue
        return report
    return None


def _report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    return (
        f"Meet-and-Confer Log {__version__}\n"
        f"Python {sys.version.split()[0]} on {platform.platform()}\n"
        f"Time {dt.datetime.now().isoformat(timespec='seconds')}\n\n"
        + "".join(_traceback_without_messages(kind, error, tb))
    )


_LEFT_OUT = "(its message is left out: it may quote case details)"


def _kind_name(kind: type[BaseException]) -> str:
    if kind.__module__ in ("builtins", "__main__"):
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"


def _traceback_without_messages(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> list[str]:
    """Python's traceback, chained errors included (the first first, as Python prints
    them), with each error's kind and the program's lines where it passed, but no message."""
    chain: list[tuple[traceback.TracebackException, str]] = []
    part: traceback.TracebackException | None = traceback.TracebackException(kind, error, tb)
    link = ""
    while part is not None:
        chain.append((part, link))
        if part.__cause__ is not None:
            part, link = part.__cause__, "The above error was the direct cause of this one:"
        elif part.__context__ is not None and not part.__suppress_context__:
            part, link = part.__context__, "While handling the above error, another happened:"
        else:
            part = None
    lines: list[str] = []
    for part, link in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(part.stack.format())
        lines.append(f"{_kind_name(part.exc_type) if part.exc_type else 'Error'} {_LEFT_OUT}\n")
        if link:
            lines.append(f"\n{link}\n\n")
    return lines


# -- fatal errors ------------------------------------------------------------------------

_RUN_PREFIX = "running-"
_FATAL_SUFFIX = "-fatal.txt"
# How Python and faulthandler begin the report of a fatal error.
_FATAL_HEADERS = ("Fatal Python error", "Windows fatal exception")


@dataclass(frozen=True, slots=True)
class PreviousRun:
    """How the last run of the program ended."""

    ended_unexpectedly: bool
    # Where the details of its fatal error are (None: it left none, as after a kill or a
    # power cut).
    report: Path | None = None


@dataclass
class _Run:
    path: Path
    file: IO[bytes]
    faults_were_on: bool
    # The standard error stream's old descriptor when it was pointed into the file (-1:
    # there was none to put back).
    saved_stderr: int | None


_run: _Run | None = None


def previous_run() -> PreviousRun:
    """Whether the last run ended without `end_run()`, and where its fatal error's details
    are. Call it before `begin_run()`, with the data folder's lock held (so no other copy
    of the program is running there). Never raises: the answer is then "it ended"."""
    folder = paths.logs_dir()
    try:
        left = sorted(folder.glob(f"{_RUN_PREFIX}*.txt"))
    except OSError:
        return PreviousRun(False)
    if _run is not None:
        left = [path for path in left if path != _run.path]
    report: Path | None = None
    for path in left:
        try:
            said = path.read_text(encoding="utf-8", errors="replace")
            if not any(header in said for header in _FATAL_HEADERS):
                # Killed, or the power went: only messages of the standard error stream,
                # if any. They go to the log; there is no crash report to point to.
                if said.strip():
                    log.warning("messages from a run that did not end:\n%s", said.strip())
                path.unlink()
                continue
            kept = folder / f"crash-{path.stem.removeprefix(_RUN_PREFIX)}{_FATAL_SUFFIX}"
            path.replace(kept)
        except OSError:
            kept = path
        report = kept
        log.error("the last run ended with a fatal error; details in %s", kept)
    return PreviousRun(bool(left), report)


def begin_run() -> Path | None:
    """Give `faulthandler` this run's file in the data folder (see the module's notes);
    the file, or None when the folder cannot be written (the program runs on)."""
    global _run
    if _run is not None:
        return _run.path
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = paths.logs_dir() / f"{_RUN_PREFIX}{stamp}.txt"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = path.open("wb", buffering=0)
    except OSError:
        return None
    faults_were_on = faulthandler.is_enabled()
    faulthandler.enable(file=file, all_threads=True)
    _run = _Run(path, file, faults_were_on, _send_stderr_to(file))
    return path


def end_run() -> None:
    """The program is ending normally: stop writing fatal errors to this run's file and
    remove it (empty: a fatal error never comes back here)."""
    global _run
    run, _run = _run, None
    if run is None:
        return
    faulthandler.disable()
    if run.saved_stderr is not None:
        with contextlib.suppress(OSError):
            if run.saved_stderr >= 0:
                os.dup2(run.saved_stderr, 2)
                os.close(run.saved_stderr)
            else:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 2)
                os.close(null)
    if run.faults_were_on and sys.__stderr__ is not None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            faulthandler.enable(file=sys.__stderr__)
    run.file.close()
    with contextlib.suppress(OSError):
        # Messages written to the standard error stream (no fatal error: the run ended)
        # go to the program's log, and the file goes, so the next start finds none.
        said = run.path.read_text(encoding="utf-8", errors="replace").strip()
        if said:
            log.warning("messages from the program's run:\n%s", said)
        run.path.unlink()


def _send_stderr_to(file: IO[bytes]) -> int | None:
    """Where no console shows the standard error stream, point it into `file` (Python's
    own fatal errors are written there, not to faulthandler's file); returns the stream's
    old descriptor, to put back. A console keeps its stream: whoever runs the program from
    one sees its messages there."""
    stream = sys.__stderr__
    try:
        if stream is not None and stream.isatty():
            return None
        saved = os.dup(2) if stream is not None else -1
        os.dup2(file.fileno(), 2)
    except (OSError, ValueError, AttributeError):
        return None
    return saved
