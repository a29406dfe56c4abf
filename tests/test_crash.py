"""Fatal errors (`app.crash.begin_run`, `end_run`, `previous_run`): a crash inside Python or
Qt, which no Python code sees, leaves its details in the data folder's logs, and the next
start knows the last run ended unexpectedly, also after a kill that leaves no details."""

from __future__ import annotations

import faulthandler
import os
import signal
import subprocess
import sys
from pathlib import Path

from app import crash, paths

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import sys, time
from app import crash, paths
paths.configure(sys.argv[1])
crash.begin_run()
how = sys.argv[2]
def deep_in_the_program():
    if how == "fatal":
        import ctypes
        ctypes.pythonapi.Py_FatalError(b"none_dealloc: deallocating None")
    if how == "segfault":
        import ctypes
        ctypes.string_at(0)
    if how == "wait":
        print("running", flush=True)
        time.sleep(60)
    crash.end_run()
deep_in_the_program()
"""


def _child(data: Path, how: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data), how],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _finish(child: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = child.communicate(timeout=60)
    return child.returncode, err


def test_a_clean_run_leaves_nothing(data_dir: Path) -> None:
    code, err = _finish(_child(data_dir, "clean"))
    assert code == 0, err
    assert list(paths.logs_dir().glob("*.txt")) == []
    assert crash.previous_run() == crash.PreviousRun(False)


def test_a_fatal_python_error_is_kept_as_a_crash_report(data_dir: Path) -> None:
    code, _err = _finish(_child(data_dir, "fatal"))
    assert code == -signal.SIGABRT
    last = crash.previous_run()
    assert last.ended_unexpectedly and last.report is not None
    assert last.report.parent == paths.logs_dir()
    assert last.report.name.startswith("crash-") and last.report.name.endswith("-fatal.txt")
    text = last.report.read_text(encoding="utf-8")
    # Python's own message (written to the standard error stream) and where it happened.
    assert "Fatal Python error: none_dealloc: deallocating None" in text
    assert "deep_in_the_program" in text
    # Said once: the next start after that has nothing to say.
    assert crash.previous_run() == crash.PreviousRun(False)
    assert last.report.exists()


def test_a_crash_inside_compiled_code_is_kept_too(data_dir: Path) -> None:
    code, _err = _finish(_child(data_dir, "segfault"))
    assert code == -signal.SIGSEGV
    last = crash.previous_run()
    assert last.report is not None
    text = last.report.read_text(encoding="utf-8")
    assert "Segmentation fault" in text and "deep_in_the_program" in text


def test_a_kill_is_known_but_leaves_no_report(data_dir: Path) -> None:
    child = _child(data_dir, "wait")
    assert child.stdout is not None and child.stdout.readline().strip() == "running"
    child.send_signal(signal.SIGKILL)
    _finish(child)
    assert crash.previous_run() == crash.PreviousRun(True, None)
    assert list(paths.logs_dir().glob("running-*")) == []
    assert crash.previous_run() == crash.PreviousRun(False)


def test_in_this_process_the_run_file_is_removed_and_faulthandler_put_back(
        data_dir: Path) -> None:
    was_on = faulthandler.is_enabled()
    path = crash.begin_run()
    try:
        assert path is not None and path.exists()
        assert faulthandler.is_enabled()
        assert crash.begin_run() == path  # once only
        # This run's own file is not the last run's.
        assert crash.previous_run() == crash.PreviousRun(False)
    finally:
        crash.end_run()
    assert not path.exists()
    assert faulthandler.is_enabled() == was_on


def test_a_data_folder_that_cannot_be_written_runs_on(data_dir: Path) -> None:
    paths.data_dir().mkdir(parents=True)
    paths.logs_dir().write_text("a file where the folder should be")
    assert crash.begin_run() is None
    crash.end_run()
    assert crash.previous_run() == crash.PreviousRun(False)


def test_messages_of_a_killed_run_are_not_taken_for_a_crash_report(data_dir: Path) -> None:
    logs = paths.logs_dir()
    logs.mkdir(parents=True)
    (logs / "running-20261204-101500-000000.txt").write_text(
        "qt.qpa: This plugin does not support propagateSizeHints()\n")
    target = crash.start_logging()
    try:
        assert crash.previous_run() == crash.PreviousRun(True, None)
    finally:
        crash.stop_logging()
    assert list(logs.glob("running-*")) == [] and list(logs.glob("crash-*")) == []
    assert target is not None and "propagateSizeHints" in target.read_text(encoding="utf-8")
