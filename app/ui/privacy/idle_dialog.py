"""How many minutes without use before the program locks itself: one number, from 1 to 60,
kept in the data folder's settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.forms.base import plain_label
from app.ui.privacy.idle import FEWEST_MINUTES, MOST_MINUTES, allowed_minutes


class IdleMinutesDialog(QDialog):
    def __init__(self, parent: QWidget | None, minutes: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock when not used"))
        label = QLabel(self.tr("&Minutes without use before the program locks itself:"))
        label.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(FEWEST_MINUTES, MOST_MINUTES)
        self.minutes.setValue(allowed_minutes(minutes))
        self.minutes.setAccessibleName(plain_label(label.text()))
        label.setBuddy(self.minutes)
        note = QLabel(self.tr(
            "From 1 to 60 minutes. When it locks, what you were typing is kept, and the "
            "passphrase opens the program again. Press Ctrl+L to lock it at once."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.minutes)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.minutes.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        # Wide enough to read; as tall as its wrapped words need at this width (a window
        # does not follow its labels' height for width by itself).
        width = self.fontMetrics().averageCharWidth() * 60
        self.resize(width, layout.totalHeightForWidth(width))
        self.minutes.setFocus()

    def chosen(self) -> int:
        return allowed_minutes(self.minutes.value())
