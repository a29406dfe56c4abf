"""The fonts shipped in `resources/fonts`, made known to Qt at start-up.

A law-library PC may be stripped down to almost no fonts, and the offscreen platform used
by the smoke test and CI sees none of the system's. Registering the shipped TrueType files
with Qt means the interface and the print preview always have a font to draw with.
"""

from __future__ import annotations

from pathlib import Path

from app import paths

# Files already handed to Qt in this process, so a second call (a test, a restart of the
# main window) does not register the same font twice.
_registered: dict[Path, tuple[str, ...]] = {}


def register_shipped_fonts() -> list[str]:
    """Register every ``.ttf`` in `paths.fonts_dir()` with Qt; return the families added.

    Call once after the QApplication exists and before the first window is built: Qt's font
    database belongs to the application object. A file Qt cannot read is skipped (Qt then
    falls back to any other font), so a damaged font never stops the program opening.
    """
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    folder = paths.fonts_dir()
    if not folder.is_dir():
        return families
    for font_file in sorted(folder.glob("*.ttf")):
        if font_file not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            if font_id < 0:
                continue
            _registered[font_file] = tuple(QFontDatabase.applicationFontFamilies(font_id))
        for family in _registered[font_file]:
            if family not in families:
                families.append(family)
    return families
