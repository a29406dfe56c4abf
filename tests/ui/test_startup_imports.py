"""Start-up stays light on an old PC: what only some jobs need is imported when first used
(printing, reading a case file, protecting a backup, a holiday far from today), never when
the window opens. SQLCipher is loaded for a data folder locked with a passphrase, and only
for one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Each is loaded on first use by the code that needs it; none is needed to show a case.
# `holidays` only for a day outside the years of resources/holidays/us-federal.json.
DEFERRED = ("reportlab", "pypdf", "jsonschema", "cryptography", "PySide6.QtPdf",
            "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "holidays", "fastjsonschema",
            # migrations and writes: an up-to-date data file is opened and read without it
            "sqlite_utils",
            # the pages on the tabs behind "Requests in dispute", made when first shown
            "app.ui.pages.log_page", "app.ui.pages.counsel_page", "app.ui.pages.dates_page",
            "app.ui.declaration",
            # what commands open: case files, the forms, About, backups and trash
            "app.services.casefiles", "app.store.casefile", "app.ui.forms",
            "app.ui.about", "app.services.safety", "app.store.backup", "app.store.trash",
            "app.ui.safety.backups_dialog", "app.ui.safety.history_dialog",
            "app.ui.safety.trash_dialog",
            # a locked data folder's library and screens: never for a plain one
            "sqlcipher3", "app.ui.privacy.unlock_screen", "app.ui.privacy.session_lock",
            "app.ui.privacy.idle")

# A returning user: the sample case is already stored and was the last one open.
_PREPARE = """
import sys
from app import paths
paths.configure(sys.argv[1])
from app.services.casefiles import import_demo_case
from app.services.session import open_store
from app.ui.settings import Settings
store = open_store()
Settings().last_case_id = store.case_id(import_demo_case(store))
store.close()
"""
# The same folder locked with a passphrase, as `meetconfer lock` leaves it.
_LOCK = """
import sys
from app import paths
paths.configure(sys.argv[1])
from app.store.cipher import lock_copy
lock_copy(paths.database_path(), paths.database_path(), sys.argv[2])
"""
_PROBE = """
import json, sys
from app.cli import main
status = main(["--smoke-test", "--data-dir", *sys.argv[1:]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _python(script: str, data: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    return subprocess.run([sys.executable, "-c", script, str(data), *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def _loaded(done: subprocess.CompletedProcess[str], names: tuple[str, ...]) -> list[str]:
    """Which modules named in `names` (or below them) the smoke test loaded."""
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    return [name for name in report["modules"]
            if any(name == d or name.startswith(d + ".") for d in names)]


def test_opening_the_app_loads_nothing_it_does_not_show(tmp_path: Path) -> None:
    data = tmp_path / "data"
    prepared = _python(_PREPARE, data, tmp_path)
    assert prepared.returncode == 0, prepared.stderr
    done = _python(_PROBE, data, tmp_path)
    assert _loaded(done, DEFERRED) == []


def test_a_locked_folder_loads_sqlcipher_and_nothing_else_it_does_not_show(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _python(_PREPARE, data, tmp_path).returncode == 0
    passphrase = "una frase bastante larga"
    locking = _python(_LOCK, data, tmp_path, passphrase)
    assert locking.returncode == 0, locking.stderr
    key = tmp_path / "passphrase.txt"
    key.write_text(passphrase + "\n", encoding="utf-8")
    done = _python(_PROBE, data, tmp_path, "--passphrase-file", str(key))
    others = tuple(name for name in DEFERRED if name != "sqlcipher3")
    assert "sqlcipher3" in _loaded(done, ("sqlcipher3",))
    assert _loaded(done, others) == []
