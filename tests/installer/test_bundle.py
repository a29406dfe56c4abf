"""The shipped program: build the PyInstaller bundle exactly as `installer/build` does, and
check that it starts, fits the size budget, carries what it needs and nothing it must not,
and never reaches for the network.

Slow (a minute or two on two cores): marked `slow`; CI runs it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.installer.network import (
    internet_connects,
    offline,
    offline_works,
    strace_works,
    under_strace,
)

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD_SCRIPT = ROOT / "installer" / "build"
# Hang guards for child processes, not timing assertions.
BUILD_TIMEOUT_SECONDS = 900
RUN_TIMEOUT_SECONDS = 180

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT_SECONDS + 300)]


class Built:
    def __init__(self, bundle: Path, work: Path, output: str) -> None:
        self.bundle = bundle
        self.work = work
        self.output = output

    @property
    def program(self) -> Path:
        if sys.platform == "win32":
            return self.bundle / "meetconfer-cli.exe"
        return self.bundle / "meetconfer"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """One build for the whole module, with the build script's own checks."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip(
            "PyInstaller is not installed in this environment: "
            "pip install -c constraints.txt -e .[build]"
        )
    scratch = tmp_path_factory.mktemp("bundle")
    dist, work = scratch / "dist", scratch / "work"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"installer/build failed:\n{output}"
    yield Built(dist / "meetconfer", work, output)


def test_the_build_script_smoke_tested_each_data_folder(built: Built) -> None:
    # Its own checks: the smoke test against an empty data folder, the demo case and the
    # demo case locked with a passphrase, the size budget, and (where strace works) no
    # internet connection attempted.
    assert re.search(r"smoke test \(empty data folder\): smoke-test ok \d+", built.output)
    assert re.search(r"smoke test \(demo case\): smoke-test ok \d+", built.output)
    assert re.search(r"smoke test \(locked demo case\): smoke-test ok \d+", built.output)
    assert re.search(r"bundle size: [\d.]+ MiB \(budget 170 MiB", built.output)


def test_the_windows_installer_gets_the_package_version(built: Built) -> None:
    from app import __version__

    include = (built.work / "version.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in include


def test_the_resources_are_bundled(built: Built) -> None:
    resources = built.bundle / "_internal" / "resources"
    source = ROOT / "resources"
    for shipped in source.rglob("*"):
        if shipped.is_file():
            assert (resources / shipped.relative_to(source)).is_file(), shipped


def test_only_the_qt_the_program_uses_is_bundled(built: Built) -> None:
    names = [path.name for path in built.bundle.rglob("*")]
    unwanted = re.compile(
        r"Qt6?(Quick|Qml|WebEngine|3D|Multimedia|Designer|Charts|Sql|Test)", re.IGNORECASE
    )
    assert [name for name in names if unwanted.search(name)] == []
    # Network code the program must never load.
    plugin_folders = {path.name for path in built.bundle.rglob("plugins/*") if path.is_dir()}
    assert not plugin_folders & {"tls", "networkinformation", "generic"}
    # Qt's own translations: English and Spanish only.
    qt_translations = [
        path.name for path in built.bundle.rglob("*.qm") if "resources" not in path.parts
    ]
    assert all(re.match(r"qt(base)?_(en|es)\.qm$", name) for name in qt_translations)


def _run_bundle(built: Built, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env.pop("PYTHONPATH", None)
    command = [str(built.program), *args]
    trace_file = tmp_path / f"connect-{len(list(tmp_path.glob('connect-*')))}.trace"
    traced = strace_works()
    if traced:
        command = under_strace(command, trace_file)
    if offline_works():
        command = offline(command)
    result = subprocess.run(
        command,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_SECONDS,
        check=False,
    )
    if traced:
        assert internet_connects(trace_file) == [], f"{args} tried to reach the network"
    return result


def test_the_bundled_command_line_does_its_jobs(built: Built, tmp_path: Path) -> None:
    # The jobs that load reportlab, Pillow, cryptography and the rule profiles: what a
    # too-eager exclusion in the spec would break first.
    demo = ROOT / "resources" / "demo" / "demo-case.json"
    if not demo.is_file():
        pytest.skip(f"no demo case at {demo} yet")
    number = json.loads(demo.read_text(encoding="utf-8"))["case"]["case_number"]
    data = ["--data-dir", str(tmp_path / "data")]

    version = _run_bundle(built, ["--version"], tmp_path)
    assert version.returncode == 0, version.stderr
    imported = _run_bundle(built, [*data, "import", str(demo)], tmp_path)
    assert imported.returncode == 0, imported.stderr
    listed = _run_bundle(built, [*data, "list"], tmp_path)
    assert number in listed.stdout
    checked = _run_bundle(built, [*data, "check", number, "--as-of", "2026-01-15"], tmp_path)
    assert checked.returncode in (0, 3), checked.stderr
    pdf = tmp_path / "declaration.pdf"
    exhibit = _run_bundle(
        built, [*data, "exhibit", number, "-o", str(pdf), "--as-of", "2026-01-15"], tmp_path
    )
    assert exhibit.returncode == 0, exhibit.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_bundled_smoke_test_opens_a_locked_folder_with_its_passphrase_file(
    built: Built, tmp_path: Path
) -> None:
    # SQLCipher must be in the bundle and load there: the smoke test of a locked folder
    # given its passphrase file, as cli.md says; without it, or with a wrong one, exit 2
    # with a plain message and nothing changed.
    demo = built.bundle / "_internal" / "resources" / "demo" / "demo-case.json"
    data = tmp_path / "data"
    key, wrong = tmp_path / "key.txt", tmp_path / "wrong.txt"
    key.write_text("una frase bastante larga\n", encoding="utf-8")
    wrong.write_text("otra frase distinta\n", encoding="utf-8")
    at = ["--data-dir", str(data)]
    assert _run_bundle(built, [*at, "import", str(demo)], tmp_path).returncode == 0
    locking = _run_bundle(built, [*at, "lock", "--new-passphrase-file", str(key)], tmp_path)
    assert locking.returncode == 0, locking.stderr
    database = data / "meetconfer.sqlite3"
    assert not database.read_bytes().startswith(b"SQLite format 3\x00")
    before = _folder_state(data)

    refused = _run_bundle(built, [*at, "--smoke-test"], tmp_path)
    assert refused.returncode == 2
    assert "locked with a passphrase; give it with --passphrase-file" in refused.stderr
    mistaken = _run_bundle(built, [*at, "--passphrase-file", str(wrong), "--smoke-test"],
                           tmp_path)
    assert mistaken.returncode == 2
    assert "The passphrase does not open the locked data" in mistaken.stderr
    assert "Traceback" not in refused.stderr + mistaken.stderr
    assert _folder_state(data) == before

    opened = _run_bundle(built, [*at, "--passphrase-file", str(key), "--demo", "--smoke-test"],
                         tmp_path)
    assert opened.returncode == 0, opened.stderr
    assert re.search(r"^smoke-test ok \d+", opened.stdout, re.MULTILINE)
    assert not database.read_bytes().startswith(b"SQLite format 3\x00")


def test_sqlcipher_is_bundled_and_stripped(built: Built) -> None:
    libraries = [path for path in (built.bundle / "_internal" / "sqlcipher3").glob("_sqlite3.*")
                 if path.suffix in (".so", ".pyd")]
    assert len(libraries) == 1
    if sys.platform.startswith("linux"):
        # The wheel's library is 20.3 MiB with its debug symbols, 8.0 MiB stripped.
        assert libraries[0].stat().st_size < 12 * 2**20


def test_a_portable_folder_beside_the_bundle_is_used(built: Built, tmp_path: Path) -> None:
    # A copy of the bundle with a `data` folder beside the program, as on a USB stick, and
    # no --data-dir: the imported case must land in that folder and nowhere else.
    demo = ROOT / "resources" / "demo" / "demo-case.json"
    if not demo.is_file():
        pytest.skip(f"no demo case at {demo} yet")
    stick = tmp_path / "stick" / "meetconfer"
    shutil.copytree(built.bundle, stick, symlinks=True)
    (stick / "data").mkdir()
    portable = Built(stick, built.work, "")

    imported = _run_bundle(portable, ["import", str(demo)], tmp_path)

    assert imported.returncode == 0, imported.stderr
    assert (stick / "data" / "meetconfer.sqlite3").is_file()
    assert not list((tmp_path / "home").rglob("*.sqlite3"))


def test_no_test_or_build_tools_are_bundled(built: Built) -> None:
    from PyInstaller.archive.readers import ZlibArchiveReader

    archive = ZlibArchiveReader(str(built.work / "meetconfer" / "PYZ-00.pyz"))
    top_level = {name.split(".")[0] for name in archive.toc}
    never = {"tkinter", "unittest", "pytest", "_pytest", "hypothesis", "mypy", "PyInstaller"}
    assert top_level & never == set()
    # Nor TLS: the program never talks to a server.
    assert "ssl" not in top_level


def test_the_holidays_package_is_bundled_for_days_outside_the_table(built: Built) -> None:
    # Days in the table's years never load it, so the command-line jobs above cannot
    # show that it is missing; the program needs it for any other year.
    from PyInstaller.archive.readers import ZlibArchiveReader

    archive = ZlibArchiveReader(str(built.work / "meetconfer" / "PYZ-00.pyz"))
    assert {"holidays", "holidays.countries.united_states"} <= set(archive.toc)
