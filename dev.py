#!/usr/bin/env python3
"""Set up Meet-and-Confer Log from a fresh clone, then open it or test it.

    python3 dev.py app [--demo ...]   set everything up (once), then open the program
    python3 dev.py test [pytest args]  set everything up, then run ruff, mypy and the tests

`app --demo` opens the fictional sample case in a data folder of its own, `.demo-data`,
so it never mixes with a person's real cases (pass `--data-dir` to choose another).
`test` runs pytest on two processes (`-n 2`, as CI has two cores) unless given `-n`.

It needs Python 3.12 or newer for the program (it finds one on PATH or in pyenv when the
`python3` running it is older; see `find_python`). It makes a virtual environment in
`.venv`, installs the program with the exact versions pinned in `constraints.txt`, and
checks the system
libraries Qt needs (installing them with apt-get when run as root on Debian or Ubuntu, or
saying exactly what to install). A stamp file skips the install when nothing changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# Python 3.12 is the oldest the program runs on. On 3.11, every PySide6 6.12 call of a
# method that returns nothing (QLabel.setText, setVisible, ...) lowers None's reference
# count by one, until None is freed and the interpreter aborts ("none_dealloc"): measured
# -100 per 100 calls on 3.11.7, 0 on 3.12.1, where None is immortal (PEP 683). QtPdf comes
# only as PySide6_Pdf 6.12, so an older PySide6 is no way out. pyproject.toml says the same.
MIN_PYTHON = (3, 12)
VENV = ROOT / ".venv"
STAMP = VENV / ".meetconfer-installed"
INSTALL_INPUTS = ("pyproject.toml", "constraints.txt")

# The shared libraries Qt loads even offscreen, and the Debian packages that hold them.
QT_SYSTEM_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# And the ones Qt's xcb platform plugin needs to open a window on a real (X11) desktop;
# the offscreen tests do without them, so only `app` asks for them.
QT_DESKTOP_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# The demo's own data folder: the sample case never lands among a person's real cases.
DEMO_DATA = ROOT / ".demo-data"
# CI machines have two cores; pytest-xdist on both halves the suite's time.
DEFAULT_TEST_PROCESSES = "2"


def say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def python_version(python: str | Path) -> tuple[int, int] | None:
    """The (major, minor) of an interpreter, or None when it does not run (a pyenv shim
    for a version that is not selected, say)."""
    try:
        out = subprocess.run(
            [str(python), "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = out.stdout.split()
    if out.returncode != 0 or len(parts) != 2:
        return None
    return int(parts[0]), int(parts[1])


def python_candidates() -> list[str]:
    """Interpreters to try for the venv: the one running this script, then python3.X on
    PATH, then pyenv's installed versions (pyenv's shims answer only for the selected
    version, so its versions folder is read directly)."""
    found = [sys.executable]
    for minor in range(MIN_PYTHON[1], 20):
        path = shutil.which(f"python3.{minor}")
        if path:
            found.append(path)
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    versions = sorted((pyenv_root / "versions").glob("3.*"))
    found += [str(v / "bin" / "python3") for v in versions if (v / "bin" / "python3").exists()]
    return found


def find_python() -> str:
    """The oldest Python 3.12 or newer found: the shipped program is built with 3.12
    (installer/README.md), so the tests run on the same minor version where possible."""
    usable = []
    for candidate in python_candidates():
        version = python_version(candidate)
        if version is not None and version >= MIN_PYTHON:
            usable.append((version, candidate))
    if usable:
        return min(usable, key=lambda found: found[0])[1]
    sys.exit(
        "Meet-and-Confer Log needs Python 3.12 or newer, and none was found (this is "
        + sys.version.split()[0]
        + "). Install Python 3.12, then run this command again."
    )


def install_fingerprint() -> str:
    digest = hashlib.sha256(str(python_version(venv_python())).encode())
    for name in INSTALL_INPUTS:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_python_packages() -> None:
    venv_version = python_version(venv_python()) if venv_python().exists() else None
    if venv_version is not None and venv_version < MIN_PYTHON:
        say(f"the .venv runs Python {venv_version[0]}.{venv_version[1]}; making it anew")
        shutil.rmtree(VENV)
        venv_version = None
    if venv_version is None:
        python = find_python()
        say(f"making the virtual environment in .venv with {python}")
        if VENV.exists():
            shutil.rmtree(VENV)
        if run(python, "-m", "venv", VENV) != 0:
            sys.exit(
                "Could not make a virtual environment."
                " On Debian or Ubuntu: apt-get install python3-venv"
            )
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    say("installing the program and its pinned dependencies (once)")
    py = venv_python()
    if run(py, "-m", "pip", "install", "--quiet", "--upgrade", "pip") != 0:
        sys.exit("Could not upgrade pip inside .venv")
    if run(py, "-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", ".[test]") != 0:
        sys.exit("Could not install the program's dependencies (see the messages above)")
    STAMP.write_text(fingerprint)


# Files made from a source in the repository rather than kept in git, as the installer's
# build makes them, so a checkout shows the icon and Help > About the licences too.
GENERATED = (
    (("resources/icons/meetconfer.png", "resources/icons/meetconfer.ico"),
     "resources/icons/icon.py", "the icon"),
    (("resources/licences/THIRD-PARTY-NOTICES.txt",), "installer/notices.py",
     "the third-party licence notices"),
)


def ensure_generated_files() -> None:
    for outputs, script, label in GENERATED:
        fresh = all((ROOT / out).exists() for out in outputs) and all(
            (ROOT / out).stat().st_mtime >= max(STAMP.stat().st_mtime,
                                                (ROOT / script).stat().st_mtime)
            for out in outputs
        )
        if fresh:
            continue
        if run(venv_python(), ROOT / script) != 0:
            say(f"could not make {label}; the program runs without it")


def missing_system_libraries(libraries: dict[str, str]) -> list[str]:
    """The Debian packages of those `libraries` (file name -> package) not installed."""
    if not sys.platform.startswith("linux"):
        return []
    try:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    except OSError:
        known = ""
    return [pkg for lib, pkg in libraries.items() if lib not in known]


def wants_desktop(command: str) -> bool:
    """Whether the command opens a window on the real screen: `app`, unless Qt is told to
    draw offscreen (or on another platform that needs no X11 libraries)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb").split(";")[0].split(":")[0]
    return command == "app" and platform in ("", "xcb")


def ensure_system_libraries(command: str) -> None:
    libraries = dict(QT_SYSTEM_LIBRARIES)
    if wants_desktop(command):
        libraries |= QT_DESKTOP_LIBRARIES
    missing = missing_system_libraries(libraries)
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing system libraries Qt needs: " + " ".join(missing))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if run("apt-get", "update", "-qq", env=env) == 0 and run(*command, env=env) == 0:
            return
    sys.exit(
        "Qt needs these system libraries, which are missing: "
        + " ".join(missing)
        + "\nInstall them as the administrator, for example:\n  sudo "
        + " ".join(command)
    )


def has_option(args: list[str], *names: str) -> bool:
    """Whether `args` gives one of the options `names`, as `--name value` or `--name=value`
    (or `-n2` for a short one)."""
    for arg in args:
        for name in names:
            if arg == name or arg.startswith(name + "=") or (
                len(name) == 2 and arg.startswith(name) and not arg.startswith("--")
            ):
                return True
    return False


def app_arguments(args: list[str]) -> list[str]:
    """`--demo` without `--data-dir` gets the demo's own folder."""
    if "--demo" in args and not has_option(args, "--data-dir"):
        say(f"the sample case opens in a folder of its own: {DEMO_DATA}")
        return ["--data-dir", str(DEMO_DATA), *args]
    return list(args)


def pytest_arguments(args: list[str]) -> list[str]:
    """Two processes unless the caller chose (`-n 0` runs in one)."""
    if has_option(args, "-n", "--numprocesses"):
        return list(args)
    return ["-n", DEFAULT_TEST_PROCESSES, *args]


def cmd_app(args: list[str]) -> int:
    return run(venv_python(), "-m", "app", *app_arguments(args))


def cmd_test(args: list[str]) -> int:
    py = venv_python()
    say("ruff")
    if run(py, "-m", "ruff", "check", ".") != 0:
        return 1
    say("mypy")
    if run(py, "-m", "mypy") != 0:
        return 1
    say("pytest")
    return run(py, "-m", "pytest", *pytest_arguments(args))


COMMANDS = {"app": cmd_app, "test": cmd_test}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    ensure_python_packages()
    ensure_generated_files()
    ensure_system_libraries(argv[0])
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
