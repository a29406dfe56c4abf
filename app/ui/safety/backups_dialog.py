"""Backups: the data folder's own backups, newest first; putting one back (or one from a
file), and making one now. Putting a backup back replaces all the data, so it asks first;
the data it replaces is kept in the backups folder.

A data folder locked with a passphrase has no plain backup: a backup made here is protected
with the folder's passphrase (the screen says so, and offers no other choice), and a
protected backup is first tried with it before the person is asked for the backup's own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.i18n import render
from app.services import safety
from app.services.safety import BackupInfo, DatabaseProblem, PassphraseError, StoreError
from app.ui import ask

if TYPE_CHECKING:
    from app.store import Store

BACKUP_FILTER = "Backups (*.mcbak *.sqlite3);;All files (*)"


def ask_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    """The passphrase typed (hidden), "" for none, or None if the person cancelled.
    Replaced in tests (a modal box would block a test)."""
    from PySide6.QtWidgets import QInputDialog

    typed, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return typed if ok else None


def make_backup(parent: QWidget | None, store: Store) -> Path | None:
    """Ask where (and, for a plain folder, for an optional passphrase), then write the
    backup; a locked folder's is protected with its passphrase."""
    title = QCoreApplication.translate("Backups", "Make a backup")
    chosen = ask.save_file(parent, title, "meetconfer-backup.mcbak", BACKUP_FILTER)
    if chosen is None:
        return None
    passphrase: str | None = None
    if not store.is_locked:
        typed = ask_passphrase(
            parent,
            title,
            QCoreApplication.translate(
                "Backups",
                "To protect the backup, type a passphrase (you will need it to put the "
                "backup back). Leave it empty for no protection.",
            ),
        )
        if typed is None:
            return None
        passphrase = typed or None
    try:
        written = safety.make_backup(Path(chosen), passphrase, store=store)
    except StoreError as error:
        ask.problem(parent, title, render(error.message))
        return None
    except OSError as error:
        ask.problem(
            parent,
            title,
            QCoreApplication.translate(
                "Backups", "The backup could not be written ({reason}). Nothing was written."
            ).format(reason=error.strerror or str(error)),
        )
        return None
    if store.is_locked:
        done = QCoreApplication.translate(
            "Backups",
            "The backup was written to {path}. It is protected with this data folder's "
            "passphrase: you will need that passphrase to put it back.",
        )
    else:
        done = QCoreApplication.translate("Backups", "The backup was written to {path}.")
    ask.inform(parent, title, done.format(path=str(written)))
    return written


def put_back(parent: QWidget | None, store: Store, source: Path) -> bool:
    """Ask, then replace the data with the backup's; True if it was done."""
    title = QCoreApplication.translate("Backups", "Put back a backup")
    if not ask.confirm(
        parent,
        title,
        QCoreApplication.translate(
            "Backups",
            "Replace all the data with this backup's? The data now will be kept in {folder}.",
        ).format(folder=str(paths.backups_dir())),
        QCoreApplication.translate("Backups", "Put back the backup"),
    ):
        return False
    passphrase: str | None = None
    try:
        # A locked folder's own backups open with its passphrase: tried first, unasked.
        if safety.needs_passphrase(source) and not store.is_locked:
            passphrase = ask_passphrase(
                parent, title, QCoreApplication.translate("Backups", "The backup's passphrase:")
            )
            if passphrase is None:
                return False
        try:
            safety.restore_backup(source, passphrase, store=store)
        except PassphraseError:
            if not store.is_locked or passphrase is not None:
                raise
            passphrase = ask_passphrase(
                parent,
                title,
                QCoreApplication.translate(
                    "Backups",
                    "This backup does not open with the data folder's passphrase. Type the "
                    "passphrase it was protected with:",
                ),
            )
            if passphrase is None:
                return False
            safety.restore_backup(source, passphrase, store=store)
    except StoreError as error:
        ask.problem(parent, title, render(error.message))
        return False
    except OSError as error:
        ask.problem(
            parent,
            title,
            QCoreApplication.translate(
                "Backups",
                "The backup could not be read or put back ({reason}). Nothing was changed.",
            ).format(reason=error.strerror or str(error)),
        )
        return False
    return True


def offer_newest_backup(
    parent: QWidget | None, problem: DatabaseProblem, passphrase: str | None = None
) -> bool:
    """At start-up, when the data file cannot be used: say what is wrong and, if a backup
    can help, offer the newest good one. True if it was put back (open the data again).

    A locked folder's backups are sealed with its `passphrase` (asked for here when not
    given and the backups are sealed); the backup put back is then written locked with it.
    """
    title = QCoreApplication.translate("Backups", "The data cannot be opened")
    if problem.backup_may_help and passphrase is None and safety.has_sealed_backups():
        passphrase = ask_passphrase(
            parent,
            title,
            QCoreApplication.translate(
                "Backups",
                "{problem}\n\nThe backups of this data folder are protected with its "
                "passphrase. Type the passphrase to look for the newest good backup:",
            ).format(problem=render(problem.message)),
        ) or None
    good = safety.newest_good_backup(passphrase) if problem.backup_may_help else None
    if good is None:
        ask.problem(parent, title, render(problem.message))
        return False
    question = QCoreApplication.translate(
        "Backups",
        "{problem}\n\nThe newest good backup is from {when}. Put it back? The damaged file "
        "is kept in the backups folder.",
    ).format(problem=render(problem.message), when=f"{good.made_at:%Y-%m-%d %H:%M}")
    if not ask.confirm(
        parent, title, question, QCoreApplication.translate("Backups", "Put back the backup")
    ):
        return False
    try:
        safety.restore_backup(good.path, folder_passphrase=passphrase)
    except (StoreError, OSError) as error:
        text = render(error.message) if isinstance(error, StoreError) else str(error)
        ask.problem(parent, title, text)
        return False
    return True


class BackupsDialog(QDialog):
    """`restored` is emitted after a backup was put back."""

    restored = Signal()

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Backups"))
        note = self.tr(
            "The program makes a backup each day it opens your data. They are kept in {folder}."
        ).format(folder=str(paths.backups_dir()))
        if store.is_locked:
            note += " " + self.tr(
                "This data folder is locked, so every backup of it, those made each day and "
                "those you make, is protected with its passphrase."
            )
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.backups_list = QListWidget()
        self.backups_list.setAccessibleName(self.tr("Backups, newest first"))
        self.put_back_button = QPushButton(self.tr("&Put back this backup\u2026"))
        self.put_back_button.clicked.connect(self._put_back_chosen)
        self.from_file_button = QPushButton(self.tr("Put back a backup from a &file\u2026"))
        self.from_file_button.clicked.connect(self._put_back_file)
        self.make_button = QPushButton(self.tr("&Make a backup now\u2026"))
        self.make_button.clicked.connect(lambda: make_backup(self, self.store))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.put_back_button, self.from_file_button, self.make_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.backups_list, buttons):
            layout.addWidget(widget)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.backups = safety.list_backups()
        self.backups_list.clear()
        kinds = {
            "auto": self.tr("Made automatically"),
            "before-upgrade": self.tr("Made before the program was updated"),
            "replaced": self.tr("The data a backup replaced"),
        }
        for item in self.backups:
            self.backups_list.addItem(
                f"{item.made_at:%Y-%m-%d %H:%M}  {kinds.get(item.kind.value, '')}"
            )
        self.backups_list.setCurrentRow(0)
        self.put_back_button.setEnabled(bool(self.backups))

    def _put_back_chosen(self) -> None:
        row = self.backups_list.currentRow()
        if 0 <= row < len(self.backups):
            self._done(put_back(self, self.store, self.backups[row].path))

    def _put_back_file(self) -> None:
        chosen = ask.open_file(self, self.tr("Put back a backup"), BACKUP_FILTER)
        if chosen is not None:
            self._done(put_back(self, self.store, Path(chosen)))

    def _done(self, restored: bool) -> None:
        if restored:
            self.reload()
            self.restored.emit()
