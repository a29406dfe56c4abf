"""The program's icon on its windows. The picture is drawn by `resources/icons/icon.py`
when the program is built (and by dev.py in a checkout); a copy without it simply shows
the platform's default icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import paths


def apply_window_icon(app: QApplication) -> bool:
    """Give every window of `app` the program's icon; False when the file is not there."""
    picture = paths.resources_dir() / "icons" / "meetconfer.png"
    if not picture.is_file():
        return False
    app.setWindowIcon(QIcon(str(picture)))
    return True
