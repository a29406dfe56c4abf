"""The only code that writes the case tables, and the way the rest of the program reads
them (whole cases are read back by `app.store.case_reading`, which the file check uses too).

Records are addressed by the case's row id and the record's own id (the case file's
`id`, called `key` in the tables). Writes that belong together run in one transaction
(`db.atomic()`), so a failed write leaves the database exactly as it was. Each write
returns the record as stored, so a caller refreshes only what changed.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.domain.model import Case, Communication, Counsel, Dispute
from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store import case_reading, rows
from app.store.db import (
    is_cipher_connection,
    open_connection,
    open_for_reading,
    open_locked_for_reading,
)
from app.store.errors import (
    DuplicateCaseError,
    DuplicateIdError,
    ImmutableLetterError,
    InUseError,
    NotFoundError,
    ProblemKind,
    problem,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

_CTX = "Store"


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: int
    case_number: str
    short_title: str
    rule_profile: str
    counsel: int
    disputes: int
    open_disputes: int
    communications: int


# The prefix of ids the program makes up for records created in the app.
_KEY_PREFIX = {"counsel": "k", "disputes": "d", "communications": "c"}


class Store:
    """Reads go straight to the SQLite connection; writes go through sqlite-utils'
    `Database`, made on the first write (`db`): opening a case only reads, and importing
    sqlite-utils costs about 36 ms of the desktop app's start on a 2-core PC."""

    source: str | None = None  # the data file, when the connection reads a copy of it

    def __init__(self, db: Database | sqlite3.Connection) -> None:
        self._db: Database | None = None
        # The locked folder's passphrase (None for a plain folder), kept so that backups
        # are sealed with it without asking again. Only `folder_passphrase` gives it out:
        # it is in no repr, log line or message.
        self._passphrase: str | None = None
        # sqlite-utils' Database holds its connection as `conn`; a bare connection (Python's
        # sqlite3, or SQLCipher's for a locked folder) has none. Database itself is not
        # imported to ask: opening a case does not load sqlite-utils.
        if hasattr(db, "conn"):
            self.db = cast("Database", db)
        else:
            self.conn = db

    @property
    def db(self) -> Database:
        if self._db is None:
            from app.store.database import database_for

            self._db = database_for(self.conn)
        return self._db

    @db.setter
    def db(self, db: Database) -> None:
        self._db = db
        self.conn = db.conn

    @classmethod
    def open(
        cls, path: Path | str, *, daily_backup: bool = False, passphrase: str | None = None
    ) -> Store:
        """The data at `path` for reading and writing (`app.store.db.open_connection`); a
        locked data file needs its `passphrase`, which the store then keeps
        (`folder_passphrase`) for the folder's backups."""
        conn = open_connection(path, daily_backup=daily_backup, passphrase=passphrase)
        store = cls(conn)
        if passphrase is not None and is_cipher_connection(conn):
            store._passphrase = passphrase
        return store

    @classmethod
    def open_for_reading(cls, path: Path | str) -> Store | None:
        """The data at `path` for reading only: nothing is created or changed (None when
        there is no data file yet). Raises `DatabaseProblem` when it cannot be used."""
        conn = open_for_reading(path)
        if conn is None:
            return None
        store = cls(conn)
        store.source = str(path)  # the connection may be a copy in memory
        return store

    @classmethod
    def open_locked_for_reading(cls, path: Path | str, passphrase: str) -> Store:
        """`open_for_reading` for a data file locked with `passphrase`."""
        store = cls(open_locked_for_reading(path, passphrase))
        store.source = str(path)
        store._passphrase = passphrase
        return store

    def take_over(self, reopened: Store) -> None:
        """Go on with `reopened`, the same data folder opened again after a change to its
        file (a backup put back, the folder locked or its lock removed): its connection and
        its passphrase, so that every page, form and dialog holding this store keeps
        working, and backups are sealed as the folder now is."""
        self.db = reopened.db
        self._passphrase = reopened._passphrase

    @property
    def folder_passphrase(self) -> str | None:
        """The passphrase the locked data folder was opened with; None for a plain one."""
        return self._passphrase

    @property
    def is_locked(self) -> bool:
        """Whether this is a data folder locked with a passphrase."""
        return self._passphrase is not None

    def __repr__(self) -> str:
        # Said outright, so that no later change puts the passphrase in a repr.
        kind = "locked" if self.is_locked else "plain"
        return f"<Store {kind} {self.source or ''}>".replace(" >", ">")

    def close(self) -> None:
        self.conn.close()

    def query(self, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        """The rows `sql` selects, each as a dict by column name."""
        return case_reading.query(self.conn, sql, params)

    # -- cases -----------------------------------------------------------------------

    def list_cases(self) -> list[CaseSummary]:
        sql = """
            SELECT c.id, c.case_number, c.short_title, c.rule_profile,
              (SELECT count(*) FROM counsel WHERE case_id = c.id) AS counsel,
              (SELECT count(*) FROM disputes WHERE case_id = c.id) AS disputes,
              (SELECT count(*) FROM disputes WHERE case_id = c.id
                 AND status IN ('open', 'narrowed')) AS open_disputes,
              (SELECT count(*) FROM communications WHERE case_id = c.id) AS communications
            FROM cases c ORDER BY c.case_number"""
        return [CaseSummary(**row) for row in self.query(sql)]

    def case_id(self, case_number: str) -> int | None:
        row = self._first("SELECT id FROM cases WHERE case_number = ?", [case_number])
        return None if row is None else int(row["id"])

    def same_case(self, case_number: str) -> tuple[int, str] | None:
        """The case already here whose number is `case_number` or one a person cannot tell
        from it (other capitals, spaces, a Unicode hyphen: `case_number_key`), as its id
        and its number as stored."""
        from app.domain.text_safety import case_number_key

        exact = self.case_id(case_number)
        if exact is not None:
            return exact, case_number
        wanted = case_number_key(case_number)
        for row in self.query("SELECT id, case_number FROM cases ORDER BY id"):
            if case_number_key(row["case_number"]) == wanted:
                return int(row["id"]), str(row["case_number"])
        return None

    def load_case_by_number(self, case_number: str) -> Case | None:
        case_id = self.case_id(case_number)
        return None if case_id is None else self.load_case(case_id)

    def load_case(self, case_id: int) -> Case:
        """The whole case. A stored value the program cannot read back (a choice or a
        day changed by damage inside the file) raises `DatabaseProblem`, not a crash."""
        try:
            return self._load_case(case_id)
        except (ValueError, KeyError, TypeError) as error:
            raise problem(ProblemKind.DAMAGED, self._file_name()) from error

    def _file_name(self) -> str:
        if self.source is not None:
            return self.source
        row = self.conn.execute("PRAGMA database_list").fetchone()
        return str(row[2]) if row is not None and row[2] else "(in memory)"

    def _load_case(self, case_id: int) -> Case:
        return case_reading.load_case(self.conn, case_id)

    def insert_case(self, case: Case, *, replace: bool = False) -> int:
        """Store a whole case (an import) in one transaction; with `replace`, a case with
        the same number is removed first, in the same transaction."""
        with self.db.atomic():
            same = self.same_case(case.case_number)
            existing = None if same is None else same[0]
            if same is not None:
                if not replace:
                    raise DuplicateCaseError(same[1])
                self.db.execute(
                    "DELETE FROM communication_disputes WHERE communication_id IN "
                    "(SELECT id FROM communications WHERE case_id = ?)",
                    [existing],
                )
                self.db.execute("DELETE FROM communications WHERE case_id = ?", [existing])
                self.db.execute("DELETE FROM cases WHERE id = ?", [existing])
            stamp = rows.now_stamp()
            case_id = self._insert("cases", {**rows.case_row(case), **_stamps(stamp)})
            counsel_ids = {
                c.id: self._insert("counsel", self._child(case_id, pos, rows.counsel_row(c), stamp))
                for pos, c in enumerate(case.counsel)
            }
            dispute_ids = {
                d.id: self._insert(
                    "disputes", self._child(case_id, pos, rows.dispute_row(d), stamp)
                )
                for pos, d in enumerate(case.disputes)
            }
            for pos, comm in enumerate(case.communications):
                counsel_id = counsel_ids[comm.counsel] if comm.counsel is not None else None
                comm_id = self._insert(
                    "communications",
                    self._child(case_id, pos, rows.communication_row(comm, counsel_id), stamp),
                )
                self._link(comm_id, [dispute_ids[key] for key in comm.disputes])
        return case_id

    def update_case_details(self, case_id: int, case: Case) -> Case:
        """The case's own fields and the litigant; its lists are left alone."""
        with self.db.atomic():
            self._require("cases", case_id)
            clash = self.same_case(case.case_number)
            if clash is not None and clash[0] != case_id:
                raise DuplicateCaseError(clash[1])
            self._update("cases", case_id, rows.case_row(case))
        return self.load_case(case_id)

    def delete_case(self, case_id: int) -> None:
        with self.db.atomic():
            self._require("cases", case_id)
            self.db.execute(
                "DELETE FROM communication_disputes WHERE communication_id IN "
                "(SELECT id FROM communications WHERE case_id = ?)",
                [case_id],
            )
            self.db.execute("DELETE FROM communications WHERE case_id = ?", [case_id])
            self.db.execute("DELETE FROM cases WHERE id = ?", [case_id])

    # -- counsel ---------------------------------------------------------------------

    def add_counsel(self, case_id: int, counsel: Counsel) -> Counsel:
        with self.db.atomic():
            counsel.id = self._fresh_key(case_id, "counsel", counsel.id)
            self._insert(
                "counsel",
                self._child(
                    case_id,
                    self._next_position(case_id, "counsel"),
                    rows.counsel_row(counsel),
                    rows.now_stamp(),
                ),
            )
        return counsel

    def update_counsel(self, case_id: int, counsel: Counsel) -> Counsel:
        with self.db.atomic():
            row_id = self._row_id(case_id, "counsel", counsel.id)
            self._update("counsel", row_id, rows.counsel_row(counsel))
        return counsel

    def delete_counsel(self, case_id: int, key: str) -> None:
        with self.db.atomic():
            row_id = self._row_id(case_id, "counsel", key)
            used = self._first(
                "SELECT count(*) AS n FROM communications WHERE counsel_id = ?", [row_id]
            )
            if used is not None and used["n"]:
                raise InUseError(
                    message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "This lawyer is named in {count} letters or calls; change those first.",
                        ),
                        count=used["n"],
                    )
                )
            self.db.execute("DELETE FROM counsel WHERE id = ?", [row_id])

    # -- disputes --------------------------------------------------------------------

    def add_dispute(self, case_id: int, dispute: Dispute) -> Dispute:
        with self.db.atomic():
            dispute.id = self._fresh_key(case_id, "disputes", dispute.id)
            self._insert(
                "disputes",
                self._child(
                    case_id,
                    self._next_position(case_id, "disputes"),
                    rows.dispute_row(dispute),
                    rows.now_stamp(),
                ),
            )
        return dispute

    def update_dispute(self, case_id: int, dispute: Dispute) -> Dispute:
        with self.db.atomic():
            row_id = self._row_id(case_id, "disputes", dispute.id)
            self._update("disputes", row_id, rows.dispute_row(dispute))
        return dispute

    def delete_dispute(self, case_id: int, key: str) -> None:
        with self.db.atomic():
            row_id = self._row_id(case_id, "disputes", key)
            used = self._first(
                "SELECT count(*) AS n FROM communication_disputes WHERE dispute_id = ?", [row_id]
            )
            if used is not None and used["n"]:
                raise InUseError(
                    message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "{count} letters or calls deal with this request; change those first.",
                        ),
                        count=used["n"],
                    )
                )
            self.db.execute("DELETE FROM disputes WHERE id = ?", [row_id])

    # -- communications --------------------------------------------------------------

    def add_communication(self, case_id: int, comm: Communication) -> Communication:
        with self.db.atomic():
            comm.id = self._fresh_key(case_id, "communications", comm.id)
            row = rows.communication_row(comm, self._counsel_row_id(case_id, comm.counsel))
            comm_id = self._insert(
                "communications",
                self._child(
                    case_id, self._next_position(case_id, "communications"), row, rows.now_stamp()
                ),
            )
            self._link(comm_id, self._dispute_row_ids(case_id, comm.disputes))
        return comm

    def update_communication(self, case_id: int, comm: Communication) -> Communication:
        """Change a logged entry. A letter logged as mailed keeps its kind and text
        (`ImmutableLetterError`); its other fields (mail-log number, summary...) may change."""
        with self.db.atomic():
            row_id = self._row_id(case_id, "communications", comm.id)
            self._require_same_letter(row_id, comm)
            self._update(
                "communications",
                row_id,
                rows.communication_row(comm, self._counsel_row_id(case_id, comm.counsel)),
            )
            self.db.execute(
                "DELETE FROM communication_disputes WHERE communication_id = ?", [row_id]
            )
            self._link(row_id, self._dispute_row_ids(case_id, comm.disputes))
        return comm

    def delete_communication(self, case_id: int, key: str) -> None:
        with self.db.atomic():
            row_id = self._row_id(case_id, "communications", key)
            self.db.execute("DELETE FROM communications WHERE id = ?", [row_id])

    def communications_by_row_ids(self, row_ids: Iterable[int]) -> dict[int, Communication]:
        ids = list(row_ids)
        found: dict[int, Communication] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row_id, comm in case_reading.communications_with_ids(
                self.conn, f"c.id IN ({marks})", chunk
            ):
                found[row_id] = comm
        return found

    def find_row_id(self, case_id: int, table: str, key: str) -> int | None:
        """The row id of the record whose case-file id is `key`, if the case has one."""
        row = self._first(f"SELECT id FROM {table} WHERE case_id = ? AND key = ?", [case_id, key])
        return None if row is None else int(row["id"])

    # -- internals -------------------------------------------------------------------

    def _require_same_letter(self, row_id: int, comm: Communication) -> None:
        stored = self._first(
            "SELECT letter_kind, letter_text FROM communications WHERE id = ?", [row_id]
        )
        if stored is None or stored["letter_text"] is None:
            return  # no mailed letter yet: one may be added
        new = comm.letter
        if new is None or (new.kind.value, new.text) != (
            stored["letter_kind"],
            stored["letter_text"],
        ):
            raise ImmutableLetterError()

    def _first(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        return case_reading.first(self.conn, sql, params)

    def _insert(self, table: str, row: rows.Row) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cursor = self.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
        )
        return int(cursor.lastrowid or 0)

    def _update(self, table: str, row_id: int, row: rows.Row) -> None:
        assignments = ", ".join(f"{column} = ?" for column in row)
        self.db.execute(
            f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ?",
            [*row.values(), rows.now_stamp(), row_id],
        )

    @staticmethod
    def _child(case_id: int, position: int, row: rows.Row, stamp: str) -> rows.Row:
        return {"case_id": case_id, "position": position, **row, **_stamps(stamp)}

    def _require(self, table: str, row_id: int) -> None:
        if self._first(f"SELECT 1 AS x FROM {table} WHERE id = ?", [row_id]) is None:
            raise NotFoundError(
                message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Store", "That record is no longer here (it may have been deleted)."
                    ),
                )
            )

    def _row_id(self, case_id: int, table: str, key: str) -> int:
        row_id = self.find_row_id(case_id, table, key)
        if row_id is None:
            raise NotFoundError(
                message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Store", "There is no record '{key}' in this case."),
                    key=key,
                )
            )
        return row_id

    def _counsel_row_id(self, case_id: int, key: str | None) -> int | None:
        return None if key is None else self._row_id(case_id, "counsel", key)

    def _dispute_row_ids(self, case_id: int, keys: list[str]) -> list[int]:
        return [self._row_id(case_id, "disputes", key) for key in keys]

    def _link(self, comm_id: int, dispute_ids: list[int]) -> None:
        for position, dispute_id in enumerate(dispute_ids):
            self.db.execute(
                "INSERT INTO communication_disputes (communication_id, dispute_id, position) "
                "VALUES (?, ?, ?)",
                [comm_id, dispute_id, position],
            )

    def _next_position(self, case_id: int, table: str) -> int:
        row = self._first(f"SELECT max(position) AS p FROM {table} WHERE case_id = ?", [case_id])
        return 0 if row is None or row["p"] is None else int(row["p"]) + 1

    def _fresh_key(self, case_id: int, table: str, wanted: str) -> str:
        """Keep an id the caller chose (refusing a duplicate); make one up otherwise."""
        taken = {
            r["key"] for r in self.query(f"SELECT key FROM {table} WHERE case_id = ?", [case_id])
        }
        if wanted:
            if wanted in taken:
                raise DuplicateIdError(
                    message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Store", "The id '{key}' is already used in this case."),
                        key=wanted,
                    )
                )
            return wanted
        prefix = _KEY_PREFIX[table]
        return next(f"{prefix}{n}" for n in itertools.count(1) if f"{prefix}{n}" not in taken)


def _stamps(stamp: str) -> rows.Row:
    return {"created_at": stamp, "updated_at": stamp}
