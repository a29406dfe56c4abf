"""Locking a data folder, changing its passphrase and removing the lock
(`app.services.privacy`): the data file and every backup converted, the plain bytes replaced
overwritten, a failure or a kill leaving the folder whole, and what a kill leaves cleaned up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import paths
from app.services import privacy
from app.services.privacy import LockError, WrongPassphraseError
from app.store import Store, sealed
from app.store.backup import back_up_to
from app.store.cipher import is_locked_file
from app.store.wiping import aside_name, staged_name
from tests.helpers.datafiles import filled_database
from tests.helpers.locked_files import locked_rows, plain_rows
from tests.helpers.locking import leave_a_change_in_the_journal

KEY = "una frase bastante larga"
OTHER = "otra frase distinta"
NUMBER = b"C 07-959 SI"


def _hard_links_work(folder: Path) -> bool:
    probe = folder / "probe"
    probe.write_bytes(b"x")
    try:
        os.link(probe, folder / "probe-link")
    except OSError:
        return False
    finally:
        for name in ("probe", "probe-link"):
            (folder / name).unlink(missing_ok=True)
    return True


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A plain data folder: the busy case, an automatic-style backup and a backup protected
    with a passphrase of its own."""
    database = filled_database(paths.database_path())
    backups = paths.backups_dir()
    backups.mkdir()
    store = Store.open(database)
    try:
        back_up_to(store.conn, backups / "auto-20240501-101010.sqlite3")
        back_up_to(store.conn, backups / "mine.sqlite3", passphrase=OTHER)
    finally:
        store.close()
    return data_dir


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_lock_converts_the_data_file_and_seals_each_plain_backup(folder: Path) -> None:
    database = paths.database_path()
    rows = plain_rows(database)
    auto = paths.backups_dir() / "auto-20240501-101010.sqlite3"
    auto_bytes = auto.read_bytes()
    mine_bytes = (paths.backups_dir() / "mine.sqlite3").read_bytes()

    done = privacy.lock_folder(KEY)

    assert privacy.folder_is_locked()
    assert locked_rows(database, KEY) == rows
    assert sealed.unseal(auto.read_bytes(), KEY) == auto_bytes
    assert (paths.backups_dir() / "mine.sqlite3").read_bytes() == mine_bytes
    assert done.backups_changed == 1 and done.backups_left == ()
    for name, data in _files(folder).items():
        assert NUMBER not in data, name
    assert not list(privacy_leftovers(folder))


def privacy_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*") if p.name != ".gitkeep"]


def test_the_replaced_plain_bytes_are_overwritten(folder: Path) -> None:
    if not _hard_links_work(folder):
        pytest.skip("no hard links on this file system")
    database = paths.database_path()
    auto = paths.backups_dir() / "auto-20240501-101010.sqlite3"
    # A name of our own for the old files: after the lock it still reaches their bytes.
    os.link(database, folder / "old-data")
    os.link(auto, folder / "old-backup")

    privacy.lock_folder(KEY)

    for name in ("old-data", "old-backup"):
        old = (folder / name).read_bytes()
        assert old and old == bytes(len(old)), name  # all zeros


def test_a_plain_journal_is_folded_in_and_its_bytes_overwritten(folder: Path) -> None:
    if not _hard_links_work(folder):
        pytest.skip("no hard links on this file system")
    database = paths.database_path()
    leave_a_change_in_the_journal(database, "UPDATE cases SET short_title = 'Walpage v. B'")
    journal = database.with_name(database.name + "-wal")
    os.link(journal, folder / "old-journal")
    assert b"Walpage" in journal.read_bytes()

    privacy.lock_folder(KEY)

    assert not journal.exists()
    old = (folder / "old-journal").read_bytes()
    assert old and old == bytes(len(old))
    assert any("Walpage v. B" in map(str, row) for row in locked_rows(database, KEY)["cases"])


def test_change_passphrase_reseals_the_folders_backups_only(folder: Path) -> None:
    database = paths.database_path()
    rows = plain_rows(database)
    privacy.lock_folder(KEY)
    auto = paths.backups_dir() / "auto-20240501-101010.sqlite3"
    plain_auto = sealed.unseal(auto.read_bytes(), KEY)
    mine = paths.backups_dir() / "mine.sqlite3"
    mine_bytes = mine.read_bytes()

    done = privacy.change_passphrase(KEY, "a third passphrase")

    assert locked_rows(database, "a third passphrase") == rows
    assert sealed.unseal(auto.read_bytes(), "a third passphrase") == plain_auto
    assert mine.read_bytes() == mine_bytes
    assert done.backups_changed == 1 and done.backups_left == (mine,)
    with pytest.raises(WrongPassphraseError):
        privacy.check_passphrase(KEY)


def test_unlock_makes_the_data_and_the_folders_backups_plain(folder: Path) -> None:
    before = _files(folder)
    privacy.lock_folder(KEY)
    done = privacy.unlock_folder(KEY)
    assert not privacy.folder_is_locked()
    after = _files(folder)
    assert after.keys() == before.keys()
    for name in before:
        if name.startswith("backups"):
            assert after[name] == before[name], name
    assert plain_rows(paths.database_path()) == plain_rows_of(before)
    assert done.backups_changed == 1
    assert done.backups_left == (paths.backups_dir() / "mine.sqlite3",)


def plain_rows_of(files: dict[str, bytes]) -> object:
    import tempfile

    with tempfile.TemporaryDirectory() as spare:
        copy = Path(spare) / "copy.sqlite3"
        copy.write_bytes(files[paths.DATABASE_FILE])
        return plain_rows(copy)


def test_a_wrong_passphrase_changes_nothing(folder: Path) -> None:
    privacy.lock_folder(KEY)
    before = _files(folder)
    for attempt in (
        lambda: privacy.unlock_folder("wrong"),
        lambda: privacy.change_passphrase("wrong", OTHER),
        lambda: privacy.finish_interrupted(passphrase="wrong"),
        lambda: privacy.check_passphrase("wrong"),
    ):
        with pytest.raises(WrongPassphraseError):
            attempt()
        assert _files(folder) == before


def test_refusals_change_nothing(folder: Path) -> None:
    before = _files(folder)
    with pytest.raises(LockError, match="not locked"):
        privacy.unlock_folder(KEY)
    with pytest.raises(LockError, match="empty"):
        privacy.lock_folder("  ")
    with pytest.raises(LockError, match="not locked"):
        privacy.change_passphrase(KEY, OTHER)
    assert _files(folder) == before
    privacy.lock_folder(KEY)
    locked = _files(folder)
    with pytest.raises(LockError, match="already locked"):
        privacy.lock_folder(KEY)
    assert _files(folder) == locked


def test_a_backup_that_cannot_be_read_stops_the_lock_before_anything_changes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import backup_sealing

    # Sorted after the automatic backup, whose sealed copy is staged by then.
    big = paths.backups_dir() / "zz-too-large.sqlite3"
    big.write_bytes(b"SQLite format 3\x00" + bytes(100_000))
    monkeypatch.setattr(backup_sealing, "LARGEST_FILE", 50_000)
    before = _files(folder)
    with pytest.raises(LockError, match="could not be read"):
        privacy.lock_folder(KEY)
    assert _files(folder) == before
    assert not privacy_leftovers(folder)


def test_a_failing_conversion_of_the_data_file_leaves_the_backups_plain(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import cipher

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    before = _files(folder)
    monkeypatch.setattr(cipher, "lock_copy", full_disk)
    with pytest.raises(OSError):
        privacy.lock_folder(KEY)
    assert _files(folder) == before
    assert not privacy_leftovers(folder)


def test_the_settings_forget_the_last_case(folder: Path) -> None:
    settings = paths.settings_path()
    settings.write_text(
        "[cases]\nlast_case_number=C 07-959 SI\n\n[view]\nlarger_text=true\n", encoding="utf-8"
    )
    privacy.lock_folder(KEY)
    text = settings.read_text(encoding="utf-8")
    assert "07-959" not in text
    assert "larger_text=true" in text
    # Written again while locked (by an older copy of the program, say): forgotten again.
    settings.write_text(text + "\n[cases]\nlast_case_number=C 07-959 SI\n", encoding="utf-8")
    privacy.finish_interrupted()
    assert "07-959" not in settings.read_text(encoding="utf-8")


# -- what a kill leaves ----------------------------------------------------------------------


def test_finish_interrupted_cleans_up_what_a_kill_leaves(folder: Path) -> None:
    database = paths.database_path()
    rows = plain_rows(database)
    backups = paths.backups_dir()
    # Killed before the replace: the aside is a second name of the data file itself.
    os.link(database, aside_name(database))
    # A staged copy (plain, from an unlock) and a half-written backup.
    staged = staged_name(backups / "auto-20240501-101010.sqlite3")
    staged.write_bytes(database.read_bytes())
    half = backups / ".auto-20240502-101010.sqlite3.abc123.tmp"
    half.write_bytes(database.read_bytes()[:4096])

    done = privacy.finish_interrupted()

    assert not aside_name(database).exists() and not staged.exists()
    assert plain_rows(database) == rows  # the data file itself untouched
    assert set(done.leftovers_removed) == {aside_name(database), staged}
    assert half.exists()  # a plain folder's own business; only a locked folder's is sealed

    privacy.lock_folder(KEY)
    half.write_bytes(database.read_bytes()[:4096])
    (backups / "auto-20240503-101010.sqlite3").write_bytes(b"SQLite format 3\x00 plain")
    done = privacy.finish_interrupted(passphrase=KEY)
    assert not half.exists()
    assert done.backups_changed == 1
    assert sealed.is_sealed((backups / "auto-20240503-101010.sqlite3").read_bytes())


def test_an_aside_whose_file_is_gone_is_put_back_a_journals_is_not(folder: Path) -> None:
    backups = paths.backups_dir()
    auto = backups / "auto-20240501-101010.sqlite3"
    data = auto.read_bytes()
    os.replace(auto, aside_name(auto))
    journal_aside = aside_name(paths.database_path().with_name("meetconfer.sqlite3-wal"))
    journal_aside.write_bytes(b"plain pages")

    privacy.finish_interrupted()

    assert auto.read_bytes() == data
    assert not journal_aside.exists()
    assert not paths.database_path().with_name("meetconfer.sqlite3-wal").exists()


def test_running_a_cut_short_lock_again_finishes_it(folder: Path) -> None:
    backups = paths.backups_dir()
    auto = backups / "auto-20240501-101010.sqlite3"
    # As a run killed after sealing the backups, before the data file: data still plain.
    auto.write_bytes(sealed.seal(auto.read_bytes(), KEY))
    assert privacy.lock_folder(KEY).backups_changed == 0
    assert is_locked_file(paths.database_path())


def test_unlock_finishes_a_lock_cut_short_before_the_data_file(folder: Path) -> None:
    backups = paths.backups_dir()
    auto = backups / "auto-20240501-101010.sqlite3"
    plain = auto.read_bytes()
    auto.write_bytes(sealed.seal(plain, KEY))
    done = privacy.unlock_folder(KEY)
    assert done.backups_changed == 1
    assert auto.read_bytes() == plain


def test_a_change_cut_short_after_the_data_file_finishes_when_run_again(folder: Path) -> None:
    privacy.lock_folder(KEY)
    database = paths.database_path()
    from app.store.cipher import change_passphrase

    change_passphrase(database, database, KEY, OTHER)  # the data file took the new one
    done = privacy.change_passphrase(KEY, OTHER)
    auto = paths.backups_dir() / "auto-20240501-101010.sqlite3"
    assert sealed.unseal(auto.read_bytes(), OTHER)
    assert done.backups_changed == 1
