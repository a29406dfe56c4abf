"""What must never be readable in a locked data folder: every name, summary and case number
of the demo case, and a way to look for them in every file of a folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import paths


def demo_private_texts() -> set[str]:
    """Every name, summary and case number in the demo case file."""
    document = json.loads(paths.demo_case_path().read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for inner_key, inner in value.items():
                walk(inner, inner_key)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, key)
        elif isinstance(value, str) and (
            "name" in key or key in {"summary", "case_number", "plaintiffs", "defendants",
                                     "short_title", "prisoner_number"}
        ):
            found.add(value)

    walk(document["case"], "case")
    return found


def readable_in_folder(folder: Path, texts: set[str]) -> dict[str, list[str]]:
    """For each file anywhere under `folder` (journals, backups, hidden files included),
    which of `texts` appear in it as UTF-8 or UTF-16 bytes; files holding none are left
    out, so an empty answer means nothing is readable."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        hits = sorted(
            text for text in texts
            if any(text.encode(codec) in data for codec in ("utf-8", "utf-16-le", "utf-16-be"))
        )
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found
