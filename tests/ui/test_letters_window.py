"""The letter window, driven like a person at a library PC would: from the red badge of the
demo case to a letter printed, logged as mailed and printed again, without the mouse; and
every bad choice told beside its field with nothing changed."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.model import LetterKind
from app.i18n import day_in_words, render
from app.services import letters
from app.services.badges import BadgeKind
from app.services.drafts import Drafts
from app.ui.autosave import AUTOSAVE_DELAY_MS
from app.ui.declaration import printing
from app.ui.letters.keeping import letter_draft_key
from app.ui.letters.logged import LoggedLetterDialog
from app.ui.letters.mailed import MailedForm
from app.ui.letters.window import LetterWindow
from app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, Answers, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
OWN_WORDS = " I can take a legal call any weekday morning."


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _keys_go_to(qtbot: QtBot, window: QWidget) -> None:
    """Wait until `window` has the keyboard (a new window takes it a moment after it shows)."""
    qtbot.waitUntil(lambda: (w := QApplication.focusWidget()) is not None
                    and (w is window or window.isAncestorOf(w)))


def _press(qtbot: QtBot, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _alt(qtbot: QtBot, key: Qt.Key, done: Callable[[], object]) -> None:
    """Alt+letter "clicks" the button it names the way a click looks (pressed, then let go
    a moment later): wait for what the click does."""
    _press(qtbot, key, ALT)
    qtbot.waitUntil(lambda: bool(done()))


def _pdf_printer(path: Path) -> QPrinter:
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)  # pages drawn small: the test counts them, it does not read them
    return printer


def _pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def window(make_window, qtbot: QtBot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The demo case as it was before its follow-up letter about RFP No. 1 (Set Two) was
    logged: that request's badge is red, asking for exactly that letter. (The entry is
    deleted as a person deletes one: it goes to the trash.)"""
    made = make_window(demo=True)
    session = made.context.session
    [follow_up] = [c for c in session.case.communications if c.letter is not None]
    assert follow_up.disputes == ["d4"]
    session.delete_communication(follow_up.id)
    made.context.notify_changed()
    made.activateWindow()
    qtbot.waitActive(made)
    return made


def _open_letter(qtbot: QtBot, window: MainWindow) -> LetterWindow:
    """Down the Requests list to the red badge, then Alt+W."""
    page = window.disputes_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    for _ in range(page.model.rowCount()):
        if page.model.badge(page.selected_row() or 0).kind is BadgeKind.NOT_YET:
            break
        _press(qtbot, Qt.Key.Key_Down)
    assert page.selected_id() == "d4"
    old = page.letter_window
    _alt(qtbot, Qt.Key.Key_W, lambda: page.letter_window is not old)
    letter = page.letter_window
    assert isinstance(letter, LetterWindow) and letter.isVisible()
    _keys_go_to(qtbot, letter)
    return letter


def test_from_the_red_badge_to_a_logged_letter_and_a_reprint_by_keyboard(
        qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    session = window.context.session
    assert session is not None
    window.disputes_page.select("d4")
    hint = "The program can write this letter for you"
    assert hint in window.disputes_page.detail.toPlainText()
    letter = _open_letter(qtbot, window)

    # The window opens with what the badge asks for: the proposed kind, that request.
    assert letter.kind() is letters.proposals(session.case, TODAY)["d4"] is LetterKind.FOLLOW_UP
    assert letter.ticked_ids() == ["d4"]
    assert letter.draft is not None and letter.draft.counsel_id == "k2"  # who was written to
    qtbot.waitUntil(lambda: _focus() is letter.kind_box)  # the first choice, at the top

    # Tab down to the part that asks for a call, and add to it.
    for _ in range(30):
        if letter.blocks.focused_key() == "conference":
            break
        _press(qtbot, Qt.Key.Key_Tab)
    box = letter.blocks.box("conference")
    assert box is not None and _focus() is box.editor
    _press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, box.editor, OWN_WORDS)
    assert box.restore_button.isVisible()
    assert OWN_WORDS.strip() in letter.letter_text()
    # Kept in the data folder a moment later, before anything is logged.
    drafts = Drafts(session.store)
    key = letter_draft_key(session.case_id, LetterKind.FOLLOW_UP)
    qtbot.waitUntil(lambda: drafts.load(key) is not None, timeout=AUTOSAVE_DELAY_MS * 5)

    # Print: Enter would print from a choice; here Alt+P, to a PDF file.
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "has_printer", lambda: True)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, paper: _pdf_printer(printed))
    _alt(qtbot, Qt.Key.Key_P, printed.exists)
    assert _pages(printed.read_bytes()) == _pages(letter.pdf())
    assert window.context.session.case.communications[-1].letter is None  # printing logs nothing

    # I mailed it: the day is the letter's, the log number typed, Enter logs it.
    _alt(qtbot, Qt.Key.Key_M, lambda: letter.mailed_form is not None)
    form = letter.mailed_form
    assert isinstance(form, MailedForm)
    _keys_go_to(qtbot, form)
    assert form.field("mailed_on").value() == TODAY
    _alt(qtbot, Qt.Key.Key_G, lambda: _focus() is form.field("mail_log_number").widget)
    type_text(qtbot, _focus(), "LM-26-0999")
    with qtbot.waitSignal(letter.finished):
        _press(qtbot, Qt.Key.Key_Return)
    assert answers.problems == []
    # The keyboard is back on the request the letter was about.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.disputes_page.table)

    logged = session.case.communications[-1]
    assert logged.letter is not None and logged.letter.kind is LetterKind.FOLLOW_UP
    assert OWN_WORDS.strip() in logged.letter.text
    assert logged.mail_log_number == "LM-26-0999"
    assert logged.sent_on == TODAY and logged.disputes == ["d4"] and logged.counsel == "k2"
    assert drafts.load(key) is None  # the draft goes once the letter is logged

    # The badge now waits for the day the letter asked for.
    page = window.disputes_page
    row = page.model.row_of("d4")
    assert row is not None
    badge = page.model.badge(row)
    assert badge.kind is BadgeKind.WAIT
    assert logged.reply_requested_by is not None
    assert day_in_words(logged.reply_requested_by) in render(badge.text)
    assert page.selected_id() == "d4" and hint not in page.detail.toPlainText()

    # The log shows it; Alt+U opens it read-only; Enter prints it again from the stored text.
    _press(qtbot, Qt.Key.Key_2, CTRL)
    log = window.log_page
    log.select(logged.id)
    assert "The program wrote this letter" in log.entry_view.toPlainText()
    log.table.setFocus()
    _alt(qtbot, Qt.Key.Key_U, lambda: log.letter_window is not None)
    reader = log.letter_window
    assert isinstance(reader, LoggedLetterDialog)
    qtbot.waitUntil(lambda: _focus() is reader.print_button)  # Print again, the default
    assert reader.text_view.isReadOnly()
    assert reader.text_view.toPlainText() == logged.letter.text
    again = tmp_path / "again.pdf"
    monkeypatch.setattr(printing, "ask_printer", lambda parent, paper: _pdf_printer(again))
    _press(qtbot, Qt.Key.Key_Return)
    stored = letters.letter_pdf(session.case, logged.letter.text)
    assert _pages(again.read_bytes()) == _pages(stored)
    # The pages print as pictures; the stored letter's own PDF holds the person's words.
    words = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(stored)).pages)
                     .split())
    assert OWN_WORDS.strip() in words


def test_bad_choices_are_told_beside_them_and_change_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    letter = _open_letter(qtbot, window)
    before = letter.letter_text()
    assert letter.draft is not None
    reply = letter.draft.reply_requested_by

    # A mailing day after today.
    letter.day_field.edit.selectAll()
    type_text(qtbot, letter.day_field.edit, "2026-12-25")
    letter.redraft()
    assert "after today" in letter.day_error.text() and letter.day_error.isVisible()
    assert not letter.print_button.isEnabled() and not letter.mailed_button.isEnabled()
    assert letter.letter_text() == before and letter.draft.reply_requested_by == reply

    # A day written wrongly.
    letter.day_field.edit.setText("29/11/2026")
    letter.redraft()
    assert letter.day_error.text() and not letter.print_button.isEnabled()

    # Put right: the letter is written again and can be printed.
    letter.day_field.edit.setText("2026-11-27")
    letter.redraft()
    assert not letter.day_error.isVisible() and letter.print_button.isEnabled()
    assert letter.draft.mailing_day.isoformat() == "2026-11-27"

    # No request ticked.
    item = letter.requests.item(2)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert letter.requests_error.isVisible() and not letter.mailed_button.isEnabled()
    assert letter.draft.dispute_ids == ("d4",)
    item.setCheckState(Qt.CheckState.Checked)
    assert not letter.requests_error.isVisible()


def test_mailed_before_the_letters_date_or_after_today_logs_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    count = len(session.case.communications)
    letter = _open_letter(qtbot, window)
    form = letter.open_mailed_form()
    assert form is not None
    for day, words in (("2026-11-30", "after today"), ("2026-11-01", "before the date")):
        form.field("mailed_on").widget.setText(day)
        form.save()
        assert words in form.error_text("mailed_on")
        assert form.isVisible() and len(session.case.communications) == count


def test_a_lawyer_with_no_address_is_told_plainly(qtbot: QtBot, window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    lawyer = session.case.counsel_by_id("k2")
    assert lawyer is not None
    lawyer.address = []
    letter = _open_letter(qtbot, window)
    assert letter.missing_label.isVisible()
    assert "cannot be mailed as it is" in letter.missing_label.text()


def test_words_typed_come_back_when_the_window_opens_again(
        qtbot: QtBot, window: MainWindow) -> None:
    letter = _open_letter(qtbot, window)
    box = letter.blocks.box("thanks")
    assert box is not None
    box.editor.setFocus()
    qtbot.keyClick(box.editor, Qt.Key.Key_End, CTRL)
    type_text(qtbot, box.editor, " Again.")
    letter.reject()  # Escape / Close: the words are kept at once
    again = _open_letter(qtbot, window)
    kept = again.blocks.box("thanks")
    assert kept is not None and kept.text().endswith(" Again.")
    kept.restore()
    assert not kept.text().endswith(" Again.") and not kept.restore_button.isVisible()


def test_a_letter_left_by_a_crash_is_offered_back_and_opens_as_it_was(
        qtbot: QtBot, window: MainWindow) -> None:
    from app.ui import recovery

    session = window.context.session
    assert session is not None
    letter = _open_letter(qtbot, window)
    box = letter.blocks.box("thanks")
    assert box is not None
    box.editor.setPlainText("Thank you, and I hope to hear from you soon.")
    letter.keeper.flush()  # what the debounce writes half a second after typing
    [draft] = Drafts(session.store).pending()
    titles = {session.case_id: session.case.short_title}
    assert recovery.describe(draft, titles).startswith(
        "You were writing a letter: Follow-up letter (case Ramírez v. Kessler")
    letter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    letter.hide()  # as if the program had stopped: no closing, no saving

    reopened = recovery.reopen(window, draft)
    assert isinstance(reopened, LetterWindow) and reopened is not letter
    assert reopened.kind() is LetterKind.FOLLOW_UP and reopened.ticked_ids() == ["d4"]
    kept = reopened.blocks.box("thanks")
    assert kept is not None and kept.text() == "Thank you, and I hope to hear from you soon."


def test_i_mailed_it_left_by_a_crash_is_offered_back_over_its_letter(
        qtbot: QtBot, window: MainWindow) -> None:
    from app.crash import PreviousRun
    from app.ui import recovery

    session = window.context.session
    assert session is not None
    letter = _open_letter(qtbot, window)
    form = letter.open_mailed_form()
    assert form is not None
    type_text(qtbot, form.field("mail_log_number").widget, "LM-4471 nº")
    qtbot.waitUntil(lambda: not form._autosave.pending())  # kept half a second later
    for shown in (form, letter):  # as if the program had stopped: no closing, no saving
        shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        shown.hide()

    dialog = recovery.offer(window, PreviousRun(True))
    assert dialog is not None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    lines = [dialog.grid.itemAtPosition(row, 0).widget().text() for row in range(2)]
    assert lines[0].startswith("You were writing a letter: Follow-up letter")
    assert lines[1].startswith(
        "You were logging a letter as mailed: Follow-up letter (case Ramírez v. Kessler")
    dialog.keep_buttons[1].click()
    [back] = [w for w in window.findChildren(MailedForm) if w.isVisible()]
    assert back is not form and isinstance(back.parent(), LetterWindow)
    assert back.parent().kind() is LetterKind.FOLLOW_UP  # type: ignore[union-attr]
    assert back.field("mail_log_number").raw() == "LM-4471 nº"
    assert back.field("mailed_on").value() == TODAY
    back.save()  # logged: the form's draft and the letter's are thrown away
    assert not back.isVisible()
    assert Drafts(session.store).pending() == []
    assert session.case.communications[-1].mail_log_number == "LM-4471 nº"


def test_a_case_with_no_lawyer_says_so_and_nothing_can_be_printed(
        qtbot: QtBot, window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    session.case.counsel = []  # as a case would be before any lawyer was added
    letter = _open_letter(qtbot, window)
    assert letter.banner.isVisible() and "no lawyer for the other side" in letter.banner.text()
    assert not letter.print_button.isEnabled() and not letter.mailed_button.isEnabled()
    assert letter.draft is None


def test_changing_a_logged_letters_entry_keeps_the_letter(
        qtbot: QtBot, window: MainWindow) -> None:
    from app.ui.forms.communication_form import CommunicationForm

    session = window.context.session
    assert session is not None
    letter = _open_letter(qtbot, window)
    form = letter.open_mailed_form()
    assert form is not None
    with qtbot.waitSignal(letter.finished):
        form.save()
    logged = session.case.communications[-1]
    assert logged.letter is not None
    change = CommunicationForm(window, session, logged, today=TODAY)
    qtbot.addWidget(change)
    change.field("mail_log_number").widget.setText("LM-26-1000")
    change.save()
    stored = session.store.load_case(session.case_id).communications[-1]
    assert stored.mail_log_number == "LM-26-1000"
    assert stored.letter == logged.letter


def test_own_words_on_a_part_the_program_changed_since_are_flagged(
        qtbot: QtBot, window: MainWindow) -> None:
    letter = _open_letter(qtbot, window)
    box = letter.blocks.box("reply")
    assert box is not None
    box.editor.setPlainText(box.text() + " Thank you.")
    assert not box.notice.isVisible()
    # Another letter date: another reply day, so the program's words for the part change.
    letter.day_field.edit.setText("2026-11-20")
    letter.redraft()
    box = letter.blocks.box("reply")
    assert box is not None and box.text().endswith(" Thank you.")  # never thrown away
    assert not box.notice.isHidden() and "changed after you wrote yours" in box.notice.text()
    box.restore()
    assert box.notice.isHidden() and box.text() == box.generated
    assert letter.draft is not None
    assert day_in_words(letter.draft.reply_requested_by) in letter.reply_label.text()
