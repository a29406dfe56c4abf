"""The rotating log and the crash report (`app.crash`)."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import crash, paths


@pytest.fixture(autouse=True)
def _closed_logs() -> Iterator[None]:
    yield
    crash.stop_logging()


# An error's message may quote what a person typed or stored: here a case's name.
_MESSAGE = "cannot read Ramírez v. Kessler"


def _fails() -> None:
    raise ValueError(_MESSAGE)


def raised() -> crash.ExcInfo:
    try:
        try:
            _fails()
        except ValueError as first:
            raise RuntimeError(f"while showing {_MESSAGE}") from first
    except RuntimeError:
        kind, error, tb = sys.exc_info()
        assert kind is not None and error is not None
        return kind, error, tb


def test_a_crash_report_has_the_details_but_no_message(data_dir: Path) -> None:
    report = crash.write_crash_report(raised())
    assert report is not None and report.parent == paths.logs_dir()
    text = report.read_text(encoding="utf-8")
    assert "Meet-and-Confer Log" in text
    # Where it happened, and what kind of error, for both chained errors, in Python's order.
    assert text.index("ValueError") < text.index("direct cause") < text.index("RuntimeError")
    assert "in _fails" in text and 'raise ValueError(_MESSAGE)' in text
    assert "Kessler" not in text


def test_two_reports_do_not_overwrite_each_other(data_dir: Path) -> None:
    first = crash.write_crash_report(raised())
    second = crash.write_crash_report(raised())
    assert first is not None and second is not None
    assert first != second and first.exists() and second.exists()


def test_the_log_rotates(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash, "LOG_MAX_BYTES", 2000)
    target = crash.start_logging()
    assert target is not None
    assert crash.start_logging() == target  # once only
    logger = logging.getLogger("app.test")
    for number in range(200):
        logger.info("line %d of the log, long enough to fill it up soon", number)
    crash.stop_logging()
    rotated = sorted(p.name for p in target.parent.glob("meetconfer.log*"))
    assert rotated == ["meetconfer.log", *(f"meetconfer.log.{n}" for n in range(1, 6))]


def test_the_log_records_a_crash(data_dir: Path) -> None:
    target = crash.start_logging()
    crash.write_crash_report(raised())
    crash.stop_logging()
    logged = target.read_text(encoding="utf-8") if target is not None else ""
    assert "crash: RuntimeError" in logged
    assert "Kessler" not in logged


def test_a_data_folder_that_cannot_be_written(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.data_dir().mkdir(parents=True)
    paths.logs_dir().write_text("a file where the folder should be")
    assert crash.start_logging() is None
    report = crash.write_crash_report(raised())
    assert report is not None and report.parent != paths.logs_dir() and report.exists()
    report.unlink()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="permissions do not bind the superuser"
)
def test_a_read_only_data_folder(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        report = crash.write_crash_report(raised())
    finally:
        data_dir.chmod(stat.S_IRWXU)
    assert report.exists() and report.parent != paths.logs_dir()
    report.unlink()


def test_nowhere_to_write_gives_no_report_path(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folders should be")
    monkeypatch.setattr(paths, "logs_dir", lambda: blocked / "logs")
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(blocked / "tmp"))
    assert crash.write_crash_report(raised()) is None
