"""Putting a converted file in the place of another, and overwriting what the old one held.

Locking a data folder (`app.services.privacy`) writes a locked (or sealed) copy of each file
beside it and then puts the copy in its place. `os.replace` alone would only unlink the old
file: its plain bytes would stay on the disk, free for anyone with an undelete tool. So the
old file is first given a second name (a hard link, `.NAME.wipe`), the copy then replaces
the file in one step, and the old bytes, now reachable only through that second name, are
overwritten with zeros, flushed to the disk and removed.

At every moment the file's own name holds either the old file or the new one, whole: a
program killed at any step leaves at most a `.NAME.wipe` or a staged `.NAME.converting-…`
copy behind, and `clean_up` (run by the next conversion, and when a locked folder is next
opened by a writer) overwrites and removes them.

Overwriting is best effort. On a hard disk it replaces the bytes where they lie; on flash
media (USB sticks, SSDs) and on file systems that write copies (btrfs, ZFS, some network
drives) the old blocks may survive elsewhere until the device reuses them. A file system
without hard links (a FAT-formatted USB stick) gets the plain `os.replace`; on POSIX the old
file is still overwritten through a handle opened before the replace, on Windows it cannot
be. The encryption is what protects the data; the overwriting only shortens the time old
plain copies lie on the disk.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.store.atomic import sync_folder

log = logging.getLogger(__name__)
# Into the program's log file when there is one (app.crash), never onto a terminal.
log.addHandler(logging.NullHandler())

ASIDE_SUFFIX = ".wipe"
# A journal's aside is never put back beside its database: its pages were folded in, and
# replaying them onto the converted file would damage it.
_JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
STAGED_MARK = ".converting-"
_CHUNK = 1 << 20


def staged_name(target: Path) -> Path:
    """A fresh name beside `target` for its converted copy, recognised by `clean_up`."""
    import secrets  # loaded only to stage: every start of the app looks for leftovers

    return target.with_name(f".{target.name}{STAGED_MARK}{secrets.token_hex(4)}")


def aside_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{ASIDE_SUFFIX}")


def keep_for_wiping(path: Path) -> Path | None:
    """Give the file `path` a second name (its aside), so that its bytes can still be
    overwritten after something else (SQLite folding in a journal) removes it; None when
    the file system has no hard links."""
    aside = aside_name(path)
    _remove_stale_aside(aside, path)
    try:
        os.link(path, aside)
    except OSError:
        return None
    sync_folder(path.parent)
    return aside


def swap_in(staged: Path, target: Path, *, wipe_old: bool) -> None:
    """Put the finished file `staged` in the place of `target` in one step; with
    `wipe_old`, the bytes `target` held are overwritten before they are let go."""
    if not wipe_old or not target.exists():
        os.replace(staged, target)
        sync_folder(target.parent)
        return
    # The second name is on the disk before the first moves.
    aside = keep_for_wiping(target)
    if aside is None:
        _replace_overwriting_through_a_handle(staged, target)
        return
    os.replace(staged, target)
    sync_folder(target.parent)
    wipe(aside)


def _remove_stale_aside(aside: Path, target: Path) -> None:
    """An aside left by a killed run (normally cleaned up before a conversion starts)."""
    if aside.exists() or aside.is_symlink():
        if _same_file(aside, target):
            aside.unlink()
        else:
            wipe(aside)


def _replace_overwriting_through_a_handle(staged: Path, target: Path) -> None:
    """No hard links here. On POSIX an open file outlives its name: the old bytes are
    overwritten through a handle opened before the replace. Windows refuses to replace an
    open file, so there the old bytes are only let go."""
    if os.name != "posix":
        os.replace(staged, target)
        sync_folder(target.parent)
        return
    with open(target, "r+b") as old:
        os.replace(staged, target)
        sync_folder(target.parent)
        _overwrite(old)


def wipe(path: Path) -> None:
    """Overwrite the file `path` with zeros, flush it to the disk and remove it (best
    effort: see the module's notes). A link is removed, never followed."""
    if path.is_symlink() or not path.is_file():
        path.unlink(missing_ok=True)
        return
    try:
        with open(path, "r+b") as file:
            _overwrite(file)
    except OSError:
        log.warning("could not overwrite %s before removing it", path, exc_info=True)
    path.unlink(missing_ok=True)
    sync_folder(path.parent)


def _overwrite(file: BinaryIO) -> None:
    size = os.fstat(file.fileno()).st_size
    file.seek(0)
    zeros = bytes(min(size, _CHUNK))
    left = size
    while left > 0:
        step = min(left, _CHUNK)
        file.write(zeros[:step])
        left -= step
    file.flush()
    os.fsync(file.fileno())


# -- what a killed conversion leaves behind -------------------------------------------------


def leftovers(folder: Path) -> Iterator[Path]:
    """The staged copies and asides a killed conversion left in `folder` (not below it)."""
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir()):
        name = entry.name
        if name.startswith(".") and (name.endswith(ASIDE_SUFFIX) or STAGED_MARK in name):
            yield entry


def clean_up(folder: Path) -> list[Path]:
    """Overwrite and remove what a killed conversion left in `folder`; returns what was
    removed. The caller holds the data folder's lock, so no conversion is under way.

    A staged copy is removed whatever it holds (the file it was made for is still whole in
    its place). An aside that is still a second name of its file (the run was killed
    before the replace) is only unlinked; one that holds the replaced bytes is overwritten
    first. An aside whose file has gone is the only copy left of those bytes: it is put
    back under its name rather than destroyed."""
    removed: list[Path] = []
    for entry in list(leftovers(folder)):
        name = entry.name
        if name.endswith(ASIDE_SUFFIX):
            target = folder / name[1 : -len(ASIDE_SUFFIX)]
            if (
                not target.exists()
                and not target.is_symlink()
                and entry.is_file()
                and not target.name.endswith(_JOURNAL_SUFFIXES)
            ):
                os.replace(entry, target)
                sync_folder(folder)
                log.warning("put back %s, left aside by a conversion cut short", target)
                continue
            if _same_file(entry, target):
                entry.unlink()
                sync_folder(folder)
                removed.append(entry)
                continue
        wipe(entry)
        removed.append(entry)
    if removed:
        log.info("removed %d file(s) left by a conversion cut short in %s", len(removed), folder)
    return removed


def _same_file(one: Path, other: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(one, other)
    return False
