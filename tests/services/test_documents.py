"""The documents service: the court profile decides the look, edits are kept with the case,
and the file is written whole or not at all."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.domain.profiles import ProfileError
from app.services.documents import (
    UnknownDisputeError,
    build_declaration_pdf,
    declaration_paragraphs,
    document_style,
    paragraph_edits,
    restore_generated_paragraph,
    save_paragraph_text,
    write_pdf,
)
from app.store import Store
from tests.documents.pdfcheck import font_sizes, full_text, placed_text
from tests.documents.sample import AS_OF, sample_case


@pytest.mark.parametrize(
    ("profile", "overrides", "pleading", "size"),
    [
        ("cand", None, True, 12),
        ("cacd", None, True, 14),
        ("generic", None, False, 12),
        ("nysd", None, False, 12),
        ("cand", {"pleading_paper": False}, False, 12),
        ("generic", {"min_font_pt": 13}, False, 13),
    ],
)
def test_style_comes_from_the_profile_and_the_cases_overrides(
    profile: str, overrides: dict[str, object] | None, pleading: bool, size: int
) -> None:
    style = document_style(sample_case(rule_profile=profile, profile_overrides=overrides))
    assert (style.pleading_paper, style.min_font_pt) == (pleading, size)


def test_an_unknown_profile_is_a_clear_error() -> None:
    with pytest.raises(ProfileError, match="nowhere"):
        build_declaration_pdf(sample_case(rule_profile="nowhere"), AS_OF)


def test_a_14_point_court_gets_nothing_smaller() -> None:
    data = build_declaration_pdf(sample_case(rule_profile="cacd"), AS_OF)
    assert min(font_sizes(data)) >= 14


def test_a_court_without_pleading_paper_gets_plain_pages() -> None:
    data = build_declaration_pdf(sample_case(rule_profile="generic"), AS_OF)
    numbers = [p for p in placed_text(data, 0) if p.text == "28" and p.x < 72]
    assert not numbers
    assert "I, José Núñez, declare:" in full_text(data)


def test_same_case_and_day_give_byte_identical_files() -> None:
    assert build_declaration_pdf(sample_case(), AS_OF) == build_declaration_pdf(
        sample_case(), AS_OF
    )


def test_picked_disputes_only() -> None:
    text = full_text(build_declaration_pdf(sample_case(), AS_OF, ["d2"]))
    assert "I served Interrogatory No. 5 (Set One)" in text
    assert "I served Request for Production No. 3" not in text
    with pytest.raises(UnknownDisputeError):
        build_declaration_pdf(sample_case(), AS_OF, ["d7"])


def test_paragraphs_for_the_review_screen() -> None:
    paragraphs = declaration_paragraphs(sample_case(), AS_OF)
    assert paragraphs[0].key == "intro"
    assert all(p.text == p.generated and not p.edited for p in paragraphs)
    assert not any(p.possibly_out_of_date for p in paragraphs)


def test_write_pdf_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "declaration.pdf"
    write_pdf(b"%PDF-1.4 test", target)
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert os.listdir(tmp_path) == ["declaration.pdf"]


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        write_pdf(build_declaration_pdf(sample_case(), AS_OF), tmp_path / "out.pdf")
    assert os.listdir(tmp_path) == []


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_pdf(b"x", tmp_path / "missing" / "out.pdf")
    assert os.listdir(tmp_path) == []


def test_importing_the_service_does_not_load_reportlab() -> None:
    code = (
        "import sys, app.services.documents; "
        "sys.exit(any(m.split('.')[0] in ('reportlab', 'pypdf') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2])
    assert done.returncode == 0


# --- edits kept with the case ------------------------------------------------------------


@pytest.fixture
def store() -> Iterator[Store]:
    opened = Store.open(paths.database_path())
    yield opened
    opened.close()


def test_edit_round_trip_through_the_store(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    both = ["d1", "d2"]
    paragraphs = {p.key: p for p in declaration_paragraphs(store.load_case(case_id), AS_OF, both)}
    save_paragraph_text(store, case_id, paragraphs["communication:c2"], "Counsel said no.")

    # A later print, from a fresh connection, uses the edit.
    store.close()
    again = Store.open(paths.database_path())
    try:
        case = again.load_case(case_id)
        edits = paragraph_edits(again, case_id)
        shown = {p.key: p for p in declaration_paragraphs(case, AS_OF, both, edits=edits)}
        assert shown["communication:c2"].text == "Counsel said no."
        assert shown["communication:c2"].edited
        assert not shown["communication:c2"].possibly_out_of_date
        text = full_text(build_declaration_pdf(case, AS_OF, both, edits=edits))
        assert "Counsel said no." in text
        assert "Counsel refused to produce anything" not in text.split("EXHIBIT A")[0]

        # The record behind the edit changes: the edit stays, flagged.
        letter = case.communications[1]
        letter.summary = "Counsel refused, then offered a protective order."
        again.update_communication(case_id, letter)
        case = again.load_case(case_id)
        shown = {
            p.key: p
            for p in declaration_paragraphs(case, AS_OF, both,
                                            edits=paragraph_edits(again, case_id))
        }
        assert shown["communication:c2"].text == "Counsel said no."
        assert shown["communication:c2"].possibly_out_of_date

        # Restoring the generated text drops the edit.
        assert restore_generated_paragraph(again, case_id, "communication:c2")
        assert not restore_generated_paragraph(again, case_id, "communication:c2")
        assert paragraph_edits(again, case_id) == {}
        shown = {p.key: p for p in declaration_paragraphs(case, AS_OF, both)}
        assert "protective order" in shown["communication:c2"].text
    finally:
        again.close()


def test_editing_twice_keeps_one_edit(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    intro = declaration_paragraphs(store.load_case(case_id), AS_OF)[0]
    save_paragraph_text(store, case_id, intro, "First.")
    save_paragraph_text(store, case_id, intro, "Second.")
    edits = paragraph_edits(store, case_id)
    assert list(edits) == ["intro"]
    assert edits["intro"].text == "Second."
    assert edits["intro"].generated_text == intro.generated


def test_removing_the_case_removes_its_edits(store: Store) -> None:
    case_id = store.insert_case(sample_case())
    intro = declaration_paragraphs(store.load_case(case_id), AS_OF)[0]
    save_paragraph_text(store, case_id, intro, "Mine.")
    store.delete_case(case_id)
    left = store.db.execute("SELECT count(*) FROM paragraph_edits").fetchone()[0]
    assert left == 0
