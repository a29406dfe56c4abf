"""What the filing packet will hold, part by part, and what is missing with what the
program will do about it (a cover sheet where a request's text is not entered, a warning
where a lawyer has no address), shown before anything is printed. The descriptions of the
papers are the packet's own English words; everything around them follows the interface
language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.ui.language import Retranslating

if TYPE_CHECKING:
    from app.documents.packet_content import PacketContent


class PacketPlan(Retranslating, QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content: PacketContent | None = None
        self.parts = QLabel()
        self.missing = QLabel()
        for label in (self.parts, self.missing):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Selectable by keyboard so a screen reader user can move onto it and read it.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parts)
        layout.addWidget(self.missing)
        self.retranslate_ui()

    def show_content(self, content: PacketContent | None) -> None:
        self._content = content
        self._show()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What the filing packet will hold"))
        self._show()

    def _show(self) -> None:
        content = self._content
        if content is None:
            self.parts.setText(self.tr("Tick at least one request to see what the packet "
                                       "will hold."))
            self.missing.clear()
        else:
            self.parts.setText("\n".join(self._part_lines(content)))
            self.missing.setText("\n".join(self._missing_lines(content)))
        for label, name in ((self.parts, self.title()),
                            (self.missing, self.tr("What is missing"))):
            label.setAccessibleName(name)
            label.setAccessibleDescription(label.text())

    def _part_lines(self, content: PacketContent) -> list[str]:
        from app.documents.packet_content import ExhibitKind

        lines = [
            self.tr("1. The statement of the requests in dispute: {count} request(s), each "
                    "with the request and the response in full, what is wrong and what you "
                    "ask the court to order.").format(count=len(content.entries)),
            self.tr("2. The declaration: the {count} numbered paragraphs shown here, to sign.")
            .format(count=len(content.paragraphs)),
            self.tr("3. The index of exhibits."),
            self.tr("4. Exhibit A: the log, {count} row(s).").format(
                count=len(content.exhibit_rows)),
        ]
        notes = {
            ExhibitKind.LETTER: self.tr("printed again from the letter you logged as mailed"),
            ExhibitKind.PAPER: self.tr("a cover sheet: put your paper copy behind it"),
            ExhibitKind.REQUEST: self.tr("a cover sheet: put your paper copy of the request "
                                         "and the response behind it"),
        }
        for exhibit in content.exhibits:
            lines.append(self.tr("   Exhibit {label}: {what} ({note}).").format(
                label=exhibit.label, what=exhibit.description, note=notes[exhibit.kind]))
        lines.append(self.tr("5. The proof of service by mail, to {count} lawyer(s), listing "
                             "every paper in the packet.").format(count=len(content.case.counsel)))
        return lines

    def _missing_lines(self, content: PacketContent) -> list[str]:
        lines: list[str] = []
        slips = {e.dispute_id: e.label for e in content.exhibits if e.dispute_id}
        for dispute in content.missing_texts:
            lines.append(self.tr(
                "\u26a0 {label}: the text of the request or of the response is not entered. "
                "The statement will say it is attached as Exhibit {exhibit}, a cover sheet; "
                "put the paper copy behind it, or enter the text on the \u201cRequests in "
                "dispute\u201d page.").format(label=dispute.label,
                                              exhibit=slips.get(dispute.id, "")))
        for entry in content.entries:
            if not entry.wanted:
                lines.append(self.tr(
                    "\u26a0 {label}: what you want them to do is not entered, so the "
                    "statement does not say what order you ask for.").format(
                    label=entry.dispute.label))
        for counsel in content.case.counsel:
            if not any(line.strip() for line in counsel.address):
                lines.append(self.tr(
                    "\u26a0 {name} has no mailing address. The proof of service will show "
                    "the name with no address: add it on the \u201cCounsel\u201d page before you "
                    "mail the packet.").format(name=counsel.name))
        if not content.case.counsel:
            lines.append(self.tr(
                "\u26a0 No lawyer for the other side is entered: the proof of service will "
                "have blank lines for the address."))
        if not lines:
            lines.append(self.tr("Nothing is missing."))
        return [self.tr("What is missing:"), *lines]
