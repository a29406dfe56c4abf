"""An automated walk of every window and dialog of the desktop app.

For each one it fails on:
- an input (text box, list, table, drop-down, spin box) with neither an accessible name nor
  a label whose buddy it is: a screen reader would announce it as "edit" and nothing more;
- a button or action with no keyboard path (no shortcut, no "&" letter, not reachable
  with Tab);
- text smaller than MIN_POINTS;
- colours that ignore the person's palette: literal colours in a style sheet, colours
  from an item model, and, under a black-and-white high-contrast palette, text whose
  colours do not contrast with its background.

A new dialog class in app/ui must get a builder in BUILDERS (the last test says which).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import app.ui
from app.store import Store

# The smallest text allowed anywhere, in points. The app's normal size is 11 pt
# (app/ui/text_size.py); nothing may shrink text much below it.
MIN_POINTS = 10.0
# WCAG AA for normal text.
MIN_CONTRAST = 4.5

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
_TEXT_WIDGETS = (QLabel, QAbstractButton, *_INPUTS)
# A colour written into a style sheet: #hex, rgb()/rgba()/hsl(), or a colour name.
_LITERAL_COLOUR = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|\b(rgba?|hsla?|hsv)\s*\(|"
    r"\b(black|white|red|green|blue|yellow|orange|gray|grey|silver|maroon|navy|purple|"
    r"teal|olive|lime|aqua|fuchsia|darkred|darkgreen|darkblue|lightgray|lightgrey)\b",
    re.IGNORECASE,
)


# -- the windows and dialogs ---------------------------------------------------------------


@dataclass
class Env:
    window: QMainWindow
    store: Store
    qtbot: QtBot
    # Widgets to keep alive for the test (pytest-qt holds only weak references).
    keep: list[QWidget] = field(default_factory=list)

    @property
    def session(self):  # type: ignore[no-untyped-def]  # OpenCase; the window's own API
        session = self.window.context.session  # type: ignore[attr-defined]
        assert session is not None, "the demo case should be open"
        return session


def _main_window(env: Env) -> QWidget:
    """The main window with every tab's page made (the app makes them when first shown),
    so each page is walked, and its keyboard letters are checked against the window's
    menus and tabs."""
    from app.ui.lazy_page import LazyPage

    window = env.window
    tabs = window.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tab = tabs.widget(index)
        if isinstance(tab, LazyPage):
            tab.page()
    return window


def _case_form_new(env: Env) -> QWidget:
    from app.ui.forms.case_form import CaseForm

    return CaseForm(env.window, lambda case: None)


def _case_form_details(env: Env) -> QWidget:
    from app.ui.forms.case_form import CaseForm

    return CaseForm(env.window, env.session.update_details, env.session.case)


def _communication_form(env: Env) -> QWidget:
    from app.ui.forms.communication_form import CommunicationForm

    return CommunicationForm(env.window, env.session)


def _dispute_form(env: Env) -> QWidget:
    from app.ui.forms.dispute_form import DisputeForm

    return DisputeForm(env.window, env.session)


def _counsel_form(env: Env) -> QWidget:
    from app.ui.forms.counsel_form import CounselForm

    return CounselForm(env.window, env.session)


def _about(env: Env) -> QWidget:
    from app.ui.about import AboutDialog

    return AboutDialog(env.window)


def _unlock_screen(env: Env) -> QWidget:
    from app.ui.privacy.unlock_screen import UnlockScreen

    # With the button for another data folder, so its keyboard letter is checked too.
    return UnlockScreen(lambda _passphrase: env.store, open_another_folder=lambda _w: False)


def _idle_minutes(env: Env) -> QWidget:
    from app.ui.privacy.idle_dialog import IdleMinutesDialog

    return IdleMinutesDialog(env.window, 10)


def _backups(env: Env) -> QWidget:
    from app.ui.safety.backups_dialog import BackupsDialog

    return BackupsDialog(env.window, env.store)


def _trash(env: Env) -> QWidget:
    from app.ui.safety.trash_dialog import TrashDialog

    return TrashDialog(env.window, env.store, env.session.case_id)


def _history(env: Env) -> QWidget:
    from app.services.safety import RecordKind
    from app.ui.safety.history_dialog import HistoryDialog

    letter = env.session.case.communications[0].id
    return HistoryDialog(env.window, env.store, RecordKind.LETTER, env.session.case_id, letter)


def _calendar(env: Env) -> QWidget:
    from app.ui.forms.fields import CalendarDialog

    return CalendarDialog(env.window, dt.date(2025, 3, 10))


def _welcome(env: Env) -> QWidget:
    """The first page, as a person with no case sees it (the walk's window has the
    sample open)."""
    from app.ui.welcome import WelcomePage

    page = WelcomePage()
    page.set_cases([])
    return page


def _guide(env: Env) -> QWidget:
    from app.ui.guide import GuideDialog

    return GuideDialog(env.window, "check-WAITED")


def _wizard(env: Env) -> QWidget:
    from app.ui.wizard import FirstCaseWizard

    return FirstCaseWizard(env.window, lambda case: env.session)


def _wizard_requests(env: Env) -> QWidget:
    """The wizard on its last page: a wizard shows one page at a time, so its keyboard
    letters are checked on the first page and on this one."""
    wizard = _wizard(env)
    wizard.show()
    for _page in range(4):
        wizard.button(wizard.WizardButton.NextButton).setEnabled(True)
        wizard.next()
    assert wizard.currentPage() is wizard.requests_page
    return wizard


def _wizard_offering_the_lock(env: Env) -> QWidget:
    from app.ui.wizard import FirstCaseWizard

    return FirstCaseWizard(env.window, lambda case: env.session, lambda passphrase: None)


def _wizard_requests_before_the_lock(env: Env) -> QWidget:
    """The requests page when the lock page follows: Next and Save my case both shown."""
    wizard = _wizard_offering_the_lock(env)
    wizard.show()
    for _page in range(4):
        wizard.button(wizard.WizardButton.NextButton).setEnabled(True)
        wizard.next()
    assert wizard.currentPage() is wizard.requests_page  # type: ignore[attr-defined]
    return wizard


def _wizard_lock_page(env: Env) -> QWidget:
    wizard = _wizard_offering_the_lock(env)
    wizard.setStartId(wizard.pageIds()[-1])  # type: ignore[attr-defined]
    wizard.show()
    assert wizard.currentPage() is wizard.lock_page  # type: ignore[attr-defined]
    return wizard


def _lock_dialog(env: Env) -> QWidget:
    from app.ui.lock_setup.dialogs import LockDialog

    return LockDialog(env.window, env.store)


def _change_passphrase(env: Env) -> QWidget:
    from app.ui.lock_setup.dialogs import ChangeDialog

    return ChangeDialog(env.window, env.store)


def _remove_passphrase(env: Env) -> QWidget:
    from app.ui.lock_setup.dialogs import RemoveDialog

    return RemoveDialog(env.window, env.store)


def _declaration_page(env: Env) -> QWidget:
    from app.ui.declaration.page import DeclarationPage

    session = env.session
    return DeclarationPage(lambda: session, today=lambda: dt.date(2025, 7, 8))


def _declaration_preview(env: Env) -> QWidget:
    page = _declaration_page(env)
    env.qtbot.addWidget(page)
    env.keep.append(page)
    dialog = page.open_preview()  # type: ignore[attr-defined]
    assert dialog is not None
    # Closed and deleted by the test's teardown, not on close (it would be deleted twice).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


def _letter_window(env: Env) -> QWidget:
    from app.ui.letters.opening import open_letter_window

    window = open_letter_window(env.window, env.window.context, "d4")  # type: ignore[attr-defined]
    assert window is not None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return window


def _letter_preview(env: Env) -> QWidget:
    letter = _letter_window(env)
    dialog = letter.open_preview()  # type: ignore[attr-defined]
    assert dialog is not None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


def _mailed_form(env: Env) -> QWidget:
    letter = _letter_window(env)
    form = letter.open_mailed_form()  # type: ignore[attr-defined]
    assert form is not None
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return form


def _logged_letter(env: Env) -> QWidget:
    from app.ui.letters.logged import LoggedLetterDialog

    case = env.session.case
    # The demo case's follow-up letter, logged through the program with its text.
    comm = next(c for c in case.communications if c.letter is not None)
    return LoggedLetterDialog(env.window, case, comm)


def _recovery(env: Env) -> QWidget:
    from pathlib import Path

    from app.crash import PreviousRun
    from app.services.drafts import Drafts
    from app.ui.recovery import RecoveryDialog

    drafts = Drafts(env.store)
    drafts.save(f"case:{env.session.case_id}:counsel:new", "counsel", "Dana M. Whitfield",
                {"case_id": env.session.case_id, "record_id": None, "fields": {}})
    report = PreviousRun(True, Path("logs") / "crash-20261204-101500-000000-fatal.txt")
    return RecoveryDialog(env.window, drafts, drafts.pending(), report)


# name -> (builder, the app.ui classes it covers)
BUILDERS: dict[str, tuple[Callable[[Env], QWidget], tuple[str, ...]]] = {
    "main window": (_main_window, ("MainWindow",)),
    "new case form": (_case_form_new, ("CaseForm",)),
    "case details form": (_case_form_details, ("CaseForm",)),
    "letter or call form": (_communication_form, ("CommunicationForm",)),
    "request form": (_dispute_form, ("DisputeForm",)),
    "counsel form": (_counsel_form, ("CounselForm",)),
    "about dialog": (_about, ("AboutDialog",)),
    "backups dialog": (_backups, ("BackupsDialog",)),
    "trash dialog": (_trash, ("TrashDialog",)),
    "history dialog": (_history, ("HistoryDialog",)),
    "declaration page": (_declaration_page, ("DeclarationPage",)),
    "calendar": (_calendar, ("CalendarDialog",)),
    "guide": (_guide, ("GuideDialog",)),
    "welcome page": (_welcome, ()),
    "first case wizard": (_wizard, ("FirstCaseWizard",)),
    "first case wizard, last page": (_wizard_requests, ("FirstCaseWizard",)),
    "first case wizard, requests before the lock": (_wizard_requests_before_the_lock,
                                                    ("FirstCaseWizard",)),
    "first case wizard, lock page": (_wizard_lock_page, ("FirstCaseWizard",)),
    "lock the data folder": (_lock_dialog, ("LockDialog",)),
    "change the passphrase": (_change_passphrase, ("ChangeDialog",)),
    "remove the passphrase": (_remove_passphrase, ("RemoveDialog",)),
    "declaration preview": (_declaration_preview, ("PreviewDialog",)),
    "letter window": (_letter_window, ("LetterWindow",)),
    "letter preview": (_letter_preview, ("LetterPreviewDialog",)),
    "I mailed it form": (_mailed_form, ("MailedForm",)),
    "logged letter": (_logged_letter, ("LoggedLetterDialog",)),
    "unsaved work after a crash": (_recovery, ("RecoveryDialog",)),
    "unlock screen": (_unlock_screen, ()),
    "lock when not used": (_idle_minutes, ("IdleMinutesDialog",)),
}
# Base classes never shown on their own.
_ABSTRACT = {"RecordForm", "_PassphraseDialog"}


@pytest.fixture
def env(make_window, store: Store, qtbot: QtBot) -> Env:  # type: ignore[no-untyped-def]
    from app.ui.text_size import apply_text_size

    apply_text_size(False)  # the normal size, as at start-up (Qt's own default is smaller)
    window = make_window(demo=True)
    return Env(window, store, qtbot)


def _build(name: str, env: Env) -> QWidget:
    builder, _classes = BUILDERS[name]
    try:
        widget = builder(env)
    except (ImportError, AttributeError, TypeError) as error:
        pytest.skip(f"{name}: not available yet ({type(error).__name__}: {error})")
    if widget.parentWidget() is None:  # a child goes with its parent at teardown
        env.qtbot.addWidget(widget)
    widget.show()
    return widget


# -- what is checked -----------------------------------------------------------------------


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "windowTitle", "accessibleName", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value) and isinstance(value(), str) and value():
            text = value()
            break
    chain = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 4:
        chain.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return f"{' < '.join(chain)} {text!r}"


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets: named "qt_..." (a scroll area's viewport, a
    spin box's text box; what the program puts inside them is still checked), a table's
    headers, or anything inside a drop-down, a spin box or a text box (its clear button)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        node = node.parentWidget()
    return False


def _in_calendar(action: QAction) -> bool:
    """A calendar's own month menu: the keyboard changes month with Page Up and Page Down."""
    node = action.parent()
    while node is not None:
        if isinstance(node, QCalendarWidget):
            return True
        node = node.parent()
    return False


def _widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    for widget in root.findChildren(QWidget):
        if not _is_qt_internal(widget):
            yield widget


def _buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel)
            if label.buddy() is not None}


def unnamed_inputs(root: QWidget) -> list[str]:
    buddies = _buddies(root)
    return [f"input without an accessible name or label: {_describe(w)}"
            for w in _widgets(root)
            if isinstance(w, _INPUTS) and not w.accessibleName().strip()
            and id(w) not in buddies]


def _has_mnemonic(text: str) -> bool:
    return bool(re.search(r"&(?!&)\S", text))


def buttons_without_keys(root: QWidget) -> list[str]:
    found = []
    for w in _widgets(root):
        if not isinstance(w, QAbstractButton):
            continue
        tab = bool(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        action = getattr(w, "defaultAction", lambda: None)()
        keys = not w.shortcut().isEmpty() or (
            action is not None and not action.shortcut().isEmpty())
        if not (tab or keys or _has_mnemonic(w.text())):
            found.append(f"button with no keyboard path: {_describe(w)}")
    return found


def actions_without_keys(root: QWidget) -> list[str]:
    found = []
    menus = [m for m in root.findChildren(QMenu)]
    in_menus = {id(a) for m in menus for a in m.actions()}
    for action in root.findChildren(QAction):
        if action.isSeparator() or not action.text() or _in_calendar(action):
            continue
        keys = not action.shortcut().isEmpty()
        if action.menu() is not None or id(action) in in_menus:
            ok = keys or _has_mnemonic(action.text())
        else:
            # Not in any menu: only its own shortcut, or a button showing it, reaches it.
            ok = keys or any(getattr(b, "defaultAction", lambda: None)() is action
                             for b in root.findChildren(QAbstractButton))
        if not ok:
            found.append(f"action with no keyboard path: {action.text()!r}")
    return found


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(?!&)(\w)", text)
    return None if found is None else found.group(1).lower()


def _clashes(owner: str, texts: list[str]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = _mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return [f"{owner}: Alt+{letter.upper()} is used by {', '.join(map(repr, used))}"
            for letter, used in sorted(by_letter.items()) if len(used) > 1]


def _on_screen_clashes(root: QWidget) -> list[str]:
    on_screen = [w.text() for w in _widgets(root) if w.isVisible() and (
        (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton))]
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            on_screen += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    if isinstance(root, QMainWindow):
        on_screen += [a.text() for a in root.menuBar().actions() if a.isVisible()]
    return _clashes(f"{type(root).__name__} on screen", on_screen)


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Two things on screen (or in one menu) with the same "&" letter: Alt+letter then
    reaches only one of them, or the person must press it again and again. Each tab of
    a tabbed window is looked at in turn."""
    found = _on_screen_clashes(root)
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found += [f"{clash} (tab {tabs.tabText(index)!r})"
                          for clash in _on_screen_clashes(root)]
    for menu in root.findChildren(QMenu):
        found += _clashes(f"menu {menu.title()!r}",
                          [a.text() for a in menu.actions() if a.isVisible()])
    return sorted(set(found))


def _points(widget: QWidget) -> float:
    widget.ensurePolished()
    font = widget.font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 72.0 / max(1, widget.logicalDpiY())


def small_text(root: QWidget) -> list[str]:
    return [f"text of {_points(w):.1f} pt (< {MIN_POINTS}): {_describe(w)}"
            for w in _widgets(root)
            if isinstance(w, _TEXT_WIDGETS) and _points(w) < MIN_POINTS]


def hard_coded_colours(root: QWidget) -> list[str]:
    found = []
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    if _LITERAL_COLOUR.search(sheet):
        found.append(f"application style sheet with a literal colour: {sheet!r}")
    for w in _widgets(root):
        if _LITERAL_COLOUR.search(w.styleSheet()):
            found.append(f"style sheet with a literal colour {w.styleSheet()!r}: {_describe(w)}")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found.extend(_model_colours(w))
    return found


def _model_colours(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found = set()
    # A list model's columnCount is private in PySide6: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
                if model.data(index, role) is not None:
                    found.add(f"{type(model).__name__} gives a fixed {role.name} "
                              f"(column {column}): {_describe(view)}")
    return sorted(found)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, two: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("black"), QColor("white"), QColor("yellow")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.Button, QPalette.ColorRole.AlternateBase,
                     QPalette.ColorRole.ToolTipBase):
            palette.setColor(group, role, black)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                     QPalette.ColorRole.BrightText, QPalette.ColorRole.PlaceholderText):
            palette.setColor(group, role, white)
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
    return palette


def palette_ignored(root: QWidget) -> list[str]:
    found = []
    for w in _widgets(root):
        if not isinstance(w, _TEXT_WIDGETS) or not w.isEnabled():
            continue
        palette = w.palette()
        ratio = contrast(palette.color(w.foregroundRole()), palette.color(w.backgroundRole()))
        if ratio < MIN_CONTRAST:
            found.append(f"contrast {ratio:.1f}:1 under the high-contrast palette: "
                         f"{_describe(w)}")
    return found


# -- the tests -----------------------------------------------------------------------------

_NAMES = list(BUILDERS)


@pytest.mark.parametrize("name", _NAMES)
def test_every_input_has_a_name(name: str, env: Env) -> None:
    assert unnamed_inputs(_build(name, env)) == []


@pytest.mark.parametrize("name", _NAMES)
def test_every_button_and_action_has_a_keyboard_path(name: str, env: Env) -> None:
    root = _build(name, env)
    assert buttons_without_keys(root) + actions_without_keys(root) == []


@pytest.mark.parametrize("name", _NAMES)
def test_no_text_is_too_small(name: str, env: Env) -> None:
    assert small_text(_build(name, env)) == []


@pytest.mark.parametrize("name", _NAMES)
def test_no_colour_is_hard_coded(name: str, env: Env) -> None:
    assert hard_coded_colours(_build(name, env)) == []


@pytest.mark.parametrize("name", _NAMES)
def test_a_high_contrast_palette_is_honoured(name: str, env: Env, qapp: QApplication) -> None:
    original = qapp.palette()
    qapp.setPalette(high_contrast_palette())
    try:
        assert palette_ignored(_build(name, env)) == []
    finally:
        qapp.setPalette(original)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from app.ui.language import ENGLISH, LanguageSwitcher

    original_locale = QLocale()
    switcher = LanguageSwitcher()
    switcher.apply(qapp, request.param, remember=False)
    yield request.param
    # The test's windows are closed by now but not yet deleted: delete them first, so
    # the switch back does not reach (and rebuild) windows on their way out.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.apply(qapp, ENGLISH, remember=False)
    QCoreApplication.processEvents()
    QLocale.setDefault(original_locale)


@pytest.mark.parametrize("name", _NAMES)
def test_no_two_things_share_a_keyboard_letter(name: str, language: str, env: Env) -> None:
    assert mnemonic_clashes(_build(name, env)) == []


def _dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QMainWindow)):
                found.add(name)
    return found - _ABSTRACT


def test_the_walk_covers_every_window_and_dialog() -> None:
    covered = {cls for _builder, classes in BUILDERS.values() for cls in classes}
    assert sorted(_dialog_classes() - covered) == [], "add a builder to BUILDERS"


def test_the_checks_catch_what_they_look_for(qtbot: QtBot) -> None:
    """The walk itself: each check finds a planted fault."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    nameless = QLineEdit()
    button = QPushButton("Go")
    button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    tiny = QLabel("small")
    font = tiny.font()
    font.setPointSizeF(7)
    tiny.setFont(font)
    red = QLabel("red")
    red.setStyleSheet("color: #a00000;")
    for widget in (nameless, button, tiny, red):
        layout.addWidget(widget)
    assert len(unnamed_inputs(root)) == 1
    assert len(buttons_without_keys(root)) == 1
    assert len(small_text(root)) == 1
    assert len(hard_coded_colours(root)) == 1
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
