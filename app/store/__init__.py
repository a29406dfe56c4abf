"""The database: one SQLite file in the data folder. Nothing outside this package writes SQL."""

# Imported for its side effect: it registers the migration that adds its table.
from app.store import paragraph_edits as _paragraph_edits  # noqa: F401
from app.store.repository import (
    CaseSummary,
    DuplicateCaseError,
    DuplicateIdError,
    InUseError,
    NotFoundError,
    Store,
    StoreError,
)

__all__ = [
    "CaseSummary",
    "DuplicateCaseError",
    "DuplicateIdError",
    "InUseError",
    "NotFoundError",
    "Store",
    "StoreError",
]
