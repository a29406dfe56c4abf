"""Every subcommand against every kind of damaged data folder the safety tests make (issue
13): a plain message and exit 2 (`verify`: 1), never a traceback, and the folder left
exactly as it was; `restore` of a good backup is the way out and puts the data back."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.store import Store
from tests.helpers.datafiles import DAMAGES, filled_database, folder_state

NUMBER = "C 07-959 SI"


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    return {
        "list": ["list"],
        "import": ["import", str(tmp_path / "case.json")],
        "export": ["export", NUMBER, "-o", str(tmp_path / "out.json")],
        "check": ["check", NUMBER, "--as-of", "2007-09-01"],
        "exhibit": ["exhibit", NUMBER, "-o", str(tmp_path / "out.pdf")],
        "backup": ["backup", "-o", str(tmp_path / "backup.sqlite3")],
        "verify": ["verify"],
    }


@pytest.fixture
def good_backup(data_dir: Path, tmp_path: Path) -> Path:
    """A filled data folder, a case file to import, and a good backup of the data, kept
    outside the folder; the test then damages the folder."""
    filled_database(paths.database_path())
    target = tmp_path / "good.sqlite3"
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(target)]) == 0
    assert main(["--data-dir", str(data_dir), "export", NUMBER, "-o",
                 str(tmp_path / "case.json")]) == 0
    (tmp_path / "case.json").write_text(
        (tmp_path / "case.json").read_text().replace(NUMBER, "C 99-1 AB"))
    return target


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_every_command_on_a_damaged_folder(
    data_dir: Path, tmp_path: Path, good_backup: Path, capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    capsys.readouterr()
    DAMAGES[damage](paths.database_path())
    before = folder_state(data_dir)
    for name, words in _commands(tmp_path).items():
        status = main(["--data-dir", str(data_dir), *words])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, (name, err)
        assert status == (1 if name == "verify" else 2), (name, out, err)
        said = out if name == "verify" else err
        assert str(paths.database_path()) in said, (name, said)
        assert folder_state(data_dir) == before, name
    for made in ("out.json", "out.pdf", "backup.sqlite3"):
        assert not (tmp_path / made).exists()
    _restore_is_the_way_out(data_dir, good_backup, capsys, damage)


def _restore_is_the_way_out(data_dir: Path, backup: Path,
                            capsys: pytest.CaptureFixture[str], damage: str) -> None:
    status = main(["--data-dir", str(data_dir), "restore", str(backup)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if damage == "a folder where the file goes":
        assert status == 2  # the folder is not replaced; the person is told
        return
    assert status == 0, err
    store = Store.open(paths.database_path())
    try:
        assert [c.case_number for c in store.list_cases()] == [NUMBER]
    finally:
        store.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="permissions do not bind the superuser")
def test_every_command_on_a_read_only_folder(
    data_dir: Path, tmp_path: Path, good_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        before = folder_state(data_dir)
        writers: dict[str, Callable[[int], bool]] = {
            "import": lambda s: s == 2, "verify": lambda s: s in (0, 1)}
        for name, words in _commands(tmp_path).items():
            status = main(["--data-dir", str(data_dir), *words])
            out, err = capsys.readouterr()
            assert "Traceback" not in out + err, (name, err)
            assert writers.get(name, lambda s: s in (0, 2, 3))(status), (name, status, err)
            assert folder_state(data_dir) == before, name
    finally:
        data_dir.chmod(stat.S_IRWXU)


def test_every_command_when_the_data_cannot_be_written(
    data_dir: Path, tmp_path: Path, good_backup: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A read-only folder as the superuser cannot make one: opening for writing fails as it
    does there. The reading commands do not open for writing, so they work; the writers
    say so plainly; nothing is changed."""
    import sqlite3

    from app.store import db as db_module

    def read_only(path: object, in_memory: bool) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(db_module, "_open", read_only)
    capsys.readouterr()
    before = folder_state(data_dir)
    for name, words in _commands(tmp_path).items():
        status = main(["--data-dir", str(data_dir), *words])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, (name, err)
        if name == "import":
            assert status == 2 and "could not be opened" in err
            # The lock it took stays, as after any writer (it is the lock, not data).
            before["meetconfer.lock"] = folder_state(data_dir)["meetconfer.lock"]
        else:
            assert status in (0, 3), (name, err)
        assert folder_state(data_dir) == before, name
