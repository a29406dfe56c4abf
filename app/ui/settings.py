"""What the app remembers between sessions, in an INI file in the data folder (so a
portable install carries it along and a shared PC keeps each person's apart)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths

_LAST_CASE = "cases/last_case_number"
_LARGER_TEXT = "view/larger_text"
_NEWEST_FIRST = "log/newest_first"
_IDLE_LOCK_MINUTES = "privacy/idle_lock_minutes"


class Settings:
    def __init__(self) -> None:
        self._qsettings = QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)

    def _bool(self, key: str) -> bool:
        return str(self._qsettings.value(key, "false")).lower() == "true"

    def _set(self, key: str, value: object) -> None:
        self._qsettings.setValue(key, value)
        # Written at once: the session may end with the power cut, not a clean quit.
        self._qsettings.sync()

    @property
    def last_case_number(self) -> str | None:
        value = self._qsettings.value(_LAST_CASE, "")
        return str(value) or None

    @last_case_number.setter
    def last_case_number(self, number: str | None) -> None:
        self._set(_LAST_CASE, number or "")

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
