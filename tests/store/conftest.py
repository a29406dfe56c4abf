"""Fixtures for the store's tests: the demo case's data file, plain and locked."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.services.casefiles import import_demo_case
from app.store import Store
from app.store.cipher import lock_copy
from tests.helpers.locked_files import PASSPHRASE


@pytest.fixture
def demo_data(data_dir: Path) -> Path:
    """The program's data file holding the demo case, imported the way the program does."""
    store = Store.open(paths.database_path())
    try:
        import_demo_case(store)
    finally:
        store.close()
    return paths.database_path()


@pytest.fixture
def locked(demo_data: Path, tmp_path: Path) -> Path:
    target = tmp_path / "locked" / "meetconfer.sqlite3"
    target.parent.mkdir()
    lock_copy(demo_data, target, PASSPHRASE)
    return target
