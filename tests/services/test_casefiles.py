"""Importing and exporting case files through the store (app.services.casefiles)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import paths
from app.services.casefiles import (
    CaseExistsError,
    CaseFileError,
    CaseNotFoundError,
    export_case_file,
    import_case_file,
    import_demo_case,
    read_case_path,
)
from app.services.session import open_store
from app.store import Store
from app.store.casefile import read_case_file, write_case_file
from tests.helpers.snapshots import database_rows
from tests.helpers.strategies import EXAMPLE_TODAY, example_case, to_json

TODAY = EXAMPLE_TODAY


@pytest.fixture
def store() -> Iterator[Store]:
    opened = open_store()
    yield opened
    opened.close()


def write_example(folder: Path, name: str = "case.json") -> Path:
    path = folder / name
    path.write_bytes(write_case_file(example_case(), exported_at=None))
    return path


def test_import_then_load_gives_the_case_back(store: Store, tmp_path: Path) -> None:
    number = import_case_file(store, write_example(tmp_path), today=TODAY)
    assert number == example_case().case_number
    assert store.load_case_by_number(number) == example_case()


def test_export_writes_what_was_imported(store: Store, tmp_path: Path) -> None:
    demo = paths.demo_case_path()
    number = import_case_file(store, demo)
    out = tmp_path / "out.json"
    export_case_file(store, number, out)
    written, original = json.loads(out.read_bytes()), json.loads(demo.read_bytes())
    stamp = dt.datetime.fromisoformat(written.pop("exported_at"))
    assert stamp.tzinfo is not None
    original.pop("exported_at")
    assert written == original
    assert read_case_file(out.read_bytes(), today=dt.date.today()) == \
        read_case_file(demo.read_bytes(), today=dt.date.today())


def test_export_replaces_an_existing_file(store: Store, tmp_path: Path) -> None:
    number = import_case_file(store, write_example(tmp_path), today=TODAY)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out.json"
    out.write_text("old")
    export_case_file(store, number, out)
    assert read_case_file(out.read_bytes(), today=TODAY) == example_case()
    assert [p.name for p in folder.iterdir()] == ["out.json"]


def test_export_of_an_unknown_case(store: Store, tmp_path: Path) -> None:
    with pytest.raises(CaseNotFoundError) as caught:
        export_case_file(store, "C 99-1", tmp_path / "out.json")
    assert "C 99-1" in caught.value.message.english()
    assert not (tmp_path / "out.json").exists()


def test_a_case_number_already_here_is_refused_unless_replacing(
    store: Store, tmp_path: Path
) -> None:
    path = write_example(tmp_path)
    import_case_file(store, path, today=TODAY)
    before = database_rows(paths.database_path())
    changed = to_json(example_case())
    changed["case"]["short_title"] = "Changed v. Title"
    path.write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(CaseExistsError) as caught:
        import_case_file(store, path, today=TODAY)
    assert example_case().case_number in caught.value.message.english()
    assert database_rows(paths.database_path()) == before
    import_case_file(store, path, replace=True, today=TODAY)
    loaded = store.load_case_by_number(example_case().case_number)
    assert loaded is not None and loaded.short_title == "Changed v. Title"
    assert len(store.list_cases()) == 1


def test_a_missing_file(store: Store, tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(CaseFileError) as caught:
        import_case_file(store, missing)
    [problem] = caught.value.problems
    assert problem.path == str(missing)
    assert problem.message.english() == "There is no file here."


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError) as caught:
        read_case_path(tmp_path)
    assert "folder" in caught.value.problems[0].message.english()


def test_a_bad_file_changes_nothing(store: Store, tmp_path: Path) -> None:
    import_case_file(store, paths.demo_case_path())
    before = database_rows(paths.database_path())
    document = to_json(example_case())
    document["case"]["communications"][1]["received_on"] = "2007-08-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CaseFileError):
        import_case_file(store, bad, today=TODAY)
    assert database_rows(paths.database_path()) == before


def test_the_demo_case_is_imported_once(store: Store) -> None:
    number = import_demo_case(store)
    assert import_demo_case(store) == number
    [summary] = store.list_cases()
    assert summary.case_number == number
    assert (summary.counsel, summary.disputes, summary.communications) == (3, 5, 11)
    assert summary.open_disputes == 3


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.binary(max_size=300) | st.sampled_from([b"{}", b"[]", b"null"]),
       mutation=st.integers(0, 2))
def test_a_refused_import_never_writes(store: Store, tmp_path: Path, data: bytes,
                                       mutation: int) -> None:
    if not store.list_cases():
        import_demo_case(store)
    before = database_rows(paths.database_path())
    if mutation == 1:
        # A real case file cut short.
        whole = write_case_file(example_case(), exported_at=None)
        data = whole[: len(data) % len(whole)]
    elif mutation == 2:
        # A real case file whose last communication names a request that is not there.
        document = to_json(example_case())
        # (Never a bare hex string: b"\xd2" would name "d2", a request the case has.)
        document["case"]["communications"][-1]["disputes"] = [f"missing-{data.hex()}"]
        data = json.dumps(document).encode()
    path = tmp_path / "fuzz.json"
    path.write_bytes(data)
    with pytest.raises(CaseFileError):
        import_case_file(store, path, today=TODAY)
    assert database_rows(paths.database_path()) == before
