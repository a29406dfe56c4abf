"""Reading a whole file the person names (a case file, a backup, a passphrase file), safely.

Only an ordinary file is read, and never more than a bound: `/dev/zero` or `/dev/urandom`
would be read until memory runs out, and a pipe (FIFO) would wait for ever for a writer.
The file is opened without waiting (`O_NONBLOCK`) and checked on the open handle, so what
is read is what was checked.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NotARegularFileError(OSError):
    """The path names a device, a pipe, a socket: nothing was read from it."""


class FileTooLargeError(OSError):
    """The file is larger than `limit` bytes: nothing was read from it."""


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


@contextmanager
def _regular_file(path: Path) -> Iterator[tuple[int, os.stat_result]]:
    """A read-only descriptor on the ordinary file at `path` and its status, checked before
    opening (opening a pipe can block, even for a moment) and again on the open handle, so
    what is read is what was checked. Raises `IsADirectoryError`, `NotARegularFileError`
    or another `OSError` (missing, unreadable) without reading anything."""
    found = os.stat(path)
    if stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(21, "is a folder", str(path))
    if not stat.S_ISREG(found.st_mode):
        raise NotARegularFileError(0, "not an ordinary file", str(path))
    descriptor = os.open(path, _FLAGS)
    try:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise NotARegularFileError(0, "not an ordinary file", str(path))
        yield descriptor, opened
    finally:
        os.close(descriptor)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the ordinary file at `path`, at most `limit` of them. Raises
    `IsADirectoryError`, `NotARegularFileError`, `FileTooLargeError` or another `OSError`
    (missing, unreadable) without reading anything."""
    with _regular_file(path) as (descriptor, opened):
        if opened.st_size > limit:
            raise FileTooLargeError(0, "too large", str(path))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise FileTooLargeError(0, "too large", str(path))
        return b"".join(chunks)


def read_start(path: Path, size: int) -> bytes:
    """The first `size` bytes of the ordinary file at `path` (fewer if it is shorter), with
    the same refusals as `read_regular_file`."""
    with _regular_file(path) as (descriptor, _opened):
        return os.read(descriptor, size)
