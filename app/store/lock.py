"""One writer per data folder.

A second copy of the program (or a writing command) on the same data folder is refused with
a plain message. The lock is the operating system's own lock on a small file in the data
folder (`flock` on POSIX, `msvcrt.locking` on Windows): it ends with the process that holds
it, so a crashed or killed copy never leaves the folder stuck. The file also says which
process holds it, for the message.

Within one process the lock is shared: taking it again (the app restoring a backup, say)
returns the same lock, released when every holder has released it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store.errors import StoreError

LOCK_FILE = "meetconfer.lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the process id, so others can read it


class DataFolderInUseError(StoreError):
    """Another copy of the program is using the data folder."""

    def __init__(self, folder: Path, holder: int | None) -> None:
        super().__init__(
            message(
                "Safety",
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "Another copy of Meet-and-Confer Log is already using the data in {folder}. "
                    "Close it first (it may be open in another window or for another user), "
                    "then try again. Nothing was changed.",
                ),
                folder=str(folder),
            )
        )
        self.folder = folder
        self.holder = holder


class DataFolderLock:
    """The data folder's lock, held until `release()` (or the end of a `with` block)."""

    def __init__(self, folder: Path, file: IO[bytes]) -> None:
        self.folder = folder
        self._file = file
        self._holders = 1

    def release(self) -> None:
        self._holders -= 1
        if self._holders > 0:
            return
        _held.pop(_key(self.folder), None)
        with contextlib.suppress(OSError):
            _unlock(self._file)
        self._file.close()

    @property
    def held(self) -> bool:
        return self._holders > 0

    def __enter__(self) -> DataFolderLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


_held: dict[str, DataFolderLock] = {}


def acquire_data_folder_lock(folder: Path | None = None) -> DataFolderLock:
    """Take the lock on `folder` (the configured data folder by default), creating the
    folder if needed. Raises `DataFolderInUseError` when another process holds it."""
    if folder is None:
        from app import paths

        folder = paths.data_dir()
    existing = _held.get(_key(folder))
    if existing is not None:
        existing._holders += 1
        return existing
    folder.mkdir(parents=True, exist_ok=True)
    file = (folder / LOCK_FILE).open("a+b")
    try:
        _lock(file)
    except OSError:
        file.close()
        raise DataFolderInUseError(folder, lock_holder(folder)) from None
    file.seek(0)
    file.truncate()
    file.write(str(os.getpid()).encode("ascii"))
    file.flush()
    lock = DataFolderLock(folder, file)
    _held[_key(folder)] = lock
    return lock


def is_locked_by_another(folder: Path) -> bool:
    """Whether another process holds the lock now (a read-only look: nothing is created)."""
    path = folder / LOCK_FILE
    if _key(folder) in _held or not path.exists():
        return False
    try:
        with path.open("rb") as file:
            _lock(file)
            _unlock(file)
    except OSError:
        return True
    return False


def lock_holder(folder: Path) -> int | None:
    """The process id written by the lock's holder, if it can be read."""
    try:
        text = (folder / LOCK_FILE).read_bytes()[:20].decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _key(folder: Path) -> str:
    return os.path.normcase(str(folder.resolve()))


if sys.platform == "win32":
    import msvcrt

    def _lock(file: IO[bytes]) -> None:
        file.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(file: IO[bytes]) -> None:
        file.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
