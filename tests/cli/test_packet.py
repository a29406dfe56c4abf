"""`meetconfer packet`: the whole packet on success; exit 2, a plain message and no file
otherwise; `exhibit` keeps printing the declaration alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.store import Store
from tests.documents.pdfcheck import full_text, page_texts
from tests.documents.test_packet import packet_case

CASE = "C 07-959 SI"
DOCUMENTED = "2007-09-20"


@pytest.fixture
def stored(data_dir: Path) -> int:
    store = Store.open(paths.database_path())
    try:
        return store.insert_case(packet_case())
    finally:
        store.close()


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "packet", *args])


def test_writes_the_whole_packet(data_dir: Path, stored: int, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "packet.pdf"
    assert _run(data_dir, CASE, "-o", str(out), "--as-of", DOCUMENTED) == 0
    data = out.read_bytes()
    text = full_text(data)
    assert "STATEMENT OF DISCOVERY REQUESTS AND RESPONSES IN DISPUTE" in text
    assert "INDEX OF EXHIBITS" in text and "DECLARATION OF SERVICE BY MAIL" in text
    pages = page_texts(data)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert str(out) in capsys.readouterr().out
    again = tmp_path / "again.pdf"
    assert _run(data_dir, CASE, "-o", str(again), "--as-of", DOCUMENTED) == 0
    assert again.read_bytes() == data


def test_dispute_option_and_exhibit_stays_the_declaration(
        data_dir: Path, stored: int, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    assert _run(data_dir, CASE, "-o", str(out), "--as-of", DOCUMENTED, "--dispute", "d2") == 0
    text = " ".join(full_text(out.read_bytes()).split())
    assert "INTERROGATORY NO. 5 (SET ONE):" in text
    assert "REQUEST FOR PRODUCTION NO. 3 (SET ONE):" not in text
    declaration = tmp_path / "decl.pdf"
    args = ["--data-dir", str(data_dir), "exhibit", CASE, "-o", str(declaration),
            "--as-of", DOCUMENTED]
    assert main(args) == 0
    assert "STATEMENT OF DISCOVERY" not in full_text(declaration.read_bytes())


@pytest.mark.parametrize(("args", "expect"), [
    (["No Such Case", "-o", "{out}"], "No case numbered 'No Such Case'"),
    ([CASE, "-o", "{out}", "--dispute", "zz"], "has no request with id 'zz'"),
    ([CASE, "-o", "{out}", "--as-of", "2007-13-01"], "--as-of"),
    ([CASE, "-o", "{out}", "--as-of", "2007-07-25"], "nothing to certify"),
    ([CASE, "-o", "{missing}"], "does not exist"),
])
def test_bad_input_exits_2_with_a_plain_message_and_no_file(
        data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: list[str], expect: str) -> None:
    out = tmp_path / "p.pdf"
    filled = [a.format(out=out, missing=tmp_path / "no" / "p.pdf") for a in args]
    assert _run(data_dir, *filled) == 2
    err = capsys.readouterr().err
    assert expect in err and "Traceback" not in err
    assert not out.exists()
