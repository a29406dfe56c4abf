"""What the app remembers between sessions, in an INI file in the data folder (so a
portable install carries it along and a shared PC keeps each person's apart).

Nothing of a case is written here, in any folder: the file is not locked with the data, so
the last case open is remembered by its row number in the data file, which says nothing
about the case (older versions wrote its case number: `forget_old_case_number`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths

_LAST_CASE = "cases/last_case"
# Written by older versions: the case's own number, which a person's case may be known by.
_OLD_LAST_CASE_NUMBER = "cases/last_case_number"
_LARGER_TEXT = "view/larger_text"
_NEWEST_FIRST = "log/newest_first"
_IDLE_LOCK_MINUTES = "privacy/idle_lock_minutes"


class Settings:
    # Only the properties below: a mistyped or retired name (`last_case_number`) set on a
    # Settings is an error, not a value silently kept nowhere.
    __slots__ = ("_qsettings",)

    def __init__(self) -> None:
        self._qsettings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)

    def _bool(self, key: str) -> bool:
        return str(self._qsettings.value(key, "false")).lower() == "true"

    def _set(self, key: str, value: object) -> None:
        self._qsettings.setValue(key, value)
        # Written at once: the session may end with the power cut, not a clean quit.
        self._qsettings.sync()

    @property
    def last_case_id(self) -> int | None:
        value = str(self._qsettings.value(_LAST_CASE, "") or "")
        return int(value) if value.isdigit() else None

    @last_case_id.setter
    def last_case_id(self, case_id: int | None) -> None:
        self._set(_LAST_CASE, "" if case_id is None else str(case_id))

    def forget_old_case_number(self) -> str | None:
        """The case number an older version left here, now removed from the file (the
        caller remembers the case by its row number instead); None when there was none."""
        value = str(self._qsettings.value(_OLD_LAST_CASE_NUMBER, "") or "")
        if self._qsettings.contains(_OLD_LAST_CASE_NUMBER):
            self._qsettings.remove(_OLD_LAST_CASE_NUMBER)
            self._qsettings.sync()
        return value or None

    @property
    def larger_text(self) -> bool:
        return self._bool(_LARGER_TEXT)

    @larger_text.setter
    def larger_text(self, on: bool) -> None:
        self._set(_LARGER_TEXT, "true" if on else "false")

    @property
    def newest_first(self) -> bool:
        return self._bool(_NEWEST_FIRST)

    @newest_first.setter
    def newest_first(self, on: bool) -> None:
        self._set(_NEWEST_FIRST, "true" if on else "false")

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without use after which a locked folder's program locks itself
        (`app.ui.privacy.idle`, which keeps it between 1 and 60)."""
        try:
            return int(str(self._qsettings.value(_IDLE_LOCK_MINUTES, "10")))
        except ValueError:
            return 10

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._set(_IDLE_LOCK_MINUTES, str(minutes))
