"""Another copy of the program, as a child process, for the one-writer and kill tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_HOLD_LOCK = """
import sys
from pathlib import Path
from app.store.lock import acquire_data_folder_lock
lock = acquire_data_folder_lock(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.read()
"""


def python(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


@contextmanager
def holding_lock(folder: Path, *, kill: bool = False) -> Iterator[int]:
    """A child process holding the data folder's lock; yields its process id. It is
    ended at the end (with SIGKILL when `kill`, as a crash would)."""
    child = python(_HOLD_LOCK, str(folder))
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        yield child.pid
    finally:
        if kill:
            child.kill()
        elif child.stdin is not None:
            child.stdin.close()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
        if child.stdin is not None and not child.stdin.closed:
            child.stdin.close()
