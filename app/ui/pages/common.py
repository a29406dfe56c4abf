"""Small pieces every page uses: buttons with words and shortcuts, and the one way to
ask before deleting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from app.i18n import render
from app.services.cases import SaveError
from app.ui import ask


def button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button; `tip` names the keyboard shortcut that does the same."""
    push = QPushButton(text)
    push.clicked.connect(lambda _checked=False: slot())
    if tip:
        push.setToolTip(tip)
    return push


def delete_key(view: QWidget, slot: Callable[[], object]) -> None:
    """The Delete key on a list deletes the chosen record (after asking, as the button)."""
    action = QAction(view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)


def name_headers(table: QTableView) -> None:
    """A table's header bars are inputs too (a click sorts or resizes): name them for
    screen readers."""
    table.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Pages", "Column titles"))
    table.verticalHeader().setAccessibleName(QCoreApplication.translate("Pages", "Row numbers"))


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for push in buttons:
        row.addWidget(push)
    row.addStretch(1)
    return row


def shortcut_tip(sequence: QKeySequence | str) -> str:
    keys = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("Pages", "Keyboard: {keys}").format(keys=keys)


def delete_after_asking(parent: QWidget, question: str, delete: Callable[[], None]) -> bool:
    """Ask first; then delete, telling in plain words when it cannot be done."""
    title = QCoreApplication.translate("Pages", "Delete?")
    if not ask.confirm(parent, title, question, QCoreApplication.translate("Pages", "Delete")):
        return False
    try:
        delete()
    except SaveError as error:
        ask.problem(parent, QCoreApplication.translate("Pages", "Not deleted"),
                    render(error.message))
        return False
    return True
