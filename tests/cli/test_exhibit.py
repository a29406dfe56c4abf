"""`meetconfer exhibit`: the PDF on success; exit 2, a plain message and no file otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.services.documents import declaration_paragraphs, save_paragraph_text
from app.store import Store
from tests.documents.pdfcheck import full_text
from tests.documents.sample import AS_OF, sample_case

CASE = "C 07-959 SI"


@pytest.fixture
def stored(data_dir: Path) -> int:
    store = Store.open(paths.database_path())
    try:
        return store.insert_case(sample_case())
    finally:
        store.close()


DOCUMENTED = "2007-09-20"


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "exhibit", *args])


def test_writes_the_declaration(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "decl.pdf"
    # By September 20 both reply windows have ended: both requests are documented.
    assert _run(data_dir, CASE, "-o", str(out), "--as-of", DOCUMENTED) == 0
    text = full_text(out.read_bytes())
    assert "DECLARATION OF JOSÉ NÚÑEZ IN SUPPORT OF MOTION TO COMPEL DISCOVERY" in text
    assert "EXHIBIT A" in text and "DECLARATION OF SERVICE BY MAIL" in text
    assert "As of September 20, 2007" in text
    assert "STATEMENT OF DISCOVERY REQUESTS" not in text  # the declaration alone
    assert str(out) in capsys.readouterr().out


def test_same_call_twice_gives_the_same_bytes(data_dir: Path, stored: int, tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):
        assert _run(data_dir, CASE, "-o", str(out), "--as-of", DOCUMENTED) == 0
    assert first.read_bytes() == second.read_bytes()


def test_dispute_option_picks_requests(data_dir: Path, stored: int, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    assert _run(data_dir, CASE, "-o", str(out), "--as-of", "2007-08-28", "--dispute", "d2") == 0
    text = full_text(out.read_bytes())
    assert "I served Interrogatory No. 5 (Set One)" in text
    assert "I served Request for Production No. 3" not in text
    both = tmp_path / "both.pdf"
    args = ["--as-of", "2007-08-28", "--dispute", "d1", "--dispute", "d2"]
    assert _run(data_dir, CASE, "-o", str(both), *args) == 0
    assert "I served Request for Production No. 3" in full_text(both.read_bytes())


def test_stored_paragraph_edits_are_printed(data_dir: Path, stored: int, tmp_path: Path) -> None:
    store = Store.open(paths.database_path())
    try:
        intro = declaration_paragraphs(store.load_case(stored), AS_OF)[0]
        save_paragraph_text(store, stored, intro, "I am the plaintiff, in my own words.")
    finally:
        store.close()
    out = tmp_path / "e.pdf"
    assert _run(data_dir, CASE, "-o", str(out), "--as-of", DOCUMENTED) == 0
    assert "I am the plaintiff, in my own words." in full_text(out.read_bytes())


def test_nothing_documented_and_nothing_picked_prints_nothing(
        data_dir: Path, stored: int, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "none.pdf"
    _fails(capsys, data_dir, CASE, "-o", str(out), "--as-of", "2007-08-28",
           expect="nothing to certify")
    assert not out.exists()


def _fails(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str, expect: str) -> None:
    assert _run(data_dir, *args) == 2
    err = capsys.readouterr().err
    assert expect in err
    assert "Traceback" not in err


def test_unknown_case(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    _fails(capsys, data_dir, "C 99-1 XX", "-o", str(out), expect="No case numbered 'C 99-1 XX'")
    assert not out.exists()


def test_no_database_is_not_created_by_a_failed_call(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails(capsys, data_dir, CASE, "-o", str(tmp_path / "x.pdf"), expect="No case numbered")
    assert not paths.database_path().exists()


def test_unknown_dispute(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    _fails(capsys, data_dir, CASE, "-o", str(out), "--dispute", "d1", "zz", expect="'zz'")
    assert not out.exists()
    assert os.listdir(tmp_path) == ["data"]


def test_bad_as_of(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails(capsys, data_dir, CASE, "-o", str(tmp_path / "x.pdf"), "--as-of", "28/8/2007",
           expect="--as-of")  # fmt: skip


def test_missing_folder(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "x.pdf"
    _fails(capsys, data_dir, CASE, "-o", str(out), expect="does not exist")
    assert not out.parent.exists()


def test_output_is_a_folder(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails(capsys, data_dir, CASE, "-o", str(tmp_path), expect="is a folder")


def test_parent_is_a_file(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    _fails(capsys, data_dir, CASE, "-o", str(blocker / "x.pdf"), expect="cannot be written")
    assert blocker.read_text() == "x"


def test_read_only_folder(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        _fails(capsys, data_dir, CASE, "-o", str(folder / "x.pdf"), expect="read-only")
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_write_that_fails_late_leaves_nothing(
    data_dir: Path,
    stored: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _fails(capsys, data_dir, CASE, "-o", str(out_dir / "x.pdf"), expect="No space left")
    assert os.listdir(out_dir) == []


def test_a_missing_font_file_is_told_plainly(
    data_dir: Path,
    stored: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.documents import fonts

    monkeypatch.setattr(fonts.pdfmetrics, "getRegisteredFontNames", lambda: [])
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path / "no-fonts")
    out = tmp_path / "x.pdf"
    _fails(capsys, data_dir, CASE, "-o", str(out), expect="is missing; reinstall")
    assert not out.exists()
