"""A writing copy of the program killed at random moments loses nothing it reported as
saved and never leaves a damaged file; a randomly damaged file is refused plainly and left
as it was, or opens."""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.datafiles import busy_case, filled_database
from tests.helpers.killing import damage, run_kill_rounds, try_to_open


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_lose_nothing_reported_as_saved(tmp_path: Path) -> None:
    report = run_kill_rounds(tmp_path / "meetconfer.sqlite3", rounds=25, seed=7)
    assert report.problems == []
    assert report.kills == 25
    assert report.saved_changes > 25  # the kills did land among writes


_GOOD: dict[str, bytes] = {}


def good_file() -> bytes:
    """A filled data file, made once (the examples below each damage a copy of it)."""
    if "data" not in _GOOD:
        with tempfile.TemporaryDirectory() as folder:
            path = filled_database(Path(folder) / "good.sqlite3", busy_case(letters=30))
            _GOOD["data"] = path.read_bytes()
    return _GOOD["data"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32), changes=st.integers(1, 64))
def test_a_damaged_file_is_refused_or_opens_never_anything_else(seed: int, changes: int) -> None:
    damaged = damage(good_file(), random.Random(seed), changes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meetconfer.sqlite3"
        path.write_bytes(damaged)
        assert try_to_open(path) in ("opened", "refused")


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=1, max_size=4096))
def test_any_bytes_are_refused_or_open(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meetconfer.sqlite3"
        path.write_bytes(data)
        assert try_to_open(path) in ("opened", "refused")
