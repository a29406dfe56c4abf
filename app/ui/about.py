"""About: the version, where the data lives (and whether the install is portable), the
program's own licence, and the licences of everything shipped with it: the fonts (their
OFL beside them in resources/fonts) and every other package (the notices that
installer/notices.py writes from the packages' metadata when the program is built)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import APP_NAME, __version__, paths

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"


def notices_path() -> Path:
    """The third-party notices the build wrote (resources/licences, in the bundle too)."""
    return paths.resources_dir() / "licences" / NOTICES_FILE


def _kind_words(kind: paths.DataLocationKind) -> str:
    return {
        paths.DataLocationKind.COMMAND_LINE: QCoreApplication.translate(
            "About", "the folder given on the command line (--data-dir)"
        ),
        paths.DataLocationKind.PORTABLE: QCoreApplication.translate(
            "About", "portable: the data folder beside the program (for example on a USB stick)"
        ),
        paths.DataLocationKind.USER: QCoreApplication.translate(
            "About", "this computer's folder for your user"
        ),
    }[kind]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=APP_NAME))
        location = paths.data_location()
        esc = html.escape
        parts = [
            f"<h2>{esc(APP_NAME)}</h2>",
            "<p>{}</p>".format(esc(self.tr("Version {version}").format(version=__version__))),
            "<p>{}<br><b>{}</b><br>{}</p>".format(
                esc(self.tr("Your data is kept in this folder:")),
                esc(str(location.folder)),
                esc(self.tr("Kind of folder: {kind}").format(kind=_kind_words(location.kind))),
            ),
            "<p>{}</p>".format(
                esc(
                    self.tr(
                        "The program never uses the internet. It keeps a record and checks "
                        "it against the court's rules; it does not give legal advice."
                    )
                )
            ),
            "<p>{}</p>".format(
                esc(
                    self.tr(
                        "Meet-and-Confer Log is free software under the MIT licence. It "
                        "ships other free software, each under its own licence, listed below."
                    )
                )
            ),
        ]
        parts.append(self._fonts_html())
        parts.append(self._third_party_html())
        self.text = QTextBrowser()
        self.text.setHtml("".join(parts))
        self.text.setAccessibleName(self.tr("About the program"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _fonts_html(self) -> str:
        esc = html.escape
        licences = sorted(paths.fonts_dir().glob("*.txt")) if paths.fonts_dir().is_dir() else []
        if not licences:
            return "<p>{}</p>".format(esc(self.tr("No fonts are shipped with this copy.")))
        parts = ["<h3>{}</h3>".format(esc(self.tr("Fonts shipped with the program")))]
        fonts = sorted(p.name for p in paths.fonts_dir().glob("*.ttf"))
        if fonts:
            parts.append("<p>{}</p>".format(esc(", ".join(fonts))))
        for licence in licences:
            try:
                text = licence.read_text(encoding="utf-8")
            except OSError:
                continue
            # Wrapped, so the licence reads without scrolling sideways.
            parts.append(f"<p><b>{esc(licence.name)}</b></p>"
                         f"<pre style='white-space: pre-wrap'>{esc(text)}</pre>")
        return "".join(parts)

    def _third_party_html(self) -> str:
        esc = html.escape
        heading = "<h3>{}</h3>".format(esc(self.tr("Other software shipped with the program")))
        try:
            text = notices_path().read_text(encoding="utf-8")
        except OSError:
            return heading + "<p>{}</p>".format(
                esc(
                    self.tr(
                        "The list of licences was not made for this copy: it is written "
                        "when the program is built (installer/build)."
                    )
                )
            )
        return f"{heading}<pre style='white-space: pre-wrap'>{esc(text)}</pre>"
