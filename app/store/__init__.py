"""The database: one SQLite file in the data folder. Nothing outside this package writes SQL."""

# Imported for their side effect: each registers the migration that adds its tables, and
# every migration must be known before a data file is opened (or it looks newer).
from app.store import drafts as _drafts  # noqa: F401
from app.store import history as _history  # noqa: F401
from app.store import letter_columns as _letter_columns  # noqa: F401
from app.store import paragraph_edits as _paragraph_edits  # noqa: F401
from app.store.errors import (
    DatabaseProblem,
    DuplicateCaseError,
    DuplicateIdError,
    ImmutableLetterError,
    InUseError,
    LockError,
    NotFoundError,
    ProblemKind,
    StoreError,
    WrongPassphraseError,
)
from app.store.repository import CaseSummary, Store

__all__ = [
    "CaseSummary",
    "DatabaseProblem",
    "DuplicateCaseError",
    "DuplicateIdError",
    "ImmutableLetterError",
    "InUseError",
    "LockError",
    "NotFoundError",
    "ProblemKind",
    "Store",
    "StoreError",
    "WrongPassphraseError",
]
