"""Ending the program's process once its work is done, without Python's slow clean-up.

Python's own clean-up at exit takes apart every loaded module and object one by one: on a
2-core PC about 80 ms after a session that used the declaration and the case files (440
modules), 15 ms right after start-up, against 11 ms for this way. It protects nothing: by
the time `end_process` is called the database is closed, settings were written as they
changed and files are written whole or not at all.

What a clean exit does that matters is still done here, in order: Qt's application object
is deleted (on Windows that is when anything the person copied is handed over to the
system's clipboard, so it can still be pasted after the program has closed), every
`atexit` handler runs (logging's flush among them), and the output streams are flushed.
Only then is the process ended.

Only the program's entry points call this; code that calls `app.cli.main` in a running
Python (the tests) gets the status back as before.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn


def end_process(status: int) -> NoReturn:
    _delete_qt_application()
    atexit._run_exitfuncs()  # the handlers a normal exit would run
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            # A closed pipe or console: nothing more can be told there, and the status
            # below still says how the program ended.
            pass
    os._exit(status)


def _delete_qt_application() -> None:
    # Looked up, never imported: a command-line call that did not load Qt must not pay
    # for loading it now.
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    import shiboken6

    shiboken6.delete(app)
