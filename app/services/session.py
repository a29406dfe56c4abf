"""Opening the configured data folder's store, and what is raised when its data file cannot
be used (`DatabaseProblem`) or, locked with a passphrase, is not opened by the one given
(`WrongPassphraseError`)."""

from __future__ import annotations

from app import paths
from app.store import DatabaseProblem, Store, StoreError, WrongPassphraseError
from app.store.errors import database_errors

__all__ = [
    "DatabaseProblem",
    "StoreError",
    "WrongPassphraseError",
    "data_folder_is_locked",
    "database_errors",
    "open_store",
    "opening_errors",
]


def open_store(*, daily_backup: bool = False, passphrase: str | None = None) -> Store:
    """The store in the configured data folder, created and migrated as needed. The desktop
    app asks for the day's automatic backup as it opens; the command line does not. A data
    folder locked with a passphrase needs it (`DatabaseProblem` of kind `LOCKED` without
    it, `WrongPassphraseError` when it is not the right one, nothing changed either way)."""
    return Store.open(paths.database_path(), daily_backup=daily_backup, passphrase=passphrase)


def data_folder_is_locked() -> bool:
    """Whether the configured data folder's file is locked with a passphrase: told from its
    first bytes alone, before anything of the case is read (SQLCipher is not loaded)."""
    from app.store.cipher import is_locked_file

    return is_locked_file(paths.database_path())


def opening_errors() -> tuple[type[Exception], ...]:
    """What opening the data folder may raise besides `WrongPassphraseError`: the store's
    errors, each with its plain message (`DatabaseProblem` among them), the disk's, and the
    database library's (SQLCipher's too, once a locked folder has loaded it)."""
    return (StoreError, OSError, *database_errors())
