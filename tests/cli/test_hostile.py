"""Hostile input and faults through the command line (issue 19): no traceback, no hang, no
lost data, and a `verify` that tells the truth."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.store import Store
from app.store.backup import BackupKind, list_backups
from tests.helpers.builders import make_case
from tests.helpers.datafiles import (
    filled_database,
    fingerprint,
    flip_bytes_in_cases_page,
    folder_state,
)
from tests.helpers.processes import holding_lock

NUMBER = "C 07-959 SI"
ROOT = Path(__file__).resolve().parent.parent.parent
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX files and permissions")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(paths.data_dir()), *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def run_process(*argv: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    """The program as its own process, for calls that could hang: a bound, never a wait."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(paths.data_dir()), *argv],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.fixture
def filled(data_dir: Path) -> Path:
    return filled_database(paths.database_path())


def case_file(tmp_path: Path, name: str = "case.json", **fields: object) -> Path:
    from app.store.casefile import write_case_file

    document = json.loads(write_case_file(make_case(), exported_at=None))
    document["case"].update(fields)
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# -- output paths: never onto the data --------------------------------------------------


@pytest.mark.parametrize("command", ["export", "exhibit", "backup"])
@pytest.mark.parametrize("target", ["meetconfer.sqlite3", "meetconfer.sqlite3-wal",
                                    "meetconfer.sqlite3-shm", "meetconfer.lock",
                                    "backups/auto-20250101-000000.sqlite3", "link", "hardlink"])
def test_no_output_onto_a_file_of_the_data_folder(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    command: str, target: str,
) -> None:
    Store.open(paths.database_path(), daily_backup=True).close()
    if target == "link":
        output = tmp_path / "innocent.json"
        output.symlink_to(paths.database_path())
    elif target == "hardlink":
        output = tmp_path / "innocent.json"
        os.link(paths.database_path(), output)
    else:
        output = data_dir / target
    before = folder_state(data_dir)
    words = {"backup": ["backup"], "export": ["export", NUMBER], "exhibit": ["exhibit", NUMBER]}
    status, _out, err = run(capsys, *words[command], "-o", str(output))
    assert status == 2
    assert "data folder" in err
    assert folder_state(data_dir) == before


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "folder", "dangling link", "device"])
def test_output_only_to_an_ordinary_file_or_a_new_name(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    output = tmp_path / "out"
    if kind == "fifo":
        os.mkfifo(output)
    elif kind == "folder":
        output.mkdir()
    elif kind == "dangling link":
        output.symlink_to(tmp_path / "nowhere")
    else:
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(output, 0o600 | stat.S_IFCHR, os.makedev(1, 7))  # like /dev/full
    status, _out, err = run(capsys, "export", NUMBER, "-o", str(output))
    assert status == 2 and "-o:" in err
    mode = os.lstat(output).st_mode
    assert not stat.S_ISREG(mode)  # left as it was, not replaced by a file
    assert not (tmp_path / "nowhere").exists()


def test_an_output_through_a_link_writes_the_file_it_names(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "export", NUMBER, "-o", str(link))[0] == 0
    assert link.is_symlink() and json.loads(real.read_text())["case"]["case_number"] == NUMBER


# -- restore only this program's backups ------------------------------------------------


def test_restore_of_a_database_with_no_tables_is_refused(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    conn = sqlite3.connect(empty)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    before = folder_state(data_dir)
    status, _out, err = run(capsys, "restore", str(empty))
    assert status == 2 and "not a Meet-and-Confer Log backup" in err
    assert folder_state(data_dir) == before


def test_a_passphrase_for_a_plain_backup_is_told(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.sqlite3"
    assert run(capsys, "backup", "-o", str(plain))[0] == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("a passphrase\n")
    before = folder_state(data_dir)
    status, _out, err = run(capsys, "restore", str(plain), "--passphrase-file", str(secret))
    assert status == 2 and "not protected with a passphrase" in err
    assert folder_state(data_dir) == before


def test_a_passphrase_of_spaces_is_refused(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("   \t \n")
    status, _out, err = run(capsys, "backup", "-o", str(tmp_path / "b"), "--passphrase-file",
                            str(secret))
    assert status == 2 and "only spaces" in err
    assert not (tmp_path / "b").exists()


def test_a_tampered_cost_is_refused_at_once(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.store import sealed

    secret = tmp_path / "secret.txt"
    secret.write_text("a passphrase\n")
    sealed_backup = tmp_path / "sealed.mcbak"
    assert run(capsys, "backup", "-o", str(sealed_backup), "--passphrase-file", str(secret))[0] == 0
    data = bytearray(sealed_backup.read_bytes())
    data[len(sealed.MAGIC) + 1] = 20  # log2 n: 2**20, 32 times what the program writes
    sealed_backup.write_bytes(bytes(data))
    before = folder_state(data_dir)
    result = run_process("restore", str(sealed_backup), "--passphrase-file", str(secret),
                         timeout=10)
    assert result.returncode == 2 and "passphrase does not open" in result.stderr
    assert folder_state(data_dir) == before


# -- reads that end ----------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("option", ["import", "restore", "passphrase"])
def test_a_pipe_is_refused_not_waited_on(
    filled: Path, data_dir: Path, tmp_path: Path, option: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = folder_state(data_dir)
    words = {"import": ["import", str(fifo)],
             "restore": ["restore", str(fifo)],
             "passphrase": ["backup", "-o", str(tmp_path / "b"), "--passphrase-file", str(fifo)]}
    result = run_process(*words[option], timeout=20)
    assert result.returncode == 2
    assert "ordinary file" in result.stderr or "is not a file" in result.stderr
    assert folder_state(data_dir) == before


def test_an_endless_device_is_refused(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`/dev/zero` itself is never used by a test: a device node made here, if root can."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    zero = tmp_path / "zero"
    os.mknod(zero, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    for words in (["import", str(zero)], ["restore", str(zero)],
                  ["backup", "-o", str(tmp_path / "b"), "--passphrase-file", str(zero)]):
        status, _out, err = run(capsys, *words)
        assert "ordinary file" in err or "is not a file" in err, words
        assert status == 2, words


def test_a_huge_passphrase_file_is_refused(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    with secret.open("wb") as file:
        file.truncate(1 << 30)  # sparse: no disk used
    status, _out, err = run(capsys, "backup", "-o", str(tmp_path / "b"), "--passphrase-file",
                            str(secret))
    assert status == 2 and "larger than a passphrase file" in err


# -- writers: one at a time ---------------------------------------------------------------


def test_import_waits_for_no_one_and_says_who_holds_the_folder(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = case_file(tmp_path, case_number="C 99-1 AB")
    before = fingerprint(paths.database_path())
    with holding_lock(data_dir) as pid:
        status, _out, err = run(capsys, "import", str(source))
    assert status == 2
    assert "Another copy" in err and f"process {pid}" in err
    assert fingerprint(paths.database_path()) == before


def test_two_imports_at_once_into_an_empty_folder(data_dir: Path, tmp_path: Path) -> None:
    sources = [case_file(tmp_path, f"c{n}.json", case_number=f"C 99-{n} AB") for n in (1, 2)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), "import",
                          str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=ROOT, env=env)
        for source in sources
    ]
    results = [(child.wait(timeout=30), *child.communicate()) for child in children]
    for status, out, err in results:
        assert "Traceback" not in out + err
        assert status == 0 or (status == 2 and "Another copy" in err), err
        assert "already exists" not in err
    imported = {out.strip() for status, out, _err in results if status == 0}
    store = Store.open(paths.database_path())
    try:
        assert {c.case_number for c in store.list_cases()} == imported
    finally:
        store.close()


# -- names that deceive ------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["C 07\x00-959", "C 07\x1b[2J-959", "C 07-959\r", "C\n07-959"])
def test_control_characters_in_a_case_number_are_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    status, out, err = run(capsys, "import", str(case_file(tmp_path, case_number=bad)))
    assert status == 2
    assert "case.case_number" in err and "control character" in err
    assert "\x1b" not in out + err and "\x00" not in out + err and "\r" not in out + err
    assert not paths.database_path().exists()


def test_control_characters_in_other_fields(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = case_file(tmp_path, defendants=["Officer\x1b[31m Red"], short_title="A\tv. B")
    status, _out, err = run(capsys, "import", str(source))
    assert status == 2
    assert "case.defendants[0]" in err and "case.short_title" in err


@pytest.mark.parametrize("look_alike", ["c 07-959 si", "C 07-959 SI ", "C 07\u2010959 SI",
                                        "C  07-959\u00a0SI", "\uff23 07-959 SI"])
def test_a_case_number_that_looks_the_same_collides(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], look_alike: str
) -> None:
    before = fingerprint(paths.database_path())
    status, _out, err = run(capsys, "import", str(case_file(tmp_path, case_number=look_alike)))
    assert status == 2
    assert f"\u201c{NUMBER}\u201d" in err and "--replace" in err
    assert fingerprint(paths.database_path()) == before
    # Replacing replaces that case: still one case, now numbered as the file writes it.
    assert run(capsys, "import", "--replace",
               str(case_file(tmp_path, case_number=look_alike)))[0] == 0
    assert run(capsys, "list")[1].count("\n") == 1


def test_list_never_prints_control_characters_stored_by_an_older_copy(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(paths.database_path())
    conn.execute("UPDATE cases SET short_title = 'Evil\x1b]0;pwned\x07 v. Title'")
    conn.commit()
    conn.close()
    status, out, _err = run(capsys, "list")
    assert status == 0
    assert "\x1b" not in out and "\x07" not in out and "\\x1b" in out


# -- text the PDF cannot print ----------------------------------------------------------


def test_exhibit_names_the_characters_it_cannot_print(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(paths.database_path())
    store.insert_case(make_case(defendants=["Officer \u4e2d\u6751 \U0001F600", "et al."]))
    store.close()
    status, _out, err = run(capsys, "exhibit", NUMBER, "-o", str(tmp_path / "x.pdf"))
    assert status == 0
    assert "case.defendants[0]" in err and "U+4E2D" in err and "U+1F600" in err


# -- verify tells the truth ---------------------------------------------------------------




@pytest.mark.parametrize("kind", ["a file", "unreachable"])
def test_verify_a_data_folder_that_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    folder = blocker if kind == "a file" else blocker / "inside"
    status = main(["--data-dir", str(folder), "verify"])
    out = capsys.readouterr().out
    assert status == 1 and "cannot be used" in out
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("damage", ["dangling link", "0 bytes", "flipped bytes"])
def test_verify_finds_damage_and_creates_nothing(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    database = paths.database_path()
    if damage == "dangling link":
        database.unlink()
        database.symlink_to(data_dir / "gone.sqlite3")
    elif damage == "0 bytes":
        database.write_bytes(b"")
    else:
        flip_bytes_in_cases_page(database)
    before = folder_state(data_dir)
    status, out, _err = run(capsys, "verify")
    assert status == 1 and "A problem was found" in out
    assert folder_state(data_dir) == before  # no -wal, no -shm, nothing else


def test_verify_of_a_healthy_folder_creates_no_journal(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_state(data_dir)
    assert run(capsys, "verify")[0] == 0
    assert folder_state(data_dir) == before


def test_reading_commands_change_nothing(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_state(data_dir)
    assert run(capsys, "list")[0] == 0
    assert run(capsys, "export", NUMBER, "-o", str(tmp_path / "c.json"))[0] == 0
    assert run(capsys, "check", NUMBER, "--as-of", "2007-09-01")[0] in (0, 3)
    assert run(capsys, "exhibit", NUMBER, "-o", str(tmp_path / "c.pdf"),
               "--as-of", "2007-09-01")[0] == 0
    assert folder_state(data_dir) == before


def test_a_data_file_cut_to_nothing_is_kept_and_the_backup_offered(
    filled: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(paths.database_path(), daily_backup=True).close()
    paths.database_path().write_bytes(b"")
    before = folder_state(data_dir)
    status, _out, err = run(capsys, "list")
    assert status == 2
    assert "empty (0 bytes)" in err and "meetconfer restore" in err
    assert "no cases here yet" not in err
    assert folder_state(data_dir) == before
    newest = next(b for b in list_backups(paths.backups_dir()) if b.kind is BackupKind.AUTOMATIC)
    assert str(newest.path) in err


# -- the data folder is private ---------------------------------------------------------


@posix_only
def test_the_data_folder_and_all_in_it_are_private(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_mask = os.umask(0o022)
    try:
        assert run(capsys, "import", str(case_file(tmp_path)))[0] == 0
        assert run(capsys, "backup", "-o", str(tmp_path / "b.sqlite3"))[0] == 0
        Store.open(paths.database_path(), daily_backup=True).close()
        assert run(capsys, "restore", str(tmp_path / "b.sqlite3"))[0] == 0
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for item in data_dir.rglob("*"):
        expected = 0o700 if item.is_dir() else 0o600
        assert stat.S_IMODE(item.stat().st_mode) == expected, item


@posix_only
def test_what_an_older_version_left_readable_is_made_private(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.chmod(0o755)
    paths.database_path().chmod(0o644)
    assert run(capsys, "import", str(case_file(tmp_path, case_number="C 99-1 AB")))[0] == 0
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database_path().stat().st_mode) == 0o600


def test_import_does_not_write_into_a_file_damaged_inside_a_row(
    filled: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip_bytes_in_cases_page(paths.database_path())
    before = folder_state(data_dir)
    status, _out, err = run(capsys, "import", str(case_file(tmp_path, case_number="C 99-1 AB")))
    assert status == 2 and "damaged" in err
    assert folder_state(data_dir) == before


def test_a_case_is_found_however_its_number_is_written(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = " c 07\u2010959  si"
    assert run(capsys, "export", typed, "-o", str(tmp_path / "c.json"))[0] == 0
    assert json.loads((tmp_path / "c.json").read_text())["case"]["case_number"] == NUMBER
    assert run(capsys, "check", typed, "--as-of", "2007-09-01")[0] in (0, 3)
    assert run(capsys, "exhibit", typed, "-o", str(tmp_path / "c.pdf"),
               "--as-of", "2007-09-01")[0] == 0


@pytest.mark.parametrize("fields", [
    {"defendants": [f"Correctional Officer {n} Johnson-Smith" for n in range(30)]},
    {"plaintiffs": [f"Plaintiff Number {n} Williams" for n in range(30)]},
    # The longest a case file allows (200 characters a name, 50 names): each still flows.
    {"defendants": [("Officer " + "Verylongname " * 15)[:200]] * 50},
    {"judge": ("Honorable " + "Judge Name " * 20)[:200],
     "case_number": ("C " + "07-959-" * 28)[:200]},
])
def test_exhibit_with_a_caption_longer_than_a_page(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: dict[str, object]
) -> None:
    assert run(capsys, "import", str(case_file(tmp_path, **fields)))[0] == 0
    number = run(capsys, "list")[1].split("\t")[0]
    status, _out, err = run(capsys, "exhibit", number, "-o", str(tmp_path / "x.pdf"),
                            "--as-of", "2007-09-01")
    assert status == 0, err
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_reading_an_older_format_reads_it_and_leaves_the_file_as_it_was(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The layout is brought up to date in a copy in memory; the file waits for the next
    writer, which backs it up first."""
    from tests.helpers.datafiles import database_at_version

    data_dir.mkdir()
    database_at_version(paths.database_path(), 1, letters=3)
    before = folder_state(data_dir)
    status, out, _err = run(capsys, "list")
    assert status == 0 and out.startswith(NUMBER)
    assert run(capsys, "export", NUMBER, "-o", str(tmp_path / "c.json"))[0] == 0
    assert folder_state(data_dir) == before  # no upgrade, no backup, no journal
