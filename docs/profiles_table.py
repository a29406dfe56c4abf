#!/usr/bin/env python3
"""Writes the court profile table in `docs/checks.md` from `resources/rules/*.toml`.

    python docs/profiles_table.py           rewrite the table in docs/checks.md
    python docs/profiles_table.py --check   exit 1 if the table is stale (what the test asks)

The table sits between two marker lines in that page; everything outside them is written
by hand. The profiles are read with the program's own loader (`app.domain.profiles`), so
the table shows exactly the values the checks use.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.domain.profiles import Profile, load_profiles  # noqa: E402

PAGE = ROOT / "docs" / "checks.md"
RULES = ROOT / "resources" / "rules"
BEGIN = "<!-- profile table: begin (written by docs/profiles_table.py; do not edit) -->"
END = "<!-- profile table: end -->"
HEADER = (
    "| id | court | response days | mail days | reply wait | attempts without reply "
    "| live conference | conferral required | court's own step | pleading paper | smallest type |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _row(profile: Profile) -> str:
    p = profile.parameters
    cells = [
        f"`{profile.id}`",
        profile.name,
        str(p.response_days),
        str(p.mail_extra_days),
        str(p.reply_wait_days),
        str(p.min_attempts_without_reply),
        _yes(p.live_conference_required),
        _yes(p.conferral_required),
        str(p.joint_filing.value),
        _yes(p.pleading_paper),
        f"{p.min_font_pt} pt",
    ]
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def table(rules: Path = RULES) -> str:
    """The table, generic first, then the courts by id."""
    profiles = load_profiles(rules)
    order = sorted(profiles, key=lambda pid: (pid != "generic", pid))
    return "\n".join([*HEADER, *(_row(profiles[pid]) for pid in order)])


def page_with_table(page: str, rules: Path = RULES) -> str:
    """`page` with the text between the markers replaced by the current table."""
    try:
        head, rest = page.split(BEGIN, 1)
        _old, tail = rest.split(END, 1)
    except ValueError as error:
        raise SystemExit(f"{PAGE} lacks the marker lines {BEGIN!r} and {END!r}") from error
    return f"{head}{BEGIN}\n{table(rules)}\n{END}{tail}"


def main(argv: list[str]) -> int:
    current = PAGE.read_text(encoding="utf-8")
    wanted = page_with_table(current)
    if "--check" in argv:
        if current != wanted:
            print(f"{PAGE} is stale: run python docs/profiles_table.py", file=sys.stderr)
            return 1
        return 0
    if current != wanted:
        PAGE.write_text(wanted, encoding="utf-8")
        print(f"updated {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
