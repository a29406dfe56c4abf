"""`meetconfer letter`: the PDF (and with --log the logged letter) on success; exit 2, a
plain message, no file and no change in the data folder otherwise."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.domain.model import LetterKind, Method
from app.store import Store
from tests.documents.pdfcheck import full_text
from tests.helpers.builders import make_case, make_counsel, make_dispute, outgoing
from tests.helpers.snapshots import database_rows, folder_files

CASE = "C 07-959 SI"
TODAY = dt.date.today()
_ANSWERED = {"served_on": "2007-06-01", "response_received_on": "2007-07-02",
             "deficiency": "No documents were produced.", "wanted": "Produce them."}


@pytest.fixture
def stored(data_dir: Path) -> int:
    case = make_case(
        disputes=[make_dispute("d1", label="Request for Production No. 3 (Set One)",
                               **_ANSWERED),
                  make_dispute("d2", label="Interrogatory No. 5 (Set One)", **_ANSWERED),
                  make_dispute("d3", status="withdrawn", **_ANSWERED)],
        counsel=[make_counsel("k1", name="Jane Roe"), make_counsel("k2", name="Rae Doe")],
        communications=[outgoing("c1", "2007-07-10", disputes=["d2"], counsel="k2")],
    )
    store = Store.open(paths.database_path())
    try:
        return store.insert_case(case)
    finally:
        store.close()


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "letter", *args])


def _load(data_dir: Path, case_id: int):  # type: ignore[no-untyped-def]
    store = Store.open(paths.database_path())
    try:
        return store.load_case(case_id)
    finally:
        store.close()


def test_drafts_the_proposed_letter_without_logging(
    data_dir: Path, stored: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letter.pdf"
    before = database_rows(paths.database_path())
    assert _run(data_dir, CASE, "--kind", "first", "-o", str(out), "--on", "2007-07-12") == 0
    text = full_text(out.read_bytes())
    assert "July 12, 2007" in text and "Dear Counsel:" in text
    assert "Request for Production No. 3 (Set One)" in text  # proposed: nothing written yet
    assert "1. Interrogatory No. 5" not in text  # already written about
    assert "Jane Roe" in text and "Please reply in writing by July 30, 2007" in text
    assert str(out) in capsys.readouterr().out
    assert database_rows(paths.database_path()) == before  # printing logs nothing


def test_log_records_the_letter_as_mailed(data_dir: Path, stored: int, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letter.pdf"
    assert _run(data_dir, CASE, "--kind", "follow_up", "--dispute", "d2", "-o", str(out),
                "--on", "2007-08-01", "--log", "--mail-log-number", "LM 17") == 0
    assert "Logged it as mailed on August 1, 2007" in capsys.readouterr().out
    case = _load(data_dir, stored)
    letter = case.communications[-1]
    assert letter.method is Method.LETTER and letter.is_outgoing
    assert letter.counsel == "k2"  # the lawyer of the request's latest letter
    assert letter.disputes == ["d2"] and letter.mail_log_number == "LM 17"
    assert letter.sent_on == dt.date(2007, 8, 1)
    assert letter.reply_requested_by == dt.date(2007, 8, 20)
    assert letter.letter is not None and letter.letter.kind is LetterKind.FOLLOW_UP
    # The PDF is the stored text.
    shown = re.sub(r"Page \d+ of \d+", " ", full_text(out.read_bytes()))
    assert shown.split() == letter.letter.text.split()


def test_same_call_twice_gives_the_same_bytes(data_dir: Path, stored: int,
                                              tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):
        assert _run(data_dir, CASE, "--kind", "impasse", "--dispute", "d1", "-o", str(out),
                    "--on", "2007-08-01", "--to", "k2") == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(("args", "words"), [
    (["--kind", "angry"], "--kind: There is no kind of letter called \"angry\""),
    (["--kind", "first", "--dispute", "d9"], "--dispute: This case has no request with the "
                                             "id \"d9\""),
    (["--kind", "first", "--dispute", "d3"], "--dispute: Disputed request d3 is marked "
                                             "resolved or withdrawn"),
    (["--kind", "first", "--to", "k9"], "--to: This case has no lawyer with the id \"k9\""),
    (["--kind", "first", "--on", (TODAY + dt.timedelta(days=1)).isoformat()],
     "--on: The mailing day"),
    (["--kind", "first", "--on", "2007-02-30"], "--on:"),
    (["--kind", "impasse", "--on", "2007-07-12"], "--dispute: The check does not propose"),
    (["--kind", "first", "--mail-log-number", "5"], "--mail-log-number: only with --log"),
    (["--kind", "first", "--log", "--mail-log-number", "9" * 201],
     "--mail-log-number: The legal-mail log number is 201 characters long"),
])
def test_bad_input_changes_nothing(data_dir: Path, stored: int, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str], args: list[str],
                                   words: str) -> None:
    out = tmp_path / "letter.pdf"
    rows, files = database_rows(paths.database_path()), folder_files(data_dir)
    # With --log wherever it may be given: a refused letter is neither written nor logged.
    logging = [] if "--mail-log-number" in args else ["--log"]
    assert _run(data_dir, CASE, "-o", str(out), *logging, *args) == 2
    assert words in capsys.readouterr().err
    assert not out.exists()
    assert database_rows(paths.database_path()) == rows and folder_files(data_dir) == files


def test_unknown_case_and_no_database(data_dir: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letter.pdf"
    assert _run(data_dir, "C 99-1", "--kind", "first", "-o", str(out)) == 2
    assert "No case numbered 'C 99-1'" in capsys.readouterr().err
    assert not paths.database_path().exists() and not out.exists()


def test_a_case_with_no_counsel(data_dir: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(paths.database_path())
    try:
        store.insert_case(make_case(counsel=[], disputes=[make_dispute("d1", **_ANSWERED)]))
    finally:
        store.close()
    rows = database_rows(paths.database_path())
    out = tmp_path / "letter.pdf"
    assert _run(data_dir, CASE, "--kind", "first", "-o", str(out), "--log") == 2
    assert "no lawyer for the other side" in capsys.readouterr().err
    assert database_rows(paths.database_path()) == rows and not out.exists()


def test_output_in_a_missing_folder(data_dir: Path, stored: int, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    rows = database_rows(paths.database_path())
    out = tmp_path / "nowhere" / "letter.pdf"
    assert _run(data_dir, CASE, "--kind", "first", "-o", str(out), "--log") == 2
    assert "does not exist" in capsys.readouterr().err
    assert database_rows(paths.database_path()) == rows
