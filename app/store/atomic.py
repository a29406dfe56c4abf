"""Writing a file so that it is either all there or not changed at all.

The bytes go to a temporary file in the same folder (so the final rename stays on one
disk), are flushed to the disk, and the temporary file then replaces the target in one
step (`os.replace`). A power cut or a full disk leaves the old file as it was and no
half-written file behind: on any failure the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path | str, data: bytes) -> None:
    """Write `data` to `path`, replacing it only once every byte is safely on disk."""
    target = Path(path)
    # mkstemp makes the file readable by its owner only: a case file holds private details.
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
