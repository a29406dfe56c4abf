"""Translation for the presentation layer.

`render` turns a domain `Message` into text in the interface language, through Qt's
translation (so the Spanish `.qm` file covers domain text too). Without an installed
translator Qt returns the English template, which is what the command line prints.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.text import Message


def render(msg: Message) -> str:
    return msg.format_with(QCoreApplication.translate(msg.context, msg.template))


def tr(context: str, text: str) -> str:
    """Translate a literal outside a QObject (lupdate finds `QCoreApplication.translate`)."""
    return QCoreApplication.translate(context, text)
