"""The third-party licence notices (installer/notices.py): made from the installed
packages' metadata with pip-licenses, every shipped package in them with its text, and the
build refused when a package's licence text cannot be found."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while defined
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.fixture(scope="module")
def notices() -> ModuleType:
    return load(ROOT / "installer" / "notices.py", "installer_notices")


@pytest.fixture(scope="module")
def written(notices: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = notices.write_notices(tmp_path_factory.mktemp("notices") / "NOTICES.txt")
    return str(path.read_text(encoding="utf-8"))


def test_the_shipped_packages_are_the_programs_run_time_ones(notices: ModuleType) -> None:
    shipped = {name.lower() for name in notices.shipped_packages()}
    assert {"pyside6_essentials", "pyside6_pdf", "shiboken6", "reportlab", "sqlite-utils",
            "jsonschema", "cryptography", "holidays", "pyinstaller"} <= shipped
    # The test and build tools are not in the bundle.
    assert not {"pytest", "mypy", "ruff", "hypothesis", "pip-licenses", "altgraph",
                "meetconfer"} & shipped


def test_every_shipped_package_has_its_licence_text(
    notices: ModuleType, written: str
) -> None:
    for name in notices.shipped_packages():
        assert f"\n{name} " in written, name  # its section heading
    # Qt for Python ships no text of its own: the LGPL and the GPL it builds on are added.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in written
    assert "GNU GENERAL PUBLIC LICENSE" in written
    assert "(used under LGPL-3.0-only)" in written
    assert "Python Software Foundation License" in written


def test_the_programs_own_dependencies_come_from_pyproject(notices: ModuleType) -> None:
    # The installed copy of the program's metadata can be older than pyproject.toml.
    with open(ROOT / "pyproject.toml", "rb") as file:
        wanted = tomllib.load(file)["project"]["dependencies"]
    shipped = {_key(name) for name in notices.shipped_packages()}
    assert {_key(Requirement(line).name) for line in wanted} <= shipped
    assert "sqlcipher3-wheels" in shipped


def test_sqlcipher_ships_with_the_notices_of_what_is_linked_into_it(written: str) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = 'test'")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    openssl = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
    conn.close()
    start = written.index("\nsqlcipher3-wheels ")
    end = written.index("\n" + "=" * 78, start)
    notice = written[start:end]
    # The binding's own licence (pysqlite's), then each library inside its compiled file.
    assert "Gerhard Häring" in notice
    assert f"SQLite {sqlcipher3.sqlite_version}: public domain" in notice
    assert f"SQLCipher {cipher}: BSD-3-Clause" in notice and "ZETETIC LLC" in notice
    assert f"OpenSSL (libcrypto) {openssl.removeprefix('OpenSSL ')}: Apache-2.0" in notice
    assert "Apache License" in notice and "Version 2.0, January 2004" in notice
    assert "END OF TERMS AND CONDITIONS" in notice  # the whole text, not a mention


def test_sqlcipher_built_on_another_crypto_library_stops_the_build(
    notices: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Answers:
        def __init__(self, value: str) -> None:
            self.value = value

        def fetchone(self) -> tuple[str]:
            return (self.value,)

    class Connection:
        def execute(self, sql: str) -> Answers:
            pragma = sql.split()[1]
            return Answers({"cipher_provider": "libtomcrypt"}.get(pragma, "1.0"))

        def close(self) -> None:
            pass

    fake = ModuleType("sqlcipher3")
    fake.connect = lambda _name: Connection()  # type: ignore[attr-defined]
    fake.sqlite_version = "3.0.0"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sqlcipher3", fake)
    with pytest.raises(notices.NoticesError, match="libtomcrypt"):
        notices.linked_in("sqlcipher3-wheels")


def test_a_package_without_any_licence_text_stops_the_build(
    notices: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        notices, "_from_pip_licenses",
        lambda packages: [{"Name": "mystery", "Version": "1.0", "License": "Custom",
                           "URL": "UNKNOWN", "LicenseText": "UNKNOWN", "NoticeText": "UNKNOWN"}],
    )
    with pytest.raises(notices.NoticesError, match="mystery"):
        notices.package_notices(["mystery"])


def test_the_build_makes_the_notices_and_the_icon_before_bundling() -> None:
    build = (ROOT / "installer" / "build").read_text(encoding="utf-8")
    make = build.index("make_generated_resources()\n        bundle")
    assert make > 0 and "installer\" / \"notices.py\"" in build
    assert "\"icons\" / \"icon.py\"" in build
