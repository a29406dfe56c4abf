"""The database schema as numbered migrations (sqlite-utils `Migrations`).

Each migration runs in its own transaction together with the record that it ran. Append
new ones to `_STEPS`; never edit one that has shipped. Every table keeps `created_at` and
`updated_at` so the user's data can grow into later features (history, sync).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

# sqlite-utils is imported only when migrations run (a new or older data file): most
# starts find the file up to date by reading `MIGRATIONS_TABLE` (see `applied_in`).
if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "meetconfer"
# Where sqlite-utils' `Migrations` records each migration it ran.
MIGRATIONS_TABLE = "_sqlite_migrations"


def _timestamps() -> str:
    return "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"


def initial_schema(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE,
            court TEXT NOT NULL,
            district TEXT NOT NULL,
            division TEXT,
            short_title TEXT NOT NULL,
            plaintiffs TEXT NOT NULL,
            defendants TEXT NOT NULL,
            judge TEXT,
            rule_profile TEXT NOT NULL,
            profile_overrides TEXT,
            litigant_name TEXT NOT NULL,
            litigant_role TEXT NOT NULL,
            litigant_prisoner_number TEXT,
            litigant_institution TEXT,
            litigant_address TEXT NOT NULL,
            litigant_phone TEXT,
            litigant_email TEXT,
            {_timestamps()})"""
    )
    db.execute(
        f"""CREATE TABLE counsel (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            office TEXT,
            represents TEXT,
            address TEXT NOT NULL,
            phone TEXT,
            email TEXT,
            {_timestamps()},
            UNIQUE (case_id, key))"""
    )
    db.execute(
        f"""CREATE TABLE disputes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            set_number INTEGER,
            item_number INTEGER,
            label TEXT NOT NULL,
            served_to TEXT,
            served_on TEXT,
            served_by TEXT,
            response_received_on TEXT,
            deficiency TEXT,
            request_text TEXT,
            response_text TEXT,
            status TEXT NOT NULL,
            {_timestamps()},
            UNIQUE (case_id, key))"""
    )
    db.execute(
        f"""CREATE TABLE communications (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            direction TEXT NOT NULL,
            method TEXT NOT NULL,
            counsel_id INTEGER REFERENCES counsel(id) ON DELETE RESTRICT,
            sent_on TEXT NOT NULL,
            approximate INTEGER,
            received_on TEXT,
            time TEXT,
            duration_minutes INTEGER,
            summary TEXT,
            explains_deficiency INTEGER,
            proposes_resolution INTEGER,
            requests_conference INTEGER,
            states_impasse INTEGER,
            reply_requested_by TEXT,
            mail_log_number TEXT,
            {_timestamps()},
            UNIQUE (case_id, key))"""
    )
    db.execute(
        """CREATE TABLE communication_disputes (
            communication_id INTEGER NOT NULL REFERENCES communications(id) ON DELETE CASCADE,
            dispute_id INTEGER NOT NULL REFERENCES disputes(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (communication_id, dispute_id))"""
    )
    db.execute("CREATE INDEX communications_by_case ON communications(case_id, position)")
    db.execute("CREATE INDEX disputes_by_case ON disputes(case_id, position)")
    db.execute("CREATE INDEX counsel_by_case ON counsel(case_id, position)")
    db.execute("CREATE INDEX links_by_dispute ON communication_disputes(dispute_id)")


# The schema's history, oldest first. The position in this list is the schema version.
_STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_initial", initial_schema),
]


def register_step(name: str, step: Callable[[Database], None]) -> None:
    """Add a migration defined in another module (imported by `app.store`)."""
    if any(existing == name for existing, _ in _STEPS):
        return
    _STEPS.append((name, step))


def _migrations() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in sorted(_STEPS, key=lambda item: item[0]):
        migrations(name=name)(step)
    return migrations


def known_versions() -> list[str]:
    return sorted(name for name, _ in _STEPS)


def applied_versions(db: Database) -> list[str]:
    return [m.name for m in _migrations().applied(db)]


def applied_in(conn: sqlite3.Connection) -> list[str]:
    """The migrations the file has had, in the order they ran, read without sqlite-utils
    (none when it has no record of migrations)."""
    recorded = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if recorded is None:
        return []
    return [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]


def apply_migrations(db: Database) -> None:
    _migrations().apply(db)
