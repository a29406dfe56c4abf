"""Opening the configured data folder's store, and what is raised when its data file cannot
be used (`DatabaseProblem`)."""

from __future__ import annotations

from app import paths
from app.store import DatabaseProblem, Store

__all__ = ["DatabaseProblem", "open_store"]


def open_store(*, daily_backup: bool = False) -> Store:
    """The store in the configured data folder, created and migrated as needed. The desktop
    app asks for the day's automatic backup as it opens; the command line does not."""
    return Store.open(paths.database_path(), daily_backup=daily_backup)
