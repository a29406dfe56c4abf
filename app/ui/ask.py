"""Every question and notice the app shows in a message box goes through here, so the
wording style stays in one place and tests can replace these functions (a modal box would
block a test)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default.

    The safe answer says "Go back", never "Cancel": asked from a form, a Cancel here would
    sit beside the form's own Cancel with the opposite effect."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Ask", "Go back"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def problem(parent: QWidget | None, title: str, text: str,
            details: list[str] | None = None) -> None:
    """A plain-words problem; `details` (one line each) are listed under it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText("\n".join(f"\u2022 {line}" for line in details))
    box.exec()


def open_file(parent: QWidget | None, title: str, filter_text: str) -> str | None:
    """The file the person chose to open, or None."""
    from PySide6.QtWidgets import QFileDialog

    path, _chosen_filter = QFileDialog.getOpenFileName(parent, title, "", filter_text)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str | None:
    """Where the person chose to save, or None."""
    from PySide6.QtWidgets import QFileDialog

    path, _chosen_filter = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path or None


def show_folder(folder: object) -> bool:
    """Open the folder in the system's file manager (a local file URL: no network);
    False when no file manager could be started."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def open_folder(parent: QWidget | None, title: str) -> str | None:
    """The folder the person chose, or None."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, title) or None
