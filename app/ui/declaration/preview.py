"""The real pages inside the program, for the many library PCs with no PDF viewer.

`PdfPreview` shows one PDF's pages with QtPdf's own view, with page and zoom controls that
all have keys; `PreviewDialog` adds Print and Save as PDF, which use the very bytes shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.declaration import printing
from app.ui.declaration.pdf_bytes import load_pdf
from app.ui.language import Retranslating

_ZOOM_STEP = 1.25
_ZOOM_LIMITS = (0.25, 5.0)


class PdfPreview(Retranslating, QWidget):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.page_label = QLabel()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.document.pageCount()))
        self.page_label.setBuddy(self.page_box)
        self.page_count_label = QLabel()
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        keys = QKeySequence.StandardKey
        self.previous_action = self._action(self.previous_page, keys.MoveToPreviousPage)
        self.next_action = self._action(self.next_page, keys.MoveToNextPage)
        self.zoom_in_action = self._action(self.zoom_in, QKeySequence.StandardKey.ZoomIn,
                                           QKeySequence("Ctrl+="))
        self.zoom_out_action = self._action(self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.fit_width_action = self._action(self.fit_width, QKeySequence("Ctrl+0"))
        self.fit_page_action = self._action(self.fit_page, QKeySequence("Ctrl+1"))

        bar = QHBoxLayout()
        for action in (self.previous_action, self.next_action):
            bar.addWidget(self._button(action))
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_width_action,
                       self.fit_page_action):
            bar.addWidget(self._button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def _action(self, slot: Callable[[], None],
                *keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(self)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequences.extend(QKeySequence.keyBindings(key) if isinstance(
                key, QKeySequence.StandardKey) else [key])
        action.setShortcuts(sequences)
        # Keys work anywhere in the preview, not only on the button.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # -- moving about -------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        if page != navigator.currentPage():
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def zoom_in(self) -> None:
        self._zoom_to(self.view.zoomFactor() * _ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.view.zoomFactor() / _ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _zoom_to(self, factor: float) -> None:
        low, high = _ZOOM_LIMITS
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(low, min(high, factor)))

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    # -- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        words = (
            (self.previous_action, self.tr("Pre&vious page")),
            (self.next_action, self.tr("&Next page")),
            (self.zoom_in_action, self.tr("Zoom &in")),
            (self.zoom_out_action, self.tr("Zoom &out")),
            (self.fit_width_action, self.tr("Fit &width")),
            (self.fit_page_action, self.tr("W&hole page")),
        )
        for action, text in words:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{action} (keyboard: {keys})").format(
                action=text.replace("&", ""), keys=keys))
        self.page_label.setText(self.tr("Pa&ge:"))
        self.page_count_label.setText(self.tr("of {count}").format(count=self.page_count()))
        self.view.setAccessibleName(self.tr("Pages of the document, as they will print"))


class PreviewDialog(Retranslating, QDialog):
    """The preview with Print and Save as PDF for the same bytes."""

    def __init__(self, data: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggested_name = suggested_name
        self.preview = PdfPreview(data, self)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.retranslate_ui()
        self.preview.view.setFocus()

    def print_document(self) -> None:
        printing.print_pdf(self, self.preview.data)

    def save_document(self) -> None:
        printing.save_pdf_as(self, self.preview.data, self._suggested_name)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview of the declaration"))
        self.print_button.setText(self.tr("&Print\u2026"))
        self.save_button.setText(self.tr("&Save as PDF\u2026"))
