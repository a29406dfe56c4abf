"""The main window: the welcome page, or the open case's pages in tabs, with the menus."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, paths
from app.domain.model import Case
from app.i18n import render
from app.services.cases import Cases, OpenCase, SaveError
from app.services.drafts import Drafts
from app.services.session import data_folder_is_locked
from app.ui import ask
from app.ui.autosave import Debounced
from app.ui.colours import Tone, tint
from app.ui.context import CaseContext
from app.ui.folders.menu import RecentFoldersMenu
from app.ui.language import LanguageSwitcher, Retranslating
from app.ui.lazy_page import LazyPage
from app.ui.lock_setup.menu import PrivacyMenu
from app.ui.pages.disputes_page import DisputesPage
from app.ui.privacy.actions import LockActions
from app.ui.safety import SafetyMenu
from app.ui.settings import Settings
from app.ui.text_size import ScaledLabel, apply_text_size
from app.ui.welcome import WelcomePage

# Imported where first used (start-up waits for every module loaded before the window):
if TYPE_CHECKING:
    from app.services.casefiles import CaseFileError
    from app.ui.about import AboutDialog
    from app.ui.declaration.page import DeclarationPage
    from app.ui.forms.case_form import CaseForm
    from app.ui.guide import GuideDialog
    from app.ui.letters.window import LetterWindow
    from app.ui.pages.counsel_page import CounselPage
    from app.ui.pages.dates_page import DatesPage
    from app.ui.pages.log_page import LogPage
    from app.ui.wizard import FirstCaseWizard

# Each language's own name with a keyboard letter; the two never share one.
_LANGUAGE_LABELS = {"en": "&English", "es": "Es&pañol"}


class MainWindow(Retranslating, QMainWindow):
    # The data folder was locked with a passphrase (True) or its lock removed (False) from
    # this window (the Privacy menu, or the last page of Start my case). On the window, not
    # the menu: the menus are made again when the language changes.
    folder_lock_changed = Signal(bool)

    def __init__(self, cases: Cases, settings: Settings,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.cases = cases
        self.settings = settings
        self.context = CaseContext(cases, today)
        self.case_form: CaseForm | None = None
        self.about_dialog: AboutDialog | None = None
        self.guide_dialog: GuideDialog | None = None
        self.case_wizard: FirstCaseWizard | None = None
        self.letter_window: LetterWindow | None = None
        self._rebuild_pending = False
        self._stale = False
        self._build_ui()
        self.context.case_opened.connect(self._case_shown)
        self.context.changed.connect(self._update_switcher)
        self.context.changed.connect(self._update_title)
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 700)

    def _build_ui(self) -> None:
        """Every widget and menu of the window, in the current interface language."""
        self.welcome = WelcomePage()
        self.welcome.new_case.connect(self.start_case_wizard)
        self.welcome.open_sample.connect(self.open_sample)
        self.welcome.import_file.connect(self.import_case_file)
        self.welcome.open_case.connect(self.open_case)
        self.welcome.lock_folder.connect(lambda: self.privacy_menu.set_up_lock())

        self.disputes_page = DisputesPage(self.context)
        self.disputes_page.log_about.connect(self._log_about)
        self.disputes_page.guide_wanted.connect(self.show_guide)
        # The other tabs are made when first shown or asked for (`app.ui.lazy_page`).
        self.log_tab = LazyPage(self._make_log_page)
        self.counsel_tab = LazyPage(self._make_counsel_page)
        self.dates_tab = LazyPage(self._make_dates_page)
        self.declaration_tab = LazyPage(self._make_declaration_page)
        self.tabs = QTabWidget()
        # Alt+R, Alt+L, Alt+O, Alt+D, Alt+E, or Ctrl+1 to Ctrl+5 (the View menu).
        self.tabs.addTab(self.disputes_page, self.tr("&Requests in dispute"))
        self.tabs.addTab(self.log_tab, self.tr("&Letters and calls"))
        self.tabs.addTab(self.counsel_tab, self.tr("C&ounsel"))
        self.tabs.addTab(self.dates_tab, self.tr("Coming &dates"))
        self.tabs.addTab(self.declaration_tab, self.tr("Filing pack&et"))
        self.tabs.setDocumentMode(True)

        self.case_title = ScaledLabel("", 1.4)
        self.case_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.switcher_label = QLabel(self.tr("O&pen case:"))
        self.switcher = QComboBox()
        self.switcher.setAccessibleName(self.tr("Switch case"))
        self.switcher_label.setBuddy(self.switcher)
        self.switcher.activated.connect(self._switcher_chosen)
        # The sample is marked as made up, so nobody files its facts by mistake.
        self.sample_note = QLabel(self.tr("Sample case: made up, to try the program"))
        self.sample_note.setWordWrap(True)
        tint(self.sample_note, Tone.WAIT)
        self.sample_note.setVisible(False)
        header = QHBoxLayout()
        header.addWidget(self.case_title, 1)
        header.addWidget(self.sample_note)
        header.addWidget(self.switcher_label)
        header.addWidget(self.switcher)
        case_view = QWidget()
        case_layout = QVBoxLayout(case_view)
        case_layout.addLayout(header)
        case_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(case_view)
        self.case_view = case_view
        self.setCentralWidget(self.stack)
        self._build_menus()

    # -- the pages ------------------------------------------------------------------

    def _make_log_page(self) -> LogPage:
        from app.ui.pages.log_page import LogPage

        return LogPage(self.context, self.settings)

    def _make_counsel_page(self) -> CounselPage:
        from app.ui.pages.counsel_page import CounselPage

        return CounselPage(self.context)

    def _make_dates_page(self) -> DatesPage:
        from app.ui.pages.dates_page import DatesPage

        return DatesPage(self.context)

    def _make_declaration_page(self) -> DeclarationPage:
        from app.ui.declaration.page import DeclarationPage

        page = DeclarationPage(lambda: self.context.session, today=self.context.today)
        self.context.case_opened.connect(page.refresh)
        self.context.changed.connect(page.refresh)
        return page

    @property
    def log_page(self) -> LogPage:
        return self.log_tab.page()

    @property
    def counsel_page(self) -> CounselPage:
        return self.counsel_tab.page()

    @property
    def dates_page(self) -> DatesPage:
        return self.dates_tab.page()

    @property
    def declaration_page(self) -> DeclarationPage:
        return self.declaration_tab.page()

    def current_page(self) -> QWidget:
        """The page on the tab in front (made now if it was not yet)."""
        tab = self.tabs.currentWidget()
        return tab.page() if isinstance(tab, LazyPage) else tab

    # -- the interface language -------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The language changed: build the window again in it once the switch is done (Qt
        sends one notice per translator). The case, the page and every record stay as
        they are: they live in the context and the data folder, not in the widgets."""
        if not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._rebuild)

    def _rebuild(self) -> None:
        self._rebuild_pending = False
        if not self.isVisible():
            # A closed window is not rebuilt (its data folder may be closed already);
            # one that is merely not shown yet is rebuilt when it is.
            self._stale = True
            return
        self._stale = False
        on_case = self.stack.currentWidget() is self.case_view
        tab = self.tabs.currentIndex()
        # The old menu bar and its actions go with it; so does the old central widget.
        self.safety_menu.deleteLater()
        self.privacy_menu.deleteLater()
        self.setMenuBar(QMenuBar(self))
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._build_ui()
        session = self.context.session
        if on_case and session is not None:
            self._show_session(session)
            self.show_page(tab)
        else:
            self.show_welcome()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # What was typed in the last half second (a form, the declaration's wording) is
        # kept now, before the window and its data folder close: an open form's draft
        # stays for the next start, which offers it back (`app.ui.recovery`).
        for waiting in self.findChildren(Debounced):
            waiting.flush()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._rebuild)
        super().showEvent(event)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        switcher = getattr(app, "language_switcher", None)
        if switcher is None:
            switcher = LanguageSwitcher(app)
            app.language_switcher = switcher  # type: ignore[attr-defined]
        # In both languages and never translated, and each language by its own name
        # ("Español"), so a person who cannot read the current one still finds theirs.
        menu = view_menu.addMenu("Language / &Idioma")
        group = QActionGroup(menu)
        for language in switcher.available_languages():
            action = QAction(_LANGUAGE_LABELS.get(language.code, language.name), menu)
            action.setCheckable(True)
            action.setChecked(language.code == switcher.current)
            action.triggered.connect(
                lambda _checked=False, code=language.code: self._switch_language(code))
            group.addAction(action)
            menu.addAction(action)
        self.language_menu = menu

    def _switch_language(self, code: str) -> None:
        app = QApplication.instance()
        switcher = getattr(app, "language_switcher", None)
        if switcher is None or not isinstance(app, QApplication):
            return
        if switcher.current == code:
            return
        if not switcher.apply(app, code):
            ask.problem(self, self.tr("Language not changed"),
                        self.tr("The words for that language could not be loaded. The "
                                "program stays in English."))

    # -- menus ------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                checkable: bool = False) -> QAction:
        # Owned by the menu bar, so rebuilding the window in another language drops them.
        action = QAction(text, self.menuBar())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        case_menu = bar.addMenu(self.tr("&Case"))
        self.new_case_action = self._action(self.tr("&New case…"), self.new_case, "Ctrl+N")
        self.details_action = self._action(self.tr("Case &details…"), self.edit_case_details)
        self.other_case_action = self._action(self.tr("&Open another case…"),
                                              self.show_welcome, "Ctrl+O")
        self.sample_action = self._action(self.tr("Open the &sample case"), self.open_sample)
        self.import_action = self._action(self.tr("&Import a case file…"),
                                          self.import_case_file, "Ctrl+I")
        self.export_action = self._action(self.tr("&Export this case to a file…"),
                                          self.export_case_file, "Ctrl+E")
        self.folder_action = self._action(self.tr("Show where my data is &kept"),
                                          self.open_data_folder)
        self.print_action = self._action(self.tr("&Print the filing packet…"),
                                         self._print_declaration, QKeySequence.StandardKey.Print)
        self.save_pdf_action = self._action(self.tr("Save the filing packet as PD&F…"),
                                            self._save_declaration_pdf)
        self.other_folder_action = self._action(self.tr("Open &another data folder…"),
                                                self.open_another_data_folder)
        quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        for item in (self.new_case_action, self.details_action, self.other_case_action,
                     self.sample_action, None, self.import_action, self.export_action, None,
                     self.print_action, self.save_pdf_action, None,
                     self.folder_action, self.other_folder_action):
            case_menu.addAction(item) if item is not None else case_menu.addSeparator()
        # Several people who share one PC account each keep their own folder.
        self.recent_folders_menu = RecentFoldersMenu(
            case_menu.addMenu(self.tr("&Recent data folders")), self)
        self.privacy_menu = PrivacyMenu(self, case_menu, self.context)
        self.privacy_menu.lock_changed.connect(self._folder_lock_changed)
        case_menu.addSeparator()
        case_menu.addAction(quit_action)
        # Lock now (Ctrl+L), the Lock button and the idle minutes, for a locked data folder.
        self.lock_actions = LockActions(self, case_menu, before=quit_action)

        add_menu = bar.addMenu(self.tr("&Add"))
        self.new_comm_action = self._action(self.tr("New &letter or call…"),
                                            self._new_communication, "Ctrl+M")
        self.new_dispute_action = self._action(self.tr("New &request in dispute…"),
                                               self._new_dispute, "Ctrl+R")
        self.new_counsel_action = self._action(self.tr("New lawyer for the &other side…"),
                                               self._new_counsel, "Ctrl+K")
        self.write_letter_action = self._action(self.tr("&Write a letter…"),
                                                self._write_letter, "Ctrl+Shift+L")
        for item in (self.new_comm_action, self.new_dispute_action, self.new_counsel_action,
                     self.write_letter_action):
            add_menu.addAction(item)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for number, name in enumerate([self.tr("&Requests in dispute"),
                                       self.tr("&Letters and calls"), self.tr("&Counsel"),
                                       self.tr("Coming &dates"),
                                       self.tr("&Prepare the declaration")]):
            action = self._action(name, partial(self.show_page, number), f"Ctrl+{number + 1}")
            self.page_actions.append(action)
            view_menu.addAction(action)
        self.find_action = self._action(self.tr("&Find in letters and calls"),
                                        self._find_in_log, QKeySequence.StandardKey.Find)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.larger_text_action = self._action(self.tr("Larger &text"), self._toggle_text_size,
                                               checkable=True)
        self.larger_text_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.larger_text_action.setChecked(self.settings.larger_text)
        view_menu.addAction(self.larger_text_action)
        self._build_language_menu(view_menu)

        self.safety_menu = SafetyMenu(self, bar, self.context)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&Guide"), self.show_guide, "F1")
        help_menu.addAction(self.guide_action)
        self.about_action = self._action(self.tr("&About this program"), self.show_about)
        help_menu.addAction(self.about_action)
        self._enable_case_actions()

    def _enable_case_actions(self) -> None:
        has = self.context.session is not None
        for action in (self.details_action, self.export_action, self.new_comm_action,
                       self.write_letter_action,
                       self.new_dispute_action, self.new_counsel_action, self.find_action,
                       self.print_action, self.save_pdf_action, *self.page_actions):
            action.setEnabled(has)

    def _print_declaration(self) -> None:
        self.show_page(self.tabs.indexOf(self.declaration_tab))
        self.declaration_page.print_declaration()

    def _save_declaration_pdf(self) -> None:
        self.show_page(self.tabs.indexOf(self.declaration_tab))
        self.declaration_page.save_as_pdf()

    def _toggle_text_size(self) -> None:
        larger = self.larger_text_action.isChecked()
        self.settings.larger_text = larger
        apply_text_size(larger)

    # -- which case -------------------------------------------------------------------

    def start(self, *, demo: bool = False) -> None:
        """Open the sample (with --demo), else the last case, else the welcome page."""
        if demo:
            self.open_sample()
            return
        old_number = self.settings.forget_old_case_number()
        if old_number is not None and self.settings.last_case_id is None:
            self.settings.last_case_id = self.cases.case_id(old_number)
        case_id = self.settings.last_case_id
        # A case removed since (into the removed cases) is not opened: the welcome page.
        if case_id is not None and any(s.id == case_id for s in self.cases.summaries()):
            self.open_case(case_id)
        else:
            self.show_welcome()

    def open_case(self, case_id: int) -> None:
        try:
            session = self.cases.open(case_id)
        except SaveError as error:
            ask.problem(self, self.tr("Cannot open the case"), render(error.message))
            self.show_welcome()
            return
        self._show_session(session)

    def _show_session(self, session: OpenCase) -> None:
        self.settings.last_case_id = session.case_id
        self.context.open(session)
        self.stack.setCurrentWidget(self.case_view)
        self.tabs.setCurrentIndex(0)
        self.disputes_page.table.setFocus()

    def show_welcome(self) -> None:
        self.welcome.set_cases(self.cases.summaries())
        self.welcome.set_lock_offer(not data_folder_is_locked())
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.new_button.setFocus()

    def _case_shown(self) -> None:
        session = self.context.session
        self._enable_case_actions()
        self._update_title()
        if session is None:
            return
        case = session.case
        self.case_title.setText(f"{case.short_title} \u2014 {case.case_number}")
        self.sample_note.setVisible(self.cases.is_sample(case.case_number))
        self._update_switcher()

    def _folder_lock_changed(self, locked: bool) -> None:
        self.welcome.set_lock_offer(not locked)
        self.folder_lock_changed.emit(locked)

    def _update_title(self) -> None:
        """The open case's name in the window's title (its details may have changed). A
        locked folder's window exists only while it is unlocked: locking closes it, and the
        lock screen's title names no case (`app.ui.privacy`)."""
        session = self.context.session
        if session is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{session.case.short_title} \u2014 {APP_NAME}")

    def _update_switcher(self) -> None:
        summaries = self.cases.summaries()
        session = self.context.session
        self.switcher.clear()
        for summary in summaries:
            self.switcher.addItem(f"{summary.short_title} \u2014 {summary.case_number}",
                                  summary.id)
        if session is not None:
            self.switcher.setCurrentIndex(self.switcher.findData(session.case_id))
            case = session.case
            self.case_title.setText(f"{case.short_title} \u2014 {case.case_number}")
        several = len(summaries) > 1
        self.switcher.setVisible(several)
        self.switcher_label.setVisible(several)

    def _switcher_chosen(self, index: int) -> None:
        case_id = self.switcher.itemData(index)
        session = self.context.session
        if case_id is not None and (session is None or session.case_id != case_id):
            self.open_case(int(case_id))

    def show_page(self, number: int) -> None:
        if self.context.session is not None:
            self.tabs.setCurrentIndex(number)
            self.tabs.currentWidget().setFocus()

    # -- cases ------------------------------------------------------------------------

    def new_case(self) -> None:
        from app.ui.forms.case_form import CaseForm

        self.case_form = CaseForm(self, self._create_case, drafts=Drafts(self.cases.store))
        self.case_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_form.open()

    def start_case_wizard(self) -> None:
        """A first case page by page; the menu's New case opens the full form."""
        from app.ui.wizard import FirstCaseWizard

        lock = None if data_folder_is_locked() else self.lock_with
        self.case_wizard = FirstCaseWizard(self, self._create_case, lock,
                                           drafts=Drafts(self.cases.store))
        self.case_wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_wizard.open()

    def lock_with(self, passphrase: str) -> str | None:
        """Lock the data folder with `passphrase` (typed twice already) and go on with it;
        what went wrong, in plain words, or None."""
        from app.ui.lock_setup.dialogs import attempt, lock, locked_notice

        title = self.tr("Lock this data folder")
        wrong = attempt(self, title, lambda: lock(self, self.cases.store, passphrase))
        if wrong is not None:
            return wrong
        self.privacy_menu.changed(locked=True)
        ask.inform(self, title, locked_notice())
        return None

    def _create_case(self, case: Case) -> OpenCase:
        session = self.cases.create(case)
        self._show_session(session)
        return session

    def edit_case_details(self) -> None:
        session = self.context.session
        if session is None:
            return
        from app.ui.forms.case_form import CaseForm

        self.case_form = CaseForm(self, session.update_details, session.case,
                                  drafts=Drafts(self.cases.store), case_id=session.case_id)
        self.case_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_form.saved.connect(lambda _case: self._details_saved())
        self.case_form.open()

    def _details_saved(self) -> None:
        self.context.notify_changed()

    def open_sample(self) -> None:
        from app.services.casefiles import CaseFileError

        try:
            case_id = self.cases.import_demo()
        except (SaveError, CaseFileError) as error:
            self._import_failed(error)
            return
        self.open_case(case_id)

    # -- case files -------------------------------------------------------------------

    def import_case_file(self) -> None:
        from app.services.casefiles import CaseExistsError, CaseFileError

        chosen = ask.open_file(self, self.tr("Import a case file"), self._case_file_filter())
        if chosen is None:
            return
        path = Path(chosen)
        try:
            try:
                case_id = self.cases.import_file(path)
            except CaseExistsError as exists:
                question = self.tr(
                    "A case numbered {number} is already here. Replace it with the one in "
                    "this file? Everything now in that case will be replaced."
                ).format(number=exists.case_number)
                if not ask.confirm(self, self.tr("Replace the case?"), question,
                                   self.tr("Replace")):
                    return
                case_id = self.cases.import_file(path, replace=True)
        except (SaveError, CaseFileError) as error:
            self._import_failed(error)
            return
        self.open_case(case_id)

    def _import_failed(self, error: SaveError | CaseFileError) -> None:
        if isinstance(error, SaveError):
            ask.problem(self, self.tr("Not imported"), render(error.message))
            return
        lines = [
            f"{problem.path}: {render(problem.message)}" if problem.path
            else render(problem.message)
            for problem in error.problems
        ]
        ask.problem(self, self.tr("Not imported"),
                    self.tr("This file was not imported, and nothing was changed. "
                            "What is wrong with it:"), lines)

    def _case_file_filter(self) -> str:
        return self.tr("Case files (*.json);;All files (*)")

    def export_case_file(self) -> None:
        session = self.context.session
        if session is None:
            return
        locked = data_folder_is_locked()
        if locked and not ask.confirm(
                self, self.tr("Export this case to a file"),
                self.tr("This data folder is locked, but the exported file will NOT be "
                        "locked: anyone who opens it can read your case. Keep it somewhere "
                        "only you can reach, and delete it when you no longer need it.\n\n"
                        "Export the case anyway?"),
                self.tr("Export an unlocked file")):
            return
        number = session.case.case_number
        # From a locked folder the name gives nothing away either: the system may list the
        # files saved lately, for the next person to see.
        suggested = ("case-file" if locked
                     else re.sub(r"[^A-Za-z0-9_-]+", "-", number).strip("-")) + ".json"
        chosen = ask.save_file(self, self.tr("Export this case to a file"), suggested,
                               self._case_file_filter())
        if chosen is None:
            return
        try:
            self.cases.export_file(number, Path(chosen))
        except SaveError as error:
            ask.problem(self, self.tr("Not exported"), render(error.message))
            return
        ask.inform(self, self.tr("Exported"),
                   self.tr("The case was saved to this file:\n{path}").format(path=chosen))

    def open_data_folder(self) -> None:
        folder = paths.data_dir()
        # A locked-down PC may have no file manager: then at least say where it is.
        if not ask.show_folder(folder):
            ask.inform(self, self.tr("Where your data is kept"),
                       self.tr("Your data is kept in this folder:\n{path}").format(
                           path=str(folder)))

    def open_another_data_folder(self) -> None:
        from app.ui.folders.switching import open_another_data_folder

        open_another_data_folder(self)

    def show_guide(self, section_id: str | None = None) -> None:
        from app.ui.guide import GuideDialog

        self.guide_dialog = GuideDialog(self, section_id)
        self.guide_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide_dialog.open()

    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    # -- new records from the menus ---------------------------------------------------

    def _new_communication(self) -> None:
        if self.context.session is not None:
            self.show_page(1)
            self.log_page.new_communication()

    def _log_about(self, dispute_id: str) -> None:
        self.show_page(1)
        self.log_page.new_communication([dispute_id])

    def _write_letter(self) -> None:
        """From the Requests page, the letter its chosen request needs; from anywhere
        else, the letter the record asks for first."""
        if self.context.session is None:
            return
        if self.tabs.currentWidget() is self.disputes_page:
            self.disputes_page.write_letter()
        elif self.tabs.currentWidget() is self.log_tab:
            self.log_page.write_letter()
        else:
            from app.ui.letters.opening import open_letter_window

            self.letter_window = open_letter_window(self, self.context)

    def _find_in_log(self) -> None:
        if self.context.session is not None:
            self.show_page(1)
            self.log_page.text_filter.setFocus()
            self.log_page.text_filter.selectAll()

    def _new_dispute(self) -> None:
        if self.context.session is not None:
            self.show_page(0)
            self.disputes_page.new_dispute()

    def _new_counsel(self) -> None:
        if self.context.session is not None:
            self.show_page(2)
            self.counsel_page.new_counsel()


