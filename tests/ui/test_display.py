"""Starting the app where there is no screen: a plain message and exit status 1, never
Qt's abort (exit 134) naming a plugin and a library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.display import no_screen_message

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="only X11 and Wayland need a display server"
)


@pytest.fixture
def no_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


@linux_only
@pytest.mark.usefixtures("no_screen")
def test_no_display_server_is_said_plainly() -> None:
    message = no_screen_message()
    assert message is not None and "needs a screen" in message


@linux_only
@pytest.mark.usefixtures("no_screen")
@pytest.mark.parametrize(
    ("name", "value"),
    [("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0"), ("QT_QPA_PLATFORM", "offscreen"),
     ("QT_QPA_PLATFORM", "xcb;offscreen")],
)
def test_a_screen_or_a_screenless_platform_is_enough(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    assert no_screen_message() is None


@linux_only
def test_the_program_started_without_a_screen_says_so_and_exits_1(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env |= {"HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "needs a screen" in result.stderr
    assert "Traceback" not in result.stderr and "plugin" not in result.stderr
    assert not (tmp_path / "data").exists()
