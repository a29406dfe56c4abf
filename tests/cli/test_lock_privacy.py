"""After `meetconfer lock`, nothing in the data folder gives the case away: no name, summary
or case number of the demo case appears in any file under it, backups (automatic and made by
hand), journals, settings and logs included (issue 17)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import crash, paths
from app.services.casefiles import import_demo_case
from app.store import Store
from app.store.cipher import is_locked_file
from tests.cli.test_lock import DEMO, PASSPHRASE, run, secret


def _demo_texts() -> list[str]:
    """Every name, summary and number of the demo case a reader could look for."""
    case = json.loads(Path(DEMO).read_text(encoding="utf-8"))["case"]
    litigant = case["litigant"]
    texts = [
        case["case_number"], case["short_title"], case["judge"],
        litigant["name"], litigant["prisoner_number"], litigant["institution"],
        *case["plaintiffs"], *(d for d in case["defendants"] if d != "et al."),
    ]
    for counsel in case["counsel"]:
        texts += [counsel["name"], counsel["email"] or ""]
    for dispute in case["disputes"]:
        texts += [dispute["label"], dispute.get("deficiency") or ""]
    for entry in case["communications"]:
        texts.append(entry.get("summary") or "")
    # Long texts are looked for by their first words, so a partial page still counts.
    found = [text[:24] for text in texts if len(text) >= 6]
    # Last names alone, as an index might hold them.
    found += [name.split()[-1] for name in (*case["plaintiffs"], litigant["name"])]
    return sorted(set(found))


def _every_file(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path


@pytest.fixture
def busy_folder(data_dir: Path, tmp_path: Path) -> Path:
    """The demo case in a data folder used as the desktop app uses one: an automatic backup,
    the data a restore replaced, a settings file naming the last case, and a log."""
    crash.start_logging(logging.DEBUG)
    try:
        store = Store.open(paths.database_path())
        try:
            import_demo_case(store)  # the demo case, as `--demo` brings it in
        finally:
            store.close()
        Store.open(paths.database_path(), daily_backup=True).close()  # the automatic backup
        # A backup made by hand (outside the folder, as the program asks), then put back:
        # the data it replaced is kept in the backups folder.
        manual = tmp_path / "before-my-hearing.sqlite3"
        assert run(data_dir, "backup", "-o", str(manual)) == 0
        assert run(data_dir, "restore", str(manual)) == 0
        from PySide6.QtCore import QSettings

        # The last case by its number, as versions before the lock wrote it.
        number = json.loads(Path(DEMO).read_text(encoding="utf-8"))["case"]["case_number"]
        settings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)
        settings.setValue("cases/last_case_number", number)
        settings.setValue("view/larger_text", "true")
        settings.sync()
        del settings
        logging.getLogger("app.test").info("a line in the log before locking")
    finally:
        crash.stop_logging()
    return data_dir


def test_nothing_of_the_case_is_left_readable_after_lock(
    busy_folder: Path, tmp_path: Path
) -> None:
    texts = _demo_texts()
    backups = sorted(p.name for p in paths.backups_dir().iterdir())
    assert any(name.startswith("auto-") for name in backups)
    assert any(name.startswith("replaced-") for name in backups)
    assert paths.settings_path().is_file() and list(paths.logs_dir().iterdir())
    # The test looks for what is there: before locking the texts are in the files.
    everything = b"".join(path.read_bytes() for path in _every_file(busy_folder))
    for text in texts:
        assert text.encode("utf-8") in everything or text == "", text

    crash.start_logging(logging.DEBUG)
    try:
        assert run(busy_folder, "lock", "--new-passphrase-file",
                   secret(tmp_path, PASSPHRASE)) == 0
    finally:
        crash.stop_logging()

    assert is_locked_file(paths.database_path())
    for path in _every_file(busy_folder):
        data = path.read_bytes()
        for text in texts:
            assert text.encode("utf-8") not in data, (path.name, text)
            assert text.encode("utf-16-le") not in data, (path.name, text)
    assert paths.settings_path().is_file()  # kept, with what is not the case's
    assert "larger_text=true" in paths.settings_path().read_text(encoding="utf-8")
