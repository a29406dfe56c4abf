"""Global options where a person types them: `--data-dir` before or after the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.cli import main


def test_data_dir_after_the_command_is_the_folder_used(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert main(["import", str(paths.demo_case_path()), "--data-dir", str(elsewhere)]) == 0
    assert paths.data_dir() == elsewhere
    capsys.readouterr()
    assert main(["list", f"--data-dir={elsewhere}"]) == 0
    assert "Ramírez v. Kessler" in capsys.readouterr().out
    # The fixture's folder was never written to.
    assert not (data_dir / paths.database_path().name).exists()


def test_data_dir_before_the_command_still_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "before"
    assert main(["--data-dir", str(folder), "import", str(paths.demo_case_path())]) == 0
    assert paths.data_dir() == folder
    assert main(["--data-dir", str(folder), "list"]) == 0
    assert "Ramírez v. Kessler" in capsys.readouterr().out
