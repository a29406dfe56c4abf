"""Requests in dispute: each with its badge, and, for the one chosen, what the record
shows check by check, the next step with its date, and the rule each check rests on."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Dispute
from app.domain.rules import DisputeAssessment, Result
from app.i18n import render
from app.services.assessment import assess_case
from app.services.badges import BadgeKind, court_step
from app.ui.colours import Tone, colour_for
from app.ui.context import CaseContext
from app.ui.guide_links import check_section, section_of, why_link
from app.ui.models.disputes_model import DisputesModel
from app.ui.pages.common import (
    button,
    button_row,
    delete_after_asking,
    delete_key,
    name_headers,
    shortcut_tip,
)
from app.ui.words import status_name

if TYPE_CHECKING:
    # Loaded when a request is added or changed, not with the page at start-up.
    from app.ui.forms.dispute_form import DisputeForm
    from app.ui.letters.window import LetterWindow

_BADGE_TONES = {
    BadgeKind.READY: Tone.GOOD,
    BadgeKind.DOCUMENTED: Tone.GOOD,
    BadgeKind.WAIT: Tone.WAIT,
    BadgeKind.NOT_YET: Tone.PROBLEM,
    BadgeKind.CLOSED: Tone.QUIET,
}


def _html_colour(tone: Tone) -> str:
    """A colour for the detail text, checked against the palette's text background."""
    return colour_for(tone, background=QPalette.ColorRole.Base).name()


class DisputesPage(QWidget):
    # "Log a letter or call about this request": the window opens the log's form.
    log_about = Signal(str)
    # A "Why?" link beside a check: the window opens the guide at that section.
    guide_wanted = Signal(str)

    def __init__(self, context: CaseContext) -> None:
        super().__init__()
        self.context = context
        self.form: DisputeForm | None = None
        self.letter_window: LetterWindow | None = None
        self.model = DisputesModel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # Both columns share the width and wrap: sized to its contents, a long badge
        # would squeeze the request's name to nothing at larger text.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Requests in dispute"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        delete_key(self.table, self.delete_selected)
        name_headers(self.table)
        # Wrapped names need their rows fitted again when the columns change width or the
        # text size changes; once, after the change has reached every widget.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self._fit_timer.start())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A bound method, not a lambda: Qt drops the connection with the page.
            app.fontChanged.connect(self._fit_soon)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail.setAccessibleName(self.tr("What the record shows for this request"))

        self.new_button = button(self.tr("&New request…"), self.new_dispute,
                                 shortcut_tip("Ctrl+R"))
        self.edit_button = button(self.tr("Chan&ge…"), self.edit_selected)
        self.delete_button = button(self.tr("Dele&te"), self.delete_selected)
        self.log_button = button(self.tr("Log a letter or call about &it…"), self._log_about)
        self.letter_button = button(self.tr("&Write a letter…"), self.write_letter,
                                    shortcut_tip("Ctrl+Shift+L"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(button_row(self.new_button, self.edit_button, self.delete_button))
        left_layout.addWidget(self.table)
        left_layout.addLayout(button_row(self.letter_button, self.log_button))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.table)
        self.setTabOrder(self.table, self.letter_button)
        self.setTabOrder(self.letter_button, self.log_button)
        self.setTabOrder(self.log_button, self.detail)

        context.case_opened.connect(self.refresh)
        context.changed.connect(self.refresh)

    # -- showing ----------------------------------------------------------------------

    def _fit_soon(self, *_: object) -> None:
        self._fit_timer.start()

    def _fit_rows(self, *_: object) -> None:
        """Wrapped labels need taller rows when the text grows."""
        self.table.resizeRowsToContents()

    def refresh(self) -> None:
        session = self.context.session
        chosen = self.selected_id()
        assessment = None if session is None else assess_case(session.case, self.context.today())
        step = None if session is None or assessment is None else court_step(
            session.case, assessment.parameters)
        self.model.set_assessment(assessment, step)
        self.table.resizeRowsToContents()
        self.select(chosen)
        self._show_detail()

    def select(self, dispute_id: str | None) -> None:
        row = self.model.row_of(dispute_id) if dispute_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return None if row is None else self.model.assessment(row).dispute_id

    def _selected_dispute(self) -> Dispute | None:
        session = self.context.session
        chosen = self.selected_id()
        return None if session is None or chosen is None else session.case.dispute(chosen)

    def _show_detail(self) -> None:
        row = self.selected_row()
        has = row is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.log_button.setEnabled(has)
        self.letter_button.setEnabled(self.context.session is not None)
        if row is None:
            self.detail.setHtml(self._empty_html())
            return
        self.detail.setHtml(self._detail_html(self.model.assessment(row), row))

    def _empty_html(self) -> str:
        return "<p>{}</p>".format(html.escape(self.tr(
            "No request in dispute yet. Press \u201cNew request\u201d (Ctrl+R) to add the "
            "first one: a discovery request whose answer you think is wrong or missing.")))

    def _letter_due(self, dispute: DisputeAssessment) -> bool:
        """Whether the next step is a letter the program can write (the same proposal the
        letter window opens with)."""
        session = self.context.session
        if session is None:
            return False
        from app.domain.letters import propose_kind

        return propose_kind(session.case, dispute) is not None

    _RESULT_MARKS: ClassVar[dict[Result, tuple[str, Tone]]] = {
        Result.PASS: ("\u2714", Tone.GOOD),
        Result.FAIL: ("\u2718", Tone.PROBLEM),
        Result.WARN: ("!", Tone.WAIT),
        Result.NOT_APPLICABLE: ("\u2013", Tone.QUIET),
    }

    def _result_word(self, result: Result) -> str:
        return {
            Result.PASS: self.tr("Done"),
            Result.FAIL: self.tr("Missing"),
            Result.WARN: self.tr("Advice"),
            Result.NOT_APPLICABLE: self.tr("Not needed here"),
        }[result]

    def _detail_html(self, dispute: DisputeAssessment, row: int) -> str:
        esc = html.escape
        badge = self.model.badge(row)
        parts = [
            f"<h2>{esc(dispute.label)}</h2>",
            "<p><b style='color:{}'>{}</b> &nbsp; {}</p>".format(
                _html_colour(_BADGE_TONES[badge.kind]), esc(render(badge.text)),
                esc(self.tr("Status: {status}").format(status=status_name(dispute.status))),
            ),
        ]
        if dispute.next_step is not None:
            parts.append(f"<p style='font-size:large'><b>{esc(render(dispute.next_step))}</b></p>")
        if dispute.next_step is not None and self._letter_due(dispute):
            parts.append("<p>{}</p>".format(esc(self.tr(
                "The program can write this letter for you: press \u201cWrite a letter\u201d "
                "(Ctrl+Shift+L)."))))
        if dispute.adequate is None:
            parts.append("<p>{}</p>".format(esc(self.tr(
                "This request is no longer in dispute, so it is not checked. Change its "
                "status if that is wrong."))))
        else:
            parts.append("<h3>{}</h3>".format(esc(self.tr("What the record shows"))))
            parts.append("<table cellspacing='0' cellpadding='6' width='100%'>")
            quiet = _html_colour(Tone.QUIET)
            for check in dispute.checks:
                mark, tone = self._RESULT_MARKS[check.result]
                colour = _html_colour(tone)
                lines = "".join(f"<div>{esc(render(m))}</div>" for m in check.messages)
                rule = esc(self.tr("Rule: {source}").format(source=check.source))
                rule += " &nbsp; " + why_link(check_section(check.id))
                parts.append(
                    # The result above what it found, not in a column of its own: a
                    # narrow panel with larger text broke "Hecho" across two lines.
                    f"<tr><td valign='top'><div style='color:{colour}'><b>{mark} "
                    f"{esc(self._result_word(check.result))}</b></div>"
                    f"{lines}<div style='color:{quiet}'>{rule}</div></td></tr>"
                )
            parts.append("</table>")
        parts.append("<hr><p><i>{}</i></p>".format(esc(self.tr(
            "This is a checklist of what your record shows, not legal advice. The rules and "
            "your judge's orders decide; read them."))))
        return "".join(parts)

    # -- changing ---------------------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        section = section_of(url.toString())
        if section is not None:
            self.guide_wanted.emit(section)

    def new_dispute(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        dispute = self._selected_dispute()
        if dispute is not None:
            self._open_form(dispute)

    def _open_form(self, dispute: Dispute | None) -> None:
        session = self.context.session
        if session is None:
            return
        from app.ui.forms.dispute_form import DisputeForm

        self.form = DisputeForm(self, session, dispute, today=self.context.today())
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.saved.connect(self._saved)
        self.form.open()

    def _saved(self, dispute: Dispute) -> None:
        self.context.notify_changed()
        self.select(dispute.id)

    def write_letter(self) -> None:
        """The letter window, with the letter the chosen request's next step asks for."""
        from app.ui.letters.opening import open_letter_window

        self.letter_window = open_letter_window(self, self.context, self.selected_id())

    def _log_about(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.log_about.emit(chosen)

    def delete_selected(self) -> None:
        session = self.context.session
        dispute = self._selected_dispute()
        if session is None or dispute is None:
            return
        question = self.tr("Move the request \u201c{label}\u201d to the trash? You can put "
                           "it back with Backups and trash \u2192 Trash of this case.")
        if delete_after_asking(self, question.format(label=dispute.label),
                               lambda: session.delete_dispute(dispute.id)):
            self.context.notify_changed()

