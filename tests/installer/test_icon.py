"""The icon: one drawing (resources/icons/icon.py) made into the Windows .ico, with every
size, and the .png the window uses; the bundle and the installer name the .ico."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.ui.icon import apply_window_icon

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def icon() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icon_drawing", ROOT / "resources" / "icons"
                                                  / "icon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_drawing_makes_an_ico_of_every_size_and_a_png(icon: ModuleType,
                                                          tmp_path: Path) -> None:
    ico, png = icon.write_icons(tmp_path)
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert {16, 24, 32, 48, 64, 128, 256} == {w for w, h in image.info["sizes"]}
    with Image.open(png) as image:
        assert image.size == (256, 256) and image.mode == "RGBA"
        # Not an empty picture: the tile's blue and the paper's white are both there.
        colours = {colour for _count, colour in image.getcolors(256 * 256) or []}
        assert (255, 255, 255, 255) in colours and (22, 58, 110, 255) in colours


def test_the_bundle_and_the_installer_use_the_drawn_ico() -> None:
    spec = (ROOT / "installer" / "meetconfer.spec").read_text(encoding="utf-8")
    iss = (ROOT / "installer" / "meetconfer.iss").read_text(encoding="utf-8-sig")
    assert '"icons" / "meetconfer.ico"' in spec
    assert "resources\\icons\\meetconfer.ico" in iss and "SetupIconFile={#IconFile}" in iss


def test_the_window_gets_the_icon(qtbot: QtBot, icon: ModuleType, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    icon.write_icons(resources / "icons")
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert apply_window_icon(app)
        assert not app.windowIcon().isNull()
    finally:
        app.setWindowIcon(QIcon())
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nowhere")
    assert not apply_window_icon(app)
