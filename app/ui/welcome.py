"""The first page when no case is open: start a case (a few short pages, `app.ui.wizard`),
open the sample, import a file, or open one of the cases already here; and, while the data
folder is not locked, an offer to lock it with a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.cases import CaseSummary
from app.ui.text_size import ScaledLabel


class WelcomePage(QWidget):
    new_case = Signal()
    open_sample = Signal()
    import_file = Signal()
    open_case = Signal(int)
    lock_folder = Signal()

    def __init__(self) -> None:
        super().__init__()
        title = ScaledLabel(self.tr("Meet-and-Confer Log"), 1.6)
        intro = QLabel(self.tr(
            "Keep a record of your letters and calls with the other side's lawyer about "
            "discovery, and see whether that record is ready before you file a motion to "
            "compel. Everything you type is saved at once."))
        intro.setWordWrap(True)

        self.new_button = QPushButton(self.tr("Start &my case"))
        self.sample_button = QPushButton(self.tr("Open the &sample case"))
        self.import_button = QPushButton(self.tr("&Import a case file…"))
        for push, signal in ((self.new_button, self.new_case),
                             (self.sample_button, self.open_sample),
                             (self.import_button, self.import_file)):
            # Padding rather than a fixed height, so the buttons grow with larger text.
            push.setStyleSheet("padding: 10px;")
            push.clicked.connect(lambda _checked=False, s=signal: s.emit())
        sample_note = QLabel(self.tr("The sample case is made up. Use it to try the program."))
        sample_note.setWordWrap(True)

        self.cases_label = QLabel(self.tr("&Your cases (press Enter to open one):"))
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Your cases"))
        self.cases_label.setBuddy(self.cases)
        self.cases.itemActivated.connect(
            lambda item: self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole))))

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.new_button)
        column.addWidget(self.sample_button)
        column.addWidget(sample_note)
        column.addWidget(self.import_button)
        column.addSpacing(12)
        column.addWidget(self.cases_label)
        column.addWidget(self.cases, 1)
        # On a shared computer: shown only while the folder is not locked (`set_lock_offer`).
        self.lock_note = QLabel(self.tr(
            "Other people use this computer? Lock this data folder with a passphrase, so "
            "nobody else can read your cases."))
        self.lock_note.setWordWrap(True)
        self.lock_button = QPushButton(self.tr("&Lock this data folder with a passphrase…"))
        self.lock_button.clicked.connect(lambda _checked=False: self.lock_folder.emit())
        column.addSpacing(12)
        column.addWidget(self.lock_note)
        column.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(0)
        self.holder = QWidget()
        self.holder.setLayout(column)
        self.column = column
        self.holder.setMaximumWidth(760)
        outer = QVBoxLayout(self)
        outer.addWidget(self.holder, 1, Qt.AlignmentFlag.AlignHCenter)

    def set_lock_offer(self, shown: bool) -> None:
        self.lock_note.setVisible(shown)
        self.lock_button.setVisible(shown)

    def set_cases(self, summaries: list[CaseSummary]) -> None:
        self.cases.clear()
        for summary in summaries:
            item = QListWidgetItem(
                f"{summary.short_title} \u2014 {summary.case_number}", self.cases)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
        has = bool(summaries)
        self.cases_label.setVisible(has)
        self.cases.setVisible(has)
        # Without cases, the buttons sit together at the top instead of spreading out.
        self.column.setStretch(self.column.count() - 1, 0 if has else 1)
        if has:
            self.cases.setCurrentRow(0)
