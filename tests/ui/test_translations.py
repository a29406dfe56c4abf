"""The Spanish catalogue is complete, matches the code, and is compiled; and every string
in the code is written so that lupdate can find it.

When a test here fails after a change to the interface, run
`.venv/bin/python resources/translations/update.py`, translate the new entries in
`resources/translations/meetconfer_es.ts`, and run the script again.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TS_FILE = FOLDER / "meetconfer_es.ts"
QM_FILE = FOLDER / "meetconfer_es.qm"


def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", FOLDER / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True, slots=True)
class Entry:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    finished: bool


def _entries(ts_file: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(Entry(
                name, msg.findtext("source") or "", msg.findtext("comment") or "",
                tuple(forms) if forms else (translation.text or "",),
                translation.get("type") not in ("unfinished", "vanished", "obsolete"),
            ))
    return found


def _where(entry: Entry) -> str:
    return f"[{entry.context}] {entry.source!r}"


# -- the catalogue -------------------------------------------------------------------------


def test_every_string_is_translated() -> None:
    missing = [_where(e) for e in _entries(TS_FILE)
               if not e.finished or not all(t.strip() for t in e.translations)]
    assert missing == [], f"{len(missing)} strings have no finished Spanish translation"


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    _update_script().run_lupdate(fresh)
    in_code = {(e.context, e.source, e.comment) for e in _entries(fresh)}
    in_catalogue = {(e.context, e.source, e.comment) for e in _entries(TS_FILE)}
    assert sorted(in_code - in_catalogue) == [], "new strings: run update.py and translate"
    assert sorted(in_catalogue - in_code) == [], "strings gone from the code: run update.py"


def test_the_compiled_catalogue_is_the_current_one(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    _update_script().run_lrelease(TS_FILE, compiled)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), "run update.py to compile the .ts"


_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_translations_keep_every_placeholder() -> None:
    """A lost or misspelt {name} would fail (or print wrong words) only when shown."""
    # Context "" holds lupdate's misreadings of tr(context, text), whose real text is in the
    # comment; test_lupdate_can_see_every_string reports the code that causes them.
    wrong = [
        _where(e) for e in _entries(TS_FILE) if e.finished and e.context
        for t in e.translations
        if sorted(_PLACEHOLDER.findall(t)) != sorted(_PLACEHOLDER.findall(e.source))
    ]
    assert wrong == []


_MNEMONIC = re.compile(r"&(?!&)\w")


def test_translations_keep_a_keyboard_letter_where_the_english_has_one() -> None:
    wrong = [_where(e) for e in _entries(TS_FILE) if e.finished
             and bool(_MNEMONIC.search(e.source)) != bool(_MNEMONIC.search(e.translations[0]))]
    assert wrong == []


# -- the code: every string where lupdate can see it ---------------------------------------

# Calls whose first two arguments are (context, text) and must both be literals.
_CONTEXT_AND_TEXT = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "translate"}
# `app.i18n` renders strings already marked elsewhere: its arguments are variables on purpose.
_EXEMPT = {Path("app/i18n.py")}


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _problems(path: Path) -> list[str]:
    found = []
    calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(n, ast.Call)]
    for node in sorted(calls, key=lambda n: n.lineno):
        name = _name(node.func)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name in _CONTEXT_AND_TEXT:
            if len(node.args) < 2 or not all(_is_literal(a) for a in node.args[:2]):
                found.append(f"{where}: {name}() with a context or text that is not a literal "
                             "string: lupdate skips it")
        elif name == "tr" and isinstance(node.func, ast.Name):
            found.append(f"{where}: tr(context, text) is read by lupdate as tr(text, comment): "
                         "use QCoreApplication.translate(\"Context\", \"text\")")
        elif name == "tr" and (not node.args or not _is_literal(node.args[0])):
            found.append(f"{where}: self.tr() of something that is not a literal string: "
                         "lupdate skips it")
    return found


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = "text"` constants (contexts are often kept in one)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_literal(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value  # type: ignore[attr-defined]
    return found


def _message_context_problems(path: Path) -> list[str]:
    """`message(context, QT_TRANSLATE_NOOP(marked, text))`: lupdate files the text under
    `marked`, the program looks it up under `context`; if they differ, the translation is
    never found."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _module_strings(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) == "message"
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Call)
                and _name(node.args[1].func) == "QT_TRANSLATE_NOOP" and node.args[1].args):
            continue
        used, marked = node.args[0], node.args[1].args[0]
        used_text = (used.value if _is_literal(used)  # type: ignore[attr-defined]
                     else constants.get(used.id) if isinstance(used, ast.Name) else None)
        marked_text = marked.value if _is_literal(marked) else None  # type: ignore[attr-defined]
        if used_text is not None and marked_text is not None and used_text != marked_text:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: looked up under "
                         f"{used_text!r} but marked under {marked_text!r}")
    return found


def _app_files() -> list[Path]:
    return sorted(p for p in (ROOT / "app").rglob("*.py") if p.relative_to(ROOT) not in _EXEMPT)


@pytest.mark.parametrize("path", _app_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_lupdate_can_see_every_string(path: Path) -> None:
    assert _problems(path) == []


@pytest.mark.parametrize("path", _app_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_messages_are_looked_up_where_they_were_marked(path: Path) -> None:
    assert _message_context_problems(path) == []
