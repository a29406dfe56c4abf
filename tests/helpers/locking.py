"""A data folder locked with a passphrase, for the command line's tests: running the
program, passphrase files, the folder's bytes and its case file, a change left in a journal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.cli import main

NUMBER = "C 07-959 SI"
PASSPHRASE = "una frase bastante larga"
OTHER = "otra frase distinta"
DEMO = str(Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo-case.json")
LOCKED = "This data folder is locked with a passphrase; give it with --passphrase-file FILE"


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def secret(tmp_path: Path, text: str, name: str = "pass.txt") -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def exported(data_dir: Path, tmp_path: Path, *before: str) -> dict[str, object]:
    out = tmp_path / "export.json"
    assert run(data_dir, *before, "export", NUMBER, "-o", str(out)) == 0
    found: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    found.pop("exported_at")  # the moment of the export, not the data
    out.unlink()
    return found


def leave_a_change_in_the_journal(database: Path, change: str) -> None:
    """As a program killed after writing leaves it: the change only in the -wal file."""
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    unchanged = database.read_bytes()
    writer.execute(change)
    journals = {suffix: Path(f"{database}{suffix}").read_bytes() for suffix in ("-wal", "-shm")}
    writer.close()  # folds the change in and removes the journal...
    database.write_bytes(unchanged)  # ...so put back what a killed program leaves
    for suffix, data in journals.items():
        Path(f"{database}{suffix}").write_bytes(data)
