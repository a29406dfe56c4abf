"""The one guard on every file the person names for writing (`app.services.outputs`): the
app's own ways of writing (Save as PDF, export, make a backup) refuse the data folder's
files and anything not an ordinary file, as the command line does."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.services import safety
from app.services.casefiles import export_case_file
from app.services.documents import write_pdf
from app.services.outputs import OutputPathError, checked_output_path, refuse_unsafe_output
from app.services.session import open_store
from app.store import Store
from tests.helpers.builders import make_case
from tests.helpers.datafiles import folder_state


@pytest.fixture
def store() -> Iterator[Store]:
    opened = open_store()
    opened.insert_case(make_case())
    yield opened
    opened.close()


def test_the_apps_writers_refuse_the_data_file(store: Store, data_dir: Path) -> None:
    before = folder_state(data_dir)
    database = paths.database_path()
    with pytest.raises(OutputPathError):
        write_pdf(b"%PDF-", database)
    with pytest.raises(OutputPathError):
        export_case_file(store, "C 07-959 SI", Path(f"{database}-wal"))
    with pytest.raises(OutputPathError):
        safety.make_backup(data_dir / "backups" / "x.sqlite3", store=store)
    assert folder_state(data_dir) == before


def test_a_refusal_is_an_os_error_with_plain_words(data_dir: Path) -> None:
    with pytest.raises(OSError, match="data folder"):
        write_pdf(b"%PDF-", data_dir / "notes.pdf")


def test_a_new_name_in_a_folder_is_fine_and_a_link_is_followed(tmp_path: Path) -> None:
    assert checked_output_path(tmp_path / "new.pdf") == (tmp_path / "new.pdf").resolve()
    (tmp_path / "real.pdf").write_bytes(b"old")
    (tmp_path / "link.pdf").symlink_to(tmp_path / "real.pdf")
    assert refuse_unsafe_output(tmp_path / "link.pdf") == (tmp_path / "real.pdf").resolve()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_not_an_output(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(OutputPathError, match="not an ordinary file"):
        write_pdf(b"%PDF-", tmp_path / "pipe")


def test_a_missing_folder_is_left_to_the_writer_but_checked_early_when_asked(
    tmp_path: Path,
) -> None:
    target = tmp_path / "gone" / "x.pdf"
    assert refuse_unsafe_output(target) == target
    with pytest.raises(OutputPathError, match="does not exist"):
        checked_output_path(target)
