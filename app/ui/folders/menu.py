"""The Recent data folders menu: the folders opened lately, by their paths alone, filled in
each time the menu opens; choosing one starts the program on it (`switching`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app import paths


def menu_text(folder: Path) -> str:
    """A path as a menu shows it: an "&" in it is a character, not a keyboard letter."""
    return str(folder).replace("&", "&&")


class RecentFoldersMenu(QObject):
    def __init__(self, menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self.menu = menu
        self.window = window
        menu.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        from app.ui.folders import recent

        self.menu.clear()
        here = paths.data_dir()
        folders = recent.recent_folders()
        for folder in folders:
            action = QAction(menu_text(folder), self.menu)
            if recent.same_folder(folder, here):
                # The folder open now is listed, for the record, but not chosen again.
                action.setText(self.tr("{path} (open now)").format(path=menu_text(folder)))
                action.setEnabled(False)
            else:
                action.triggered.connect(
                    lambda _checked=False, chosen=folder: self.choose(chosen))
            self.menu.addAction(action)
        if not folders:
            nothing = QAction(self.tr("No other data folder opened yet"), self.menu)
            nothing.setEnabled(False)
            self.menu.addAction(nothing)
            return
        self.menu.addSeparator()
        clear = QAction(self.tr("&Clear this list"), self.menu)
        clear.triggered.connect(lambda _checked=False: recent.forget_all())
        self.menu.addAction(clear)

    def choose(self, folder: Path) -> None:
        from app.ui.folders.switching import switch_to_folder

        switch_to_folder(self.window, folder)

    def actions(self) -> list[QAction]:
        """What the menu lists now (filled as when it opens)."""
        self.fill()
        return self.menu.actions()
