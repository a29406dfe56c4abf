"""The declaration baseline: plain reportlab laying out the same amount of text.

    python benchmarks/bare_pdf.py CASE_FILE FONTS_DIR OUT.pdf

For each log entry of the case file it sets one double-spaced numbered paragraph of about
the length the declaration prints for it, and one seven-cell table row with the exhibit's
cell texts, in Liberation Serif 12 pt embedded from the program's TTF files, on the
pleading paper's text frame. No page furniture, no rules engine, no database: what is left
of the program's time over this is its own overhead. The table is built in chunks of rows,
the way any competent reportlab script does it, because one table of thousands of rows
splits in quadratic time and would make the baseline meaninglessly slow.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

_START = time.perf_counter()

from reportlab.lib.enums import TA_LEFT  # noqa: E402  (timed from before import)
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

_ROWS_PER_TABLE = 20
_COLUMN_SHARES = (0.06, 0.15, 0.12, 0.15, 0.16, 0.26, 0.10)
_WHAT = {"letter": "Letter", "email": "Email", "phone": "Phone call", "video": "Video call",
         "in_person": "Meeting", "other": "Other"}  # fmt: skip


def _words(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%B %-d, %Y")


def _texts(case: dict[str, Any]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The paragraph and the row cells for each entry, from the case file alone."""
    counsel = {c["id"]: c for c in case["counsel"]}
    labels = {d["id"]: d["label"] for d in case["disputes"]}
    paragraphs: list[str] = []
    rows: list[tuple[str, ...]] = []
    for number, c in enumerate(case["communications"], start=1):
        who = counsel[c["counsel"]]
        concerned = "; ".join(labels[i] for i in c["disputes"])
        what = _WHAT[c["method"]]
        paragraphs.append(
            f"{number}.\u00a0\u00a0On {_words(c['sent_on'])}, I sent a {what.lower()} to "
            f"{who['name']}, counsel for {who['represents']}. The {what.lower()} concerned "
            f"{concerned}. In the {what.lower()}, I explained what is wrong with the response. "
            f"In brief: {c['summary']} (Exhibit A, row {number}.)"
        )
        rows.append(
            (str(number), _words(c["sent_on"]), what, who["name"], concerned,
             c["summary"], c["mail_log_number"] or "")
        )  # fmt: skip
    return paragraphs, rows


def main(argv: list[str]) -> int:
    case_path, fonts, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    case = json.loads(case_path.read_text(encoding="utf-8"))["case"]
    pdfmetrics.registerFont(TTFont("Serif", str(fonts / "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Serif-Bold", str(fonts / "LiberationSerif-Bold.ttf")))
    body = ParagraphStyle("body", fontName="Serif", fontSize=12, leading=24, alignment=TA_LEFT,
                          firstLineIndent=36)  # fmt: skip
    cell = ParagraphStyle("cell", fontName="Serif", fontSize=12, leading=12)
    head = ParagraphStyle("head", parent=cell, fontName="Serif-Bold")

    # The pleading paper's text frame: 1.5 in to 7.5 in across, 28 lines of 24 pt.
    doc = SimpleDocTemplate(str(out), pagesize=letter, leftMargin=108, rightMargin=72,
                            topMargin=60, bottomMargin=letter[1] - 60 - 28 * 24)  # fmt: skip
    width = letter[0] - 108 - 72
    widths = [share * width for share in _COLUMN_SHARES]
    paragraphs, rows = _texts(case)
    story: list[Flowable] = [Paragraph(escape(text), body) for text in paragraphs]
    story.append(PageBreak())
    header = [Paragraph(h, head) for h in ("No.", "Date", "What", "With whom", "Requests",
                                           "Summary", "Mail log no.")]  # fmt: skip
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip
    for start in range(0, len(rows), _ROWS_PER_TABLE):
        chunk = [[Paragraph(escape(t), cell) for t in row]
                 for row in rows[start : start + _ROWS_PER_TABLE]]  # fmt: skip
        table = Table([header, *chunk], colWidths=widths, repeatRows=1)
        table.setStyle(style)
        story.append(table)
    doc.build(story)
    print(f"bare-pdf ok {(time.perf_counter() - _START) * 1000:.0f} {doc.page}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
