"""The project's own documentation: every link resolves inside the repository, the court
profile table matches resources/rules/, and nothing points outside the repository."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# Pages a newcomer reads: every link in them must lead to a file in the repository.
OWN_PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
# Pages that may also send a builder to a download site.
OTHER_PAGES = [
    ROOT / "CHANGELOG.md",
    ROOT / "installer" / "README.md",
    ROOT / "benchmarks" / "README.md",
]
# [text](target) and <https://...>, outside code spans and blocks.
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)|<(https?://[^>]+)>")
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"`[^`\n]*`")


def links(page: Path) -> list[str]:
    text = _CODE_SPAN.sub("", _FENCE.sub("", page.read_text(encoding="utf-8")))
    return [inline or bare for inline, bare in _LINK.findall(text)]


def target_inside(page: Path, link: str) -> Path | None:
    """The file a relative link names, or None when it leaves the repository."""
    path = unquote(link.split("#", 1)[0])
    if not path:
        return page  # a link to a heading in the same page
    target = (page.parent / path).resolve()
    return target if target.is_relative_to(ROOT) else None


def test_the_pages_have_links_to_check() -> None:
    # A parser that found nothing would pass every test below.
    assert {"docs/README.md", "docs/command-line.md", "LICENSE"} <= {
        str(target_inside(ROOT / "README.md", link).relative_to(ROOT))  # type: ignore[union-attr]
        for link in links(ROOT / "README.md")
    }


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_in_readme_and_docs_is_a_file_in_the_repository(page: Path) -> None:
    for link in links(page):
        assert "://" not in link and not link.startswith("mailto:"), (page.name, link)
        target = target_inside(page, link)
        assert target is not None, f"{page.name}: {link} leads outside the repository"
        assert target.exists(), f"{page.name}: {link} names nothing"


@pytest.mark.parametrize("page", OTHER_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_elsewhere_resolve_inside(page: Path) -> None:
    for link in links(page):
        if link.startswith(("https://", "http://")):
            continue
        target = target_inside(page, link)
        assert target is not None and target.exists(), f"{page.name}: {link}"


def test_no_file_points_outside_the_repository() -> None:
    # The spec folder the project was first built from is not part of it.
    # Spelled in pieces, so that this file does not name them itself.
    shared = "shared"
    outside = re.compile("|".join((rf"\.\./{shared}", f"/work/{shared}", f"{shared}/spec")))
    offenders = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        hidden = any(part.startswith(".") and part != ".github" for part in parts)
        # Made by the build, the benchmarks, pip's editable install and Python, never tracked.
        generated = (
            parts[0] in {"build", "dist"}
            or parts[0].endswith(".egg-info")
            or parts[:2] == ("benchmarks", "results")
        )
        if hidden or generated or "__pycache__" in parts:
            continue
        if path.suffix not in {".py", ".md", ".toml", ".txt", ".yml", ".iss", ".spec", ""}:
            continue
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [f"{path.relative_to(ROOT)}" for _ in outside.finditer(text)]
    assert offenders == []


@pytest.fixture(scope="module")
def profiles_table() -> ModuleType:
    spec = importlib.util.spec_from_file_location("profiles_table", DOCS / "profiles_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_profile_table_matches_the_rule_files(profiles_table: ModuleType) -> None:
    page = (DOCS / "checks.md").read_text(encoding="utf-8")
    assert profiles_table.page_with_table(page) == page, (
        "docs/checks.md's profile table is stale: run python docs/profiles_table.py"
    )
    ids = sorted(p.stem for p in (ROOT / "resources" / "rules").glob("*.toml"))
    assert all(f"| `{pid}` |" in page for pid in ids)


def test_a_changed_profile_makes_the_table_stale(
    profiles_table: ModuleType, tmp_path: Path
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    for source in (ROOT / "resources" / "rules").glob("*.toml"):
        text = source.read_text(encoding="utf-8")
        if source.stem == "cand":
            text = text.replace("reply_wait_days = 14", "reply_wait_days = 21")
        (rules / source.name).write_text(text, encoding="utf-8")
    page = (DOCS / "checks.md").read_text(encoding="utf-8")
    changed = profiles_table.page_with_table(page, rules)
    assert changed != page
    assert "| 30 | 3 | 21 | 2 |" in changed


def test_the_changelog_has_the_version_the_program_reports() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(app.__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog,
                     re.MULTILINE)
    assert changelog.index("## [Unreleased]") < changelog.index(f"## [{app.__version__}]")
