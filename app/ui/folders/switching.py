"""Opening another data folder: the program starts again on it (`--data-dir`) and this copy
ends, once what was typed is kept.

Starting again, rather than swapping the folder under the open window, means each folder is
opened exactly as at a normal start: its own lock against a second copy, its own settings
and language, its own unlock screen when it is locked, its drafts offered back, its day's
backup. Nothing of the folder left behind stays in memory. The window of the new copy takes
a second or two to come up; the person is told so.

`open_another_data_folder(parent)` is what a button or menu command calls (the unlock
screen's "Open another data folder…" too); `switch_to_folder(parent, folder)` is the same
for a folder already chosen (the Recent data folders list).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.ui import ask
from app.ui.autosave import keep_all_typing
from app.ui.folders import recent


def open_another_data_folder(parent: QWidget | None) -> bool:
    """Ask for a folder, then start the program on it and end this copy. False when
    nothing was done (no folder chosen, or the folder cannot be used: the person is told
    why). True when the program was started there and this copy is ending: its event loops
    (an unlock screen's too) end at once, and the start-up code closes this folder."""
    chosen = ask.open_folder(
        parent, QCoreApplication.translate("Folders", "Open another data folder"))
    if chosen is None:
        return False
    return switch_to_folder(parent, Path(chosen))


def switch_to_folder(parent: QWidget | None, folder: Path) -> bool:
    """Start the program on `folder` and end this copy, after the checks a person needs
    (the folder is there, not the one open now, not in use by another copy; a folder with
    no data yet is started empty only if the person says so)."""
    title = QCoreApplication.translate("Folders", "Open another data folder")
    if recent.same_folder(folder, paths.data_dir()):
        ask.inform(parent, title, QCoreApplication.translate(
            "Folders", "This data folder is the one open now:\n{path}").format(path=str(folder)))
        return False
    if not folder.is_dir():
        ask.problem(parent, title, QCoreApplication.translate(
            "Folders", "This folder cannot be found:\n{path}\nIf it is on a USB stick, check "
            "that the stick is plugged in, then try again.").format(path=str(folder)))
        return False
    # Asked before anything is written there (even the check below leaves a file).
    if not (folder / paths.DATABASE_FILE).exists() and not ask.confirm(
            parent, title,
            QCoreApplication.translate(
                "Folders", "There are no cases in this folder yet:\n{path}\nStart the program "
                "there with no cases? It will keep everything you add in that folder."
            ).format(path=str(folder)),
            QCoreApplication.translate("Folders", "Start there")):
        return False
    problem = _in_use_problem(folder)
    if problem is not None:
        ask.problem(parent, title, problem)
        return False
    recent.remember(paths.data_dir())
    if not start_program_on(folder):
        ask.problem(parent, title, QCoreApplication.translate(
            "Folders", "The program could not be started on that folder. Nothing was "
            "changed: this folder stays open."))
        return False
    recent.remember(folder)
    end_this_copy()
    return True


def _in_use_problem(folder: Path) -> str | None:
    """Why the program cannot open `folder` now (another copy has it, or it cannot be
    written), in plain words; None when it can."""
    from app.i18n import render
    from app.services.folder_lock import DataFolderInUseError, acquire_data_folder_lock

    try:
        with acquire_data_folder_lock(folder):
            pass
    except DataFolderInUseError as error:
        return render(error.message)
    except OSError as error:
        return QCoreApplication.translate(
            "Folders", "The program cannot keep its data in this folder ({reason}). Choose "
            "a folder you can write to.").format(reason=error.strerror or str(error))
    return None


def program_command(folder: Path) -> tuple[str, list[str]]:
    """How to start this same program on `folder`: the installed program itself, or this
    Python running the `app` package from the source folder."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data-dir", str(folder)]
    return sys.executable, ["-m", "app", "--data-dir", str(folder)]


# Read by the installed program's start-up code (PyInstaller's bootloader): without it, a copy
# started by this one takes itself for a helper of this one, tied to its run.
_NEW_INSTANCE = "PYINSTALLER_RESET_ENVIRONMENT"


def start_program_on(folder: Path) -> bool:
    """Start the program on `folder`, on its own (it outlives this copy)."""
    program, arguments = program_command(folder)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    process.setWorkingDirectory(str(paths.program_folder()))
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert(_NEW_INSTANCE, "1")
    process.setProcessEnvironment(environment)
    return bool(process.startDetached())


def end_this_copy() -> None:
    """End this copy as a power cut would find it safe: every open form's and letter's
    typing is kept (offered back when this folder is next opened), then the program's
    event loops end and the start-up code closes the data and releases the folder."""
    keep_all_typing()
    app = QApplication.instance()
    if app is not None:
        app.exit(0)
