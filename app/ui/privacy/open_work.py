"""What the person had open when the program was locked, and bringing it back once it is
unlocked: the case and its page, and each form, letter window or Start my case with what
was typed in it.

Nothing of it is held on the screen or in the program while it is locked: the typing is in
the data folder's drafts (`app.services.drafts`), which the lock leaves encrypted with the
rest, and what is remembered here is only which case (its number in the data file), which
page, and which forms (their drafts' keys). Each form is opened again from its draft the way
the recovery after a crash does (`app.ui.recovery.open_again`), without asking.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from app.services.cases import SaveError
from app.services.drafts import Draft, Drafts

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class OpenWork:
    case_id: int | None  # the open case (None: the welcome page)
    page: int  # the tab in front
    # One stand-in per open form: its draft's key, kind and place, without the typing,
    # which is read back from the data folder once it is open again.
    forms: tuple[Draft, ...]


def remember(window: MainWindow) -> OpenWork:
    """What is open in `window` now, to bring back later."""
    session = window.context.session
    on_case = session is not None and window.stack.currentWidget() is window.case_view
    return OpenWork(
        case_id=session.case_id if on_case and session is not None else None,
        page=window.tabs.currentIndex(),
        forms=tuple(_open_forms(window)),
    )


def _open_forms(window: MainWindow) -> list[Draft]:
    from app.ui.forms.base import RecordForm
    from app.ui.letters.keeping import DRAFT_KIND, letter_draft_key
    from app.ui.letters.window import LetterWindow
    from app.ui.wizard import FirstCaseWizard

    now = dt.datetime.now(dt.UTC)
    forms: list[Draft] = []
    for dialog in window.findChildren(QDialog):
        if not dialog.isVisible():
            continue
        # The record forms (and "I mailed it", one of them) and Start my case say alike
        # which draft is theirs.
        if isinstance(dialog, (RecordForm, FirstCaseWizard)) and dialog.draft_kind:
            forms.append(Draft(dialog.draft_key, dialog.draft_kind, "",
                               {**dialog.draft_place, "fields": {}}, now))
        elif isinstance(dialog, LetterWindow):
            case_id = dialog.session.case_id
            kind = dialog.kind()
            forms.append(Draft(letter_draft_key(case_id, kind), DRAFT_KIND, "",
                               {"case_id": case_id, "record_id": None, "kind": kind.value},
                               now))
    return forms


def bring_back(window: MainWindow, work: OpenWork, drafts: Drafts) -> list[QDialog]:
    """Show in `window` the case and page that were open, and open each form again with
    its typing (the forms that could be opened again, in the order they were open)."""
    from app.ui.recovery import open_again

    if work.case_id is not None and work.case_id in {s.id for s in window.cases.summaries()}:
        window.open_case(work.case_id)
        window.show_page(work.page)
    else:
        window.show_welcome()
    reopened: list[QDialog] = []
    for stand_in in work.forms:
        stored: Draft | None = None
        with contextlib.suppress(SaveError):
            stored = drafts.load(stand_in.key)
        form = open_again(window, stored or stand_in)
        if form is not None:
            reopened.append(form)
    return reopened
