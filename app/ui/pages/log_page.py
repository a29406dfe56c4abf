"""Letters and calls: the log as a table, filtered by request, direction, method and words,
oldest or newest first; add, change and delete entries."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Communication, Direction
from app.i18n import day_in_words, short_day
from app.services.log import LogQuery
from app.ui.context import CaseContext
from app.ui.forms.communication_form import CommunicationForm
from app.ui.models.log_model import SUMMARY, LogModel
from app.ui.pages.common import (
    button,
    button_row,
    delete_after_asking,
    delete_key,
    name_headers,
    shortcut_tip,
)
from app.ui.pages.log_entry_view import LogEntryView
from app.ui.settings import Settings
from app.ui.words import method_words

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

# Typing in the search box filters after this pause, so each keystroke does not query.
_FILTER_DELAY_MS = 150
# The Requests column makes room for a request's name up to this many letters
# ("Request for Production No. 12 (Set Three)" is 41); the entry below shows the rest.
_LONGEST_LABEL_SHOWN = 48


class LogPage(QWidget):
    def __init__(self, context: CaseContext, settings: Settings) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.form: CommunicationForm | None = None
        self.letter_window: QDialog | None = None
        self.model: LogModel | None = None

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Letters and calls"))
        # Fixed row heights: the view never asks every row for its size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        delete_key(self.table, self.delete_selected)
        name_headers(self.table)

        self.request_filter = QComboBox()
        self.direction_filter = QComboBox()
        self.direction_filter.addItem(self.tr("Both ways"), None)
        self.direction_filter.addItem(self.tr("From me"), Direction.OUTGOING.value)
        self.direction_filter.addItem(self.tr("From them"), Direction.INCOMING.value)
        self.method_filter = QComboBox()
        self.method_filter.addItem(self.tr("Any way"), None)
        for words, method in method_words():
            self.method_filter.addItem(words, method.value)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Words in what it said, a lawyer's name…"))
        self.text_filter.setClearButtonEnabled(True)
        self.order = QComboBox()
        self.order.addItem(self.tr("Oldest first"), False)
        self.order.addItem(self.tr("Newest first"), True)
        self.order.setCurrentIndex(1 if settings.newest_first else 0)
        self.count_label = QLabel()

        # Two lines of filters: on one, larger text or Spanish words widened the window
        # past a 1,024-pixel screen or squeezed Find to a letter. Find gets a line's room.
        filters = QGridLayout()
        for row, column, span, (text, widget) in [
            (0, 0, 1, (self.tr("Re&quest:"), self.request_filter)),
            (0, 1, 1, (self.tr("&Who sent it:"), self.direction_filter)),
            (0, 2, 1, (self.tr("How (&method):"), self.method_filter)),
            (2, 0, 2, (self.tr("&Find:"), self.text_filter)),
            (2, 2, 1, (self.tr("&Sort:"), self.order)),
        ]:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            filters.addWidget(label, row, column, 1, span)
            filters.addWidget(widget, row + 1, column, 1, span)
        for combo in (self.request_filter, self.direction_filter, self.method_filter,
                      self.order):
            # As wide as the column gives, not as its longest item asks.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for column in range(3):
            filters.setColumnStretch(column, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(_FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.text_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (self.request_filter, self.direction_filter, self.method_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.order.currentIndexChanged.connect(self._order_changed)

        self.new_button = button(self.tr("&New letter or call…"), self.new_communication,
                                 shortcut_tip("Ctrl+M"))
        self.edit_button = button(self.tr("Chan&ge…"), self.edit_selected)
        self.delete_button = button(self.tr("Dele&te"), self.delete_selected)
        self.write_button = button(self.tr("Write a letter…"), self.write_letter,
                                   shortcut_tip("Ctrl+Shift+L"))
        self.letter_button = button(self.tr("Read the letter yo&u mailed…"),
                                    self.open_letter)

        self.entry_view = LogEntryView()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.entry_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.delete_button,
                                    self.write_button))
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        # Under the chosen entry, which it opens.
        layout.addLayout(button_row(self.letter_button))

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._size_columns)

        context.case_opened.connect(self._case_opened)
        context.changed.connect(self._record_changed)
        if context.session is not None:  # made after the case was opened (a tab made late)
            self._case_opened()

    # -- the case ---------------------------------------------------------------------

    def _case_opened(self) -> None:
        session = self.context.session
        old = self.model
        if session is None:
            self.table.setModel(None)
            self.model = None
        else:
            case = session.case
            self.model = LogModel(
                session.log_rows(),
                dispute_label=lambda key: (d.label if (d := case.dispute(key)) else key),
            )
            self.table.setModel(self.model)
            self._size_columns()
            self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        if old is not None:
            old.deleteLater()
        self._fill_request_filter()
        self.apply_filters()
        if self.model is not None and self.model.rowCount() > 0:
            # Something chosen from the start, so the entry shows in full below.
            self.select(self.model.record(0).id)

    def _size_columns(self, *_: object) -> None:
        """Column widths from the text they hold, again whenever the text size changes
        (a width in pixels would cut larger text short)."""
        if self.model is None:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        metrics = QFontMetrics(QApplication.font())
        session = self.context.session
        # The widest day the column can show, in the screen's words; "about" only takes
        # room when some entry's day is not sure.
        approximate = session is not None and any(
            c.approximate for c in session.case.communications)
        about = self.tr("about {day}") if approximate else "{day}"
        widest_day = max((about.format(day=short_day(dt.date(2000, month, 28)))
                          for month in range(1, 13)), key=metrics.horizontalAdvance)
        labels = [d.label for d in session.case.disputes] if session is not None else []
        # Room for a whole request's name (most entries name one), within reason.
        widest_label = max(labels, key=metrics.horizontalAdvance, default="")
        if len(widest_label) > _LONGEST_LABEL_SHOWN:
            widest_label = widest_label[:_LONGEST_LABEL_SHOWN]
        samples = [widest_day, self.tr("From them"), self.tr("Phone call"), widest_label]
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + metrics.averageCharWidth() * 3)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def _fill_request_filter(self) -> None:
        session = self.context.session
        chosen = self.request_filter.currentData()
        self.request_filter.blockSignals(True)
        self.request_filter.clear()
        self.request_filter.addItem(self.tr("All requests"), None)
        for dispute in session.case.disputes if session else []:
            self.request_filter.addItem(dispute.label, dispute.id)
        self.request_filter.setCurrentIndex(max(0, self.request_filter.findData(chosen)))
        self.request_filter.blockSignals(False)

    def _record_changed(self) -> None:
        # The request list may have changed (labels, new requests) and any row may have.
        self._fill_request_filter()
        self.apply_filters()

    # -- filtering --------------------------------------------------------------------

    def current_query(self) -> LogQuery:
        return LogQuery(
            dispute_key=self.request_filter.currentData(),
            direction=self.direction_filter.currentData(),
            method=self.method_filter.currentData(),
            text=self.text_filter.text(),
            newest_first=bool(self.order.currentData()),
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        if self.model is None:
            self.count_label.setText("")
            self._enable()
            return
        chosen = self.selected_record()
        self.model.set_query(self.current_query())
        self._update_count()
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def _order_changed(self) -> None:
        self.settings.newest_first = bool(self.order.currentData())
        self.apply_filters()

    def _update_count(self) -> None:
        assert self.model is not None
        session = self.context.session
        total = len(session.case.communications) if session else 0
        shown = self.model.rowCount()
        if shown == total:
            text = self.tr("Letters and calls in the log: {count}").format(count=total)
        else:
            text = self.tr("Showing {shown} of the {total} letters and calls in the log").format(
                shown=shown, total=total)
        self.count_label.setText(text)

    # -- choosing ---------------------------------------------------------------------

    def select(self, comm_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(comm_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_record(self) -> Communication | None:
        if self.model is None or self.table.selectionModel() is None:
            return None
        index = self.table.selectionModel().currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        record = self.selected_record()
        session = self.context.session
        self.entry_view.show_entry(session.case if session else None, record)
        has = record is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(self.context.session is not None)
        self.write_button.setEnabled(self.context.session is not None)
        self.letter_button.setEnabled(record is not None and record.letter is not None)

    # -- changing ---------------------------------------------------------------------

    def new_communication(self, dispute_ids: list[str] | None = None) -> None:
        """Open the form for a new entry; it starts with `dispute_ids` ticked, or else the
        request chosen in the filter."""
        if dispute_ids is None:
            chosen = self.request_filter.currentData()
            dispute_ids = [chosen] if chosen else []
        self._open_form(None, dispute_ids)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self._open_form(record, [])

    def _open_form(self, comm: Communication | None, dispute_ids: list[str]) -> None:
        session = self.context.session
        if session is None:
            return
        self.form = CommunicationForm(self, session, comm, today=self.context.today(),
                                      dispute_ids=dispute_ids)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.saved.connect(self._saved)
        self.form.open()

    def _saved(self, comm: Communication) -> None:
        self.context.notify_changed()
        self.select(comm.id)

    def write_letter(self) -> None:
        from app.ui.letters.opening import open_letter_window

        chosen = self.request_filter.currentData()
        self.letter_window = open_letter_window(self, self.context, chosen)

    def open_letter(self) -> None:
        """The chosen entry's letter as it was mailed, read-only, to print again."""
        session = self.context.session
        record = self.selected_record()
        if session is not None and record is not None:
            from app.ui.letters.opening import open_logged_letter

            self.letter_window = open_logged_letter(self, session.case, record)

    def delete_selected(self) -> None:
        session = self.context.session
        record = self.selected_record()
        if session is None or record is None:
            return
        question = self.tr("Move this entry from {day} to the trash? You can put it back "
                           "with Backups and trash \u2192 Trash of this case.")
        if delete_after_asking(self, question.format(day=day_in_words(record.day)),
                               lambda: session.delete_communication(record.id)):
            self.context.notify_changed()
