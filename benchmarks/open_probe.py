"""Opening a data folder, timed inside the process: plain, or locked with a passphrase.

    python benchmarks/open_probe.py DATA_DIR [PASSPHRASE_FILE]

Opens the data folder's store the way the program does (`app.services.session.open_store`,
with the passphrase for a locked folder), reads its case list, closes it, and prints one
JSON line: `import_ms`, loading SQLCipher (`sqlcipher3`, a locked folder only: a plain one
never loads it) and `open_ms`, opening, reading the case list and closing. For a locked
folder `open_ms` holds the key made from the passphrase (PBKDF2-HMAC-SHA512, 256,000
rounds by SQLCipher 4's default), which is what a lock costs each time a folder is opened.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from app import paths

    paths.configure(argv[0])
    from app.services.session import open_store

    passphrase = None
    import_ms = 0.0
    if len(argv) > 1:
        passphrase = Path(argv[1]).read_text(encoding="utf-8").partition("\n")[0]
        started = time.perf_counter()
        import sqlcipher3  # noqa: F401  (timed apart from the opening itself)

        import_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    store = open_store(passphrase=passphrase)
    cases = len(store.list_cases())
    store.close()
    open_ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"import_ms": round(import_ms, 2), "open_ms": round(open_ms, 2),
                      "cases": cases, "locked": passphrase is not None}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
