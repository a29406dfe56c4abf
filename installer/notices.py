#!/usr/bin/env python3
"""The third-party licence notices shipped with the program, made from the installed
packages' own metadata with pip-licenses (never written by hand).

    python installer/notices.py [FILE]

writes FILE (by default `resources/licences/THIRD-PARTY-NOTICES.txt`, which git ignores
and the bundle ships with the rest of `resources/`): first one line a package (name,
version, licence), then each package's licence text in full. The packages are the ones the
program needs at run time (the dependencies in pyproject.toml, followed through their own
dependencies), PyInstaller (its start-up code is in every bundle) and Python itself.

A package whose metadata holds no licence text gets the standard text of its licence from
`installer/licences/`: PySide6 and shiboken6 (Qt for Python, and the Qt libraries they
contain) carry none, and are used under the LGPL 3.0, which builds on the GPL 3.0, so both
texts are shipped. When a package has neither, the notices are not written and this
script fails, so no bundle ships without every licence. `installer/build` runs it before
bundling; `dev.py` once after setting up, so Help → About shows the same in a checkout.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import sysconfig
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "resources" / "licences" / "THIRD-PARTY-NOTICES.txt"
KEPT_TEXTS = Path(__file__).resolve().parent / "licences"
# Licence expressions whose packages ship no text, and the texts that go with them.
STANDARD_TEXTS = {
    "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only": (
        "used under LGPL-3.0-only",
        ("LGPL-3.0-only.txt", "GPL-3.0-only.txt"),
    ),
}
# Run-time packages that are never in the bundle: pip-licenses leaves out pip itself.
NOT_SHIPPED = {"meetconfer", "pip", "setuptools", "wheel"}
ALSO_SHIPPED = ("pyinstaller",)
RULE = "=" * 78
THIN_RULE = "-" * 78


# Texts kept in installer/licences/ for the code linked into sqlcipher3-wheels' one compiled
# library, whose metadata holds only the licence of its Python binding (pysqlite's). The
# library carries SQLite, SQLCipher and OpenSSL's libcrypto inside it (it needs nothing but
# the C library: `ldd` on Linux; the Windows wheel's .pyd links only Windows' own DLLs),
# so their notices ship with it.
SQLITE_TEXT = "SQLite-public-domain.txt"
SQLCIPHER_TEXT = "SQLCipher-BSD-3-Clause.txt"
APACHE_TEXT = "Apache-2.0.txt"


class NoticesError(Exception):
    """A shipped package's licence could not be found; the message names it."""


@dataclass(frozen=True)
class Notice:
    name: str
    version: str
    licence: str
    url: str
    text: str


@dataclass(frozen=True)
class LinkedIn:
    """Another project's code inside a package's compiled library, under its own licence."""

    name: str
    version: str
    licence: str
    text: str


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def program_requirements() -> list[str]:
    """The program's own run-time dependencies, from pyproject.toml: the installed copy of
    its metadata is as old as the last `pip install -e .`, and misses one added since."""
    with open(ROOT / "pyproject.toml", "rb") as file:
        requirements: list[str] = tomllib.load(file)["project"]["dependencies"]
    return requirements


def shipped_packages() -> list[str]:
    """The distributions the program needs at run time (no extras), by their own names,
    and PyInstaller's."""
    found: dict[str, str] = {}
    pending = [Requirement(line).name for line in program_requirements()]
    while pending:
        name = pending.pop()
        if _key(name) in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError as error:
            raise NoticesError(f"{name} is needed but not installed") from error
        found[_key(name)] = distribution.metadata["Name"]
        for line in distribution.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    # Only PyInstaller's start-up code is shipped, not the packages the bundler needs.
    for name in ALSO_SHIPPED:
        found.setdefault(_key(name), metadata.distribution(name).metadata["Name"])
    return sorted(
        (name for key, name in found.items() if key not in NOT_SHIPPED), key=str.lower
    )


def _from_pip_licenses(packages: list[str]) -> list[dict[str, str]]:
    command = [
        sys.executable, "-m", "piplicenses", "--format=json", "--with-urls",
        "--with-license-file", "--no-license-path", "--with-notice-file",
        "--packages", *packages,
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise NoticesError(f"pip-licenses failed: {getattr(error, 'stderr', error)}") from error
    rows: list[dict[str, str]] = json.loads(result.stdout)
    return rows


def _known(value: str | None) -> str:
    return "" if value in (None, "", "UNKNOWN") else str(value)


def package_notices(packages: list[str]) -> list[Notice]:
    rows = {_key(row["Name"]): row for row in _from_pip_licenses(packages)}
    notices = []
    for name in packages:
        row = rows.get(_key(name))
        if row is None:
            raise NoticesError(f"pip-licenses said nothing about {name}")
        licence, text = row["License"], _known(row.get("LicenseText"))
        if not text and licence in STANDARD_TEXTS:
            how, files = STANDARD_TEXTS[licence]
            licence = f"{licence} ({how})"
            text = "\n\n".join(_kept_text(file) for file in files)
        if not text:
            raise NoticesError(
                f"{name} ({licence}) ships no licence text: add the standard text to "
                "installer/licences/ and its licence to STANDARD_TEXTS in installer/notices.py"
            )
        notice_text = _known(row.get("NoticeText"))
        if notice_text:
            text = f"{text}\n\n{notice_text}"
        inside = linked_in(name)
        if inside:
            licence += "; linked in: " + "; ".join(f"{p.name}, {p.licence}" for p in inside)
            text = _with_linked_in(text, inside)
        notices.append(Notice(row["Name"], row["Version"], licence, _known(row.get("URL")),
                              text.strip()))
    return notices


def linked_in(package: str) -> list[LinkedIn]:
    """What `package`'s compiled library carries of other projects, if anything."""
    if _key(package) == "sqlcipher3-wheels":
        return sqlcipher_linked_in()
    return []


def sqlcipher_linked_in() -> list[LinkedIn]:
    """SQLite, SQLCipher and the crypto library inside sqlcipher3, their versions asked of
    the installed library itself (the one the bundle ships)."""
    try:
        import sqlcipher3
    except ImportError as error:
        raise NoticesError(f"sqlcipher3 is installed but cannot be loaded: {error}") from error
    conn = sqlcipher3.connect(":memory:")
    try:
        # SQLCipher names its crypto library only once a key is set.
        conn.execute("PRAGMA key = 'notices'")
        cipher, provider, provider_version = (
            str(conn.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("cipher_version", "cipher_provider", "cipher_provider_version")
        )
    finally:
        conn.close()
    if provider != "openssl":
        raise NoticesError(
            f"sqlcipher3's SQLCipher uses the crypto library {provider!r}, whose licence "
            "installer/notices.py does not know: add its text to installer/licences/"
        )
    return [
        LinkedIn("SQLite", str(sqlcipher3.sqlite_version), "public domain",
                 _kept_text(SQLITE_TEXT)),
        LinkedIn("SQLCipher", cipher, "BSD-3-Clause", _kept_text(SQLCIPHER_TEXT)),
        LinkedIn("OpenSSL (libcrypto)", provider_version.removeprefix("OpenSSL "),
                 "Apache-2.0", _kept_text(APACHE_TEXT)),
    ]


def _with_linked_in(text: str, inside: list[LinkedIn]) -> str:
    parts = [text.rstrip(), "", "Linked into its compiled library, each under its own licence:"]
    parts += [f"  {p.name} {p.version}: {p.licence}" for p in inside]
    for part in inside:
        parts += ["", THIN_RULE, f"{part.name} {part.version} (licence: {part.licence})",
                  THIN_RULE, part.text]
    return "\n".join(parts)


def _kept_text(file: str) -> str:
    # Only blank lines trimmed: a centred first line keeps its indent.
    return (KEPT_TEXTS / file).read_text(encoding="utf-8").strip("\n").rstrip()


def python_notice() -> Notice:
    """Python itself: its licence file lies beside the standard library."""
    version = sysconfig.get_python_version()
    candidates = [
        Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "share" / "doc" / f"python{version}" / "copyright",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return Notice("Python", sys.version.split()[0], "PSF-2.0",
                          "https://www.python.org/",
                          candidate.read_text(encoding="utf-8", errors="replace").strip())
    raise NoticesError("Python's own LICENSE.txt was not found beside its standard library")


def render(notices: list[Notice]) -> str:
    lines = [
        "Third-party software shipped with Meet-and-Confer Log",
        "",
        "Meet-and-Confer Log itself is under the MIT licence. It ships the following",
        "software, each under its own licence, given in full below. This list was made",
        "from the installed packages' metadata when the program was built.",
        "",
    ]
    lines += [f"  {n.name} {n.version}: {n.licence}" for n in notices]
    for notice in notices:
        lines += ["", RULE, f"{notice.name} {notice.version}", f"Licence: {notice.licence}"]
        if notice.url:
            lines.append(f"Home page: {notice.url}")
        lines += [THIN_RULE, notice.text]
    return "\n".join(lines) + "\n"


def write_notices(output: Path = DEFAULT_OUTPUT) -> Path:
    notices = [*package_notices(shipped_packages()), python_notice()]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(notices), encoding="utf-8")
    return output


def main(argv: list[str]) -> int:
    try:
        path = write_notices(Path(argv[0]) if argv else DEFAULT_OUTPUT)
    except NoticesError as error:
        print(f"[notices] FAILED: {error}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
