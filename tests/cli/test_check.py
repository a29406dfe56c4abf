"""`meetconfer check`: exit statuses, the JSON on stdout, the plain report, bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.domain.model import Case
from app.services.session import open_store
from tests.helpers.builders import make_case, make_dispute, outgoing, spec_example_case


def _store(case: Case) -> None:
    store = open_store()
    try:
        store.insert_case(case)
    finally:
        store.close()


def _check(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "check", *args])


def test_json_for_a_documented_case_exits_0(data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _store(spec_example_case())
    status = _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28", "--json")
    out = capsys.readouterr().out
    assert status == 0
    result = json.loads(out)
    assert list(result) == ["case_number", "rule_profile", "as_of", "adequate", "disputes"]
    assert result["adequate"] is True and result["as_of"] == "2007-08-28"
    assert result["disputes"][0]["dates"] == {"response_due": "2007-07-05",
                                              "reply_window_ends": "2007-08-27"}
    assert out.startswith('{\n  "case_number": "C 07-959 SI",')  # indented by 2


def test_json_for_a_case_not_yet_documented_exits_3(data_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _store(spec_example_case())
    status = _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-27", "--json")
    assert status == 3
    assert json.loads(capsys.readouterr().out)["adequate"] is False


def test_the_plain_report_reads_as_plain_words(data_dir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _store(spec_example_case())
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-27") == 3
    out = capsys.readouterr().out
    assert "Request for Production No. 3 (Set One)" in out
    assert "NOT YET" in out
    assert "Next step: wait for a reply until Monday, August 27, 2007" in out
    assert "not legal advice" in out
    assert "{" not in out
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28") == 0
    out = capsys.readouterr().out
    # N.D. Cal. has its own step (a joint letter): documented, and that step comes next.
    assert "CONFERRING DOCUMENTED" in out and "[MISSING]" not in out
    assert "Next: the joint letter to the judge" in out
    assert "READY TO FILE" not in out


def test_ready_to_file_once_the_courts_step_is_marked_done(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = spec_example_case()
    case.local_step_done_on = dt.date(2007, 8, 28)
    _store(case)
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28") == 0
    out = capsys.readouterr().out
    assert "READY TO FILE" in out and "CONFERRING DOCUMENTED" not in out
    # The JSON answer is unchanged by the step: the same fields as rules.md shows.
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28", "--json") == 0
    assert set(json.loads(capsys.readouterr().out)) == {
        "case_number", "rule_profile", "as_of", "adequate", "disputes"}


def test_names_keep_their_accents(data_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
                                  ) -> None:
    case = make_case(case_number="C 09-1 JM", disputes=[
        make_dispute("d1", label="Solicitud núm. 3 de José Peña", served_on="2007-06-01"),
    ], communications=[outgoing("c1", "2007-07-20")])
    _store(case)
    assert _check(data_dir, "C 09-1 JM", "--as-of", "2007-08-28", "--json") == 3
    raw = capsysbinary.readouterr().out
    assert "José Peña".encode() in raw
    assert json.loads(raw.decode("utf-8"))["disputes"][0]["label"].endswith("José Peña")


def test_a_case_with_no_open_request_is_not_documented(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(make_case(disputes=[make_dispute("d1", status="withdrawn")]))
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28") == 3
    assert "nothing to file" in capsys.readouterr().out


def test_an_unknown_case_exits_2_without_creating_a_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(data_dir, "C 99-1 XX") == 2
    err = capsys.readouterr().err
    assert "C 99-1 XX" in err and "Traceback" not in err
    assert not paths.database_path().exists()
    _store(spec_example_case())
    assert _check(data_dir, "C 99-1 XX", "--json") == 2
    captured = capsys.readouterr()
    assert "C 99-1 XX" in captured.err and captured.out == ""


@pytest.mark.parametrize(
    "bad", ["2007-13-01", "08/28/2007", "yesterday", "2007-8-28", "2007-W35-2", "2007-02-30"])
def test_a_bad_as_of_exits_2_naming_the_option(data_dir: Path, bad: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _store(spec_example_case())
    assert _check(data_dir, "C 07-959 SI", "--as-of", bad) == 2
    err = capsys.readouterr().err
    assert "--as-of" in err and "Traceback" not in err


def test_a_bad_override_exits_2_naming_it(data_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    case = spec_example_case()
    case.profile_overrides = {"response_days": True}
    _store(case)
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28") == 2
    captured = capsys.readouterr()
    assert "response_days" in captured.err and captured.out == ""


def test_without_as_of_it_checks_today(data_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _store(spec_example_case())
    assert _check(data_dir, "C 07-959 SI", "--json") == 0
    assert json.loads(capsys.readouterr().out)["as_of"] == dt.date.today().isoformat()


def test_a_damaged_data_file_exits_2_and_is_left_alone(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    damaged = b"this is not a database" * 100
    paths.database_path().write_bytes(damaged)
    assert _check(data_dir, "C 07-959 SI", "--as-of", "2007-08-28") == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert paths.database_path().read_bytes() == damaged
