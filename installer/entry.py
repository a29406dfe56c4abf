"""The bundled program's entry point: PyInstaller freezes this script, not a console script.

Both executables in the bundle (the windowed ``meetconfer`` and the console
``meetconfer-cli``) start here; they differ only in whether Windows gives them a console.
"""

from __future__ import annotations

import os
import sys


def _give_windowed_program_somewhere_to_print() -> None:
    # A windowed (no console) Windows program has sys.stdout and sys.stderr set to None, so
    # any print (argparse's --version, a CLI error, --smoke-test's line) would itself crash
    # with AttributeError. Send them to the null device instead: staff who need the output
    # run meetconfer-cli.exe, which has a console.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_windowed_program_somewhere_to_print()
    from app.cli import run

    run()
