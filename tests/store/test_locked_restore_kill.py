"""A backup put back into a locked data folder by a copy of the program killed at random
moments leaves the folder whole and locked: the data file opens with the passphrase and
holds either the data before or the backup's, never a mix, and no file in the folder
(temporary files and journals a kill left included) holds a readable word of the case."""

from __future__ import annotations

import random
import signal
import sys
import time
from pathlib import Path

import pytest

from app.store import Store
from app.store.cipher import is_locked_file, lock_copy
from tests.helpers.datafiles import busy_case, filled_database
from tests.helpers.demo_secrets import readable_in_folder
from tests.helpers.locked_files import PASSPHRASE
from tests.helpers.processes import python

FIRST, SECOND = "K FIRST 1", "K SECOND 2"
SECRETS = {FIRST, SECOND, "Letter 3 about the missing documents."}

# Puts the two backups back in turn, for ever, saying which one is in place after each.
_RESTORER = r"""
import sys
from pathlib import Path
from app.store import backup

database, first, second, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
backups = database.parent / "backups"
data = {name: backup.read_backup(Path(name), passphrase) for name in (first, second)}
print("ready", flush=True)
while True:
    for name in (first, second):
        backup.put_in_place(data[name], database, backups, passphrase)
        print("done", name, flush=True)
"""


def sealed_backup(folder: Path, number: str) -> Path:
    """A backup holding one case numbered `number`, sealed with the passphrase."""
    from app.store import backup

    plain = filled_database(folder / f"{number}.sqlite3", busy_case(number, letters=5))
    store = Store.open(plain)
    try:
        return backup.back_up_to(store.conn, folder / f"{number}.mcbak", PASSPHRASE)
    finally:
        store.close()
        for leftover in folder.glob(f"{number}.sqlite3*"):
            leftover.unlink()


def numbers(database: Path) -> list[str]:
    store = Store.open(database, passphrase=PASSPHRASE)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [c.case_number for c in store.list_cases()]
    finally:
        store.close()


def _locked_folder_and_two_backups(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """A locked data folder holding FIRST, and sealed backups of FIRST and of SECOND kept
    outside it: the folder, its data file and the two backups."""
    outside = tmp_path / "outside"
    outside.mkdir()
    first, second = sealed_backup(outside, FIRST), sealed_backup(outside, SECOND)
    folder = tmp_path / "data"
    folder.mkdir()
    database = filled_database(folder / "meetconfer.sqlite3", busy_case(FIRST, letters=5))
    lock_copy(database, database, PASSPHRASE)
    return folder, database, first, second


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_restore_killed_at_any_moment_leaves_the_folder_whole_and_locked(
    tmp_path: Path,
) -> None:
    folder, database, first, second = _locked_folder_and_two_backups(tmp_path)
    rng = random.Random(17)
    # A restore takes about a second (three keys made from the passphrase). Each round
    # waits for one to finish, so that the kill lands among the next ones, wherever.
    for _ in range(5):
        child = python(_RESTORER, str(database), str(first), str(second), PASSPHRASE)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        assert child.stdout.readline().startswith("done")
        time.sleep(rng.uniform(0.0, 1.5))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        assert is_locked_file(database)
        assert numbers(database) in ([FIRST], [SECOND])
        assert readable_in_folder(folder, SECRETS) == {}
        # Nor any plain database at all: what a kill left half-written is locked too.
        assert [p for p in folder.rglob("*") if p.is_file() and plain_database(p)] == []


def plain_database(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(16) == b"SQLite format 3\x00"


def test_the_restorer_itself_puts_both_backups_back(tmp_path: Path) -> None:
    """The child's script works (or the kill test above would prove nothing)."""
    _, database, first, second = _locked_folder_and_two_backups(tmp_path)
    child = python(_RESTORER, str(database), str(first), str(second), PASSPHRASE)
    assert child.stdout is not None
    lines = [child.stdout.readline().strip() for _ in range(3)]
    child.kill()
    child.communicate(timeout=30)
    assert lines == ["ready", f"done {first}", f"done {second}"]
    assert numbers(database) in ([FIRST], [SECOND])
