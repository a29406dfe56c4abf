"""What the declaration page reads and writes, behind one small class.

The page never calls the services directly: this is the one place that knows the
documents and assessment services' API. They are imported only when first used (the PDF
machinery must not slow the program's start on an old PC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.model import Case, Dispute, ParagraphEdit

if TYPE_CHECKING:
    from app.documents.glyphs import Unprintable
    from app.documents.packet_content import PacketContent
    from app.documents.paragraphs import DeclarationParagraph
    from app.domain.rules import DisputeAssessment
    from app.services.badges import CourtStep
    from app.services.cases import OpenCase


@dataclass(frozen=True, slots=True)
class DeclarationChoices:
    """What the person chose on the page; the same choices give the same PDF bytes."""

    as_of: dt.date
    dispute_ids: tuple[str, ...]
    signing_date: dt.date | None = None
    proof_of_service: bool = True


class DeclarationSource:
    """The open case's declaration: paragraphs, readiness, edits and the PDF."""

    def __init__(self, open_case: OpenCase) -> None:
        self._open = open_case

    @property
    def case(self) -> Case:
        return self._open.case

    def coverable_disputes(self) -> list[Dispute]:
        """The requests a declaration can cover: those still in dispute."""
        return self.case.live_disputes

    def documented_ids(self, as_of: dt.date) -> list[str]:
        """The requests ticked by default: those whose conferring is documented."""
        from app.services import documents

        return documents.default_dispute_ids(self.case, as_of)

    def court_step(self) -> CourtStep:
        """The court's own step before a motion and whether it is marked done."""
        from app.services.assessment import case_parameters
        from app.services.badges import court_step

        _profile, parameters = case_parameters(self.case)
        return court_step(self.case, parameters)

    # -- paragraph edits ----------------------------------------------------------------

    def _edits(self) -> dict[str, ParagraphEdit]:
        from app.services import documents

        return documents.paragraph_edits(self._open.store, self._open.case_id)

    def unprintable(self) -> list[Unprintable]:
        """The case's texts and reworded paragraphs holding characters the papers' font
        cannot print (emoji, Chinese, Japanese, Korean)."""
        from app.documents.fonts import FontMissingError
        from app.documents.glyphs import unprintable_text

        try:
            return unprintable_text(self.case, self._edits().values())
        except FontMissingError:
            # A damaged install: printing says so plainly (page.py); nothing to list here.
            return []

    def save_edit(self, paragraph: DeclarationParagraph, text: str) -> None:
        self._open.save_paragraph_text(paragraph, text)

    def restore(self, key: str) -> None:
        self._open.restore_paragraph(key)

    # -- reading ------------------------------------------------------------------------

    def paragraphs(self, choices: DeclarationChoices) -> list[DeclarationParagraph]:
        from app.services import documents

        return list(documents.declaration_paragraphs(
            self.case, choices.as_of, list(choices.dispute_ids), self._edits()
        ))

    def readiness(self, choices: DeclarationChoices) -> list[DisputeAssessment]:
        """The good-faith check of each covered request, in the page's order. Raises the
        profile's error when the court profile cannot be read."""
        from app.services.assessment import assess_case

        wanted = set(choices.dispute_ids)
        assessment = assess_case(self.case, choices.as_of)
        return [d for d in assessment.disputes if d.dispute_id in wanted]

    def packet_content(self, choices: DeclarationChoices) -> PacketContent:
        """What the filing packet will hold for these choices."""
        from app.services import documents

        return documents.packet_content(self.case, choices.as_of, list(choices.dispute_ids),
                                        edits=self._edits(),
                                        signing_date=choices.signing_date)

    def mark_court_step(self, day: dt.date | None) -> None:
        """Record the court's own step as done on `day` (None: not done). Raises
        SaveError when it cannot be saved."""
        from dataclasses import replace

        self._open.update_details(replace(self.case, local_step_done_on=day))

    def build_pdf(self, choices: DeclarationChoices) -> bytes:
        """The whole filing packet, as it prints."""
        from app.services import documents

        return documents.build_packet_pdf(
            self.case,
            choices.as_of,
            list(choices.dispute_ids),
            edits=self._edits(),
            signing_date=choices.signing_date,
            proof_of_service=choices.proof_of_service,
        )


def ordered_ids(disputes: Sequence[Dispute], chosen: set[str]) -> tuple[str, ...]:
    """The chosen ids in the case's order, so the same choice always gives the same file."""
    return tuple(d.id for d in disputes if d.id in chosen)
