"""The store's modules stand in layers, and the screens reach the store only through
`app.services`.

Read from the source with `ast`, so an import inside a function (one put off for start-up
speed, or to dodge a cycle) counts as much as one at the top of the file: a circle of
imports is a circle whenever the modules load. Imports under `if TYPE_CHECKING:` are left
out: they never run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.imports import ROOT, find_cycle, import_graph, imports_from

STORE = ROOT / "app" / "store"
UI = ROOT / "app" / "ui"


def test_the_store_modules_import_each_other_in_no_circle() -> None:
    graph = import_graph(STORE)
    assert "app.store.repository" in graph
    cycle = find_cycle(graph)
    assert cycle is None, "the store's modules import each other in a circle: " + " -> ".join(
        cycle or []
    )


def test_the_store_errors_stand_at_the_bottom() -> None:
    """Every store module may raise the store's errors, so they import no other part of it."""
    assert import_graph(STORE)["app.store.errors"] == set()


def test_the_screens_reach_the_store_only_through_the_services() -> None:
    offending = imports_from(UI, ("app.store",))
    assert offending == [], "screens that import the store directly: " + ", ".join(offending)


# -- the checker itself ------------------------------------------------------------------


def _graph_of(tmp_path: Path, files: dict[str, str]) -> dict[str, set[str]]:
    package = tmp_path / "app" / "store"
    package.mkdir(parents=True)
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    return import_graph(package, root=tmp_path)


@pytest.mark.parametrize(
    "b_imports_a",
    [
        "from app.store.a import x\n",
        "def late():\n    from app.store import a\n",
        "import app.store.a\n",
        "def late():\n    from . import a\n",
    ],
)
def test_a_circle_is_found_however_the_import_is_written(
    tmp_path: Path, b_imports_a: str
) -> None:
    graph = _graph_of(
        tmp_path,
        {"__init__.py": "", "a.py": "from app.store.b import y\n", "b.py": b_imports_a},
    )
    assert find_cycle(graph) == ["app.store.a", "app.store.b", "app.store.a"]


def test_a_type_only_import_is_no_circle(tmp_path: Path) -> None:
    graph = _graph_of(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from app.store.b import y\n",
            "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from app.store.a import x\n",
        },
    )
    assert graph["app.store.b"] == set()
    assert find_cycle(graph) is None


def test_a_name_from_the_package_is_an_import_of_its_init(tmp_path: Path) -> None:
    graph = _graph_of(
        tmp_path,
        {"__init__.py": "from app.store.a import x\n", "a.py": "from app.store import Store\n"},
    )
    assert find_cycle(graph) == ["app.store", "app.store.a", "app.store"]
