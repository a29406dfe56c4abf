"""The program's log and its crash reports, both in the data folder's `logs`.

`start_logging()` sends the program's own log messages (the `app` loggers) to a rotating
file, `meetconfer.log` (five old files of a megabyte each are kept), so a long-lived
install never fills the disk. `write_crash_report(exc_info)` writes the details of a bug to
a new report file for the staff and returns where it is; when the data folder cannot be
written the report goes to the system's temporary folder instead (None if that fails
too). Neither ever raises: a failing log must not hide the problem it was meant to record.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import platform
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

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
    log.error("crash: %s", "".join(traceback.format_exception_only(kind, error)).strip())
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
        + "".join(traceback.format_exception(kind, error, tb))
    )
