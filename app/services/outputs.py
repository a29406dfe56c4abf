"""Where a command may write a file the person names (an exported case file, a PDF, a
backup): the one guard every such path goes through, in the command line and the app.

Refused, with a plain message and nothing written:

- any path that is, or leads to, a file of the data folder (the database, its `-wal` and
  `-shm` journal files, the lock, the settings, a backup, a log), by name, through a link,
  or as the same file under another name (a hard link): writing there would replace the
  person's data;
- a folder, a device (`/dev/full`), a pipe or a socket: only an ordinary file can be
  replaced by the atomic writer without destroying what is there;
- a link that leads nowhere, and a folder that is not there or cannot be written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app import paths
from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store import StoreError

_CTX = "Outputs"


class OutputPathError(StoreError, OSError):
    """The named file may not or cannot be written; nothing was written. Also an
    `OSError`, so code that already reports a file it could not write reports this too."""


def _refuse(template: str, path: Path, **args: object) -> OutputPathError:
    return OutputPathError(message(_CTX, template, path=str(path), **args))


def refuse_unsafe_output(path: Path) -> Path:
    """The file to write for the person's `path` (a link is followed to the file it names),
    or `OutputPathError` when writing there would destroy something: a file of the data
    folder, a folder, a device, a pipe, a link to nothing. Whether the folder exists and
    can be written is left to the writer (its `OSError` says so); `checked_output_path`
    asks that too, before a long piece of work."""
    target = Path(os.path.abspath(path))
    try:
        found: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(target):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Outputs", "{path} is a link to a file that is not there. Give a file name "
                "in a folder instead."), path) from None
        found = None
    except OSError:
        found = None  # the folder is not there or cannot be read: the writer says so
    resolved = target.resolve()
    _refuse_data_folder(path, resolved, found)
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Outputs", "{path} is a folder. Give a file name in it, for example "
                "{example}."), path, example=str(path / "declaration.pdf"))
        if not stat.S_ISREG(found.st_mode):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Outputs", "{path} is not an ordinary file (it is a device, a pipe or the "
                "like), so nothing is written to it. Give a file name in a folder."), path)
    return resolved


def checked_output_path(path: Path) -> Path:
    """`refuse_unsafe_output`, and the folder must exist and be writable: for a command
    that would otherwise find out only after a long piece of work (a PDF of many pages)."""
    resolved = refuse_unsafe_output(path)
    try:
        os.stat(os.path.abspath(path))
    except FileNotFoundError:
        pass
    except NotADirectoryError:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Outputs", "{path} cannot be written: part of the way to it is a file, not a "
            "folder."), path) from None
    except OSError as error:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Outputs", "{path} cannot be written ({reason})."), path,
            reason=error.strerror or str(error)) from None
    folder = resolved.parent
    if not folder.is_dir():
        raise _refuse(QT_TRANSLATE_NOOP(
            "Outputs", "{path} cannot be written: the folder {folder} does not exist."),
            path, folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Outputs", "{path} cannot be written: the folder {folder} is read-only."),
            path, folder=str(folder))
    return resolved


def _refuse_data_folder(path: Path, resolved: Path, found: os.stat_result | None) -> None:
    folder = paths.data_dir()
    try:
        data = folder.resolve()
    except OSError:
        return
    inside = resolved == data or data in resolved.parents
    if not inside and found is not None:
        inside = (found.st_dev, found.st_ino) in _data_folder_files(data)
    if inside:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Outputs", "{path} is in the program's data folder ({folder}); writing there "
            "could replace your data. Choose a file somewhere else, for example on a USB "
            "stick or in your documents."), path, folder=str(folder))


def _data_folder_files(folder: Path) -> set[tuple[int, int]]:
    """The device and inode of every file in the data folder and its sub-folders, so the
    same file under another name (a hard link) is recognised."""
    found: set[tuple[int, int]] = set()
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                info = os.stat(os.path.join(root, name))
            except OSError:
                continue
            found.add((info.st_dev, info.st_ino))
    return found
