"""Where the program keeps its data: `--data-dir` > portable folder > the user's folder.

A fake program folder stands in for the folder beside the executable (a USB stick, or the
install folder), so no test puts anything beside the real program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app import paths
from app.paths import DataLocationKind, RealHomeUnderTestError


@pytest.fixture
def program_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty stand-in for the folder the executable runs from."""
    folder = tmp_path / "program"
    folder.mkdir()
    monkeypatch.setattr(paths, "program_folder", lambda: folder)
    return folder


def test_no_portable_folder_means_the_users_data_folder(program_folder: Path) -> None:
    location = paths.configure(None)

    assert location.kind is DataLocationKind.USER
    assert location.folder.name == paths.APP_FOLDER_NAME
    # conftest points the XDG folders into a fake home; the user folder must be inside it.
    assert Path(os.environ["XDG_DATA_HOME"]) in location.folder.parents
    assert program_folder not in location.folder.parents


def test_a_data_folder_beside_the_program_makes_it_portable(program_folder: Path) -> None:
    (program_folder / "data").mkdir()

    location = paths.configure(None)

    assert location.kind is DataLocationKind.PORTABLE
    assert location.folder == program_folder / "data"


def test_a_portable_marker_file_makes_it_portable_before_the_folder_exists(
    program_folder: Path,
) -> None:
    (program_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")

    location = paths.configure(None)

    assert location.kind is DataLocationKind.PORTABLE
    assert location.folder == program_folder / paths.PORTABLE_DATA_FOLDER


def test_a_file_named_data_is_not_a_portable_folder(program_folder: Path) -> None:
    (program_folder / "data").write_text("not a folder", encoding="utf-8")

    assert paths.portable_folder() is None
    assert paths.configure(None).kind is DataLocationKind.USER


def test_the_command_line_wins_over_a_portable_folder(program_folder: Path, tmp_path: Path) -> None:
    (program_folder / "data").mkdir()
    (program_folder / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    chosen = tmp_path / "chosen"

    location = paths.configure(chosen)

    assert location.kind is DataLocationKind.COMMAND_LINE
    assert location.folder == chosen


def test_a_relative_data_dir_is_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    location = paths.configure("relative-data")

    assert location.folder == tmp_path / "relative-data"
    assert location.folder.is_absolute()


def test_data_location_is_what_was_configured(program_folder: Path) -> None:
    (program_folder / "data").mkdir()
    configured = paths.configure(None)

    assert paths.data_location() == configured
    assert paths.data_dir() == program_folder / "data"


def test_in_portable_mode_everything_the_program_keeps_is_in_the_portable_folder(
    program_folder: Path,
) -> None:
    (program_folder / "data").mkdir()
    paths.configure(None)
    portable = program_folder / "data"

    for kept in (
        paths.database_path(),
        paths.backups_dir(),
        paths.logs_dir(),
        paths.settings_path(),
    ):
        assert portable in kept.parents, kept


def test_the_real_home_folder_is_refused_under_test() -> None:
    real_home = Path(os.environ[paths.REAL_HOME_ENV])

    with pytest.raises(RealHomeUnderTestError):
        paths.configure(real_home)
    with pytest.raises(RealHomeUnderTestError):
        paths.configure(real_home / "Documents" / "meetconfer")


def test_a_portable_folder_inside_the_real_home_is_refused_under_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only the decision is tested: nothing is created in the real home folder.
    real_home = Path(os.environ[paths.REAL_HOME_ENV])
    monkeypatch.setattr(paths, "portable_folder", lambda: real_home / "MeetConfer" / "data")

    with pytest.raises(RealHomeUnderTestError):
        paths.configure(None)


def test_the_bundled_program_runs_from_the_executables_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "Meet-and-Confer Log" / "meetconfer.exe"
    bundle = tmp_path / "Meet-and-Confer Log" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    assert paths.program_folder() == executable.parent.resolve()
    assert paths.resources_dir() == bundle / "resources"
    assert paths.fonts_dir() == bundle / "resources" / "fonts"
    assert paths.demo_case_path() == bundle / "resources" / "demo" / "demo-case.json"


def test_from_source_the_resources_are_the_checkouts() -> None:
    checkout = Path(__file__).resolve().parent.parent

    assert paths.resources_dir() == checkout / "resources"
    assert paths.rules_dir().is_dir()


def test_the_recent_folders_list_belongs_to_the_user_not_to_a_data_folder(
    program_folder: Path,
) -> None:
    location = paths.configure(None)
    listed = paths.recent_folders_path()
    assert Path(os.environ["XDG_CONFIG_HOME"]) in listed.parents
    assert location.folder not in listed.parents
    assert listed.parent.name != location.folder.name  # apart on Windows too


def test_in_portable_mode_the_recent_folders_list_is_beside_the_program(
    program_folder: Path, tmp_path: Path,
) -> None:
    (program_folder / "data").mkdir()
    paths.configure(tmp_path / "someone else's folder")  # --data-dir on a portable install
    assert paths.recent_folders_path().parent == program_folder


def test_a_recent_folders_list_inside_the_real_home_is_refused_under_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_home = Path(os.environ[paths.REAL_HOME_ENV])
    monkeypatch.setattr(paths, "_user_config_folder", lambda: real_home / ".config" / "x")
    with pytest.raises(RealHomeUnderTestError):
        paths.recent_folders_path()
