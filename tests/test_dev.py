"""dev.py, the set-up script a newcomer runs first: what it passes on to the program and to
pytest, and which system libraries it asks for."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_demo_gets_a_data_folder_of_its_own(dev: ModuleType) -> None:
    args = dev.app_arguments(["--demo"])
    assert args[:2] == ["--data-dir", str(ROOT / ".demo-data")]
    assert "--demo" in args


@pytest.mark.parametrize(
    "given", [["--demo", "--data-dir", "/tmp/x"], ["--data-dir=/tmp/x", "--demo"], []]
)
def test_a_chosen_folder_or_no_demo_is_left_as_it_is(dev: ModuleType, given: list[str]) -> None:
    assert dev.app_arguments(given) == given


def test_the_demo_folder_is_ignored_by_git() -> None:
    assert "/.demo-data/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_pytest_runs_on_two_processes_unless_told(dev: ModuleType) -> None:
    assert dev.pytest_arguments(["-q", "tests/domain"]) == ["-n", "2", "-q", "tests/domain"]
    for chosen in (["-n", "0"], ["-n0"], ["--numprocesses=4"], ["--numprocesses", "auto"]):
        assert dev.pytest_arguments(chosen) == chosen


def test_the_desktop_libraries_are_checked_only_for_a_real_window(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[dict[str, str]] = []
    monkeypatch.setattr(dev, "missing_system_libraries", lambda libs: asked.append(libs) or [])
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    dev.ensure_system_libraries("app")
    dev.ensure_system_libraries("test")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    dev.ensure_system_libraries("app")
    desktop = set(dev.QT_DESKTOP_LIBRARIES.values())
    assert desktop == {
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
        "libxcb-render-util0", "libxkbcommon-x11-0",
    }
    assert desktop <= set(asked[0].values())
    assert not desktop & set(asked[1].values())
    assert not desktop & set(asked[2].values())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldconfig is Linux's")
def test_missing_libraries_are_named_by_their_package(dev: ModuleType) -> None:
    missing = dev.missing_system_libraries({"libno-such-library.so.9": "libno-such9"})
    assert missing == ["libno-such9"]
