"""Open PDF bytes with QtPdf, from memory: what is previewed and printed is exactly the
bytes that were made, never a file that may have changed on disk since."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument


class UnreadablePdfError(RuntimeError):
    """QtPdf could not read the bytes (a bug: the program made them itself)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    document = QPdfDocument(parent)
    # The buffer is the document's child: QtPdf reads from it for as long as it lives.
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready:
        raise UnreadablePdfError(f"QtPdf could not read the document: {document.error()}")
    return document
