"""Starting the desktop app, and the smoke test (`meetconfer --smoke-test`, cli.md) that
installers and CI run against the built program: start everything, load the data, paint
the main window once, print `smoke-test ok <ms>` and quit."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, STARTED, paths
from app.i18n import render

if TYPE_CHECKING:
    # Imported where first used: the window's modules are not needed to parse arguments.
    from app.crash import PreviousRun
    from app.services.folder_lock import DataFolderLock
    from app.store import Store
    from app.ui.main_window import MainWindow
    from app.ui.privacy.session_lock import SessionLock
    from app.ui.privacy.unlock_screen import OpenAnotherFolder

# How long the smoke test waits for the first paint before it calls the start a failure.
_SMOKE_TIMEOUT_MS = 60_000
# The smoke test's exit status when the passphrase does not open a locked data folder: the
# command line's for bad input (`app.cli.common.USAGE_ERROR`).
_WRONG_PASSPHRASE = 2


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    from app.ui.icon import apply_window_icon

    apply_window_icon(app)
    return app


def launch(demo: bool = False, smoke_test: bool = False, passphrase: str | None = None) -> int:
    """Open the desktop app; returns the exit status. `passphrase` is a locked data folder's,
    given on the command line (`--passphrase-file`): the smoke test opens the folder with it."""
    started = STARTED
    if QApplication.instance() is None:
        from app.ui.display import no_screen_message

        problem = no_screen_message()
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
    app = _application()
    if smoke_test:
        return _smoke_test(app, demo, started, passphrase)
    from app.crash import begin_run, end_run, previous_run, start_logging, stop_logging
    from app.ui import crash

    previous_hook = sys.excepthook
    crash.install()
    start_logging()
    try:
        lock = _lock_data_folder()
        if lock is None:
            return 1
        # Read before this run's file is made: whether the last run ended unexpectedly.
        last_run = previous_run()
        begin_run()
        from app.services.session import database_errors

        opening = _OpenData()
        try:
            window, store = _build(demo, open_data=opening)
        except _NotOpenedError as stopped:
            return stopped.status
        except (OSError, *database_errors()) as error:
            QMessageBox.critical(None, APP_NAME, _start_problem(error))
            return 1
        else:
            guard = _Guard(window, store, locked=opening.locked)
            window.show()
            _offer_recovery(window, last_run)
            status = app.exec()
            guard.close()
            return status
        finally:
            end_run()
            lock.release()
    finally:
        stop_logging()
        sys.excepthook = previous_hook


def _offer_recovery(window: MainWindow, last_run: PreviousRun) -> None:
    """Once the window is up: say that the last run ended unexpectedly, and offer back
    what was typed and not saved (`app.ui.recovery`). Usually there is nothing to say,
    and the module is not even loaded."""
    from app.services.cases import SaveError
    from app.services.drafts import Drafts

    try:
        waiting = bool(Drafts(window.cases.store).pending())
    except SaveError:
        waiting = False
    if waiting or last_run.ended_unexpectedly:
        from app.ui import recovery

        QTimer.singleShot(0, lambda: recovery.offer(window, last_run))


def _lock_data_folder() -> DataFolderLock | None:
    """One copy of the program per data folder; a second one is told so and stops."""
    from app.services.folder_lock import DataFolderInUseError, acquire_data_folder_lock

    try:
        return acquire_data_folder_lock()
    except DataFolderInUseError as error:
        QMessageBox.warning(None, APP_NAME, render(error.message))
    except OSError as error:
        QMessageBox.critical(None, APP_NAME, _start_problem(error))
    return None


def _start_problem(error: Exception) -> str:
    return QCoreApplication.translate(
        "Launch",
        "The program could not open its data folder ({folder}): {reason}. If the data is "
        "on a USB stick, check that it is plugged in, then start the program again.",
    ).format(folder=str(paths.data_dir()), reason=str(error))


class _NotOpenedError(Exception):
    """The data was not opened: the person has been told why (status 1), or chose Quit on
    the unlock screen (status 0)."""

    def __init__(self, status: int = 1) -> None:
        super().__init__()
        self.status = status


class _OpenData:
    """The data folder's store for the app, with the day's automatic backup. A locked folder
    shows the unlock screen first (`locked` says so afterwards). A damaged data file is told
    in plain words, with the newest good backup offered to put back."""

    def __init__(self) -> None:
        self.locked = False

    def __call__(self) -> Store:
        from app.services.session import DatabaseProblem

        try:
            return self._open()
        except DatabaseProblem as problem:
            from app.ui.safety.backups_dialog import offer_newest_backup

            if not offer_newest_backup(None, problem):
                raise _NotOpenedError from problem
            return self._open()

    def _open(self) -> Store:
        from app.services.session import data_folder_is_locked, open_store

        if data_folder_is_locked():
            from app.ui.privacy.unlock_screen import Outcome, unlock_at_start

            self.locked = True
            outcome = unlock_at_start(_open_locked, _another_folder_chooser())
            if outcome is Outcome.QUIT:
                raise _NotOpenedError(status=0)
            if outcome is Outcome.ANOTHER_FOLDER:
                # The program was started on the other folder; this copy ends.
                raise _NotOpenedError(status=0)
            return outcome
        self.locked = False
        _finish_interrupted(None)
        return open_store(daily_backup=True)


def _open_locked(passphrase: str) -> Store:
    """The configured data folder, locked with `passphrase`, with the day's backup."""
    from app.services.session import open_store

    _finish_interrupted(passphrase)
    return open_store(daily_backup=True, passphrase=passphrase)


def _finish_interrupted(passphrase: str | None) -> None:
    """What a lock, unlock or change of passphrase cut short left in the data folder (the
    program holds its lock): cleaned up, and a locked folder's backups still plain sealed
    with its passphrase, before the data is opened (`app.services.privacy`)."""
    from app.services.privacy import finish_interrupted

    finish_interrupted(passphrase=passphrase)


def _another_folder_chooser() -> OpenAnotherFolder:
    """How the lock screen lets a person choose another data folder ("Open another data
    folder…", as in the Case menu): the program is started on it, and this copy ends
    (`app.ui.folders.switching`)."""
    from app.ui.folders.switching import open_another_data_folder

    return open_another_data_folder


class _Guard:
    """The session lock (Lock now, the idle lock) of a locked folder: made at start, or when
    the person locks the plain folder from the Privacy menu while the program runs (a plain
    folder's start never loads it). Once made, it follows the lock being removed or set
    again itself (`SessionLock`)."""

    def __init__(self, window: MainWindow, store: Store, *, locked: bool) -> None:
        self._store = store
        self.session: SessionLock | None = None
        if locked:
            self.session = _guard_session(window, store)
        else:
            window.folder_lock_changed.connect(
                lambda now_locked: self._lock_set(window, now_locked))

    def _lock_set(self, window: MainWindow, locked: bool) -> None:
        if locked and self.session is None:
            # The Privacy menu reopened the same store on the locked file.
            self.session = _guard_session(window, self._store)

    def close(self) -> None:
        """The program ends: the store open now is closed (after unlocking, maybe not the
        one opened at start)."""
        if self.session is not None:
            self.session.close()
        else:
            self._store.close()


def _guard_session(window: MainWindow, store: Store) -> SessionLock:
    """A locked folder's program locks by hand (Ctrl+L) and after minutes without use."""
    from app.ui.privacy.session_lock import SessionLock

    return SessionLock(window, store, make_window=_main_window, open_with=_open_locked,
                       open_another_folder=_another_folder_chooser())


def _main_window(store: Store) -> MainWindow:
    """A main window on `store`, in the data folder's own text size, as at start (after
    unlocking, the data folder may be another one)."""
    from app.services.cases import Cases
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.text_size import apply_text_size

    settings = Settings()
    apply_text_size(settings.larger_text)
    return MainWindow(Cases(store), settings)


def _open_data_plainly(passphrase: str | None = None) -> Store:
    # The smoke test changes nothing in the data folder: no backup, no questions. A locked
    # folder opens with the passphrase given on the command line, never asked for.
    from app.services.session import open_store

    return open_store(passphrase=passphrase)


def _build(demo: bool, open_data: Callable[[], Store] = _open_data_plainly,
           ) -> tuple[MainWindow, Store]:
    from app.services.cases import Cases
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.text_size import apply_text_size

    _prepare_application()
    settings = Settings()
    apply_text_size(settings.larger_text)
    store = open_data()
    window = MainWindow(Cases(store), settings)
    window.start(demo=demo)
    return window, store


def _prepare_application() -> None:
    """What the application needs before its first window: the shipped fonts (an old or
    stripped-down PC may have few) and the interface language chosen last time (or the
    computer's)."""
    from app.ui.fonts import register_shipped_fonts
    from app.ui.language import LanguageSwitcher

    register_shipped_fonts()
    app = QApplication.instance()
    if isinstance(app, QApplication) and not hasattr(app, "language_switcher"):
        switcher = LanguageSwitcher(app)
        switcher.apply(app, switcher.startup_choice(), remember=False)
        # Kept on the application so it lives as long as the translators it installed.
        app.language_switcher = switcher  # type: ignore[attr-defined]


class _FirstPaint(QObject):
    """Notes the first time the window is painted, then ends the wait."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # Leave the paint event alone; stop the loop once it is done.
            QTimer.singleShot(0, self.loop.quit)
        return False


def _smoke_test(app: QApplication, demo: bool, started: float,
                passphrase: str | None = None) -> int:
    from app.services.session import WrongPassphraseError

    failures: list[str] = []
    previous_hook = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, tb: object) -> None:
        failures.append(f"{kind.__name__}: {error}")

    sys.excepthook = record
    store = None
    window = None
    try:
        try:
            window, store = _build(demo, open_data=lambda: _open_data_plainly(passphrase))
        except WrongPassphraseError as error:
            # As every call on a locked folder with a wrong passphrase (cli.md): exit 2 with
            # the plain message, and nothing changed.
            print(error.message.english(), file=sys.stderr)
            return _WRONG_PASSPHRASE
        except Exception as error:  # the smoke test reports any failure to start
            print(f"smoke-test failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        loop = QEventLoop()
        watcher = _FirstPaint(loop)
        window.installEventFilter(watcher)
        QTimer.singleShot(_SMOKE_TIMEOUT_MS, loop.quit)
        window.show()
        loop.exec()
        window.removeEventFilter(watcher)
        elapsed_ms = round((time.perf_counter() - started) * 1000)
        if failures:
            print(f"smoke-test failed: {failures[0]}", file=sys.stderr)
            return 1
        if not watcher.painted:
            print("smoke-test failed: the main window was not painted within "
                  f"{_SMOKE_TIMEOUT_MS // 1000} seconds", file=sys.stderr)
            return 1
        print(f"smoke-test ok {elapsed_ms}")
        return 0
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            window.close()
            window.deleteLater()
        if store is not None:
            store.close()
        app.processEvents()
