"""What the PDF prints, decided before any drawing: which paragraphs, which rows. No
reportlab here, so the review screen and the tests can build it cheaply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.documents.exhibit_rows import ExhibitRow, exhibit_rows, legend
from app.documents.paragraphs import DeclarationParagraph, resolve
from app.documents.selection import Selection
from app.domain.model import Case, ParagraphEdit


@dataclass(frozen=True, slots=True)
class DeclarationContent:
    case: Case
    paragraphs: Sequence[DeclarationParagraph]
    exhibit_rows: Sequence[ExhibitRow]
    exhibit_legend: str = ""
    signing_date: dt.date | None = None
    proof_of_service: bool = True

    @classmethod
    def from_selection(
        cls,
        selection: Selection,
        edits: Mapping[str, ParagraphEdit] | None = None,
        *,
        signing_date: dt.date | None = None,
        proof_of_service: bool = True,
    ) -> DeclarationContent:
        return cls(
            case=selection.case,
            paragraphs=resolve(selection, edits),
            exhibit_rows=list(exhibit_rows(selection)),
            exhibit_legend=legend(selection),
            signing_date=signing_date,
            proof_of_service=proof_of_service,
        )
