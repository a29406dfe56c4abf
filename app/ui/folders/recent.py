"""The data folders opened lately, newest first, kept for the installation (not in any data
folder: `app.paths.recent_folders_path`). Only paths are written, never a case's name or
number, so the list says nothing about what a folder holds, locked or not."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from app import paths

_KEY = "folders/recent"
# Enough for the few people who share one PC account; the oldest drop off.
MOST_REMEMBERED = 8


def _settings() -> QSettings:
    return QSettings(str(paths.recent_folders_path()), QSettings.Format.IniFormat)


def same_folder(one: Path, other: Path) -> bool:
    """One folder written two ways (another case of letters on Windows, a trailing
    separator, a relative path) is still one folder."""
    return _normal(one) == _normal(other)


def _normal(folder: Path) -> str:
    return os.path.normcase(os.path.abspath(folder))


def recent_folders() -> list[Path]:
    """The folders, newest first (a missing USB stick's folder stays listed)."""
    value = _settings().value(_KEY, [])
    if isinstance(value, str):  # QSettings gives a one-item list back as its item
        value = [value]
    folders: list[Path] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str) and item and not any(same_folder(Path(item), f) for f in folders):
            folders.append(Path(item))
    return folders[:MOST_REMEMBERED]


def remember(folder: Path) -> None:
    """Put `folder` first in the list. A list that cannot be written (a read-only program
    folder) is left as it is: it is a convenience, never a reason to stop."""
    folder = Path(os.path.abspath(folder))
    kept = [folder, *(f for f in recent_folders() if not same_folder(f, folder))]
    _write(kept[:MOST_REMEMBERED])


def forget(folder: Path) -> None:
    _write([f for f in recent_folders() if not same_folder(f, folder)])


def forget_all() -> None:
    _write([])


def _write(folders: list[Path]) -> None:
    settings = _settings()
    settings.setValue(_KEY, [str(f) for f in folders])
    # Written at once: the session may end with the power cut, not a clean quit.
    settings.sync()
