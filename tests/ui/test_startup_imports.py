"""Start-up stays light on an old PC: what only some jobs need is imported when first used
(printing, reading a case file, protecting a backup, a holiday far from today), never when
the window opens."""

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
            # a locked data folder's library: never for a plain one
            "sqlcipher3")

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
_PROBE = """
import json, sys
from app.cli import main
status = main(["--smoke-test", "--data-dir", sys.argv[1]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _python(script: str, data: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    return subprocess.run([sys.executable, "-c", script, str(data)], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_opening_the_app_loads_nothing_it_does_not_show(tmp_path: Path) -> None:
    data = tmp_path / "data"
    prepared = _python(_PREPARE, data, tmp_path)
    assert prepared.returncode == 0, prepared.stderr
    done = _python(_PROBE, data, tmp_path)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    loaded = [name for name in report["modules"]
              if any(name == d or name.startswith(d + ".") for d in DEFERRED)]
    assert loaded == []
