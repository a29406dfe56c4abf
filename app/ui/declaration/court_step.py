"""The court's own step before a discovery motion (a joint letter, a joint stipulation, a
pre-motion letter …): the program cannot see it, so the person marks it done here, and
only then does the program say "ready to file"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import day_in_words, render
from app.services.badges import CourtStep
from app.ui.language import Retranslating


class CourtStepBox(Retranslating, QGroupBox):
    # The day to record as done, or None to take the mark back.
    mark_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._step = CourtStep()
        self._today = today
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def show_step(self, step: CourtStep) -> None:
        self._step = step
        self.setVisible(step.name is not None)
        self._show()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The court's own step"))
        self._show()

    def _show(self) -> None:
        name = self._step.name
        if name is None:
            return
        step = render(name)
        if self._step.done_on is None:
            text = self.tr(
                "This court asks for {step} before a discovery motion. The program cannot "
                "check it. Until you mark it done, the program says \u201cconferring "
                "documented\u201d, not \u201cready to file\u201d.").format(step=step)
            self.button.setText(self.tr("Mark it done &today"))
        else:
            text = self.tr("You marked {step} done on {day}.").format(
                step=step, day=day_in_words(self._step.done_on))
            self.button.setText(self.tr("It is not done &yet"))
        self.state.setText(text)
        self.state.setAccessibleName(self.title())
        self.state.setAccessibleDescription(text)

    def _clicked(self) -> None:
        self.mark_requested.emit(self._today() if self._step.done_on is None else None)
