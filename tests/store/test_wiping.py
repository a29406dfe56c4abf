"""Putting a converted file in the place of another and overwriting the old bytes
(`app.store.wiping`), with and without hard links, and cleaning up what a kill leaves."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.store.wiping import aside_name, clean_up, keep_for_wiping, staged_name, swap_in, wipe

OLD = b"plain old bytes " * 64
NEW = b"the converted copy"


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    target = tmp_path / "data.sqlite3"
    target.write_bytes(OLD)
    # A name of the test's own for the old file: it still reaches the old bytes afterwards.
    witness = tmp_path / "witness"
    os.link(target, witness)
    staged = staged_name(target)
    staged.write_bytes(NEW)
    return target, witness, staged


def test_swap_in_puts_the_copy_in_place_and_zeroes_the_old_bytes(tmp_path: Path) -> None:
    target, witness, staged = _files(tmp_path)
    swap_in(staged, target, wipe_old=True)
    assert target.read_bytes() == NEW
    assert witness.read_bytes() == bytes(len(OLD))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.sqlite3", "witness"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX keeps an open file's bytes")
def test_without_hard_links_the_old_bytes_are_zeroed_through_a_handle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, witness, staged = _files(tmp_path)

    def no_links(*args: object) -> None:
        raise OSError(1, "Operation not permitted")  # as on a FAT-formatted stick

    monkeypatch.setattr(os, "link", no_links)
    swap_in(staged, target, wipe_old=True)
    assert target.read_bytes() == NEW
    assert witness.read_bytes() == bytes(len(OLD))


def test_without_wiping_the_old_bytes_are_only_let_go(tmp_path: Path) -> None:
    target, witness, staged = _files(tmp_path)
    swap_in(staged, target, wipe_old=False)
    assert target.read_bytes() == NEW
    assert witness.read_bytes() == OLD  # encrypted bytes need no overwriting


def test_wipe_removes_a_link_without_touching_what_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.write_bytes(OLD)
    link = tmp_path / "link"
    link.symlink_to(real)
    wipe(link)
    assert not link.exists() and real.read_bytes() == OLD


def test_clean_up_tells_a_second_name_from_replaced_bytes(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    live.write_bytes(OLD)
    # Killed before the replace: the aside is the live file under a second name.
    assert keep_for_wiping(live) == aside_name(live)
    replaced = tmp_path / "other.sqlite3"
    replaced.write_bytes(NEW)
    aside_name(replaced).write_bytes(OLD)  # killed after the replace: old bytes
    witness = tmp_path / "witness"
    os.link(aside_name(replaced), witness)
    stray = staged_name(live)
    stray.write_bytes(OLD)

    removed = clean_up(tmp_path)

    assert live.read_bytes() == OLD  # never zeroed through its second name
    assert witness.read_bytes() == bytes(len(OLD))
    assert set(removed) == {aside_name(live), aside_name(replaced), stray}
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "live.sqlite3", "other.sqlite3", "witness"
    ]
