"""Fast checks of the installer's files; building the bundle is `test_bundle.py` (slow).

The Windows installer script cannot be compiled on Linux, so the settings it must keep are
checked here as text: a careless edit that asks for administrator rights, drops the
Windows version check or starts deleting user data fails the suite.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent.parent
INSTALLER = ROOT / "installer"


def load_build_script() -> ModuleType:
    # installer/build has no .py suffix (it is run as a program), so load it by path.
    loader = importlib.machinery.SourceFileLoader("installer_build", str(INSTALLER / "build"))
    spec = importlib.util.spec_from_loader("installer_build", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up in sys.modules while being defined.
    sys.modules[spec.name] = module
    try:
        loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.fixture(scope="module")
def iss() -> str:
    return (INSTALLER / "meetconfer.iss").read_text(encoding="utf-8-sig")


def setup_value(iss: str, key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", iss, re.MULTILINE)
    assert match is not None, f"[Setup] has no {key}"
    return match.group(1).strip()


def test_installs_per_user_without_administrator_rights_by_default(iss: str) -> None:
    assert setup_value(iss, "PrivilegesRequired") == "lowest"
    assert setup_value(iss, "PrivilegesRequiredOverridesAllowed") == "dialog commandline"
    assert setup_value(iss, "DefaultDirName").startswith("{autopf}")


def test_refuses_windows_older_than_10_or_32_bit(iss: str) -> None:
    assert setup_value(iss, "MinVersion") == "10.0"
    assert setup_value(iss, "ArchitecturesAllowed") == "x64compatible"
    assert setup_value(iss, "ArchitecturesInstallIn64BitMode") == "x64compatible"
    for language in ("english", "spanish"):
        assert f"{language}.WinVersionTooLowError=" in iss
        assert f"{language}.OnlyOnTheseArchitectures=" in iss


def test_never_deletes_user_data_on_uninstall(iss: str) -> None:
    # Inno Setup removes only what it installed; these two sections are how a script would
    # delete more (or run a command that does).
    assert not re.search(r"^\[UninstallDelete\]", iss, re.MULTILINE)
    assert not re.search(r"^\[UninstallRun\]", iss, re.MULTILINE)


def test_version_comes_from_the_package(iss: str) -> None:
    assert setup_value(iss, "AppVersion") == "{#AppVersion}"
    assert '#include "..\\build\\version.iss"' in iss


def test_start_menu_entry_points_at_the_windowed_program(iss: str) -> None:
    assert re.search(r'^Name: "\{autoprograms\}\\.*Filename: "\{app\}\\\{#AppExe\}"', iss, re.M)
    assert '#define AppExe "meetconfer.exe"' in iss


def test_saved_with_a_byte_order_mark_for_the_spanish_messages() -> None:
    assert (INSTALLER / "meetconfer.iss").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_build_script_reads_the_packages_version() -> None:
    assert load_build_script().read_version() == __version__


def test_the_build_script_writes_the_version_for_inno_setup(tmp_path: Path) -> None:
    include = load_build_script().write_version_include(tmp_path, "1.2.3")

    assert include == tmp_path / "version.iss"
    assert '#define AppVersion "1.2.3"' in include.read_text(encoding="utf-8")


def test_the_build_script_recognises_an_internet_connect_in_strace_output() -> None:
    build = load_build_script()
    trace = (
        '101 connect(3, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = 0\n'
        "101 connect(4, {sa_family=AF_INET, sin_port=htons(53), "
        'sin_addr=inet_addr("10.0.0.1")}, 16) = 0\n'
        "102 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), ...}, 28) = -1 ENETUNREACH\n"
    )

    assert len(build.internet_connects(trace)) == 2


def test_an_upgrade_removes_only_the_old_bundle(iss: str) -> None:
    # [InstallDelete] clears stale Qt files before an upgrade; it must stay inside _internal.
    section = re.search(r"^\[InstallDelete\]\n(.*?)(?=^\[)", iss, re.MULTILINE | re.DOTALL)
    assert section is not None
    targets = re.findall(r'Name: "([^"]+)"', section.group(1))
    assert targets == ["{app}\\_internal"]
