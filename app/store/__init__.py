"""The database: one SQLite file in the data folder. Nothing outside this package writes SQL."""

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
