"""The letter's real pages, with Print and Save as PDF: the declaration's preview, its
words about the letter."""

from __future__ import annotations

from app.ui.declaration import printing
from app.ui.declaration.preview import PreviewDialog


class LetterPreviewDialog(PreviewDialog):
    def print_document(self) -> None:
        printing.print_pdf(self, self.preview.data, printing.Paper.LETTER)

    def save_document(self) -> None:
        printing.save_pdf_as(self, self.preview.data, self._suggested_name,
                             printing.Paper.LETTER)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Preview of the letter"))
