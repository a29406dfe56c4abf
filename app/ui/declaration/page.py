"""The "Prepare the filing packet" page: the one place to review, preview, print and save
the filing packet (the statement of the requests in dispute, the declaration, its
exhibits and the proof of service) for the case that is open: which requests it covers,
what each part will hold, what is missing, the paragraph edits, and the court's own step.

The page is given a function that returns the open case (`OpenCase`, or None when no case
is open). It reads the case when it is shown (never at start-up) and again on `refresh()`,
so it always reflects the log. The paragraph texts it shows are the document's own English
text; everything around them follows the interface language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.i18n import render
from app.services.cases import SaveError
from app.ui import ask
from app.ui.declaration.court_step import CourtStepBox
from app.ui.declaration.covered import CoveredRequests
from app.ui.declaration.options import PrintOptions
from app.ui.declaration.packet_plan import PacketPlan
from app.ui.declaration.paragraph_panel import ParagraphPanel
from app.ui.declaration.readiness import ReadinessPanel
from app.ui.declaration.source import DeclarationChoices, DeclarationSource, ordered_ids
from app.ui.language import Retranslating
from app.ui.text_size import ScaledLabel

if TYPE_CHECKING:
    from app.documents.glyphs import Unprintable
    from app.documents.paragraphs import DeclarationParagraph
    from app.services.cases import OpenCase
    from app.ui.declaration.preview import PreviewDialog

CaseSource = Callable[[], "OpenCase | None"]


class DeclarationPage(Retranslating, QWidget):
    def __init__(self, case_source: CaseSource, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._case_source = case_source
        self._today = today
        self._source: DeclarationSource | None = None
        self._case_id: int | None = None  # the case the ticks below are for

        self.title = ScaledLabel("", 1.25)  # keeps its proportion when "Larger text" is on
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.readiness = ReadinessPanel()
        self.court_step = CourtStepBox(today=today)
        self.plan = PacketPlan()
        self.covered = CoveredRequests()
        self.options = PrintOptions()
        self.paragraphs = ParagraphPanel()
        # Characters the papers' font cannot print, named before printing (issue 19).
        self.unprintable = QLabel()
        self.unprintable.setWordWrap(True)
        self.unprintable.setTextFormat(Qt.TextFormat.PlainText)
        self.unprintable.hide()
        self._unprintable: list[Unprintable] = []
        self.preview_button = QPushButton()
        self.print_button = QPushButton()
        self.save_button = QPushButton()

        self.covered.changed.connect(self._covered_changed)
        self.court_step.mark_requested.connect(self._mark_court_step)
        self.paragraphs.save_requested.connect(self._save_edit)
        self.paragraphs.restore_requested.connect(self._restore)
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(self.print_declaration)
        self.save_button.clicked.connect(self.save_as_pdf)

        self._build_layout()
        self.retranslate_ui()

    def _build_layout(self) -> None:
        # The left column scrolls when it does not fit (larger text on a small screen),
        # rather than squeezing its wrapped text into unreadable overlaps; the paragraphs
        # on the right keep the full height.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.readiness)
        left_layout.addWidget(self.court_step)
        left_layout.addWidget(self.covered)
        # The signing day and the proof of service before the long plan of the parts, so
        # both are on the first screen (they are what a person sets just before printing).
        left_layout.addWidget(self.options)
        left_layout.addWidget(self.plan)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left_scroll)
        splitter.addWidget(self.paragraphs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.unprintable)
        layout.addLayout(buttons)

    # -- reading the case -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Read when shown, not when built: the documents service is not loaded at start-up,
        # and the log may have changed on another page since this one was last shown.
        self._read_case()
        super().showEvent(event)

    def refresh(self) -> None:
        """The open case changed, or another case was opened: read it again now if the page
        is on screen (if not, it is read when next shown)."""
        if self.isVisible():
            self._read_case()

    def _read_case(self) -> None:
        self.paragraphs.flush()
        open_case = self._case_source()
        self._source = None if open_case is None else DeclarationSource(open_case)
        case_id = None if open_case is None else open_case.case_id
        disputes = [] if self._source is None else self._source.coverable_disputes()
        # Keep the person's ticks while it is the same case; another case starts with the
        # requests whose conferring is documented (a certification must not reach further).
        if case_id == self._case_id:
            chosen: set[str] | None = self.covered.chosen_ids()
        else:
            chosen = set() if self._source is None else set(
                self._source.documented_ids(self._today()))
        self._case_id = case_id
        self.covered.set_disputes(disputes, chosen)
        self._reload()

    def _choices(self, signing_date: dt.date | None = None) -> DeclarationChoices:
        """What is chosen on the page; the signing date only matters to the PDF."""
        disputes = [] if self._source is None else self._source.coverable_disputes()
        return DeclarationChoices(
            as_of=self._today(),
            dispute_ids=ordered_ids(disputes, self.covered.chosen_ids()),
            signing_date=signing_date,
            proof_of_service=self.options.proof_of_service(),
        )

    def _covered_changed(self) -> None:
        self.paragraphs.flush()  # typing in the editor is kept before the list changes
        self._reload()

    def _reload(self) -> None:
        has_case = self._source is not None
        for widget in (self.covered, self.options, self.paragraphs):
            widget.setEnabled(has_case)
        if self._source is None:
            self.covered.warn_undocumented([])
            self.plan.show_content(None)
            self.court_step.hide()
            self.readiness.show_problem(message("DeclarationPage", QT_TRANSLATE_NOOP(
                "DeclarationPage", "Open a case first: the declaration is built from its log.")))
            self.paragraphs.set_paragraphs([])
            self._enable_document_buttons(False)
            self._unprintable = []
            self.unprintable.hide()
            return
        choices = self._choices()
        self._show_readiness(choices)
        self._show_unprintable()
        self._show_plan(choices)
        self.paragraphs.set_paragraphs(self._source.paragraphs(choices) if choices.dispute_ids
                                       else [])
        self._enable_document_buttons(bool(choices.dispute_ids))

    def _show_plan(self, choices: DeclarationChoices) -> None:
        from app.domain.profiles import ProfileError

        assert self._source is not None
        try:
            content = self._source.packet_content(choices) if choices.dispute_ids else None
        except ProfileError:
            content = None  # the readiness box already says the profile cannot be read
        self.plan.show_content(content)

    def _mark_court_step(self, day: dt.date | None) -> None:
        if self._source is None:
            return
        try:
            self._source.mark_court_step(day)
        except SaveError as error:
            ask.problem(self, self.tr("The court's step was not saved"),
                        render(error.message))
            return
        self._reload()

    def _show_readiness(self, choices: DeclarationChoices) -> None:
        from app.domain.profiles import ProfileError

        assert self._source is not None
        self.covered.warn_undocumented([])
        if not self._source.coverable_disputes():
            self.readiness.show_problem(message("DeclarationPage", QT_TRANSLATE_NOOP(
                "DeclarationPage", "No request in this case is still in dispute, so there is "
                "nothing to put in a declaration. Add it on the \u201cRequests in dispute\u201d "
                "page, or mark it there as still in dispute.")))
            return
        try:
            assessments = self._source.readiness(choices)
            step = self._source.court_step()
            self.readiness.show_assessments(assessments, step)
            self.court_step.show_step(step)
        except ProfileError as error:
            self.readiness.show_problem(*error.problems)
            return
        self.covered.warn_undocumented([a.label for a in assessments if not a.adequate])

    def _show_unprintable(self) -> None:
        """Name each text holding characters the printed papers cannot show, so the person
        can change it before printing instead of finding words missing on paper."""
        self._unprintable = [] if self._source is None else self._source.unprintable()
        self._render_unprintable()

    def _render_unprintable(self) -> None:
        found = self._unprintable
        self.unprintable.setVisible(bool(found))
        if found:
            self.unprintable.setText("\n".join([self.tr(
                "The program's font cannot print some characters; where they appear in the "
                "papers they will be missing. Change the text, or write them in by hand:"),
                *(f"  {item.english()}" for item in found)]))

    def _enable_document_buttons(self, enabled: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(enabled)

    # -- paragraph edits -----------------------------------------------------------------

    def _save_edit(self, paragraph: DeclarationParagraph, text: str) -> None:
        if self._source is None:
            return
        try:
            self._source.save_edit(paragraph, text)
        except SaveError as error:
            self._not_saved(error)
            return
        self._reload_paragraphs()

    def _restore(self, key: str) -> None:
        if self._source is None:
            return
        try:
            self._source.restore(key)
        except SaveError as error:
            self._not_saved(error)
            return
        self._reload_paragraphs()

    def _reload_paragraphs(self) -> None:
        if self._source is not None:
            self.paragraphs.set_paragraphs(self._source.paragraphs(self._choices()))

    def _not_saved(self, error: SaveError) -> None:
        ask.problem(self, self.tr("Your wording was not saved"), render(error.message))

    # -- the document ----------------------------------------------------------------------

    def document_bytes(self) -> bytes | None:
        """The PDF exactly as it will print, or None (after saying why) when it cannot be
        made yet. Preview, Print and Save as PDF all use these same bytes."""
        self._read_case()  # also keeps what was typed in the editor
        if self._source is None:
            return None
        if not self.options.check_signing_date():
            self.options.date_edit.setFocus()
            return None
        choices = self._choices(self.options.signing_date())
        self._show_unprintable()  # the wording just typed counts too
        if not choices.dispute_ids:
            ask.problem(self, self.tr("No request chosen"),
                        self.tr("Tick at least one request for the packet to cover."))
            return None
        return self._build(choices)

    def _build(self, choices: DeclarationChoices) -> bytes | None:
        from app.documents.fonts import FontMissingError
        from app.domain.profiles import ProfileError

        assert self._source is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._source.build_pdf(choices)
        except (FontMissingError, OSError) as error:
            ask.problem(self, self.tr("The packet could not be made"), self.tr(
                "The program could not make the packet ({reason}). Ask the library "
                "staff to install the program again.").format(reason=str(error)))
            return None
        except ProfileError as error:
            ask.problem(self, self.tr("The packet could not be made"),
                        self.tr("The court's rules for this case could not be read."),
                        [render(problem) for problem in error.problems])
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def open_preview(self) -> PreviewDialog | None:
        data = self.document_bytes()
        if data is None:
            return None
        from app.ui.declaration.preview import PreviewDialog

        dialog = PreviewDialog(data, self._suggested_file_name(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_declaration(self) -> None:
        data = self.document_bytes()
        if data is not None:
            from app.ui.declaration import printing

            printing.print_pdf(self, data)

    def save_as_pdf(self) -> None:
        data = self.document_bytes()
        if data is not None:
            from app.ui.declaration import printing

            path = printing.save_pdf_as(self, data, self._suggested_file_name())
            if path is not None:
                # Said plainly, with the place: the file is needed on a USB stick later.
                ask.inform(self, self.tr("Saved"), self.tr(
                    "The declaration was saved as a PDF file here:\n{path}").format(
                        path=str(path)))

    def _suggested_file_name(self) -> str:
        from app.ui.declaration.printing import suggested_file_name

        return suggested_file_name(None if self._source is None else self._source.case)

    # -- words -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Prepare the filing packet"))
        self.intro.setText(self.tr(
            "This is the packet you sign, file with your motion to compel and mail to the "
            "other side: the statement of the requests in dispute, your declaration, its "
            "exhibits and the proof of service. Choose the requests it covers, read each "
            "paragraph, change any wording that is not right, then preview and print it. "
            "It always prints in English, for the court."))
        self.preview_button.setText(self.tr("Prev&iew\u2026"))
        self.preview_button.setToolTip(self.tr("See the pages exactly as they will print."))
        self.print_button.setText(self.tr("Pri&nt\u2026"))
        self.save_button.setText(self.tr("&Save as PDF\u2026"))
        self.setAccessibleName(self.title.text())
        self._render_unprintable()  # in the new language; the case is not read again
