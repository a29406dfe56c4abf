"""Opening the configured data folder's store."""

from __future__ import annotations

from app import paths
from app.store import Store


def open_store() -> Store:
    """The store in the configured data folder, created and migrated as needed."""
    return Store.open(paths.database_path())
