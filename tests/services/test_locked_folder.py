"""A data folder locked with a passphrase, through the services the desktop app and the
command line use: every kind of write works, a failure is the same plain `SaveError` as on
a plain folder, every backup is sealed, a restore keeps the folder locked, and after a
whole session no name, summary or case number of the demo case is readable in any file
under the data folder (its journals while it is open included). A wrong passphrase changes
no byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths
from app.services import letters, safety
from app.services.cases import Cases, OpenCase, SaveError
from app.services.drafts import Drafts, draft_key
from app.services.session import open_store
from app.store import DatabaseProblem, ProblemKind, Store, WrongPassphraseError
from app.store.backup import BackupKind
from app.store.cipher import is_locked_file, lock_copy, unlock_copy
from app.store.sealed import PassphraseError, is_sealed
from tests.helpers.builders import make_counsel, make_dispute, outgoing
from tests.helpers.datafiles import folder_state
from tests.helpers.demo_secrets import demo_private_texts, readable_in_folder
from tests.helpers.locked_files import PASSPHRASE

# Typed during the session: as private as the demo case's own words.
NEW_TEXTS = {
    "Marisol Quintanilla-Roe",
    "Grievance log for the east yard",
    "Called about the grievance log; no answer from the office.",
    "Half-typed note about Lieutenant Abernathy",
}


@pytest.fixture
def locked_folder(data_dir: Path) -> Path:
    """The configured data folder holding the demo case, locked (and its backups folder
    empty: the demo was imported plain, before the lock)."""
    store = open_store()
    try:
        Cases(store).import_demo()
    finally:
        store.close()
    lock_copy(paths.database_path(), paths.database_path(), PASSPHRASE)
    return paths.data_dir()


@pytest.fixture
def session(locked_folder: Path) -> Iterator[OpenCase]:
    store = open_store(daily_backup=True, passphrase=PASSPHRASE)  # as the app opens it
    cases = Cases(store)
    try:
        yield cases.open(cases.summaries()[0].id)
    finally:
        store.close()


def secrets() -> set[str]:
    return demo_private_texts() | NEW_TEXTS


def write_everything(session: OpenCase) -> None:
    """One of each write the program makes: a case's details, a lawyer, a request, a
    letter logged as mailed, a call, a draft, a change undone from the history, a letter
    removed and put back from the trash, a case removed and put back."""
    store = session.store
    session.update_details(dataclasses.replace(session.case, judge="Hon. A. Example"))
    session.save_counsel(make_counsel("", name="Marisol Quintanilla-Roe"), new=True)
    session.save_dispute(
        make_dispute("", label="Grievance log for the east yard", status="open"), new=True
    )
    today = dt.date.today()
    letter = letters.draft(session.case, "impasse", today=today)
    letters.log_mailed(session, letter, letter.text, today=today)
    call = outgoing("", today, counsel="k1", disputes=("d1",),
                    summary="Called about the grievance log; no answer from the office.")
    session.save_communication(call, new=True)
    Drafts(store).save(
        draft_key(session.case_id, "note"), "note", "Half-typed note about Lieutenant Abernathy",
        {"text": "Half-typed note about Lieutenant Abernathy"},
    )
    first = session.case.communications[0]
    session.save_communication(dataclasses.replace(first, summary="Changed by mistake."),
                               new=False)
    changed = safety.history_of(store, safety.RecordKind.LETTER, session.case_id, first.id)
    safety.put_back_version(store, changed[-1])
    session.delete_communication(first.id)
    (removed,) = safety.trash_items(store, session.case_id)
    safety.restore_from_trash(store, removed)
    number = session.case.case_number
    Cases(store).store.delete_case(session.case_id)
    (removed_case,) = safety.trash_items(store, None)
    safety.restore_from_trash(store, removed_case)
    assert store.case_id(number) is not None


def test_every_kind_of_write_works_and_nothing_is_readable_in_the_folder(
    session: OpenCase, tmp_path: Path
) -> None:
    store = session.store
    assert store.is_locked
    write_everything(session)
    case = store.load_case(store.list_cases()[0].id)
    assert any(c.name == "Marisol Quintanilla-Roe" for c in case.counsel)
    assert any(d.label == "Grievance log for the east yard" for d in case.disputes)
    assert sum(1 for c in case.communications if c.letter is not None) >= 1
    assert Drafts(store).pending()[0].title == "Half-typed note about Lieutenant Abernathy"
    saved = safety.make_backup(tmp_path / "saved.mcbak", store=store)  # made on purpose
    assert safety.backup_if_due(store) is None  # the day's was made on opening
    # While it is open: the data file, its -wal and -shm journals, the day's backup.
    folder = paths.data_dir()
    names = {p.name for p in folder.iterdir()}
    assert {"meetconfer.sqlite3-wal", "meetconfer.sqlite3-shm"} <= names
    assert readable_in_folder(folder, secrets()) == {}
    store.close()
    assert readable_in_folder(folder, secrets()) == {}
    assert readable_in_folder(tmp_path, secrets()) == {}  # the backup made on purpose too
    backups = safety.list_backups()
    assert [b.kind for b in backups] == [BackupKind.AUTOMATIC] and backups[0].sealed
    assert is_sealed(saved.read_bytes())
    # The check could fail: every one of those words is in a plain copy of the folder.
    plain = tmp_path / "plain" / "meetconfer.sqlite3"
    plain.parent.mkdir()
    unlock_copy(paths.database_path(), plain, PASSPHRASE)
    found = {text for hits in readable_in_folder(plain.parent, secrets()).values()
             for text in hits}
    assert found == secrets()
    # A backup made from a copy read into memory (the command line's) is sealed too.
    reopened = Store.open_locked_for_reading(paths.database_path(), PASSPHRASE)
    try:
        assert is_sealed(safety.make_backup(tmp_path / "cli.mcbak", store=reopened).read_bytes())
    finally:
        reopened.close()


@pytest.mark.parametrize("kind", ["plain", "locked"])
def test_a_write_that_fails_is_the_same_plain_save_error_on_both(
    data_dir: Path, kind: str
) -> None:
    store = open_store()
    cases = Cases(store)
    session = cases.open(cases.import_demo())
    if kind == "locked":
        store.close()
        lock_copy(paths.database_path(), paths.database_path(), PASSPHRASE)
        store = open_store(passphrase=PASSPHRASE)
        session = Cases(store).open(session.case_id)
    try:
        # The database itself refuses every write: its error is SQLite's on a plain file,
        # SQLCipher's on a locked one.
        store.conn.execute("PRAGMA query_only = ON")
        with pytest.raises(SaveError, match="could not be written") as caught:
            session.save_counsel(make_counsel("", name="Anyone"), new=True)
        assert PASSPHRASE not in str(caught.value)
        with pytest.raises(SaveError, match="could not be written"):
            Drafts(store).save("k", "note", "t", {})
        with pytest.raises(SaveError, match="could not be written"):
            cases.create(dataclasses.replace(session.case, case_number="C 1-2 X"))
    finally:
        store.close()


def test_the_passphrase_is_in_no_repr_message_or_log_line(
    session: OpenCase, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = session.store
    assert store.folder_passphrase == PASSPHRASE
    assert PASSPHRASE not in repr(store) and "locked" in repr(store)
    safety.make_backup(tmp_path / "saved.mcbak", store=store)
    with pytest.raises(PassphraseError) as caught:
        safety.restore_backup(tmp_path / "saved.mcbak", "not it", store=store)
    assert PASSPHRASE not in str(caught.value)
    assert PASSPHRASE not in caplog.text


# -- restoring -----------------------------------------------------------------------------


def test_a_restore_in_the_app_keeps_the_folder_locked(session: OpenCase) -> None:
    store = session.store
    (daily,) = safety.list_backups()
    number = session.case.case_number
    store.delete_case(session.case_id)
    aside = safety.restore_backup(daily.path, store=store)  # sealed: the folder's passphrase
    assert store.is_locked and store.case_id(number) is not None  # reopened, locked
    assert is_locked_file(paths.database_path())
    assert aside is not None and is_sealed(aside.read_bytes())
    store.close()
    assert readable_in_folder(paths.data_dir(), secrets()) == {}


def test_a_damaged_locked_folder_finds_and_puts_back_its_newest_good_backup(
    locked_folder: Path,
) -> None:
    open_store(daily_backup=True, passphrase=PASSPHRASE).close()
    paths.database_path().write_bytes(b"\x00" * 8192)  # damaged: no longer even looks locked
    with pytest.raises(DatabaseProblem) as caught:
        open_store(passphrase=PASSPHRASE)
    assert caught.value.backup_may_help
    assert safety.has_sealed_backups()
    assert safety.newest_good_backup() is None
    good = safety.newest_good_backup(PASSPHRASE)
    assert good is not None and good.sealed
    safety.restore_backup(good.path, folder_passphrase=PASSPHRASE)
    assert is_locked_file(paths.database_path())
    reopened = open_store(passphrase=PASSPHRASE)
    try:
        assert len(reopened.list_cases()) == 1
    finally:
        reopened.close()
    assert readable_in_folder(paths.data_dir(), demo_private_texts()) == {}


def test_a_locked_folder_is_not_restored_without_its_passphrase(
    locked_folder: Path, tmp_path: Path
) -> None:
    store = open_store(passphrase=PASSPHRASE)
    try:
        saved = safety.make_backup(tmp_path / "saved.mcbak", "the backup's own", store=store)
    finally:
        store.close()
    before = folder_state(locked_folder)
    with pytest.raises(DatabaseProblem) as caught:
        safety.restore_backup(saved, "the backup's own")
    assert caught.value.kind is ProblemKind.LOCKED
    with pytest.raises(WrongPassphraseError):
        safety.restore_backup(saved, "the backup's own", folder_passphrase="not the folder's")
    assert folder_state(locked_folder) == before


# -- a wrong passphrase --------------------------------------------------------------------


def test_a_wrong_passphrase_leaves_every_file_byte_identical(
    locked_folder: Path, tmp_path: Path
) -> None:
    open_store(daily_backup=True, passphrase=PASSPHRASE).close()
    (daily,) = safety.list_backups()
    before = folder_state(locked_folder)
    assert len(before) >= 3  # the data file, the backups folder and its backup
    wrong = "correct horse battery staple"
    with pytest.raises(WrongPassphraseError):
        open_store(daily_backup=True, passphrase=wrong)
    with pytest.raises(WrongPassphraseError):
        safety.verify(passphrase=wrong)
    with pytest.raises(PassphraseError):
        safety.restore_backup(daily.path, folder_passphrase=wrong)
    with pytest.raises(WrongPassphraseError):
        Store.open_locked_for_reading(paths.database_path(), wrong)
    assert safety.newest_good_backup(wrong) is None
    assert folder_state(locked_folder) == before


# -- verify ----------------------------------------------------------------------------------


def test_verify_checks_a_locked_folders_sealed_backups(locked_folder: Path) -> None:
    open_store(daily_backup=True, passphrase=PASSPHRASE).close()
    report = safety.verify(passphrase=PASSPHRASE)
    text = "\n".join(line.english() for line in report.lines)
    assert report.healthy, text
    assert "locked with a passphrase" in text
    assert "Backups protected with a passphrase: 1 of 1" in text
    (daily,) = safety.list_backups()
    data = bytearray(daily.path.read_bytes())
    data[-40] ^= 0xFF
    daily.path.write_bytes(bytes(data))
    damaged = safety.verify(passphrase=PASSPHRASE)
    assert not damaged.healthy
    assert any("does not open with the data folder's passphrase" in line.english()
               for line in damaged.lines)
