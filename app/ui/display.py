"""Whether there is a screen for the window, asked before Qt is: without one, Qt's xcb
platform aborts the whole process (exit 134) with a message about a plugin and a library
that a person cannot act on. The program says so plainly instead."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

# Qt platforms that draw on a real screen and need a display server to reach.
_SCREEN_PLATFORMS = ("xcb", "wayland", "wayland-egl", "eglfs", "")


def _chosen_platforms() -> list[str]:
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and carry options ("xcb:foo=1").
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    return [name.split(":")[0].strip() for name in chosen.split(";")] or [""]


def no_screen_message() -> str | None:
    """A plain message when the window has nowhere to appear, else None.

    Only Linux and its kind need a display server; a platform such as `offscreen` (tests,
    the smoke test in CI) needs none."""
    if sys.platform in ("win32", "darwin"):
        return None
    if any(name not in _SCREEN_PLATFORMS for name in _chosen_platforms()):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return QCoreApplication.translate(
        "Launch",
        "Meet-and-Confer Log needs a screen to open its window, and none was found here "
        "(neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session. "
        "The commands (meetconfer --help) work without a screen.",
    )
