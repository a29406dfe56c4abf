"""The "Ready to file?" box at the top of the declaration page: for each request the
declaration covers, whether the log shows enough of an effort to meet and confer, and if
not, what to do next (the rules engine's own words)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.rules import DisputeAssessment
from app.domain.text import Message
from app.i18n import render
from app.services.badges import CourtStep
from app.ui.language import Retranslating


class ReadinessPanel(Retranslating, QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments: tuple[DisputeAssessment, ...] = ()
        self._problems: tuple[Message, ...] = ()
        self._step = CourtStep()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable by keyboard so a screen reader user can move onto it and read it.
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.retranslate_ui()

    def show_assessments(self, assessments: Sequence[DisputeAssessment],
                         step: CourtStep | None = None) -> None:
        """`step`: the court's own step before a motion; while it is not marked done, a
        documented request is "conferring documented", not "ready"."""
        self._assessments = tuple(assessments)
        self._problems = ()
        self._step = step or CourtStep()
        self._show()

    def show_problem(self, *problems: Message) -> None:
        """Why there is nothing to check (no case open, the court profile unreadable)."""
        self._assessments = ()
        self._problems = problems
        self._show()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Ready to file?"))
        self._show()

    def _show(self) -> None:
        if self._problems:
            text = "\n".join(render(problem) for problem in self._problems)
        elif not self._assessments:
            text = self.tr("Tick at least one request below to see whether it is ready.")
        else:
            text = "\n".join(self._line(a) for a in self._assessments)
        self.summary.setText(text)
        self.summary.setAccessibleName(self.title())
        self.summary.setAccessibleDescription(text)

    def _line(self, assessment: DisputeAssessment) -> str:
        # Said in words ("Ready", "Not ready yet"), never by colour or by the mark alone.
        name = self._step.name
        if assessment.adequate and self._step.pending and name is not None:
            return self.tr("\u2714 Conferring documented: {label}. Next: the court's own "
                           "step, {step}. Mark it done below once it is done.").format(
                label=assessment.label, step=render(name))
        if assessment.adequate:
            return self.tr("\u2714 Ready: {label}. The log shows a good-faith effort to meet "
                           "and confer.").format(label=assessment.label)
        line = self.tr("\u2716 Not ready yet: {label}.").format(label=assessment.label)
        if assessment.next_step is not None:
            line += " " + render(assessment.next_step)
        return line
