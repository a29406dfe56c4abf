"""Random files of every kind given to every option that takes a path (issue 19): each call
ends within a bound with exit 0 or 2 and a plain message, never a traceback, and the data
folder is unchanged unless the call was one that writes it and said it did."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import paths
from tests.helpers.datafiles import filled_database, folder_state

ROOT = Path(__file__).resolve().parent.parent.parent
NUMBER = "C 07-959 SI"
BOUND_SECONDS = 30

# Each option that takes a path, as a call with PATH where the path goes.
CALLS = {
    "import FILE": ["import", "PATH"],
    "import FILE --replace": ["import", "PATH", "--replace"],
    "export -o": ["export", NUMBER, "-o", "PATH"],
    "exhibit -o": ["exhibit", NUMBER, "-o", "PATH", "--as-of", "2007-09-01"],
    "backup -o": ["backup", "-o", "PATH"],
    "backup --passphrase-file": ["backup", "-o", "OUT", "--passphrase-file", "PATH"],
    "restore FILE": ["restore", "PATH"],
    "restore --passphrase-file": ["restore", "BACKUP", "--passphrase-file", "PATH"],
}
WRITES_DATA = {"import FILE", "import FILE --replace", "restore FILE",
               "restore --passphrase-file"}
KINDS = ["regular", "empty", "missing", "fifo", "folder", "link to regular", "dangling link",
         "link into the data folder", "device"]


def make(kind: str, path: Path, data: bytes, data_dir: Path) -> None:
    if kind in ("regular", "link to regular"):
        target = path if kind == "regular" else path.with_name("target")
        target.write_bytes(data)
        if kind == "link to regular":
            path.symlink_to(target)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
        (path / "inside").write_bytes(data)
    elif kind == "dangling link":
        path.symlink_to(path.with_name("nowhere"))
    elif kind == "link into the data folder":
        path.symlink_to(paths.database_path())
    elif kind == "device":
        # A device node of our own, in our own temporary folder: never the machine's /dev.
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))


_CAN_MAKE_DEVICES = os.name == "posix" and os.geteuid() == 0
_KIND_CHOICES = [k for k in KINDS if k != "device" or _CAN_MAKE_DEVICES]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks as POSIX makes them")
@settings(max_examples=24, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(call=st.sampled_from(sorted(CALLS)), kind=st.sampled_from(_KIND_CHOICES),
       data=st.one_of(st.binary(max_size=2048),
                      st.sampled_from([b"SQLite format 3\x00" + bytes(84),
                                       b'{"format": "meetconfer.case", "version": 1}',
                                       b"MeetConferSealed\x01\x0f\x08\x01" + bytes(60)])))
def test_any_file_of_any_kind_at_any_path_option(
    data_dir: Path, tmp_path_factory: pytest.TempPathFactory, call: str, kind: str,
    data: bytes,
) -> None:
    if not paths.database_path().exists():
        filled_database(paths.database_path())
    work = tmp_path_factory.mktemp("hostile")
    path = work / "given"
    make(kind, path, data, data_dir)
    backup = work / "backup.sqlite3"
    if "BACKUP" in CALLS[call]:
        import shutil

        shutil.copyfile(paths.database_path(), backup)
    words = [{"PATH": str(path), "OUT": str(work / "out"), "BACKUP": str(backup)}.get(w, w)
             for w in CALLS[call]]
    before = folder_state(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *words],
        capture_output=True, text=True, timeout=BOUND_SECONDS, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    said = result.stdout + result.stderr
    assert "Traceback" not in said and "Error:" not in said.split("\n")[0], said
    assert result.returncode in (0, 2), said
    if result.returncode == 2:
        assert result.stderr.strip(), "a refusal says why"
    if result.returncode == 2 or call not in WRITES_DATA:
        after = folder_state(data_dir)
        assert after == before, (call, kind, said)
    if kind == "link into the data folder" and call in ("export -o", "exhibit -o", "backup -o"):
        assert result.returncode == 2
