"""Test set-up shared by every test.

- Qt runs offscreen, set before anything imports Qt.
- HOME and the XDG folders point into a temporary folder for the whole run, and
  `app.paths` refuses the real home folder (MEETCONFER_TESTING), so no test can touch a
  real user's data.
- Python warnings are errors (pyproject's filterwarnings) and Qt warnings fail a test
  (pytest-qt's qt_log_level_fail).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("MEETCONFER_REAL_HOME", str(Path.home()))
os.environ["MEETCONFER_TESTING"] = "1"
_FAKE_HOME = Path(tempfile.mkdtemp(prefix="meetconfer-test-home-"))
os.environ["HOME"] = str(_FAKE_HOME)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    _folder = _FAKE_HOME / _name.lower()
    _folder.mkdir(mode=0o700)
    os.environ[_name] = str(_folder)

import pytest  # noqa: E402

from app import paths  # noqa: E402

pytest_plugins = ["tests.helpers.fixtures"]


@pytest.fixture(autouse=True)
def _fresh_data_dir(tmp_path: Path) -> Iterator[Path]:
    """Every test starts with its own empty data folder."""
    folder = tmp_path / "data"
    paths.configure(folder)
    yield folder
