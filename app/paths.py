"""Every location the program reads or writes, decided in one place.

Where the data lives, in order of precedence:

1. ``--data-dir DIR`` on the command line (`configure(data_dir=...)`);
2. portable mode: a folder named ``data`` beside the program (or a file ``portable.txt``
   there, which makes the program create that folder), so it runs from a USB stick and
   leaves nothing on the PC;
3. the platform's user data folder, from ``QStandardPaths``.

What belongs to the installation rather than to one data folder (the recent data folders)
is kept beside the program in portable mode, else in the user's configuration folder
(`install_folder`).

Under test (``MEETCONFER_TESTING`` set by ``tests/conftest.py``) any location inside the
real home folder is refused, so a test can never touch a real user's data.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

APP_FOLDER_NAME = "MeetConferLog"
DATABASE_FILE = "meetconfer.sqlite3"
PORTABLE_DATA_FOLDER = "data"
PORTABLE_MARKER = "portable.txt"
RECENT_FOLDERS_FILE = "recent-data-folders.ini"
INSTALL_FOLDER_NAME = "MeetConferLog-settings"
TESTING_ENV = "MEETCONFER_TESTING"
REAL_HOME_ENV = "MEETCONFER_REAL_HOME"


class DataLocationKind(StrEnum):
    COMMAND_LINE = "command line"
    PORTABLE = "portable"
    USER = "user"


class RealHomeUnderTestError(RuntimeError):
    """A test tried to use a folder inside the real home folder."""


@dataclass(frozen=True, slots=True)
class DataLocation:
    folder: Path
    kind: DataLocationKind


_configured: DataLocation | None = None


def program_folder() -> Path:
    """The folder the program runs from: beside the executable when bundled, else the
    source checkout's root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Shipped data: rule profiles, fonts, translations, the holiday table, the demo case."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root is not None:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def guide_dir() -> Path:
    """The guide's Markdown, one file a language (docs/guide, bundled beside resources)."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root is not None:
        return Path(bundle_root) / "docs" / "guide"
    return Path(__file__).resolve().parent.parent / "docs" / "guide"


def portable_folder(beside: Path | None = None) -> Path | None:
    """The portable data folder if one is set up beside the program."""
    base = beside if beside is not None else program_folder()
    data = base / PORTABLE_DATA_FOLDER
    if data.is_dir() or (base / PORTABLE_MARKER).is_file():
        return data
    return None


def _user_data_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not base:
        base = str(Path.home() / ".local" / "share")
    return Path(base) / APP_FOLDER_NAME


def _user_config_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    if not base:
        base = str(Path.home() / ".config")
    # Not APP_FOLDER_NAME: on Windows the configuration and data locations are one folder,
    # and the installation's file must not sit inside the default data folder.
    return Path(base) / INSTALL_FOLDER_NAME


def install_folder() -> Path:
    """Where this installation keeps what belongs to no one data folder (the list of recent
    data folders): beside the program when it is portable, so a USB stick carries its own
    list and leaves nothing on the PC; else the user's configuration folder."""
    portable = portable_folder()
    folder = portable.parent if portable is not None else _user_config_folder()
    _refuse_real_home_under_test(folder)
    return folder


def recent_folders_path() -> Path:
    """The list of data folders opened lately: paths only, never a case's name."""
    return install_folder() / RECENT_FOLDERS_FILE


def _refuse_real_home_under_test(folder: Path) -> None:
    if not os.environ.get(TESTING_ENV):
        return
    real_home = os.environ.get(REAL_HOME_ENV)
    if not real_home:
        return
    resolved = folder.resolve()
    home = Path(real_home).resolve()
    if resolved == home or home in resolved.parents:
        raise RealHomeUnderTestError(
            f"refusing to use {resolved} under test: it is in the real home"
        )


def configure(data_dir: Path | str | None) -> DataLocation:
    """Decide the data location once at start-up; `--data-dir` wins when given."""
    global _configured
    if data_dir is not None:
        location = DataLocation(
            Path(data_dir).expanduser().absolute(), DataLocationKind.COMMAND_LINE
        )
    elif (portable := portable_folder()) is not None:
        location = DataLocation(portable, DataLocationKind.PORTABLE)
    else:
        location = DataLocation(_user_data_folder(), DataLocationKind.USER)
    _refuse_real_home_under_test(location.folder)
    _configured = location
    return location


def data_location() -> DataLocation:
    return _configured if _configured is not None else configure(None)


def data_dir() -> Path:
    return data_location().folder


def database_path() -> Path:
    return data_dir() / DATABASE_FILE


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def demo_case_path() -> Path:
    return resources_dir() / "demo" / "demo-case.json"


def rules_dir() -> Path:
    return resources_dir() / "rules"


def reasons_path() -> Path:
    """The list of common problems with an answer (`app.domain.reasons`)."""
    return resources_dir() / "reasons" / "reasons.toml"


def holidays_table_path() -> Path:
    """The U.S. federal holidays, made from the `holidays` package (app/domain/dates.py)."""
    return resources_dir() / "holidays" / "us-federal.json"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"
