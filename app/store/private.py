"""The data folder is the person's alone: on POSIX the folder and everything the program
keeps in it are readable and writable by its owner only (700 for folders, 600 for files).

Two parts: `keep_new_files_private` sets the process's file-creation mask at start, so every
file the program creates from then on (the database and its journal files, the lock, the
settings, the log, backups, exports) is private whichever path creates it; and
`make_private` tightens what an older version of the program left readable by every local
account (it is called when the data is opened for writing). Windows' per-user data folder
is already private to the person, so there both do nothing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MASK = 0o077
_FOLDER_MODE = 0o700
_FILE_MODE = 0o600
# The program's own files in the data folder; nothing else a person keeps there is touched.
_OWN_FILES = ("meetconfer.sqlite3", "meetconfer.sqlite3-wal", "meetconfer.sqlite3-shm",
              "meetconfer.lock", "settings.ini")
_OWN_FOLDERS = ("backups", "logs")


def keep_new_files_private() -> None:
    """Every file and folder this process creates from now on is its owner's only."""
    if os.name == "posix":
        os.umask(PRIVATE_MASK)


def make_private(folder: Path) -> None:
    """The data folder, the program's files in it and its backups and logs folders, made
    private (a file that cannot be changed, on a stick formatted without permissions, is
    left as it is)."""
    if os.name != "posix":
        return
    _set_mode(folder, _FOLDER_MODE)
    for name in _OWN_FILES:
        _set_mode(folder / name, _FILE_MODE)
    for name in _OWN_FOLDERS:
        sub = folder / name
        if not sub.is_dir() or sub.is_symlink():
            continue
        _set_mode(sub, _FOLDER_MODE)
        with contextlib.suppress(OSError):
            for item in sub.iterdir():
                if item.is_file() and not item.is_symlink():
                    _set_mode(item, _FILE_MODE)


def _set_mode(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        if path.is_symlink() or not path.exists():
            return
        if (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)
