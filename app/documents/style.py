"""How a document looks, from the court's profile: pleading paper or plain pages, and the
smallest type size the court accepts. Plain data, no reportlab."""

from __future__ import annotations

from dataclasses import dataclass

# California pleading paper: 28 numbered lines, each 24 points below the one before.
LINES_PER_PAGE = 28
LINE_PITCH = 24.0
SMALLEST_TYPE_PT = 12  # never below this, whatever a profile says


@dataclass(frozen=True, slots=True)
class DocumentStyle:
    pleading_paper: bool = False
    min_font_pt: int = SMALLEST_TYPE_PT

    @property
    def font_pt(self) -> float:
        """Every piece of text is at least this size: body, caption, footer, table cells."""
        return float(max(self.min_font_pt, SMALLEST_TYPE_PT))

    @property
    def leading(self) -> float:
        """Body lines: double-spaced. On pleading paper exactly the 24-point grid, so each
        line of text sits on a numbered line (a 14-point court still gets 28 lines a page)."""
        return LINE_PITCH if self.pleading_paper else 2 * self.font_pt

    @property
    def cell_leading(self) -> float:
        """Single-spaced lines in table cells and the litigant's block."""
        return LINE_PITCH / 2 if self.font_pt <= LINE_PITCH / 2 else self.font_pt + 2
