"""The backups folder of a locked data folder: every file in it sealed with the folder's
passphrase (`app.store.sealed`'s format, the one protected backups have always had).

A plain backup beside a locked data file would give everything away, so locking a folder
seals every file of its backups folder, changing the passphrase seals them again with the
new one, and removing the lock makes them plain again. Each file is converted on its own,
in two steps, so that a conversion of the whole folder can be checked before anything
changes: `stage_*` writes the converted copy beside the file (`.NAME.converting-…`) and
returns it as a `Staged`, whose `commit` then puts it in the file's place (overwriting the
plain bytes it replaces, `app.store.wiping`) or whose `discard` removes it.

Only ordinary files directly in the folder are converted; links, folders and hidden files
(half-written copies of a killed program, which `half_written_files` finds) are not. A file
sealed with another passphrase (a backup the person protected with a passphrase of its own)
is left as it is: it is protected already, and only its own passphrase opens it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store import sealed
from app.store.errors import LockError
from app.store.reading import read_regular_file, read_start
from app.store.wiping import STAGED_MARK, staged_name, swap_in, wipe

log = logging.getLogger(__name__)
# Into the program's log file when there is one (app.crash), never onto a terminal.
log.addHandler(logging.NullHandler())

# The largest backup read whole into memory to be sealed (as `app.store.backup` reads one).
LARGEST_FILE = 1 << 30


class Found(StrEnum):
    """What a file of the backups folder was found to be, for the conversion asked."""

    TO_CHANGE = "to change"  # a converted copy is staged
    ALREADY = "already"  # already as the conversion would leave it
    OTHER_PASSPHRASE = "other passphrase"  # sealed with a passphrase not given: left alone


@dataclass(frozen=True, slots=True)
class Staged:
    """A converted copy beside its file, waiting to take its place."""

    staged: Path
    target: Path
    wipe_old: bool  # the file it replaces holds plain bytes

    def commit(self) -> None:
        swap_in(self.staged, self.target, wipe_old=self.wipe_old)

    def discard(self) -> None:
        wipe(self.staged)


@dataclass(frozen=True, slots=True)
class Outcome:
    path: Path
    found: Found
    staged: Staged | None = None


def backup_files(folder: Path) -> list[Path]:
    """The ordinary files directly in the backups folder `folder`, hidden ones left out."""
    if not folder.is_dir():
        return []
    found = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(entry).st_mode):
                found.append(entry)
    return found


def half_written_files(folder: Path) -> list[Path]:
    """Hidden temporary files a killed program left while writing a backup
    (`app.store.atomic`): partial copies of the data, plain. Not this module's own staged
    copies, which `app.store.wiping.clean_up` deals with."""
    if not folder.is_dir():
        return []
    return [
        entry
        for entry in sorted(folder.glob(".*.tmp"))
        if STAGED_MARK not in entry.name and entry.is_file() and not entry.is_symlink()
    ]


def stage_sealed(path: Path, passphrase: str) -> Outcome:
    """For locking: a plain file gets a sealed copy staged; a sealed one is left (told from
    its first bytes: a locked folder's many sealed backups are not read whole each time)."""
    if _starts_sealed(path):
        return Outcome(path, Found.ALREADY)
    data = _read(path)
    if sealed.is_sealed(data):
        return Outcome(path, Found.ALREADY)
    return Outcome(path, Found.TO_CHANGE, _stage(path, sealed.seal(data, passphrase), True))


def stage_unsealed(path: Path, passphrase: str) -> Outcome:
    """For removing the lock: a file sealed with `passphrase` gets a plain copy staged."""
    if not _starts_sealed(path):
        return Outcome(path, Found.ALREADY)
    data = _read(path)
    if not sealed.is_sealed(data):
        return Outcome(path, Found.ALREADY)
    opened = _opened(data, passphrase)
    if opened is None:
        return Outcome(path, Found.OTHER_PASSPHRASE)
    return Outcome(path, Found.TO_CHANGE, _stage(path, opened, False))


def stage_resealed(path: Path, old: str, new: str) -> Outcome:
    """For a new passphrase: a file sealed with `old` gets a copy sealed with `new`; one
    already sealed with `new` (a change cut short and run again) is left; a plain one (none
    should be there) is sealed with `new`."""
    data = _read(path)
    if not sealed.is_sealed(data):
        return Outcome(path, Found.TO_CHANGE, _stage(path, sealed.seal(data, new), True))
    if old == new:
        return Outcome(path, Found.ALREADY if _opened(data, new) is not None
                       else Found.OTHER_PASSPHRASE)
    opened = _opened(data, old)
    if opened is None:
        found = Found.ALREADY if _opened(data, new) is not None else Found.OTHER_PASSPHRASE
        return Outcome(path, found)
    return Outcome(path, Found.TO_CHANGE, _stage(path, sealed.seal(opened, new), False))


def discard_all(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        if outcome.staged is not None:
            with contextlib.suppress(OSError):
                outcome.staged.discard()


def commit_all(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        if outcome.staged is not None:
            outcome.staged.commit()


@contextlib.contextmanager
def discarded_on_failure(outcomes: list[Outcome]) -> Iterator[list[Outcome]]:
    """`outcomes`, whose staged copies are removed if the block fails: nothing changed."""
    try:
        yield outcomes
    except BaseException:
        discard_all(outcomes)
        raise


def _opened(data: bytes, passphrase: str) -> bytes | None:
    try:
        return sealed.unseal(data, passphrase)
    except sealed.PassphraseError:
        return None


def _starts_sealed(path: Path) -> bool:
    try:
        return sealed.is_sealed(read_start(path, len(sealed.MAGIC)))
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from None


def _read(path: Path) -> bytes:
    try:
        return read_regular_file(path, LARGEST_FILE)
    except OSError as error:
        log.warning("could not read the backup %s: %s", path, error)
        raise _unreadable(path, error.strerror or str(error)) from None


def _stage(target: Path, data: bytes, wipe_old: bool) -> Staged:
    staged = staged_name(target)
    descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            wipe(staged)
        raise
    return Staged(staged, target, wipe_old)


def _unreadable(path: Path, reason: str) -> LockError:
    return LockError(
        message(
            "Lock",
            QT_TRANSLATE_NOOP(
                "Lock",
                "The backup {path} could not be read ({reason}), so the backups could not be "
                "converted. Nothing was changed. Move that file out of the backups folder "
                "and try again.",
            ),
            path=str(path),
            reason=reason,
        )
    )
