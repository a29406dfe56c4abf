"""`meetconfer lock` killed (SIGKILL) at random moments leaves either the plain or the locked
folder, whole: the data opens and gives the same case file, every backup is the same backup
(plain, or sealed with the passphrase), and a locked data file never sits beside a plain
backup. A further `lock` or `unlock` then finishes the job, leaving nothing behind: as the
data-safety kill test (tests/store/test_kill_and_damage.py) does for the writers."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app import paths
from app.services.casefiles import import_demo_case
from app.store import Store, sealed
from app.store.backup import back_up_to
from app.store.cipher import is_locked_file
from tests.helpers.locking import (
    PASSPHRASE,
    folder_bytes,
    leave_a_change_in_the_journal,
    run,
    secret,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO_NUMBER = "C 25-00417 MEC (PR)"

# The program, started and ready (its modules loaded), then locking the folder. It says
# "step" before each call that changes the disk (a rename, a link, a removal, a flush), so
# that a kill can be aimed between any two of them; it changes nothing else.
_LOCKER = r"""
import os, sys
from app.cli import main
import app.services.privacy, app.store.backup_sealing, app.store.cipher, sqlcipher3
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

def told(call):
    def telling(*args, **kwargs):
        print("step", flush=True)
        return call(*args, **kwargs)
    return telling

for name in ("replace", "link", "unlink", "fsync"):
    setattr(os, name, told(getattr(os, name)))
print("ready", flush=True)
sys.exit(main(["--data-dir", sys.argv[1], "lock", "--new-passphrase-file", sys.argv[2]]))
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@dataclass
class Seen:
    plain: int = 0
    locked: int = 0
    finished_before_the_kill: int = 0
    states: set[str] = field(default_factory=set)


def _template(folder: Path) -> tuple[dict[str, bytes], dict[str, object]]:
    """A plain folder holding the demo case, a backup and a change left in the journal;
    returns its backups' bytes and its case file."""
    paths.configure(folder)
    store = Store.open(paths.database_path())
    try:
        import_demo_case(store)
        backups = paths.backups_dir()
        back_up_to(store.conn, backups / "auto-20250101-090000.sqlite3")
    finally:
        store.close()
    leave_a_change_in_the_journal(
        paths.database_path(), "UPDATE cases SET short_title = 'Walpage v. Journal'"
    )
    originals = {p.name: p.read_bytes() for p in paths.backups_dir().iterdir()}
    return originals, _case_file(folder, None)


def _case_file(folder: Path, passphrase: str | None) -> dict[str, object]:
    """The case file, read the way a person reads it (`export`): the data opens, whole."""
    import json

    out = folder.parent / "export.json"
    extra = [] if passphrase is None else ["--passphrase-file", passphrase]
    assert run(folder, *extra, "export", DEMO_NUMBER, "-o", str(out)) == 0
    found: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    found.pop("exported_at")
    out.unlink()
    return found


@dataclass(frozen=True)
class Aim:
    """When to kill: after the `step`-th change to the disk, or `wait` seconds after the
    program is ready (never when both are None)."""

    step: int | None = None
    wait: float | None = None


def _lock_and_kill(folder: Path, key: str, aim: Aim) -> tuple[bool, int]:
    """Run `meetconfer lock` in a child and kill it as `aim` says; whether it ended by
    itself first, and how many changes to the disk it had begun."""
    child = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(folder), key],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    steps = 0
    if aim.wait is not None:
        time.sleep(aim.wait)
        child.send_signal(signal.SIGKILL)
    elif aim.step is not None:
        for line in child.stdout:
            steps += line.strip() == "step"
            if steps == aim.step:
                child.send_signal(signal.SIGKILL)
                break
    status = child.wait(timeout=60)
    steps += sum(line.strip() == "step" for line in child.stdout)
    child.stdout.close()
    return status == 0, steps


def _check_whole(folder: Path, key: str, originals: dict[str, bytes],
                 case_file: dict[str, object]) -> str:
    """The folder's state after a kill: "plain" or "locked", each whole."""
    locked = is_locked_file(folder / paths.DATABASE_FILE)
    assert _case_file(folder, key if locked else None) == case_file
    sealed_count = 0
    for name, data in originals.items():
        now = (folder / "backups" / name).read_bytes()
        if sealed.is_sealed(now):
            assert sealed.unseal(now, PASSPHRASE) == data, name
            sealed_count += 1
        else:
            assert not locked, f"a plain backup {name} beside a locked data file"
            assert now == data, name
    return f"{'locked' if locked else 'plain'}, {sealed_count} backup(s) sealed"


def _finish(folder: Path, key: str, rng: random.Random, originals: dict[str, bytes],
            case_file: dict[str, object]) -> None:
    """A further `lock` or `unlock` finishes the job and leaves nothing behind."""
    locked = is_locked_file(folder / paths.DATABASE_FILE)
    if locked and rng.random() < 0.5:
        assert run(folder, "--passphrase-file", key, "unlock") == 0
        expect_locked = False
    elif locked:
        assert run(folder, "--passphrase-file", key, "lock", "--new-passphrase-file", key) == 0
        expect_locked = True
    else:
        backups = [folder / "backups" / name for name in originals]
        if rng.random() < 0.5 and any(sealed.is_sealed(p.read_bytes()) for p in backups):
            # A lock cut short before the data file: `unlock` makes its sealed backups plain.
            assert run(folder, "--passphrase-file", key, "unlock") == 0
            expect_locked = False
        else:
            assert run(folder, "lock", "--new-passphrase-file", key) == 0
            expect_locked = True
    assert is_locked_file(folder / paths.DATABASE_FILE) == expect_locked
    assert _case_file(folder, key if expect_locked else None) == case_file
    for name, data in originals.items():
        now = (folder / "backups" / name).read_bytes()
        if expect_locked:
            assert sealed.unseal(now, PASSPHRASE) == data, name
        else:
            assert now == data, name
    left = [p.name for p in folder.rglob(".*")]
    assert left == [], left
    if expect_locked:
        for name, data in folder_bytes(folder).items():
            assert b"Walpage" not in data and DEMO_NUMBER.encode() not in data, name


def _kill_rounds(tmp_path: Path, rounds: int, seed: int) -> Seen:
    """`rounds` kills: every other one aimed at a change to the disk (each in its own
    stretch of the run's changes, so that they cover it all), the others at a random moment
    of the run."""
    template = tmp_path / "template"
    originals, case_file = _template(template)
    key = secret(tmp_path, PASSPHRASE)
    # How long a whole lock takes here, and how many changes to the disk it makes.
    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    started = time.monotonic()
    finished, steps = _lock_and_kill(timing, key, Aim())
    whole_run = time.monotonic() - started
    assert finished and steps > 10
    rng = random.Random(seed)
    aimed_at_steps = (rounds + 1) // 2
    seen = Seen()
    for number in range(rounds):
        folder = tmp_path / f"run-{number}"
        shutil.copytree(template, folder)
        if number % 2 == 0:
            stretch = number // 2
            # The last stretch's kill comes after the last change: the lock is done.
            where = 1.0 if 0 < stretch == aimed_at_steps - 1 else rng.random()
            aim = Aim(step=min(steps, 1 + int(steps * (stretch + where) / aimed_at_steps)))
        else:
            aim = Aim(wait=rng.uniform(0, whole_run))
        if _lock_and_kill(folder, key, aim)[0]:
            seen.finished_before_the_kill += 1
        state = _check_whole(folder, key, originals, case_file)
        seen.states.add(state)
        if state.startswith("locked"):
            seen.locked += 1
        else:
            seen.plain += 1
        _finish(folder, key, rng, originals, case_file)
        shutil.rmtree(folder)
    return seen


def test_a_lock_killed_at_random_moments_leaves_a_whole_folder(tmp_path: Path) -> None:
    # Two kills, to keep the suite fast: one at a change to the disk, one at a moment.
    seen = _kill_rounds(tmp_path, rounds=2, seed=17)
    assert seen.plain + seen.locked == 2


@pytest.mark.slow
def test_many_kills_during_lock_leave_a_whole_folder(tmp_path: Path) -> None:
    seen = _kill_rounds(tmp_path, rounds=10, seed=3)
    # The kills landed all along the run: before the data file was locked, half-way
    # through the backups, and after.
    assert seen.plain >= 2 and seen.locked >= 1, seen
    assert "plain, 1 backup(s) sealed" in seen.states, seen
