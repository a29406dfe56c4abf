"""The preview shows the real pages (the very bytes that print) inside the program, with
page and zoom controls that all work from the keyboard."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from pytestqt.qtbot import QtBot

from app.services.casefiles import import_demo_case
from app.services.cases import Cases, OpenCase
from app.store import Store
from app.ui.declaration import printing
from app.ui.declaration.page import DeclarationPage
from app.ui.declaration.preview import PdfPreview, PreviewDialog
from tests.ui.conftest import Answers

AS_OF = dt.date(2025, 7, 8)


@pytest.fixture
def demo(store: Store) -> OpenCase:
    cases = Cases(store)
    case_id = cases.case_id(import_demo_case(store))
    assert case_id is not None
    return cases.open(case_id)


@pytest.fixture
def dialog(qtbot: QtBot, demo: OpenCase, answers: Answers) -> Iterator[PreviewDialog]:
    page = DeclarationPage(lambda: demo, today=lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    opened = page.open_preview()
    assert opened is not None
    yield opened
    opened.close()


def test_the_preview_shows_exactly_the_bytes_that_print(dialog: PreviewDialog,
                                                         demo: OpenCase) -> None:
    from app.services.documents import build_packet_pdf

    expected = build_packet_pdf(demo.case, AS_OF, ["d1", "d2"])
    assert dialog.preview.data == expected
    assert dialog.preview.page_count() == len(pypdf.PdfReader(io.BytesIO(expected)).pages)
    assert dialog.preview.page_count_label.text() == f"of {dialog.preview.page_count()}"


def test_paging_through_from_the_keyboard(qtbot: QtBot, dialog: PreviewDialog) -> None:
    preview = dialog.preview
    qtbot.waitExposed(dialog)
    preview.view.setFocus()
    assert preview.current_page() == 0
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1
    assert preview.page_box.value() == 2
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 0
    preview.page_box.setValue(preview.page_count())
    assert preview.current_page() == preview.page_count() - 1
    preview.next_page()  # already on the last page: stays there
    assert preview.current_page() == preview.page_count() - 1


def test_zoom_in_out_and_fit(qtbot: QtBot, dialog: PreviewDialog) -> None:
    preview = dialog.preview
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    preview.view.setFocus()
    before = preview.view.zoomFactor()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() > before
    preview.zoom_out()
    preview.zoom_out()
    assert preview.view.zoomFactor() < before * 1.25
    qtbot.keyClick(preview.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitInView
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth


def test_every_control_has_a_key(dialog: PreviewDialog) -> None:
    for action in dialog.preview.actions():
        assert not action.shortcut().isEmpty(), action.text()
        assert "keyboard:" in action.toolTip()


def test_print_and_save_from_the_preview_use_the_same_bytes(
        dialog: PreviewDialog, answers: Answers, monkeypatch: pytest.MonkeyPatch,
        tmp_path: object) -> None:
    sent: list[bytes] = []
    monkeypatch.setattr(printing, "print_pdf", lambda parent, data: sent.append(data) or True)
    dialog.print_button.click()
    assert sent == [dialog.preview.data]

    target = f"{tmp_path}/saved.pdf"
    answers.save_path = target
    dialog.save_button.click()
    with open(target, "rb") as saved:
        assert saved.read() == dialog.preview.data


def test_a_preview_of_hand_made_bytes(qtbot: QtBot) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for _ in range(3):
        pdf.drawString(72, 720, "page")
        pdf.showPage()
    pdf.save()
    preview = PdfPreview(buffer.getvalue())
    qtbot.addWidget(preview)
    assert preview.page_count() == 3
