"""Help → About lists every licence the program ships: its own, the fonts', and the
third-party notices the build writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui import about
from app.ui.about import AboutDialog


def test_about_shows_the_notices_the_build_wrote(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    notices = tmp_path / "THIRD-PARTY-NOTICES.txt"
    notices.write_text(
        "Third-party software\n\n  PySide6_Essentials 6.12.0: LGPL-3.0-only\n"
        "  reportlab 5.1.0: BSD License\n\nGNU LESSER GENERAL PUBLIC LICENSE <full text>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(about, "notices_path", lambda: notices)
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "MIT licence" in text
    assert "OFL.txt" in text
    assert "PySide6_Essentials 6.12.0: LGPL-3.0-only" in text
    assert "reportlab 5.1.0: BSD License" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE <full text>" in text


def test_about_says_plainly_when_this_copy_has_no_notices(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(about, "notices_path", lambda: tmp_path / "missing.txt")
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert "written when the program is built" in dialog.text.toPlainText()


def test_the_notices_are_looked_for_among_the_shipped_resources() -> None:
    assert about.notices_path().parent.name == "licences"
    assert about.notices_path().parent.parent.name == "resources"
