"""The import baseline: the floor for getting a case file into SQLite.

    python benchmarks/bare_import.py CASE_FILE DATABASE

Parses the JSON and inserts every counsel, dispute, log entry and dispute link into plain
tables with the program's durability settings (WAL, synchronous=FULL), in one transaction.
No checking, no history, no domain objects: the program's import does more, on purpose,
and this shows how much more it costs.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counsel (id INTEGER PRIMARY KEY, key TEXT, name TEXT, office TEXT);
CREATE TABLE IF NOT EXISTS disputes (id INTEGER PRIMARY KEY, key TEXT, kind TEXT, label TEXT,
  served_on TEXT, status TEXT);
CREATE TABLE IF NOT EXISTS communications (id INTEGER PRIMARY KEY, key TEXT, direction TEXT,
  method TEXT, counsel_id INTEGER, sent_on TEXT, received_on TEXT, summary TEXT,
  mail_log_number TEXT);
CREATE TABLE IF NOT EXISTS links (communication_id INTEGER, dispute_id INTEGER,
  position INTEGER);
"""


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    case = json.loads(Path(argv[0]).read_text(encoding="utf-8"))["case"]
    conn = sqlite3.connect(argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.executescript(_SCHEMA)
    conn.execute("BEGIN")
    counsel = {}
    for c in case["counsel"]:
        cur = conn.execute("INSERT INTO counsel (key, name, office) VALUES (?, ?, ?)",
                           (c["id"], c["name"], c["office"]))  # fmt: skip
        counsel[c["id"]] = cur.lastrowid
    disputes = {}
    for d in case["disputes"]:
        cur = conn.execute(
            "INSERT INTO disputes (key, kind, label, served_on, status) VALUES (?, ?, ?, ?, ?)",
            (d["id"], d["kind"], d["label"], d["served_on"], d["status"]),
        )
        disputes[d["id"]] = cur.lastrowid
    for c in case["communications"]:
        cur = conn.execute(
            "INSERT INTO communications (key, direction, method, counsel_id, sent_on, "
            "received_on, summary, mail_log_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (c["id"], c["direction"], c["method"], counsel.get(c["counsel"]), c["sent_on"],
             c["received_on"], c["summary"], c["mail_log_number"]),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO links (communication_id, dispute_id, position) VALUES (?, ?, ?)",
            [(cur.lastrowid, disputes[k], i) for i, k in enumerate(c["disputes"])],
        )
    conn.execute("COMMIT")
    conn.close()
    print(f"bare-import ok {(time.perf_counter() - start) * 1000:.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
