"""The "Why?" links that open the guide at a section: `guide:check-WAITED`. Kept apart from
the guide itself so the pages that show the links load nothing more at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

SCHEME = "guide"


def check_section(check_id: str) -> str:
    """The guide section about a check."""
    return f"check-{check_id}"


def why_link(section_id: str) -> str:
    """A "Why?" link (HTML) to a guide section, for a label or a text browser."""
    words = QCoreApplication.translate("Guide", "Why?")
    return f"<a href='{SCHEME}:{section_id}'>{words}</a>"


def section_of(link: str) -> str | None:
    """The section a `guide:` link names, else None."""
    prefix = f"{SCHEME}:"
    return link[len(prefix):] if link.startswith(prefix) else None
