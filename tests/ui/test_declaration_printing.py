"""Print and Save as PDF use exactly the bytes that were made and previewed: a print to a
PDF file has the same pages, a saved file has the same bytes, and every failure is told in
plain words."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.services.casefiles import import_demo_case
from app.services.cases import Cases
from app.services.documents import build_declaration_pdf
from app.store import Store
from app.ui.declaration import printing
from tests.helpers.builders import make_case
from tests.ui.conftest import Answers


@pytest.fixture
def demo_pdf(store: Store) -> bytes:
    cases = Cases(store)
    case_id = cases.case_id(import_demo_case(store))
    assert case_id is not None
    return build_declaration_pdf(cases.open(case_id).case, dt.date(2025, 7, 8))


def _page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _pdf_printer(path: Path) -> QPrinter:
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_sends_every_page_of_the_document(qtbot: QtBot, demo_pdf: bytes,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert printing.render_to_printer(demo_pdf, _pdf_printer(out)) == _page_count(demo_pdf)
    printed = pypdf.PdfReader(out)
    assert len(printed.pages) == _page_count(demo_pdf)
    # Letter paper, as the document: 612 x 792 points.
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_printing_a_page_range_sends_only_those_pages(qtbot: QtBot, demo_pdf: bytes,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "some.pdf"
    printer = _pdf_printer(out)
    printer.setFromTo(2, 3)
    assert printing.render_to_printer(demo_pdf, printer) == 2
    assert len(pypdf.PdfReader(out).pages) == 2


def test_copies_are_sent_when_the_printer_cannot_make_them(qtbot: QtBot, demo_pdf: bytes,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "copies.pdf"
    printer = _pdf_printer(out)
    assert not printer.supportsMultipleCopies()  # Qt's PDF output makes no copies itself
    printer.setFromTo(1, 2)
    printer.setCopyCount(2)
    assert printing.render_to_printer(demo_pdf, printer) == 4
    assert len(pypdf.PdfReader(out).pages) == 4


def test_print_without_a_printer_says_so_plainly(qtbot: QtBot, demo_pdf: bytes,
                                                 answers: Answers,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "has_printer", lambda: False)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, paper: pytest.fail("no dialog"))
    assert printing.print_pdf(None, demo_pdf) is False
    [(text, _details)] = answers.problems
    assert text.startswith("No printer is set up on this computer.")


def test_a_printer_that_fails_is_told_plainly(qtbot: QtBot, demo_pdf: bytes, answers: Answers,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, printer: QPrinter) -> int:
        raise printing.PrintError("the printer could not be started")

    monkeypatch.setattr(printing, "has_printer", lambda: True)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, paper: printing.new_printer())
    monkeypatch.setattr(printing, "render_to_printer", broken)
    assert printing.print_pdf(None, demo_pdf) is False
    [(text, _details)] = answers.problems
    assert text.startswith("The printer did not print the filing packet.")


def test_cancelling_the_print_dialog_prints_nothing(qtbot: QtBot, demo_pdf: bytes,
                                                    answers: Answers,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "has_printer", lambda: True)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, paper: None)
    assert printing.print_pdf(None, demo_pdf) is False
    assert answers.problems == []


def test_save_as_writes_the_same_bytes(qtbot: QtBot, demo_pdf: bytes, answers: Answers,
                                       tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    answers.save_path = str(folder / "my declaration")  # no suffix: .pdf is added
    saved = printing.save_pdf_as(None, demo_pdf, "declaration.pdf")
    assert saved == folder / "my declaration.pdf"
    assert saved.read_bytes() == demo_pdf
    assert [p.name for p in folder.iterdir()] == ["my declaration.pdf"]  # no temporary left


def test_save_as_into_a_missing_folder_says_so_and_leaves_nothing(
        qtbot: QtBot, demo_pdf: bytes, answers: Answers, tmp_path: Path) -> None:
    answers.save_path = str(tmp_path / "gone" / "declaration.pdf")
    assert printing.save_pdf_as(None, demo_pdf, "declaration.pdf") is None
    [(text, _details)] = answers.problems
    assert text.startswith("The filing packet could not be saved as ")
    assert not (tmp_path / "gone").exists()


def test_cancelling_save_as_writes_nothing(qtbot: QtBot, demo_pdf: bytes, answers: Answers,
                                           tmp_path: Path) -> None:
    answers.save_path = None
    assert printing.save_pdf_as(None, demo_pdf, "declaration.pdf") is None
    assert answers.problems == []


def test_the_suggested_name_is_safe_for_any_folder() -> None:
    assert printing.suggested_file_name(make_case(case_number="C 25-00417 MEC (PR)")) == \
        "filing-packet-C-25-00417-MEC-PR.pdf"
    assert printing.suggested_file_name(None) == "filing-packet.pdf"


def test_save_as_over_the_data_file_is_refused_in_plain_words(
        qtbot: QtBot, demo_pdf: bytes, answers: Answers) -> None:
    from app import paths
    from tests.helpers.datafiles import fingerprint

    before = fingerprint(paths.database_path())
    answers.save_path = str(paths.database_path().with_suffix(".pdf"))
    assert printing.save_pdf_as(None, demo_pdf, "declaration.pdf") is None
    [(text, _details)] = answers.problems
    assert "data folder" in text
    assert fingerprint(paths.database_path()) == before
    assert not paths.database_path().with_suffix(".pdf").exists()


def test_save_as_opens_in_documents_or_home_never_the_programs_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    from app import paths

    documents, home = tmp_path / "Documents", tmp_path / "home"
    home.mkdir()
    places = {QStandardPaths.StandardLocation.DocumentsLocation: str(documents),
              QStandardPaths.StandardLocation.HomeLocation: str(home)}
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: places[where])
    assert printing.save_folder() == str(home)  # Documents does not exist
    documents.mkdir()
    assert printing.save_folder() == str(documents)
    assert printing.save_folder() not in (str(paths.program_folder()), str(paths.data_dir()))


def test_saving_from_the_page_says_where_the_file_is(make_window, answers: Answers,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    window = make_window(demo=True)
    answers.save_path = str(tmp_path / "declaration.pdf")
    window.save_pdf_action.trigger()
    assert (tmp_path / "declaration.pdf").read_bytes().startswith(b"%PDF")
    [notice] = answers.notices
    assert notice.startswith("The declaration was saved as a PDF file here:")
    assert str(tmp_path / "declaration.pdf") in notice
