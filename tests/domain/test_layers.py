"""The domain is the bottom layer: plain Python that the store, the documents, the
services and the screens build on, and that imports none of them, nor Qt, reportlab or
SQLite libraries (so the rules and the letters' words can be tested and used anywhere)."""

from __future__ import annotations

from tests.helpers.imports import ROOT, imports_from

ABOVE_THE_DOMAIN = ("app.store", "app.documents", "app.services", "app.ui", "app.cli",
                    "PySide6", "reportlab", "sqlite_utils", "sqlite3")


def test_the_domain_imports_nothing_above_it() -> None:
    offending = imports_from(ROOT / "app" / "domain", ABOVE_THE_DOMAIN)
    assert offending == [], "the domain imports from above it: " + ", ".join(offending)
