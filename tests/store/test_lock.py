"""One writer per data folder: a second copy is refused plainly; a crashed copy never leaves
the folder stuck."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.lock import (
    DataFolderInUseError,
    acquire_data_folder_lock,
    is_locked_by_another,
    lock_holder,
)
from tests.helpers.processes import holding_lock


def test_a_second_copy_is_refused_plainly(tmp_path: Path) -> None:
    with holding_lock(tmp_path) as pid:
        assert is_locked_by_another(tmp_path)
        assert lock_holder(tmp_path) == pid
        with pytest.raises(DataFolderInUseError) as caught:
            acquire_data_folder_lock(tmp_path)
        assert "Another copy of Meet-and-Confer Log" in str(caught.value)
        assert str(tmp_path) in str(caught.value)
        assert caught.value.holder == pid
    acquire_data_folder_lock(tmp_path).release()


def test_a_killed_copy_does_not_leave_the_folder_stuck(tmp_path: Path) -> None:
    with holding_lock(tmp_path, kill=True):
        pass
    assert not is_locked_by_another(tmp_path)
    with acquire_data_folder_lock(tmp_path) as lock:
        assert lock.held


def test_the_lock_is_shared_within_one_program(tmp_path: Path) -> None:
    first = acquire_data_folder_lock(tmp_path)
    second = acquire_data_folder_lock(tmp_path)
    assert second is first
    second.release()
    assert first.held
    first.release()
    assert not first.held


def test_the_configured_folder_is_the_default(data_dir: Path) -> None:
    with acquire_data_folder_lock() as lock:
        assert lock.folder == data_dir
        assert data_dir.is_dir()


def test_looking_at_a_folder_with_no_lock_creates_nothing(tmp_path: Path) -> None:
    assert not is_locked_by_another(tmp_path / "nowhere")
    assert lock_holder(tmp_path / "nowhere") is None
    assert not (tmp_path / "nowhere").exists()
