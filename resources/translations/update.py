"""Bring the Spanish catalogue up to date with the code, then compile it.

    .venv/bin/python resources/translations/update.py

1. `pyside6-lupdate` reads every .py file under app/ and merges the strings it finds into
   `meetconfer_es.ts`: new strings arrive as "unfinished" for a translator to fill in;
   translations already made are kept; strings gone from the code are dropped.
2. `pyside6-lrelease` compiles the .ts into `meetconfer_es.qm`, which the program loads.

Commit both files. lupdate only sees literal strings in `self.tr("...")`,
`QCoreApplication.translate("Context", "...")` (or a bare `translate("Context", "...")`)
and `QT_TRANSLATE_NOOP("Context", "...")`: a context held in a variable, or a helper that
passes its argument on, hides the string from it (tests/ui/test_translations.py checks).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS_FILE = HERE / "meetconfer_es.ts"
QM_FILE = HERE / "meetconfer_es.qm"


def tool(name: str) -> str:
    """The Qt tool installed beside this Python (the project's virtualenv)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def source_files(root: Path = ROOT) -> list[str]:
    """Every .py file under app/, relative to `root`, in a fixed order."""
    return sorted(str(p.relative_to(root)) for p in (root / "app").rglob("*.py"))


def run_lupdate(ts_file: Path, *, root: Path = ROOT) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(root), "-ts", str(ts_file),
         "-no-obsolete", "-locations", "relative",
         "-source-language", "en", "-target-language", "es", "-silent"],
        cwd=root, check=True,
    )


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file), "-silent"],
                   check=True)


def main() -> int:
    run_lupdate(TS_FILE)
    run_lrelease(TS_FILE, QM_FILE)
    print(f"updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
