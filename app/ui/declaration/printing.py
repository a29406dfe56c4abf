"""Print the PDF bytes through Qt's print dialog, or save them as a PDF file.

The same functions print the declaration and the letters; `Paper` says which, so each
message names the paper the person is printing.

Printing draws each page of the same bytes the preview shows (QtPdf renders them), so the
paper matches the preview and the saved file. Every way it can fail on a library PC (no
printer set up, a printer that will not start, a USB stick pulled out) ends in a plain
message, never a traceback.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from app.domain.model import Case
from app.i18n import render
from app.ui import ask
from app.ui.declaration.pdf_bytes import load_pdf

# Pages are drawn as pictures; 300 dots an inch prints text sharply, and a letter page at
# 600 would need 130 MB of memory a page, too much for an old library PC.
MAX_DOTS_PER_INCH = 300
_POINTS_PER_INCH = 72


class PrintError(RuntimeError):
    """The printer would not take the pages."""


class Paper(Enum):
    """What is printed or saved: the messages name it."""

    # The Filing packet tab prints the whole packet (the declaration is one part of it).
    PACKET = "filing-packet"
    LETTER = "letter"


def suggested_file_name(case: Case | None, paper: Paper = Paper.PACKET) -> str:
    """`filing-packet-C-25-00417.pdf`: the paper and the case's number. From a data folder
    locked with a passphrase the number is left out: the system lists the files saved
    lately, for the next person at the computer to see."""
    from app.services.session import data_folder_is_locked

    number = "" if case is None or data_folder_is_locked() else (
        re.sub(r"[^A-Za-z0-9]+", "-", case.case_number).strip("-"))
    return f"{paper.value}-{number}.pdf" if number else f"{paper.value}.pdf"


def _words(paper: Paper) -> dict[str, str]:
    """The messages for `paper` (whole sentences each: a translator needs the sentence)."""
    if paper is Paper.LETTER:
        return {
            "print_title": QCoreApplication.translate("Printing", "Print the letter"),
            "no_printer": QCoreApplication.translate(
                "Printing",
                "No printer is set up on this computer. Save the letter as a PDF file "
                "instead and print it on a computer that has a printer, or ask the library "
                "staff for help."),
            "printer_failed": QCoreApplication.translate(
                "Printing",
                "The printer did not print the letter. Check that it is switched on, has "
                "paper and is not jammed, then try again. You can also save the letter as "
                "a PDF file and print it later."),
            "save_title": QCoreApplication.translate("Printing", "Save the letter as a PDF file"),
            "not_saved": QCoreApplication.translate(
                "Printing",
                "The letter could not be saved as {path} ({reason}). Check that the USB "
                "stick is still in and that the disk is not full, or choose another folder, "
                "then try again."),
        }
    return {
        "print_title": QCoreApplication.translate("Printing", "Print the filing packet"),
        "no_printer": QCoreApplication.translate(
            "Printing",
            "No printer is set up on this computer. Save the filing packet as a PDF file "
            "instead and print it on a computer that has a printer, or ask the library "
            "staff for help."),
        "printer_failed": QCoreApplication.translate(
            "Printing",
            "The printer did not print the filing packet. Check that it is switched on, has "
            "paper and is not jammed, then try again. You can also save the filing packet "
            "as a PDF file and print it later."),
        "save_title": QCoreApplication.translate(
            "Printing", "Save the filing packet as a PDF file"),
        "not_saved": QCoreApplication.translate(
            "Printing",
            "The filing packet could not be saved as {path} ({reason}). Check that the "
            "USB stick is still in and that the disk is not full, or choose another "
            "folder, then try again."),
    }


# -- printing ------------------------------------------------------------------------------


def render_to_printer(data: bytes, printer: QPrinter) -> int:
    """Draw every page of the PDF `data` (or the range chosen in the print dialog) on
    `printer`, each page scaled to fit the paper. Returns the number of sheets sent."""
    document = load_pdf(data)
    count = document.pageCount()
    first, last = _page_range(printer, count)
    printer.setFullPage(True)  # the PDF has its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    # A printer that cannot make copies itself is sent the pages once per copy.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    pages = [index for _copy in range(copies) for index in range(first, last + 1)]
    try:
        dots = min(printer.resolution(), MAX_DOTS_PER_INCH)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for sent, index in enumerate(pages):
            if sent and not printer.newPage():
                raise PrintError("the printer did not take the next page")
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dots / _POINTS_PER_INCH),
                                                 round(points.height() * dots / _POINTS_PER_INCH)))
            painter.drawImage(_fit(points.width() / points.height(), paper), image)
    finally:
        painter.end()
    if printer.printerState() is QPrinter.PrinterState.Error:
        raise PrintError("the printer reported an error")
    return len(pages)


def _page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    """The dialog's pages (1-based, 0 meaning all) as 0-based first and last."""
    first = printer.fromPage() - 1 if printer.fromPage() > 0 else 0
    last = printer.toPage() - 1 if printer.toPage() > 0 else count - 1
    return max(0, first), min(count - 1, last)


def _fit(aspect: float, paper: QRectF) -> QRectF:
    """The largest rectangle of `aspect` (width / height) centred on the paper: a letter
    page on A4 paper keeps its shape."""
    width = min(paper.width(), paper.height() * aspect)
    height = width / aspect
    return QRectF(paper.x() + (paper.width() - width) / 2,
                  paper.y() + (paper.height() - height) / 2, width, height)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # exhibit.md: letter size
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def ask_printer(parent: QWidget | None, paper: Paper = Paper.PACKET) -> QPrinter | None:
    """Qt's print dialog; None when the person cancels. (Tests replace this.)"""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_words(paper)["print_title"])
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def print_pdf(parent: QWidget | None, data: bytes, paper: Paper = Paper.PACKET) -> bool:
    """Ask for a printer and print; True when the pages were sent to it."""
    title = QCoreApplication.translate("Printing", "Not printed")
    words = _words(paper)
    if not has_printer():
        ask.problem(parent, title, words["no_printer"])
        return False
    printer = ask_printer(parent, paper)
    if printer is None:
        return False
    try:
        render_to_printer(data, printer)
    except PrintError:
        ask.problem(parent, title, words["printer_failed"])
        return False
    return True


# -- saving --------------------------------------------------------------------------------


def ask_save_path(parent: QWidget | None, suggested_name: str,
                  paper: Paper = Paper.PACKET) -> Path | None:
    """Where to save, from the save dialog; None when the person cancels."""
    folder = save_folder()
    chosen = ask.save_file(
        parent,
        _words(paper)["save_title"],
        str(Path(folder) / suggested_name) if folder else suggested_name,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_folder() -> str:
    """Where the save dialog opens: the Documents folder when it exists, else the home
    folder; never the program's own folder (where a dialog given no folder opens, and
    where a locked-down PC lets nobody write), nor the data folder (refused as a place
    for a PDF: app.services.outputs)."""
    for where in (QStandardPaths.StandardLocation.DocumentsLocation,
                  QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir():
            return folder
    return ""


def save_pdf_as(parent: QWidget | None, data: bytes, suggested_name: str,
                paper: Paper = Paper.PACKET) -> Path | None:
    """Ask where, then write exactly `data` there in one step; the path, or None."""
    from app.services.documents import write_pdf

    path = ask_save_path(parent, suggested_name, paper)
    if path is None:
        return None
    from app.services.outputs import OutputPathError

    try:
        write_pdf(data, path)
    except OutputPathError as error:  # the data folder, a device: said in plain words
        ask.problem(parent, QCoreApplication.translate("Printing", "Not saved"),
                    render(error.message))
        return None
    except OSError as error:
        ask.problem(
            parent,
            QCoreApplication.translate("Printing", "Not saved"),
            _words(paper)["not_saved"].format(path=str(path), reason=error.strerror or error),
        )
        return None
    return path
