"""Reading the history (`app.store.history`) back: a record's changes, the trash of removed
records, putting a removed record back and putting back an earlier version.

A removed record is never gone at once: its last state is in the history row that recorded
the removal. The trash lists those removals; restoring one re-inserts the record from it
(with its links to requests, and for a case everything the case held) in one transaction.
Emptying the trash deletes those history rows, and the record is then gone for good.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store.errors import StoreError, integrity_errors
from app.store.history import ADDED, CHANGED, LINKS, REMOVED, HistoryRow
from app.store.rows import now_stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

# Tables in the order their rows can be put back (a row after those it points at).
_ORDER = ["cases", "counsel", "disputes", "communications", LINKS, "paragraph_edits"]
_KEY_PREFIX = {"counsel": "k", "disputes": "d", "communications": "c"}
# Written out (not a parameter) so that SQLite uses the index of removals.
_REMOVED = f"action = '{REMOVED}'"
# Columns an earlier version never changes back: the record's identity and its place.
_FIXED = {"id", "case_id", "position", "created_at", "updated_at"}


class RecordKind(StrEnum):
    """The records a person sees, by the table that holds them."""

    CASE = "cases"
    COUNSEL = "counsel"
    REQUEST = "disputes"
    LETTER = "communications"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change to a record: the row before and after (None when it was added or
    removed) and, for a letter, the ids of the requests it dealt with before and after."""

    id: int
    batch: int
    changed_at: str
    kind: RecordKind
    record_id: int
    case_id: int
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    links_before: list[str] | None = None
    links_after: list[str] | None = None


@dataclass(frozen=True, slots=True)
class TrashItem:
    """A removed record (with what was removed along with it)."""

    history_id: int
    batch: int
    removed_at: str
    kind: RecordKind
    case_id: int
    record: dict[str, Any]


class TrashError(StoreError):
    """A restore or a putting back that the data does not allow; nothing was changed."""


# -- history -----------------------------------------------------------------------------


def history_of(
    db: Database, kind: RecordKind, case_id: int, key: str | None = None
) -> list[HistoryEntry]:
    """Every change to one record (for a case, `key` is None), oldest first."""
    record_id = _record_id(db, kind, case_id, key)
    if record_id is None:
        return []
    rows = _with_added_rows(
        db,
        kind.value,
        record_id,
        _history(db, "kind = ? AND record_id = ?", [kind.value, record_id]),
    )
    if kind is not RecordKind.LETTER:
        return [_entry(row) for row in rows]
    return _letter_history(db, rows, _history(db, "kind = ? AND record_id = ?", [LINKS, record_id]))


def put_back(db: Database, entry: HistoryEntry) -> None:
    """Make the record as it was before `entry`'s change, as a new change."""
    if entry.action != CHANGED or entry.before is None:
        raise _refusal(QT_TRANSLATE_NOOP("Safety", "There is no earlier version to put back here."))
    table = entry.kind.value
    with db.atomic():
        if not _exists(db, table, entry.record_id):
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Safety", "This record has been removed. Put it back from the trash first."
                )
            )
        columns = _columns(db, table)
        values = {c: v for c, v in entry.before.items() if c in columns and c not in _FIXED}
        if entry.kind is RecordKind.LETTER:
            _require_counsel(db, values.get("counsel_id"))
            _keep_mailed_letter(db, entry.record_id, values)
        try:
            _update(db, table, entry.record_id, values)
        except integrity_errors():  # a clash with a record made since
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The earlier version uses a name or id that another record has now. "
                    "Change that record first.",
                )
            ) from None
        if entry.links_before is not None:
            _put_back_links(db, entry)


# -- the trash ---------------------------------------------------------------------------


def trash_items(db: Database, case_id: int | None) -> list[TrashItem]:
    """Removed records of a case, or (case_id None) removed cases; newest first."""
    if case_id is None:
        rows = _history(db, f"kind = 'cases' AND {_REMOVED} AND settled = 0", [])
    else:
        rows = _history(
            db,
            f"kind IN ('counsel', 'disputes', 'communications') AND {_REMOVED} AND settled = 0 "
            f"AND case_id = ? AND batch NOT IN (SELECT batch FROM history WHERE kind = 'cases' "
            f"AND {_REMOVED} AND record_id = ?)",
            [case_id, case_id],
        )
    return [
        TrashItem(
            row.id,
            row.batch,
            row.changed_at,
            RecordKind(row.table),
            row.case_id or 0,
            row.before or {},
        )
        for row in reversed(rows)
    ]


def restore(db: Database, item: TrashItem) -> dict[str, dict[int, int]]:
    """Put a removed record back, with what was removed with it, in one transaction.
    Returns the row ids given to the restored rows, by table (old id -> new id)."""
    with db.atomic():
        group = _group(db, item)
        if not group or any(row.settled for row in group):
            raise _refusal(QT_TRANSLATE_NOOP("Safety", "This is no longer in the trash."))
        if item.kind is RecordKind.CASE:
            _require_free_case_number(db, item.record)
        elif not _exists(db, "cases", item.case_id):
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The case this belonged to has been removed. Put the case back first "
                    "(Removed cases).",
                )
            )
        new_ids: dict[str, dict[int, int]] = {}
        for row in sorted(group, key=lambda r: (_ORDER.index(r.table), r.id)):
            assert row.before is not None
            try:
                _reinsert(
                    db,
                    row.table,
                    dict(row.before),
                    new_ids,
                    into_existing_case=item.kind is not RecordKind.CASE,
                )
            except integrity_errors():  # what it belonged to has gone since
                raise _refusal(
                    QT_TRANSLATE_NOOP(
                        "Safety",
                        "This cannot be put back: what it belonged to is no longer here.",
                    )
                ) from None
        db.execute(
            f"UPDATE history SET settled = 1 WHERE id IN ({','.join('?' * len(group))})",
            [row.id for row in group],
        )
    return new_ids


def empty(db: Database, case_id: int | None) -> int:
    """Delete for good what is in the trash; returns how many items that was."""
    items = trash_items(db, case_id)
    db.execute("PRAGMA secure_delete = ON")  # overwrite the removed text in the file too
    with db.atomic():
        for item in items:
            ids = [row.id for row in _group(db, item)]
            ids += [row.id for row in _earlier_history(db, item)]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                db.execute(f"DELETE FROM history WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return len(items)


# -- internals: history ------------------------------------------------------------------


def _history(db: Database, where: str, params: list[Any]) -> list[HistoryRow]:
    return [
        HistoryRow.from_row(row)
        for row in db.query(f"SELECT * FROM history WHERE {where} ORDER BY id", params)
    ]


def _with_added_rows(
    db: Database, table: str, record_id: int, rows: list[HistoryRow]
) -> list[HistoryRow]:
    """Fill in what an added record was when it was added (the history keeps only that it
    was): the next change's "before", or the record as it is now."""
    filled = []
    for index, row in enumerate(rows):
        if row.action == ADDED and row.after is None:
            later = (
                rows[index + 1].before if index + 1 < len(rows) else _current(db, table, record_id)
            )
            row = dataclasses.replace(row, after=later)
        filled.append(row)
    return filled


def _current(db: Database, table: str, record_id: int) -> dict[str, Any] | None:
    return next(iter(db.query(f"SELECT * FROM {table} WHERE id = ?", [record_id])), None)


def _record_id(db: Database, kind: RecordKind, case_id: int, key: str | None) -> int | None:
    if kind is RecordKind.CASE:
        return case_id
    table = kind.value
    found = db.execute(f"SELECT id FROM {table} WHERE case_id = ? AND key = ?", [case_id, key])
    row = found.fetchone()
    if row is not None:
        return int(row[0])
    removed = db.execute(
        f"SELECT record_id FROM history WHERE kind = ? AND case_id = ? AND {_REMOVED} "
        "AND json_extract(before, '$.key') = ? ORDER BY id DESC LIMIT 1",
        [table, case_id, key],
    ).fetchone()
    return None if removed is None else int(removed[0])


def _entry(
    row: HistoryRow, links: tuple[list[str] | None, list[str] | None] = (None, None)
) -> HistoryEntry:
    return HistoryEntry(
        row.id,
        row.batch,
        row.changed_at,
        RecordKind(row.table),
        row.record_id,
        row.case_id or 0,
        row.action,
        row.before,
        row.after,
        *links,
    )


def _letter_history(
    db: Database, rows: list[HistoryRow], links: list[HistoryRow]
) -> list[HistoryEntry]:
    """The letter's own changes with the requests it dealt with before and after each;
    a change to its requests alone shows as a change with the letter itself unchanged."""
    by_batch = {row.batch: row for row in rows}
    state: dict[int, int] = {}  # dispute row id -> position
    entries: list[HistoryEntry] = []
    current: dict[str, Any] | None = None
    for batch, group in itertools.groupby(
        sorted(rows + links, key=lambda r: r.id), key=lambda r: r.batch
    ):
        changes = list(group)
        before_links = _keys(db, state)
        for change in changes:
            if change.table != LINKS:
                continue
            if change.before is not None:
                state.pop(int(change.before["dispute_id"]), None)
            if change.after is not None:
                state[int(change.after["dispute_id"])] = int(change.after["position"])
        after_links = _keys(db, state)
        own = by_batch.get(batch)
        if own is not None:
            current = own.after
            entries.append(_entry(own, (before_links, after_links)))
        elif before_links != after_links and current is not None:
            anchor = changes[0]
            entries.append(
                HistoryEntry(
                    anchor.id,
                    batch,
                    anchor.changed_at,
                    RecordKind.LETTER,
                    anchor.record_id,
                    anchor.case_id or 0,
                    CHANGED,
                    current,
                    current,
                    before_links,
                    after_links,
                )
            )
    return entries


def _keys(db: Database, links: dict[int, int]) -> list[str]:
    """The requests' ids (keys) of linked dispute rows, in the letter's order."""
    keys = []
    for dispute_id, _ in sorted(links.items(), key=lambda item: item[1]):
        row = db.execute("SELECT key FROM disputes WHERE id = ?", [dispute_id]).fetchone()
        if row is None:
            row = db.execute(
                "SELECT json_extract(before, '$.key') FROM history WHERE kind = 'disputes' "
                "AND record_id = ? AND before IS NOT NULL ORDER BY id DESC LIMIT 1",
                [dispute_id],
            ).fetchone()
        keys.append(str(row[0]) if row is not None else "?")
    return keys


# -- internals: the trash ----------------------------------------------------------------


def _group(db: Database, item: TrashItem) -> list[HistoryRow]:
    """The removal rows that belong to `item`: the record, its links, and for a case
    everything in it."""
    in_batch = _history(db, f"batch = ? AND {_REMOVED}", [item.batch])
    if item.kind is RecordKind.CASE:
        letters = {
            r.record_id
            for r in in_batch
            if r.table == "communications" and r.case_id == item.case_id
        }
        return [
            r
            for r in in_batch
            if r.case_id == item.case_id or (r.table == LINKS and r.record_id in letters)
        ]
    root = [r for r in in_batch if r.id == item.history_id]
    if item.kind is RecordKind.LETTER and root:
        return root + [r for r in in_batch if r.table == LINKS and r.record_id == root[0].record_id]
    return root


def _earlier_history(db: Database, item: TrashItem) -> list[HistoryRow]:
    """Every earlier change of the records in the item: gone with it for good."""
    found: list[HistoryRow] = []
    for row in _group(db, item):
        found += _history(
            db, "kind = ? AND record_id = ? AND id < ?", [row.table, row.record_id, item.history_id]
        )
    return found


def _reinsert(
    db: Database,
    table: str,
    row: dict[str, Any],
    new_ids: dict[str, dict[int, int]],
    *,
    into_existing_case: bool,
) -> None:
    columns = _columns(db, table)
    row = {c: v for c, v in row.items() if c in columns}
    for column, target in (
        ("case_id", "cases"),
        ("counsel_id", "counsel"),
        ("communication_id", "communications"),
        ("dispute_id", "disputes"),
    ):
        if row.get(column) is not None:
            row[column] = new_ids.get(target, {}).get(row[column], row[column])
    if table == "communications":
        _require_counsel(db, row.get("counsel_id"))
    if table == LINKS:
        if not _exists(db, "disputes", row["dispute_id"]):
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "This letter dealt with a request that has since been removed. "
                    "Put the request back from the trash first.",
                )
            )
        db.execute(
            f"INSERT INTO {LINKS} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return
    old_id = int(row.pop("id"))
    if into_existing_case and table in _KEY_PREFIX:
        row["key"] = _free_key(db, table, int(row["case_id"]), str(row["key"]))
        row["position"] = _free_position(db, table, int(row["case_id"]), int(row["position"]))
    if not _exists(db, table, old_id):
        row = {"id": old_id, **row}
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    new_ids.setdefault(table, {})[old_id] = int(cursor.lastrowid or old_id)


def _free_key(db: Database, table: str, case_id: int, wanted: str) -> str:
    taken = {r[0] for r in db.execute(f"SELECT key FROM {table} WHERE case_id = ?", [case_id])}
    if wanted not in taken:
        return wanted
    prefix = _KEY_PREFIX[table]
    return next(f"{prefix}{n}" for n in itertools.count(1) if f"{prefix}{n}" not in taken)


def _free_position(db: Database, table: str, case_id: int, wanted: int) -> int:
    taken = db.execute(
        f"SELECT 1 FROM {table} WHERE case_id = ? AND position = ?", [case_id, wanted]
    ).fetchone()
    if taken is None:
        return wanted
    top = db.execute(f"SELECT max(position) FROM {table} WHERE case_id = ?", [case_id]).fetchone()
    return int(top[0]) + 1


def _require_free_case_number(db: Database, case: dict[str, Any]) -> None:
    clash = db.execute(
        "SELECT 1 FROM cases WHERE case_number = ?", [case.get("case_number")]
    ).fetchone()
    if clash is not None:
        raise TrashError(
            message(
                "Safety",
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "A case numbered {number} is already here, so the "
                    "removed one cannot be put back beside it.",
                ),
                number=str(case.get("case_number")),
            )
        )


def _require_counsel(db: Database, counsel_id: object) -> None:
    if counsel_id is not None and not _exists(db, "counsel", int(str(counsel_id))):
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "Safety",
                "This letter names a lawyer who has since been removed. "
                "Put the lawyer back from the trash first.",
            )
        )


def _keep_mailed_letter(db: Database, record_id: int, values: dict[str, Any]) -> None:
    """A letter logged as mailed keeps its text when an earlier version of the entry is put
    back (the log keeps what was sent; a trigger of migration 0004 refuses the change)."""
    stored = db.execute(
        "SELECT letter_text FROM communications WHERE id = ?", [record_id]
    ).fetchone()
    if stored is not None and stored[0] is not None:
        values.pop("letter_kind", None)
        values.pop("letter_text", None)


def _put_back_links(db: Database, entry: HistoryEntry) -> None:
    assert entry.links_before is not None
    ids = []
    for key in entry.links_before:
        row = db.execute(
            "SELECT id FROM disputes WHERE case_id = ? AND key = ?", [entry.case_id, key]
        ).fetchone()
        if row is None:
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Safety",
                    "The earlier version dealt with a request that has since been "
                    "removed. Put the request back from the trash first.",
                )
            )
        ids.append(int(row[0]))
    if ids == [
        int(r[0])
        for r in db.execute(
            f"SELECT dispute_id FROM {LINKS} WHERE communication_id = ? ORDER BY position",
            [entry.record_id],
        )
    ]:
        return
    db.execute(f"DELETE FROM {LINKS} WHERE communication_id = ?", [entry.record_id])
    for position, dispute_id in enumerate(ids):
        db.execute(
            f"INSERT INTO {LINKS} (communication_id, dispute_id, position) VALUES (?, ?, ?)",
            [entry.record_id, dispute_id, position],
        )


def _update(db: Database, table: str, row_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.execute(
        f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ?",
        [*values.values(), now_stamp(), row_id],
    )


def _exists(db: Database, table: str, row_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None


def _columns(db: Database, table: str) -> set[str]:
    return {str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")}


def _refusal(template: str) -> TrashError:
    return TrashError(message("Safety", template))
