"""Catching any attempt to reach the network, in this process or in a program we start.

The program must never talk to the network (`architecture.md`). Two nets:

- `NetworkGuard` replaces the socket calls Python code would use for an internet
  connection or a name lookup with one that records the attempt and raises. Unix-domain
  sockets stay allowed: Qt uses them for D-Bus and the X server, which are local.
- `strace` sees every `connect` the operating system is asked for, including Qt's own C++
  code, which the Python guard cannot see. Used when it is installed and allowed to trace.
- `unshare -rn` runs a program with no network at all, which proves it works offline.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

INTERNET_FAMILIES = (socket.AF_INET, socket.AF_INET6)
# strace writes e.g.: connect(3, {sa_family=AF_INET, sin_port=htons(53), ...}, 16) = -1 ...
_STRACE_INTERNET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?\b")


class NetworkAttemptError(RuntimeError):
    """The program tried to reach the network."""


class NetworkGuard:
    """Forbids internet sockets and name lookups while installed; records each attempt."""

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._saved: list[tuple[Any, str, Any]] = []

    def _refuse(self, what: str) -> NetworkAttemptError:
        self.attempts.append(what)
        return NetworkAttemptError(f"network use is forbidden here: {what}")

    def install(self) -> None:
        guard = self
        original_connect = socket.socket.connect
        original_connect_ex = socket.socket.connect_ex

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family in INTERNET_FAMILIES:
                raise guard._refuse(f"connect to {address!r}")
            original_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family in INTERNET_FAMILIES:
                raise guard._refuse(f"connect_ex to {address!r}")
            return original_connect_ex(sock, address)

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            raise guard._refuse(f"create_connection to {address!r}")

        def getaddrinfo(host: Any, port: Any, family: int = 0, *args: Any, **kwargs: Any) -> Any:
            raise guard._refuse(f"getaddrinfo for {host!r} port {port!r}")

        replacements: list[tuple[Any, str, Callable[..., Any]]] = [
            (socket.socket, "connect", connect),
            (socket.socket, "connect_ex", connect_ex),
            (socket, "create_connection", create_connection),
            (socket, "getaddrinfo", getaddrinfo),
        ]
        for owner, name, replacement in replacements:
            self._saved.append((owner, name, getattr(owner, name)))
            setattr(owner, name, replacement)

    def uninstall(self) -> None:
        while self._saved:
            owner, name, original = self._saved.pop()
            setattr(owner, name, original)


def strace_works() -> bool:
    """Whether `strace` is installed and may trace here (containers often forbid it)."""
    if not sys.platform.startswith("linux") or shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-e", "trace=connect", "-o", os.devnull, "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def offline_works() -> bool:
    """Whether `unshare -rn` can start a program in a network namespace with no network."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def offline(command: list[str]) -> list[str]:
    """`command` run with no network at all, as on an offline law-library PC."""
    return ["unshare", "-rn", *command]


def under_strace(command: list[str], trace_file: Path) -> list[str]:
    """`command` run under strace, writing every connect call to `trace_file`."""
    return ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace_file), *command]


def internet_connects(trace_file: Path) -> list[str]:
    """The AF_INET/AF_INET6 connect calls in an strace log."""
    text = trace_file.read_text(encoding="utf-8", errors="replace")
    return [line for line in text.splitlines() if _STRACE_INTERNET_CONNECT.search(line)]


# Run as a script: `python tests/installer/network.py ARGS...` runs the program's command
# line with the guard installed and exits 99 if anything tried the network, so a test can
# check code that must run in its own process (the desktop app's smoke test).
GUARD_TRIPPED_STATUS = 99


def _main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent.parent
    sys.path.insert(0, str(root))
    guard = NetworkGuard()
    guard.install()
    from app.cli import main

    try:
        status = main(argv)
    except NetworkAttemptError:
        status = GUARD_TRIPPED_STATUS
    if guard.attempts:
        for attempt in guard.attempts:
            print(f"NETWORK ATTEMPT: {attempt}", file=sys.stderr)
        return GUARD_TRIPPED_STATUS
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
