"""Print the declaration and Exhibit A (exhibit.md): the one entry point the desktop app's
review screen and the command line share.

reportlab is imported inside the functions that draw, never when this module loads, so the
app starts fast; the review screen's paragraphs need no PDF machinery at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.documents.content import DeclarationContent
from app.documents.paragraphs import DeclarationParagraph, resolve
from app.documents.selection import UnknownDisputeError, documented_ids, select
from app.documents.style import DocumentStyle
from app.domain.model import Case, ParagraphEdit

if TYPE_CHECKING:
    from app.documents.packet_content import PacketContent, ReasonText
    from app.store import Store

__all__ = [
    "DeclarationParagraph",
    "UnknownDisputeError",
    "build_declaration_pdf",
    "build_packet_pdf",
    "declaration_paragraphs",
    "default_dispute_ids",
    "document_style",
    "packet_content",
    "paragraph_edits",
    "restore_generated_paragraph",
    "save_paragraph_text",
    "write_pdf",
]


def document_style(case: Case) -> DocumentStyle:
    """Pleading paper and the smallest type size, from the case's court profile with the
    case's own overrides applied. Raises `ProfileError` for an unknown profile or a bad
    override."""
    from app.services.assessment import case_parameters

    _profile, parameters = case_parameters(case)
    return DocumentStyle(parameters.pleading_paper, parameters.min_font_pt)


def default_dispute_ids(case: Case, as_of: dt.date) -> list[str]:
    """The requests a declaration or packet covers unless the person picks others: those
    still in dispute whose conferring the check finds adequately documented."""
    return documented_ids(case, as_of)


def _chosen(case: Case, as_of: dt.date, dispute_ids: Sequence[str] | None) -> list[str]:
    return list(dispute_ids) if dispute_ids is not None else documented_ids(case, as_of)


def declaration_paragraphs(
    case: Case,
    as_of: dt.date,
    dispute_ids: Sequence[str] | None = None,
    edits: Mapping[str, ParagraphEdit] | None = None,
) -> list[DeclarationParagraph]:
    """The numbered paragraphs in order: key, generated text, the text that prints, whether
    the user edited it and whether the edit is possibly out of date. Raises
    `UnknownDisputeError` for a dispute id the case does not have."""
    return resolve(select(case, as_of, _chosen(case, as_of, dispute_ids)), edits)


def build_declaration_pdf(
    case: Case,
    as_of: dt.date,
    dispute_ids: Sequence[str] | None = None,
    *,
    edits: Mapping[str, ParagraphEdit] | None = None,
    signing_date: dt.date | None = None,
    proof_of_service: bool = True,
    style: DocumentStyle | None = None,
) -> bytes:
    """The declaration, Exhibit A and (unless left out) the proof of service, as PDF bytes.
    The same case, day and choices give the same bytes. `style` defaults to the case's
    court profile; `dispute_ids` to the requests whose conferring is documented."""
    from app.documents.pdf import render_declaration

    content = DeclarationContent.from_selection(
        select(case, as_of, _chosen(case, as_of, dispute_ids)), edits,
        signing_date=signing_date, proof_of_service=proof_of_service,
    )
    return render_declaration(content, style or document_style(case))


def build_packet_pdf(
    case: Case,
    as_of: dt.date,
    dispute_ids: Sequence[str] | None = None,
    *,
    edits: Mapping[str, ParagraphEdit] | None = None,
    signing_date: dt.date | None = None,
    proof_of_service: bool = True,
    style: DocumentStyle | None = None,
) -> bytes:
    """The whole filing packet (statement, declaration, index, exhibits, proof of service)
    as PDF bytes; the same case, day and choices give the same bytes. `dispute_ids`
    defaults to the requests whose conferring is documented."""
    from app.documents.packet import render_packet

    content = packet_content(case, as_of, dispute_ids, edits=edits,
                             signing_date=signing_date, proof_of_service=proof_of_service)
    return render_packet(content, style or document_style(case))


def packet_content(
    case: Case,
    as_of: dt.date,
    dispute_ids: Sequence[str] | None = None,
    *,
    edits: Mapping[str, ParagraphEdit] | None = None,
    signing_date: dt.date | None = None,
    proof_of_service: bool = True,
) -> PacketContent:
    """What the packet will hold (the review screen shows it before printing). Raises
    `ProfileError` for an unreadable court profile, `UnknownDisputeError` for a bad id."""
    from app.documents.packet_content import build_packet_content
    from app.domain.wording import other_side
    from app.services.assessment import case_parameters

    _profile, parameters = case_parameters(case)
    return build_packet_content(
        select(case, as_of, _chosen(case, as_of, dispute_ids)),
        joint_filing=parameters.joint_filing,
        other_side=other_side(case).removeprefix("the ").capitalize(),
        reasons=_reason_text,
        edits=edits,
        signing_date=signing_date,
        proof_of_service=proof_of_service,
    )


def _reason_text(reason_id: str) -> ReasonText | None:
    from app.documents.packet_content import ReasonText
    from app.domain.reasons import load_reasons

    reason = load_reasons().get(reason_id)
    return None if reason is None else ReasonText(reason.text_en, reason.source)


def write_pdf(data: bytes, path: Path | str) -> None:
    """Write the file atomically: all of it, or nothing (not even a temporary file).
    `OutputPathError` (an `OSError`) for a path that must not be written: a file of the
    data folder, a device, a folder (`app.services.outputs`)."""
    from app.services.outputs import refuse_unsafe_output
    from app.store.atomic import write_atomically

    write_atomically(refuse_unsafe_output(Path(path)), data)


# --- the user's edits, kept with the case ------------------------------------------------


# The store is imported inside these functions: printing and reviewing paragraphs from a
# Case object must not need the database.


def paragraph_edits(store: Store, case_id: int) -> dict[str, ParagraphEdit]:
    from app.store.paragraph_edits import load_paragraph_edits

    return load_paragraph_edits(store, case_id)


def save_paragraph_text(
    store: Store, case_id: int, paragraph: DeclarationParagraph, text: str
) -> ParagraphEdit:
    """Keep the user's `text` for `paragraph`, remembering what the program generated at
    this moment so a later change to the record can be pointed out."""
    from app.store.paragraph_edits import save_paragraph_edit

    edit = ParagraphEdit(paragraph.key, text, paragraph.generated)
    return save_paragraph_edit(store, case_id, edit)


def restore_generated_paragraph(store: Store, case_id: int, key: str) -> bool:
    """Drop the user's edit of paragraph `key`; True when there was one."""
    from app.store.paragraph_edits import delete_paragraph_edit

    return delete_paragraph_edit(store, case_id, key)
