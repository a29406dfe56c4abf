"""The cold-start figure: bytes read from disk, page cache dropped, to the first paint.

On an old law-library PC the disk, not the processor, is what a person waits for at the
first start of the day: nothing of the program is in memory yet, and every library, every
module and every font comes off the disk. So this figure counts the bytes the installed
program (the PyInstaller bundle, as `installer/build` makes it) makes the kernel read from
the disk until its first paint, against a bare PySide6 window's (`bare_window.py`), each
run after the page cache is dropped.

Dropping the page cache (`/proc/sys/vm/drop_caches`) needs root: as anyone else the figure
is skipped, not guessed. The count is the kernel's own: `ru_inblock` of the finished child
(read by `os.wait4`), which is its `read_bytes` I/O accounting in 512-byte blocks: reads
that reached the storage layer, both `read()` calls and pages of mapped libraries. Both
programs quit at their first paint, so "to the first paint" is the whole run.

The bare window is frozen the same way (`build_bare_bundle`: PyInstaller, one folder,
stripped like the program's bundle), not run from the virtual environment: there its
Python and Qt libraries are the very files every other Python program on the machine has
mapped, whose pages dropping the cache cannot evict, so its count swung from 31 to 66 MiB
between runs on a busy machine. Each bundle has its own copies, read from disk every time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DROP_CACHES = Path("/proc/sys/vm/drop_caches")
BLOCK = 512  # ru_inblock's unit on Linux


@dataclass(frozen=True, slots=True)
class ColdRun:
    bytes_read: int
    wall_s: float
    stdout: str


def why_not_measurable() -> str | None:
    """Why the page cache cannot be dropped here, or None when it can."""
    if not DROP_CACHES.exists():
        return "no /proc/sys/vm/drop_caches (not Linux)"
    if os.geteuid() != 0:
        return "dropping the page cache needs root; run as root to measure it"
    if not os.access(DROP_CACHES, os.W_OK):
        return "/proc/sys/vm/drop_caches cannot be written here (a container, say)"
    return None


def drop_page_cache() -> None:
    """Write dirty pages out, then drop the clean page cache, dentries and inodes."""
    os.sync()
    DROP_CACHES.write_text("3\n")


def cold_run(command: Sequence[str], env: Mapping[str, str], cwd: Path,
             timeout: float = 300) -> ColdRun:  # fmt: skip
    """Drop the page cache, run `command` to its end, and count what it read from disk."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as out:
        drop_page_cache()
        start = time.perf_counter()
        child = subprocess.Popen(list(command), env=dict(env), cwd=cwd, stdout=out,
                                 stderr=subprocess.STDOUT)  # fmt: skip
        deadline = start + timeout
        while True:
            # wait4, not Popen.wait: only wait4 returns the child's own resource usage.
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                os.wait4(child.pid, 0)
                raise RuntimeError(f"`{' '.join(command)}` did not finish in {timeout:.0f} s")
            time.sleep(0.005)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if child.returncode != 0:
        tail = " | ".join(text.strip().splitlines()[-4:])
        raise RuntimeError(f"`{' '.join(command)}` exited with {child.returncode}: {tail}")
    return ColdRun(usage.ru_inblock * BLOCK, wall, text)


def build_bare_bundle(script: Path, work: Path) -> Path:
    """Freeze `script` (bare_window.py) with PyInstaller into `work`; the executable."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "ERROR",
        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
        "--specpath", str(work),
    ]
    if sys.platform.startswith("linux"):
        command.append("--strip")  # as installer/meetconfer.spec does on Linux
    result = subprocess.run([*command, str(script)], capture_output=True, text=True,
                            check=False)  # fmt: skip
    executable = work / "dist" / script.stem / (script.stem + (".exe" if os.name == "nt" else ""))
    if result.returncode != 0 or not executable.is_file():
        tail = " | ".join((result.stderr or result.stdout).strip().splitlines()[-4:])
        raise RuntimeError(f"freezing {script.name} failed: {tail}")
    return executable
