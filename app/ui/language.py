"""The interface language: English or Spanish, chosen in a menu, switched without a restart.

Two translators are installed for Spanish: the program's own catalogue
(`resources/translations/meetconfer_es.qm`) and Qt's (`qtbase_es.qm`), so the buttons Qt
draws itself (OK, Cancel, the print and file dialogs) are Spanish too. Installing or
removing a translator makes Qt send `QEvent.LanguageChange` to every window; widgets
retranslate in `changeEvent`.

The choice is kept in the settings file in the data folder, so a portable install carries
it along and each person on a shared PC keeps their own. At the first start it follows the
computer's language. The printed documents are never translated: they are built from
English text that does not go through Qt's translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from app import paths

ENGLISH = "en"
SPANISH = "es"
_SETTINGS_KEY = "interface/language"
_CATALOGUE_PREFIX = "meetconfer_"
_QT_CATALOGUE_PREFIX = "qtbase_"


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    """The language's own name ("Español"), never translated: a person who cannot read
    the current language must still find their own in the menu."""


_LANGUAGES = (Language(ENGLISH, "English"), Language(SPANISH, "Español"))


def _qt_catalogue_folders() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's install, then beside ours (a bundle may put
    them there)."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [Path(qt_folder), paths.translations_dir()] if qt_folder else [paths.translations_dir()]


class LanguageSwitcher(QObject):
    """Installs and remembers the interface language for one application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self._current = ENGLISH

    # -- what there is ------------------------------------------------------------------

    @staticmethod
    def available_languages() -> list[Language]:
        return list(_LANGUAGES)

    @staticmethod
    def is_available(code: str) -> bool:
        return any(language.code == code for language in _LANGUAGES)

    @property
    def current(self) -> str:
        return self._current

    # -- which one to use ---------------------------------------------------------------

    @staticmethod
    def _settings() -> QSettings:
        return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)

    def saved_choice(self) -> str | None:
        value = str(self._settings().value(_SETTINGS_KEY, "") or "")
        return value if self.is_available(value) else None

    def system_choice(self, preferred: Sequence[str] | None = None) -> str:
        """The first of the computer's preferred languages (`preferred`, for a test) that
        the program has; English when it has none of them."""
        names = QLocale.system().uiLanguages() if preferred is None else preferred
        for name in names:
            code = name.replace("_", "-").split("-")[0].lower()
            if self.is_available(code):
                return code
        return ENGLISH

    def startup_choice(self) -> str:
        return self.saved_choice() or self.system_choice()

    def _remember(self, code: str) -> None:
        settings = self._settings()
        settings.setValue(_SETTINGS_KEY, code)
        # Written at once: the session may end with the power cut, not a clean quit.
        settings.sync()

    # -- switching ----------------------------------------------------------------------

    def apply(self, app: QCoreApplication, code: str, *, remember: bool = True) -> bool:
        """Switch `app` to `code` now. Returns False (and stays in English) when the
        program's catalogue for that language cannot be loaded."""
        if not self.is_available(code):
            raise ValueError(f"no interface language {code!r}")
        loaded = self._load(app, code)
        if loaded is None:
            self._uninstall(app)
            self._current = ENGLISH
            self._announce(app)
            return False
        self._uninstall(app)
        for translator in loaded:
            app.installTranslator(translator)  # each install sends LanguageChange
        self._installed = loaded
        self._current = code
        # Qt's own widgets (a date editor, a file dialog) format by the default locale.
        QLocale.setDefault(QLocale(QLocale.Language.Spanish if code == SPANISH
                                   else QLocale.Language.English))
        if remember:
            self._remember(code)
        self._announce(app)
        return True

    @staticmethod
    def _announce(app: QCoreApplication) -> None:
        """Tell every window. Qt does so itself on each install only once its event loop
        runs; sending it here makes a switch before that (at start, in a test) work too.
        The windows' copies are posted, and Qt folds repeated ones into one."""
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))

    def apply_startup_choice(self, app: QCoreApplication) -> str:
        """At start: the remembered language, else the computer's. Returns the one used."""
        self.apply(app, self.startup_choice(), remember=False)
        return self._current

    def _uninstall(self, app: QCoreApplication) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []

    @staticmethod
    def _load(app: QCoreApplication, code: str) -> list[QTranslator] | None:
        """The translators for `code`; English needs none (the source text is English).
        They belong to the application, so they stay installed even if this switcher is
        dropped."""
        if code == ENGLISH:
            return []
        own = QTranslator(app)
        if not own.load(str(paths.translations_dir() / f"{_CATALOGUE_PREFIX}{code}.qm")):
            own.deleteLater()
            return None
        translators = [own]
        for folder in _qt_catalogue_folders():
            qt = QTranslator(app)
            if qt.load(str(folder / f"{_QT_CATALOGUE_PREFIX}{code}.qm")):
                translators.append(qt)
                break
            qt.deleteLater()
        return translators


class Retranslating:
    """Mixin for a widget whose words must follow the interface language live: put it
    before the Qt class (`class Page(Retranslating, QWidget)`) and write `retranslate_ui`,
    which sets every visible string again. Qt sends `LanguageChange` to every widget when a
    translator is installed or removed."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt class after the mixin

    def retranslate_ui(self) -> None:
        raise NotImplementedError
