"""Nothing talks to the network. Nothing.

The command line's jobs run in this process with internet sockets and name lookups
forbidden; the desktop app's smoke test runs in its own process with the same guard and,
where strace works, with every `connect` the operating system sees checked too. The built
bundle gets the same strace check in `tests/installer/test_bundle.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.cli import build_parser, main
from tests.installer.network import (
    GUARD_TRIPPED_STATUS,
    NetworkAttemptError,
    NetworkGuard,
    internet_connects,
    offline,
    offline_works,
    strace_works,
    under_strace,
)

ROOT = Path(__file__).resolve().parent.parent
GUARD_SCRIPT = ROOT / "tests" / "installer" / "network.py"
# A hang guard for the child process, not a timing assertion.
CHILD_TIMEOUT_SECONDS = 180


@pytest.fixture
def guard() -> Iterator[NetworkGuard]:
    """Forbids the network for the test; fails it if anything tried, even if caught."""
    network_guard = NetworkGuard()
    network_guard.install()
    try:
        yield network_guard
    finally:
        network_guard.uninstall()
    assert network_guard.attempts == [], f"tried to reach the network: {network_guard.attempts}"


def registered_commands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def require_command(name: str) -> None:
    if name not in registered_commands():
        pytest.skip(f"the `{name}` subcommand is not registered in app.cli yet")


def demo_case_number() -> str:
    demo = paths.demo_case_path()
    if not demo.is_file():
        pytest.skip(f"no demo case at {demo} yet: the jobs need a case to work on")
    number: str = json.loads(demo.read_text(encoding="utf-8"))["case"]["case_number"]
    return number


def import_demo(data_dir: Path) -> str:
    require_command("import")
    number = demo_case_number()
    status = main(["--data-dir", str(data_dir), "import", str(paths.demo_case_path())])
    assert status == 0
    return number


# The guard itself: it must catch what it claims to, and let local sockets through.


def test_the_guard_refuses_an_internet_connection() -> None:
    network_guard = NetworkGuard()
    network_guard.install()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            with pytest.raises(NetworkAttemptError):
                sock.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
            with pytest.raises(NetworkAttemptError):
                sock.connect_ex(("192.0.2.1", 80))
        with pytest.raises(NetworkAttemptError):
            socket.create_connection(("example.invalid", 80))
        with pytest.raises(NetworkAttemptError):
            socket.getaddrinfo("example.invalid", 80)
    finally:
        network_guard.uninstall()
    assert len(network_guard.attempts) == 4


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix-domain sockets here")
def test_the_guard_lets_unix_domain_sockets_through(tmp_path: Path) -> None:
    address = str(tmp_path / "local.sock")
    network_guard = NetworkGuard()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(address)
        server.listen(1)
        network_guard.install()
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.connect(address)
        finally:
            network_guard.uninstall()
    assert network_guard.attempts == []


# The command line's jobs.


def test_version(guard: NetworkGuard, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert "meetconfer" in capsys.readouterr().out


def test_list_on_an_empty_data_folder(guard: NetworkGuard, data_dir: Path) -> None:
    require_command("list")
    assert main(["--data-dir", str(data_dir), "list"]) == 0


def test_import_and_list(guard: NetworkGuard, data_dir: Path) -> None:
    import_demo(data_dir)
    require_command("list")
    assert main(["--data-dir", str(data_dir), "list"]) == 0


def test_export(guard: NetworkGuard, data_dir: Path, tmp_path: Path) -> None:
    number = import_demo(data_dir)
    require_command("export")
    target = tmp_path / "exported.json"
    assert main(["--data-dir", str(data_dir), "export", number, "-o", str(target)]) == 0
    assert target.is_file()


def test_check(guard: NetworkGuard, data_dir: Path) -> None:
    number = import_demo(data_dir)
    require_command("check")
    status = main(["--data-dir", str(data_dir), "check", number, "--as-of", "2026-01-15"])
    assert status in (0, 3)  # adequate or not: both are answers, 2 would be an error


def test_exhibit(guard: NetworkGuard, data_dir: Path, tmp_path: Path) -> None:
    number = import_demo(data_dir)
    require_command("exhibit")
    target = tmp_path / "declaration.pdf"
    status = main(
        ["--data-dir", str(data_dir), "exhibit", number, "-o", str(target), "--as-of", "2026-01-15"]
    )
    assert status == 0
    assert target.read_bytes().startswith(b"%PDF")


# The desktop app, started the way installers start it, in a process of its own.


@pytest.mark.parametrize("demo", [False, True], ids=["empty-data-folder", "demo-case"])
def test_smoke_test_from_source(demo: bool, tmp_path: Path) -> None:
    if demo and not paths.demo_case_path().is_file():
        pytest.skip(f"no demo case at {paths.demo_case_path()} yet")
    command = [
        sys.executable,
        str(GUARD_SCRIPT),
        "--data-dir",
        str(tmp_path / "smoke-data"),
        *(["--demo"] if demo else []),
        "--smoke-test",
    ]
    trace_file = tmp_path / "connect.trace"
    traced = strace_works()
    if traced:
        command = under_strace(command, trace_file)
    if offline_works():
        command = offline(command)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        command,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode != GUARD_TRIPPED_STATUS, result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^smoke-test ok \d+$", result.stdout, re.MULTILINE), result.stdout
    if traced:
        assert internet_connects(trace_file) == []
