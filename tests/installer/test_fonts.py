"""The shipped fonts are registered with Qt, so text renders on a PC with no fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app import paths
from app.ui.fonts import register_shipped_fonts


def test_every_shipped_font_is_registered(qapp: QApplication) -> None:
    shipped = sorted(paths.fonts_dir().glob("*.ttf"))
    if not shipped:
        pytest.skip(f"no .ttf files in {paths.fonts_dir()} yet")

    families = register_shipped_fonts()

    assert families, "no font family was registered"
    for family in families:
        assert family in QFontDatabase.families()


def test_registering_twice_gives_the_same_families(qapp: QApplication) -> None:
    assert register_shipped_fonts() == register_shipped_fonts()


def test_no_fonts_folder_is_not_an_error(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "fonts_dir", lambda: tmp_path / "missing")

    assert register_shipped_fonts() == []


def test_a_damaged_font_file_is_skipped(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Broken.ttf").write_bytes(b"not a font")
    monkeypatch.setattr(paths, "fonts_dir", lambda: tmp_path)

    assert register_shipped_fonts() == []
