"""What the pages in docs/ state, read back for the tests that hold the code to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"

# docs/case-file.md's section headings, and the schema's name for each kind of record.
_CASE_FILE_SECTIONS = {
    "case": "case",
    "litigant": "litigant",
    "counsel[]": "counsel",
    "disputes[]": "dispute",
    "communications[]": "communication",
}
_HEADING = re.compile(r"^## `([^`]+)`")
_FIELD_ROW = re.compile(r"^\| `([a-z_]+)` \|")
_TITLE_VERSION = re.compile(r"^# .*version (\d+)", re.MULTILINE)


@dataclass(frozen=True)
class DocumentedCaseFile:
    version: int
    # record kind (the schema's name) -> its fields, in the order the page lists them
    fields: dict[str, list[str]]


def documented_case_file(page: Path = DOCS / "case-file.md") -> DocumentedCaseFile:
    text = page.read_text(encoding="utf-8")
    version = _TITLE_VERSION.search(text)
    assert version is not None, f"{page} names no version in its title"
    fields: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading is not None:
            current = _CASE_FILE_SECTIONS.get(heading.group(1))
            if current is not None:
                fields[current] = []
            continue
        if line.startswith("## "):
            current = None
        row = _FIELD_ROW.match(line)
        if current is not None and row is not None:
            fields[current].append(row.group(1))
    assert set(fields) == set(_CASE_FILE_SECTIONS.values()), f"{page} lacks a record's table"
    return DocumentedCaseFile(int(version.group(1)), fields)
