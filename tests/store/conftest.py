"""Fixtures for the store's tests: the demo case's data file, plain and locked."""

from __future__ import annotations

from collections.abc import Iterator
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


@pytest.fixture(params=["plain", "locked"])
def fresh_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store, once plain and once in a data file locked with a passphrase (the
    SQLCipher connection the program writes a locked folder through), so that every write a
    test makes is proven on both."""
    path = tmp_path / "fresh" / "meetconfer.sqlite3"
    opened = Store.open(path)
    if request.param == "locked":
        opened.close()
        lock_copy(path, path, PASSPHRASE)
        opened = Store.open(path, passphrase=PASSPHRASE)
        assert opened.is_locked
    yield opened
    opened.close()
