"""One copy of the program per data folder: the lock the desktop app takes before it opens
the data, and the plain message a second copy is given."""

from __future__ import annotations

from app.store.lock import DataFolderInUseError, DataFolderLock, acquire_data_folder_lock

__all__ = ["DataFolderInUseError", "DataFolderLock", "acquire_data_folder_lock"]
