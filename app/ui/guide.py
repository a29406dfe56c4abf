"""The guide inside the program: docs/guide/en.md and docs/guide/es.md, one source each,
shown with a QTextBrowser (Help → Guide, F1) and printable from there.

Each section's heading ends with its id, `## The court {#form-court}`, so a "Why?" link
(a check's row, a form's section) opens the guide at that section whatever the language.
The section `courts` is followed by every court profile's notes, in the screen's
language, read from the profiles themselves: the guide never keeps a second copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.i18n import interface_language
from app.ui import ask
from app.ui.guide_links import section_of

_HEADING = re.compile(r"^(#{1,2}) (.+?) \{#([A-Za-z0-9_-]+)\}\s*$")
COURTS = "courts"


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    level: int
    body: str


class GuideError(ValueError):
    """The guide file is missing or not written as the guide is."""


def parse_guide(text: str) -> list[Section]:
    """The sections of a guide file, in order. Every heading must carry its id."""
    sections: list[Section] = []
    current: tuple[str, str, int] | None = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            match = _HEADING.match(line)
            if match is None:
                raise GuideError(f"a heading without its {{#id}}: {line!r}")
            if current is not None:
                sections.append(Section(current[0], current[1], current[2],
                                        "\n".join(lines).strip()))
            current = (match[3], match[2], len(match[1]))
            lines = []
        else:
            lines.append(line)
    if current is not None:
        sections.append(Section(current[0], current[1], current[2], "\n".join(lines).strip()))
    ids = [s.id for s in sections]
    if len(ids) != len(set(ids)):
        raise GuideError("two sections share an id")
    return sections


@cache
def load_guide(language: str) -> tuple[Section, ...]:
    path = paths.guide_dir() / f"{language}.md"
    try:
        return tuple(parse_guide(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as error:
        raise GuideError(f"{path}: {error}") from error


def guide_markdown(language: str) -> str:
    """The whole guide as Markdown, with the courts' notes in their section."""
    from app.domain.profiles import shipped_profiles

    parts: list[str] = []
    for section in load_guide(language):
        parts.append(f"{'#' * section.level} {section.title}\n\n{section.body}\n")
        if section.id == COURTS:
            profiles = sorted(shipped_profiles().values(),
                              key=lambda p: (p.id != "generic", p.name))
            for profile in profiles:
                notes = " ".join(profile.notes_for(language).split())
                parts.append(f"### {profile.name}\n\n{notes}\n")
    return "\n".join(parts)


class GuideDialog(QDialog):
    """The guide, open at a section; Print sends it to a printer."""

    def __init__(self, parent: QWidget | None, section_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.language = interface_language()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.anchorClicked.connect(lambda url: self.show_section(
            section_of(url.toString()) or ""))
        try:
            self.browser.setMarkdown(guide_markdown(self.language))
        except GuideError:
            self.browser.setPlainText(self.tr(
                "The guide could not be found in the program's folder. The program works "
                "without it; ask staff to install the program again."))
        note = QLabel(self.tr("Not legal advice: the rules of your court and your judge's "
                              "orders decide."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Print the guide\u2026"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_guide)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.browser, 1)
        column.addWidget(note)
        column.addWidget(buttons)
        self.resize(760, 640)
        self.current_section: str | None = None
        # Scrolled to once shown: before, the text has no layout to scroll in.
        self._start_section = section_id
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._start_section:
            section, self._start_section = self._start_section, None
            QTimer.singleShot(0, lambda: self.show_section(section))

    def section_title(self, section_id: str) -> str | None:
        try:
            sections = load_guide(self.language)
        except GuideError:
            return None
        return next((s.title for s in sections if s.id == section_id), None)

    def show_section(self, section_id: str) -> bool:
        """Scroll so the section's heading is at the top; False when there is none."""
        title = self.section_title(section_id)
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text() == title:
                self.browser.document().adjustSize()
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                self.current_section = section_id
                return True
            block = block.next()
        return False

    def print_guide(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not print_document(self.browser.document(), printer):
            ask.problem(self, self.tr("Not printed"), self.tr(
                "The guide could not be sent to the printer. Check that a printer is set "
                "up, or ask staff."))


def print_document(document: QTextDocument, printer: object) -> bool:
    """Print `document` on `printer`; False when the printer would not take it."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    document.print_(printer)
    return printer.printerState() is not QPrinter.PrinterState.Error
