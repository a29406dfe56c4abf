"""Counts the SQLite transactions `meetconfer import` makes, from inside the process.

    python benchmarks/import_probe.py DATA_DIR CASE_FILE

Every connection the program opens gets a statement trace (`set_trace_callback`) by
wrapping `sqlite3.connect` before the program's code runs; then the real command line
(`app.cli.main`) imports the file. From the trace it follows transaction state the way
SQLite does: BEGIN / SAVEPOINT open a transaction when none is open, COMMIT / END /
ROLLBACK / the outermost RELEASE close it, and any write outside a transaction is a
transaction of its own (autocommit). It prints one JSON line: how many transactions wrote
to the case tables, how many statements each wrote, and how many autocommit writes there
were. The data folder should already hold a migrated database, so that the schema's own
transactions are not mixed in (they are reported apart anyway).
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from typing import Any

_CASE_TABLES = ("cases", "counsel", "disputes", "communications", "communication_disputes")


def _written_table(sql: str) -> str | None:
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    if head not in ("INSERT", "UPDATE", "DELETE", "REPLACE"):
        return None
    if head == "UPDATE":
        match = re.match(r"\s*UPDATE\s+(?:OR\s+\w+\s+)?[\"'`\[]?(\w+)", sql, re.IGNORECASE)
    elif head == "DELETE":
        match = re.match(r"\s*DELETE\s+FROM\s+[\"'`\[]?(\w+)", sql, re.IGNORECASE)
    else:
        match = re.search(r"\bINTO\s+[\"'`\[]?(\w+)", sql, re.IGNORECASE)
    return match.group(1).lower() if match else "?"


@dataclass
class _Transaction:
    explicit: bool
    writes: dict[str, int] = field(default_factory=dict)


@dataclass
class _Tracker:
    depth: int = 0
    current: _Transaction | None = None
    finished: list[_Transaction] = field(default_factory=list)
    last: str = ""

    def __call__(self, sql: str) -> None:
        # SQLite reports a statement again for each trigger program it runs (the history
        # triggers), with the same text: count it once.
        if sql == self.last:
            return
        self.last = sql
        words = sql.strip().split()
        head = words[0].upper() if words else ""
        if head == "BEGIN" or head == "SAVEPOINT":
            if self.current is None:
                self.current = _Transaction(explicit=True)
            self.depth += 1
            return
        if head in ("COMMIT", "END") or (head == "ROLLBACK" and "TO" not in sql.upper()):
            self._close()
            return
        if head == "RELEASE":
            self.depth -= 1
            if self.depth <= 0:
                self._close()
            return
        table = _written_table(sql)
        if table is None:
            return
        if self.current is None:  # autocommit: this statement is a transaction by itself
            self.finished.append(_Transaction(explicit=False, writes={table: 1}))
        else:
            self.current.writes[table] = self.current.writes.get(table, 0) + 1

    def _close(self) -> None:
        if self.current is not None:
            self.finished.append(self.current)
        self.current, self.depth = None, 0


def main(argv: list[str]) -> int:
    data_dir, case_file = argv[0], argv[1]
    tracker = _Tracker()
    real_connect = sqlite3.connect

    def traced_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = real_connect(*args, **kwargs)
        conn.set_trace_callback(tracker)
        return conn

    sqlite3.connect = traced_connect  # type: ignore[assignment]  # the probe's whole point
    from app.cli import main as cli_main

    start = time.perf_counter()
    status = cli_main(["--data-dir", data_dir, "import", case_file])
    elapsed = time.perf_counter() - start
    case_writing = [t for t in tracker.finished if any(k in _CASE_TABLES for k in t.writes)]
    print(json.dumps({
        "status": status,
        "elapsed_s": round(elapsed, 4),
        "case_transactions": len(case_writing),
        "autocommit_case_writes": sum(1 for t in case_writing if not t.explicit),
        "statements_per_case_transaction": [t.writes for t in case_writing],
        "other_transactions": len(tracker.finished) - len(case_writing),
        "left_open": tracker.current is not None,
    }))  # fmt: skip
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
