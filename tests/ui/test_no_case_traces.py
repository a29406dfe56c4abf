"""Nothing of a case is left outside the data, in any folder, locked or not: after a session
of the desktop app on the sample case (a change saved, larger text, the folder locked, a bug
met), neither the settings file, nor the logs and crash reports, nor the list of recent data
folders holds a name, a number or a summary from the case."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import crash, paths
from app.domain.model import Dispute, DisputeKind, DisputeStatus
from app.services import privacy
from app.ui import ask, launch
from app.ui import crash as crash_notice
from app.ui.folders import recent
from app.ui.main_window import MainWindow

PASSPHRASE = "green river under the bridge"
# Fields that hold only the program's own words (kinds, statuses, days, court names).
_NOT_CASE_WORDS = {"court", "district", "division", "rule_profile", "kind", "status", "role",
                   "direction", "method", "served_by", "reasons", "id", "counsel", "disputes"}


def _case_strings(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _case_strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _case_strings(item, key)
    elif isinstance(value, str) and key not in _NOT_CASE_WORDS and not key.endswith("_on") \
            and len(value) >= 5:
        yield value


def demo_case_strings() -> set[str]:
    """Every name, number, label and summary of the sample case."""
    document = json.loads(paths.demo_case_path().read_text(encoding="utf-8"))
    return set(_case_strings(document["case"]))


def _files_outside_the_data() -> dict[Path, bytes]:
    found = {paths.settings_path(): paths.settings_path().read_bytes()}
    for path in sorted(paths.logs_dir().rglob("*")):
        if path.is_file():
            found[path] = path.read_bytes()
    if paths.recent_folders_path().exists():
        found[paths.recent_folders_path()] = paths.recent_folders_path().read_bytes()
    return found


def test_the_case_list_covers_what_a_case_holds() -> None:
    strings = demo_case_strings()
    assert {"C 25-00417 MEC (PR)", "Ramírez v. Kessler", "Dana M. Whitfield",
            "Interrogatory No. 4 (Set One)", "AB-4417"} <= strings
    assert any(s.startswith("Wrote that the answers") for s in strings)


def test_a_session_on_the_sample_case_leaves_no_case_words_in_settings_or_logs(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "recent_folders_path", lambda: tmp_path / "recent.ini")
    monkeypatch.setattr(ask, "problem", lambda *args: None)
    monkeypatch.setattr(ask, "inform", lambda *args: None)  # "This data folder is locked."
    notices: list[str] = []
    monkeypatch.setattr(crash_notice, "_show_notice", notices.append)
    done: list[str] = []

    def session() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        try:
            opened = window.context.session
            assert opened is not None and opened.case.case_number == "C 25-00417 MEC (PR)"
            opened.save_dispute(Dispute(id="", kind=DisputeKind.PRODUCTION, label="RFP No. 9",
                                        status=DisputeStatus.OPEN), new=True)
            window.larger_text_action.trigger()
            window.show_welcome()
            window.open_case(opened.case_id)
            recent.remember(paths.data_dir())
            assert window.lock_with(PASSPHRASE) is None
            # A bug met while the case is shown: its message quotes the case.
            try:
                raise ValueError(f"cannot show {opened.case.short_title}")
            except ValueError as error:
                crash.write_crash_report((ValueError, error, error.__traceback__))
            done.append("session")
        finally:
            window.larger_text_action.trigger()
            window.close()

    QTimer.singleShot(0, session)
    assert launch.launch(demo=True) == 0
    assert done == ["session"]
    assert privacy.folder_is_locked()
    written = _files_outside_the_data()
    assert any(path.name.startswith("crash-") for path in written)  # the bug's report
    assert any(path.name == crash.LOG_FILE for path in written)
    for path, content in written.items():
        for text in demo_case_strings() | {"RFP No. 9"}:
            assert text.encode("utf-8") not in content, f"{text!r} in {path.name}"
