"""User-visible text from Qt-free code.

The domain must not import Qt, yet every string a person reads must be translatable. So the
domain returns a `Message`: a context, an English template marked with `QT_TRANSLATE_NOOP`
(a name that `pyside6-lupdate` extracts) and its arguments. The presentation layer
(`app.i18n.render`) translates the template and fills it in; the command line and the
printed documents use `Message.english()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` without translating it here."""
    del context
    return text


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    template: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def format_with(self, template: str) -> str:
        """Fill `template` (this message's template, or its translation) with the args."""
        return template.format(**self.args)

    def english(self) -> str:
        return self.format_with(self.template)


def message(context: str, template: str, **args: object) -> Message:
    """Build a message; `template` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, template, MappingProxyType(dict(args)))
