"""Locking the configured data folder with a passphrase, changing the passphrase, removing
the lock: the one place the desktop app and the command line do it.

A locked folder keeps nothing readable without the passphrase:

- the data file is locked with SQLCipher (`app.store.cipher`); a plain -wal journal is
  folded in first, so no plain page is left in a journal beside it;
- every file of the backups folder is sealed with the same passphrase
  (`app.store.backup_sealing`, in the format protected backups have always had); one
  protected with a passphrase of its own is left as it is, protected already;
- the settings file forgets the last case opened (its case number).

How each change is made safe. The caller holds the data folder's lock
(`app.services.folder_lock`; the desktop app holds it from its start) and has closed its own
store. Every converted file is first written beside the old one and checked in full (the data
file: its integrity, its tables' row counts, its schema); only when all of them are ready do
they take their places, each in one step. A failure before that (a wrong passphrase, a full
disk, a backup that cannot be read) removes the copies and raises `LockError` (or
`WrongPassphraseError`), whose message says that nothing was changed.

The order in which the files take their places keeps the folder whole even if the program is
killed half-way: the data file is the folder's state, and a backup is never less protected
than it. Locking seals the backups first and locks the data file last; removing the lock
makes the data file plain first and the backups after. A run cut short leaves either the
plain or the locked data file, whole, and at most some converted copies beside the files:
`finish_interrupted` (which every function here runs first, and which the desktop app runs
once a locked folder is unlocked) removes them, and given the passphrase of a locked folder
seals whatever backup is still plain. Running the same change again finishes it.

The plain bytes a conversion replaces (the data file, a -wal journal, a plain backup, the
settings file) are overwritten with zeros before they are let go (`app.store.wiping`). That
is best effort: on flash media (USB sticks, SSDs) and on file systems that write copies, old
blocks may survive where the program cannot reach them. The encryption is what protects the
data.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.store import LockError, WrongPassphraseError
from app.store.cipher import is_locked_file, passphrase_problem

if TYPE_CHECKING:
    from app.store.backup_sealing import Outcome, Staged

__all__ = [
    "Conversion",
    "LockError",
    "WrongPassphraseError",
    "change_passphrase",
    "check_change",
    "check_lockable",
    "check_passphrase",
    "finish_interrupted",
    "folder_is_locked",
    "lock_folder",
    "passphrase_problem",
    "unlock_folder",
]

_BACKUPS = "backups"
_SETTINGS = "settings.ini"


@dataclass(frozen=True, slots=True)
class Conversion:
    """What a change did to the backups folder, for the person to be told."""

    backups_changed: int = 0
    # Protected with a passphrase of their own, not the folder's: left as they are.
    backups_left: tuple[Path, ...] = ()
    # Files a conversion cut short had left behind, overwritten and removed.
    leftovers_removed: tuple[Path, ...] = field(default=())


def folder_is_locked(folder: Path | None = None) -> bool:
    """Whether the data folder `folder` (the configured one by default) is locked, told from
    its data file's first bytes: nothing of a case is read, SQLCipher is not loaded."""
    return is_locked_file(_database(folder))


def check_passphrase(passphrase: str, folder: Path | None = None) -> None:
    """`WrongPassphraseError` unless `passphrase` opens the locked data folder; nothing is
    changed either way."""
    from app.store.cipher import open_locked

    open_locked(_database(folder), passphrase).close()


def check_lockable(passphrase: str, folder: Path | None = None) -> None:
    """Every refusal `lock_folder` can make before it changes anything, without the data
    folder's lock: a passphrase that will not do, a folder already locked or with no data
    (`LockError`), damaged data (`DatabaseProblem`). Nothing is changed."""
    database = _database(folder)
    _refuse_bad_passphrase(passphrase)
    if is_locked_file(database):
        raise LockError(_already_locked(database.parent))
    if not database.is_file():
        raise LockError(_no_data(database.parent))
    _refuse_damaged(database)


def check_change(old: str, new: str, folder: Path | None = None) -> bool:
    """Every refusal `change_passphrase` can make before it changes anything, without the
    data folder's lock: a new passphrase that will not do, a folder not locked
    (`LockError`), an `old` passphrase that does not open it (`WrongPassphraseError`).
    Nothing is changed. True when the folder opens with `new` and not `old`: a change cut
    short after the data file took the new passphrase, which running it again finishes."""
    database = _database(folder)
    _refuse_bad_passphrase(new)
    if not is_locked_file(database):
        raise LockError(_not_locked(database.parent))
    try:
        check_passphrase(old, folder)
    except WrongPassphraseError:
        if old == new:
            raise
        try:
            check_passphrase(new, folder)
        except WrongPassphraseError:
            pass
        else:
            return True
        raise
    return False


def lock_folder(passphrase: str, folder: Path | None = None) -> Conversion:
    """Lock the plain data folder with `passphrase`: the data file, every backup, and the
    settings file's last case. Run again after being cut short, it finishes."""
    from app.store import backup_sealing, cipher

    database = _database(folder)
    check_lockable(passphrase, folder)
    cleaned = _clean_up(database.parent)
    backups = database.parent / _BACKUPS
    _wipe_half_written_backups(backups)
    outcomes = _staged_backups(backups, lambda path: backup_sealing.stage_sealed(path, passphrase))
    with backup_sealing.discarded_on_failure(outcomes):
        _fold_in_journal(database)
        data = _staged_data(
            database, lambda staged: cipher.lock_copy(database, staged, passphrase),
            wipe_old=True,
        )
        # The backups first: a run cut short leaves a plain data file, never a locked one
        # beside plain backups.
        _commit(outcomes, data, data_last=True)
    _forget_last_case(database.parent)
    return _conversion(outcomes, cleaned)


def change_passphrase(old: str, new: str, folder: Path | None = None) -> Conversion:
    """Lock the locked data folder, and its backups, with `new` instead of `old`. Run again
    after being cut short (with the same two passphrases), it finishes."""
    from app.store import backup_sealing, cipher

    database = _database(folder)
    changed_already = check_change(old, new, folder)
    cleaned = _clean_up(database.parent)
    backups = database.parent / _BACKUPS
    _wipe_half_written_backups(backups)
    outcomes = _staged_backups(
        backups, lambda path: backup_sealing.stage_resealed(path, old, new)
    )
    with backup_sealing.discarded_on_failure(outcomes):
        data = None
        if old != new and not changed_already:
            data = _staged_data(
                database, lambda staged: cipher.change_passphrase(database, staged, old, new),
                wipe_old=False,
            )
        _commit(outcomes, data, data_last=True)
    _forget_last_case(database.parent)
    return _conversion(outcomes, cleaned)


def unlock_folder(passphrase: str, folder: Path | None = None) -> Conversion:
    """Remove the lock: the data file and the backups sealed with `passphrase` become plain
    again. On a plain folder it finishes a lock or an unlock cut short (its backups sealed
    with `passphrase` become plain); with none such it is refused as not locked."""
    from app.store import backup_sealing, cipher

    database = _database(folder)
    locked = is_locked_file(database)
    if locked:
        check_passphrase(passphrase, folder)
    cleaned = _clean_up(database.parent)
    backups = database.parent / _BACKUPS
    outcomes = _staged_backups(
        backups, lambda path: backup_sealing.stage_unsealed(path, passphrase)
    )
    with backup_sealing.discarded_on_failure(outcomes):
        if not locked and not any(o.staged for o in outcomes):
            raise LockError(_not_locked(database.parent))
        data = None
        if locked:
            data = _staged_data(
                database, lambda staged: cipher.unlock_copy(database, staged, passphrase),
                wipe_old=False,
            )
        # The data file first: a run cut short leaves plain data beside protected backups,
        # never locked data beside plain ones.
        _commit(outcomes, data, data_last=False)
    return _conversion(outcomes, cleaned)


def finish_interrupted(
    *, folder: Path | None = None, passphrase: str | None = None
) -> Conversion:
    """Finish what a lock, unlock or change of passphrase cut short (a kill, a power cut)
    left: the converted copies and set-aside files beside the data file and the backups are
    overwritten and removed (the files themselves are whole: see the module's notes).
    A locked folder's settings file forgets the last case opened. Given the `passphrase` of
    a locked folder, every backup still plain is sealed with it, and half-written backups
    of a killed program are overwritten and removed.

    The desktop app calls it once the person has unlocked a locked folder, the command line
    before every change; the caller holds the data folder's lock. `WrongPassphraseError`
    (nothing changed) when `passphrase` does not open the locked folder; on a plain folder
    the passphrase is not used."""
    database = _database(folder)
    locked = is_locked_file(database)
    if locked and passphrase is not None:
        check_passphrase(passphrase, folder)
    cleaned = _clean_up(database.parent)
    if locked:
        _forget_last_case(database.parent)
    if not locked or passphrase is None:
        return Conversion(leftovers_removed=tuple(cleaned))
    # Only now: every start of the desktop app runs this, and a plain folder's never seals.
    from app.store import backup_sealing

    backups = database.parent / _BACKUPS
    _wipe_half_written_backups(backups)
    outcomes = _staged_backups(backups, lambda path: backup_sealing.stage_sealed(path, passphrase))
    with backup_sealing.discarded_on_failure(outcomes):
        _commit(outcomes, None, data_last=True)
    return _conversion(outcomes, cleaned)


# -- the steps ---------------------------------------------------------------------------


def _database(folder: Path | None) -> Path:
    return paths.database_path() if folder is None else folder / paths.DATABASE_FILE


def _refuse_bad_passphrase(passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise LockError(problem)


def _refuse_damaged(database: Path) -> None:
    """Damaged data is not locked (`DatabaseProblem`, nothing changed): the check a writer
    makes (`meetconfer verify`'s), since damage inside a row passes the quick one."""
    from app.store.health import inspect_file

    found = inspect_file(database, thorough=True).problem
    if found is not None:
        raise found




def _clean_up(data_folder: Path) -> list[Path]:
    from app.store.wiping import clean_up

    return clean_up(data_folder) + clean_up(data_folder / _BACKUPS)


def _wipe_half_written_backups(backups: Path) -> None:
    from app.store.backup_sealing import half_written_files
    from app.store.wiping import wipe

    for leftover in half_written_files(backups):
        wipe(leftover)


def _staged_backups(backups: Path, stage: Callable[[Path], Outcome]) -> list[Outcome]:
    """Each file of the backups folder looked at, and its converted copy staged where it
    needs one; on a failure the copies staged so far are removed."""
    from app.store.backup_sealing import backup_files, discard_all

    outcomes: list[Outcome] = []
    try:
        for path in backup_files(backups):
            outcomes.append(stage(path))
    except BaseException:
        discard_all(outcomes)
        raise
    return outcomes


def _staged_data(database: Path, convert: Callable[[Path], None], *, wipe_old: bool) -> Staged:
    """The data file's converted copy, written and checked in full beside it by `convert`."""
    from app.store.backup_sealing import Staged
    from app.store.wiping import staged_name, wipe

    staged = staged_name(database)
    try:
        convert(staged)
    except BaseException:
        with contextlib.suppress(OSError):
            wipe(staged)
        raise
    return Staged(staged, database, wipe_old)


def _commit(outcomes: list[Outcome], data: Staged | None, *, data_last: bool) -> None:
    """Every staged copy into its place, the data file last or first; a copy not yet in
    place when one fails is removed."""
    from app.store.backup_sealing import commit_all

    try:
        if data is not None and not data_last:
            data.commit()
        commit_all(outcomes)
        if data is not None and data_last:
            data.commit()
    except BaseException:
        if data is not None:
            with contextlib.suppress(OSError):
                data.discard()
        raise


def _conversion(outcomes: list[Outcome], cleaned: list[Path]) -> Conversion:
    from app.store.backup_sealing import Found

    return Conversion(
        backups_changed=sum(1 for o in outcomes if o.found is Found.TO_CHANGE),
        backups_left=tuple(o.path for o in outcomes if o.found is Found.OTHER_PASSPHRASE),
        leftovers_removed=tuple(cleaned),
    )


def _fold_in_journal(database: Path) -> None:
    """Every change a plain -wal journal holds is written into the file, so no plain page
    is left beside the locked file. SQLite removes the journal when this, the last
    connection, closes; its bytes are kept under a second name until then, and overwritten
    after (`app.store.wiping`)."""
    from app.store.wiping import keep_for_wiping, wipe

    journal = database.with_name(database.name + "-wal")
    aside = keep_for_wiping(journal) if journal.is_file() else None
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
        try:
            # FULL, not TRUNCATE: cutting the journal to nothing would free its pages
            # before they are overwritten.
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise LockError(_not_prepared(database, str(error))) from None
    finally:
        if aside is not None and not journal.exists():
            wipe(aside)
    if busy:
        raise LockError(_in_use())


def _forget_last_case(data_folder: Path) -> None:
    """The settings file names the last case opened (`cases/last_case_number`): that line
    goes, and the old file's bytes are overwritten. Written as Qt writes an INI file."""
    from app.store.backup_sealing import Staged
    from app.store.wiping import staged_name

    settings = data_folder / _SETTINGS
    try:
        text = settings.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
    kept: list[str] = []
    section = ""
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif section == "cases" and stripped.split("=", 1)[0].strip() == "last_case_number":
            continue
        kept.append(line)
    if len(kept) == len(text.splitlines(keepends=True)):
        return
    staged = staged_name(settings)
    staged.write_text("".join(kept), encoding="utf-8")
    Staged(staged, settings, True).commit()


# -- messages ------------------------------------------------------------------------------


def _not_prepared(database: Path, reason: str) -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP(
            "Lock",
            "The data in {path} could not be prepared for locking ({reason}). Nothing was "
            "changed.",
        ),
        path=str(database.parent),
        reason=reason,
    )


def _in_use() -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP(
            "Lock",
            "Another program is using the data file, so it cannot be locked now. Close "
            "Meet-and-Confer Log and try again. Nothing was changed.",
        ),
    )


def _already_locked(folder: Path) -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP(
            "Lock",
            "The data folder {path} is already locked with a passphrase. To change the "
            "passphrase, give the present one too. Nothing was changed.",
        ),
        path=str(folder),
    )


def _not_locked(folder: Path) -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP("Lock", "The data folder {path} is not locked. Nothing was changed."),
        path=str(folder),
    )


def _no_data(folder: Path) -> Message:
    return message(
        "Lock",
        QT_TRANSLATE_NOOP(
            "Lock",
            "There is no data in {path} to lock yet. Nothing was changed.",
        ),
        path=str(folder),
    )
