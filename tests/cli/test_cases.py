"""`meetconfer list`, `import` and `export` (docs/command-line.md), through `app.cli.main`
and once through the installed console script."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.cli import main
from app.store.casefile import read_case_file, write_case_file
from tests.helpers.snapshots import database_rows, folder_files
from tests.helpers.strategies import example_case, to_json

DEMO_NUMBER = "C 25-00417 MEC (PR)"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    # The test's own data folder, as a user would give it (main configures the paths).
    status = main(["--data-dir", str(paths.data_dir()), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def state(data_dir: Path) -> tuple[object, list[str]]:
    return database_rows(paths.database_path()), folder_files(data_dir)


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


# --- list -------------------------------------------------------------------------------


def test_list_with_no_cases_says_so_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    status, out, err = run(capsys, "list")
    assert status == 0 and err == ""
    assert out.strip() == "There are no cases here yet. Import one with: meetconfer import FILE"
    assert not paths.database_path().exists()


def test_import_prints_the_case_number_and_list_shows_it(
    capsys: pytest.CaptureFixture[str], files: Path
) -> None:
    status, out, err = run(capsys, "import", str(paths.demo_case_path()))
    assert (status, out, err) == (0, DEMO_NUMBER + "\n", "")
    other = write_json(files / "other.json", to_json(example_case()))
    assert run(capsys, "import", str(other))[0] == 0
    status, out, err = run(capsys, "list")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines == [
        "C 07-1234 ABC (PR)\tNúñez v. Doe\tcand\t2 lawyers, 2 requests (2 still in dispute), "
        "3 letters and calls",
        f"{DEMO_NUMBER}\tRamírez v. Kessler\tcand\t3 lawyers, 5 requests (3 still in dispute), "
        "11 letters and calls",
    ]


def test_export_writes_the_case_file(capsys: pytest.CaptureFixture[str], files: Path) -> None:
    run(capsys, "import", str(paths.demo_case_path()))
    out_file = files / "ramirez.json"
    status, out, err = run(capsys, "export", DEMO_NUMBER, "-o", str(out_file))
    assert (status, out, err) == (0, "", "")
    exported = json.loads(out_file.read_bytes())
    original = json.loads(paths.demo_case_path().read_bytes())
    assert dt.datetime.fromisoformat(exported.pop("exported_at")).tzinfo is not None
    original.pop("exported_at")
    assert exported == original


def test_import_replace(capsys: pytest.CaptureFixture[str], files: Path) -> None:
    source = write_json(files / "case.json", to_json(example_case()))
    assert run(capsys, "import", str(source))[0] == 0
    changed = to_json(example_case())
    changed["case"]["judge"] = "Hon. A. Judge"
    write_json(source, changed)
    status, _, err = run(capsys, "import", str(source))
    assert status == 2
    assert err.startswith("case.case_number: A case numbered C 07-1234 ABC (PR) is already")
    assert "--replace" in err
    assert run(capsys, "import", str(source), "--replace")[0] == 0
    out_file = files / "out.json"
    assert run(capsys, "export", "C 07-1234 ABC (PR)", "-o", str(out_file))[0] == 0
    case = read_case_file(out_file.read_bytes(), today=dt.date.today())
    assert case.judge == "Hon. A. Judge"


# --- refused calls: exit 2, a message naming the field, nothing changed -----------------


def _set(document: dict[str, Any], where: tuple[str | int, ...], value: object) -> None:
    target: Any = document
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value


def _rename(document: dict[str, Any], where: tuple[str | int, ...], new: str) -> None:
    target: Any = document
    for step in where[:-1]:
        target = target[step]
    target[new] = target.pop(where[-1])


def _delete(document: dict[str, Any], where: tuple[str | int, ...]) -> None:
    target: Any = document
    for step in where[:-1]:
        target = target[step]
    del target[where[-1]]


def _document_file(files: Path, change: Any) -> Path:
    document = to_json(example_case())
    change(document)
    return write_json(files / "bad.json", document)


BAD_FILES: dict[str, tuple[Any, str]] = {
    # name: (how to make the file from a folder, what stderr must start with or contain)
    "missing file": (lambda files: files / "nope.json", "nope.json: There is no file here."),
    "a folder": (lambda files: files, "files: This is a folder"),
    "not utf-8": (lambda files: _raw(files, b'{"format": "\xff"}'), "not text in the UTF-8"),
    "not json": (lambda files: _raw(files, b'{"format": "meetconfer.case",\n "version": }'),
                 "not valid JSON at line 2, column 13"),
    "empty": (lambda files: _raw(files, b""), "This file is empty."),
    "top level a list": (lambda files: _raw(files, b"[1, 2]"), "should hold one JSON object"),
    "wrong format": (lambda files: _document_file(
        files, lambda d: _set(d, ("format",), "other")), "format: This is not a Meet-and"),
    "newer version": (lambda files: _document_file(
        files, lambda d: _set(d, ("version",), 3)),
        "version: This file was written by a newer version (version 3); "
        "this program reads version 2."),
    "wrong version": (lambda files: _document_file(
        files, lambda d: _set(d, ("version",), "one")), "version: This file says"),
    "unknown field": (lambda files: _document_file(
        files, lambda d: _rename(d, ("case", "communications", 2, "sent_on"), "sent_date")),
        "case.communications[2].sent_date: This field is not part of the case file format."),
    "wrong type": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "disputes", 1, "set_number"), "two")),
        "case.disputes[1].set_number: This should be a whole number"),
    "bad choice": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "communications", 0, "method"), "fax")),
        "case.communications[0].method: \"fax\" is not one of the choices; write one of "
        "these: letter, email, phone, video, in_person, other."),
    "bad day": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "disputes", 0, "served_on"), "2007-02-30")),
        "case.disputes[0].served_on: 2007-02-30 is not a real day."),
    "bad time": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "communications", 2, "time"), "25:00")),
        "case.communications[2].time: 25:00 is not a time of day"),
    "missing required": (lambda files: _document_file(
        files, lambda d: _delete(d, ("case", "litigant", "role"))),
        "case.litigant.role: This field is required, but it is missing."),
    "unknown reference": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "communications", 1, "counsel"), "k7")),
        "case.communications[1].counsel: There is no lawyer with the id \u201ck7\u201d"),
    "received before sent": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "communications", 1, "received_on"), "2007-08-01")),
        "case.communications[1].received_on: The day it arrived (2007-08-01) is before the "
        "day on the letter (2007-08-06)."),
    "day in the future": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "communications", 0, "sent_on"), "2999-01-01")),
        "case.communications[0].sent_on: The day it was sent or happened (2999-01-01) is "
        "after today"),
    "repeated id": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "counsel", 1, "id"), "k1")),
        "case.counsel[1].id: "),
    "unknown profile": (lambda files: _document_file(
        files, lambda d: _set(d, ("case", "rule_profile"), "zzz")), "case.rule_profile: "),
}


def _raw(files: Path, data: bytes) -> Path:
    path = files / "bad.json"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("with_data", [False, True], ids=["empty folder", "with a case"])
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_refused_import_exits_2_names_the_field_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, files: Path, kind: str,
    with_data: bool,
) -> None:
    if with_data:
        assert run(capsys, "import", str(paths.demo_case_path()))[0] == 0
    before = state(data_dir)
    make, expected = BAD_FILES[kind]
    status, out, err = run(capsys, "import", str(make(files)))
    assert status == 2
    assert out == ""
    assert expected in err
    assert "Traceback" not in err
    assert state(data_dir) == before


def test_every_problem_gets_its_own_line(capsys: pytest.CaptureFixture[str],
                                         files: Path) -> None:
    def damage(document: dict[str, Any]) -> None:
        _set(document, ("case", "communications", 2, "time"), "25:00")
        _set(document, ("case", "disputes", 0, "served_on"), "2007-02-30")
        _rename(document, ("case", "communications", 1, "sent_on"), "sent_date")

    status, _, err = run(capsys, "import", str(_document_file(files, damage)))
    assert status == 2
    assert [line.split(":")[0] for line in err.splitlines()] == [
        "case.disputes[0].served_on",
        "case.communications[1].sent_on",
        "case.communications[1].sent_date",
        "case.communications[2].time",
    ]


def test_export_of_an_unknown_case(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                   files: Path) -> None:
    status, out, err = run(capsys, "export", "C 99-1", "-o", str(files / "x.json"))
    assert status == 2 and out == ""
    assert err.startswith("CASE: There is no case numbered C 99-1 here.")
    assert not (files / "x.json").exists()
    assert not paths.database_path().exists()
    run(capsys, "import", str(paths.demo_case_path()))
    before = state(data_dir)
    assert run(capsys, "export", "C 99-1", "-o", str(files / "x.json"))[0] == 2
    assert state(data_dir) == before
    assert list(files.iterdir()) == []


def test_export_to_a_folder_that_does_not_exist(capsys: pytest.CaptureFixture[str],
                                                files: Path) -> None:
    run(capsys, "import", str(paths.demo_case_path()))
    target = files / "missing" / "x.json"
    status, _, err = run(capsys, "export", DEMO_NUMBER, "-o", str(target))
    assert status == 2
    assert err.startswith(f"-o: {target} cannot be written")
    assert list(files.iterdir()) == []


def test_export_keeps_the_old_file_when_writing_fails(
    capsys: pytest.CaptureFixture[str], files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "import", str(paths.demo_case_path()))
    target = files / "x.json"
    target.write_bytes(b"the old export")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    status, _, err = run(capsys, "export", DEMO_NUMBER, "-o", str(target))
    assert status == 2
    assert "No space left on device" in err
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in files.iterdir()] == ["x.json"]


@pytest.mark.parametrize("argv", [["import"], ["export", DEMO_NUMBER], ["export"],
                                  ["import", "a.json", "--force"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert "Traceback" not in err


# --- the installed console script -------------------------------------------------------


def test_the_console_script_imports_lists_and_exports(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / ("meetconfer.exe" if os.name == "nt" else "meetconfer")
    if not script.exists():
        pytest.fail(f"{script} is missing: run `pip install -c constraints.txt -e .`")
    data_dir = tmp_path / "script-data"
    bad = tmp_path / "bad.json"
    document = to_json(example_case())
    document["case"]["communications"][1]["received_on"] = "2007-08-01"
    bad.write_text(json.dumps(document), encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_bytes(write_case_file(example_case(), exported_at=None))
    out_file = tmp_path / "out.json"
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def call(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(script), "--data-dir", str(data_dir), *argv],
                              capture_output=True, text=True, encoding="utf-8",
                              env=environment, timeout=120, check=False)

    refused = call("import", str(bad))
    assert refused.returncode == 2
    assert refused.stderr.startswith("case.communications[1].received_on: The day it arrived")
    assert not (data_dir / paths.DATABASE_FILE).exists()
    imported = call("import", str(good))
    assert (imported.returncode, imported.stdout) == (0, "C 07-1234 ABC (PR)\n")
    listed = call("list")
    assert listed.returncode == 0 and listed.stdout.startswith("C 07-1234 ABC (PR)\tNúñez v. Doe")
    exported = call("export", "C 07-1234 ABC (PR)", "-o", str(out_file))
    assert exported.returncode == 0, exported.stderr
    assert read_case_file(out_file.read_bytes(), today=dt.date.today()) == example_case()
