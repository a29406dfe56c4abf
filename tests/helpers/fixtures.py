"""Fixtures shared across the test folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(_fresh_data_dir: Path) -> Path:
    """The data folder the program is configured to use in this test."""
    return _fresh_data_dir
