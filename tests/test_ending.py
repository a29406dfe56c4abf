"""Ending the process without Python's clean-up still does what a clean exit must: the exit
status, everything printed, `atexit` handlers, and Qt's application object deleted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PLAIN = """
import atexit, sys
from pathlib import Path
from app.ending import end_process
marker = Path(sys.argv[1])
atexit.register(lambda: marker.write_text("atexit ran"))
for n in range(2000):  # more than a pipe's buffer holds, so nothing may be left unflushed
    print("line", n)
print("to stderr", file=sys.stderr)
end_process(3)
print("never printed")
"""

_WITH_QT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.ending import end_process
marker = Path(sys.argv[1])
app = QApplication([])
app.destroyed.connect(lambda: marker.write_text("application deleted"))
end_process(0)
"""


def _run(script: str, marker: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", script, str(marker)], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_status_output_and_atexit_handlers_survive(tmp_path: Path) -> None:
    marker = tmp_path / "marker.txt"
    done = _run(_PLAIN, marker)
    assert done.returncode == 3
    lines = done.stdout.splitlines()
    assert len(lines) == 2000 and lines[-1] == "line 1999"
    assert "never printed" not in done.stdout
    assert done.stderr.strip() == "to stderr"
    assert marker.read_text() == "atexit ran"


def test_the_qt_application_is_deleted_first(tmp_path: Path) -> None:
    # On Windows, deleting it is what leaves anything copied on the clipboard after exit.
    marker = tmp_path / "marker.txt"
    done = _run(_WITH_QT, marker)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "application deleted"


def test_a_command_that_never_loaded_qt_does_not_load_it(tmp_path: Path) -> None:
    script = ("import sys; from app.ending import end_process; "
              "print(any(m.startswith('PySide6') for m in sys.modules)); end_process(0)")
    done = _run(script, tmp_path / "unused")
    assert done.returncode == 0 and done.stdout.strip() == "False"


def test_the_program_run_as_a_module_ends_with_the_commands_status(tmp_path: Path) -> None:
    """`python -m app` goes through `app.cli.run`, as the console script and the bundle do:
    the command's status and its message still come out."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "check", "NOPE"],
        capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 2
    assert "NOPE" in done.stderr
