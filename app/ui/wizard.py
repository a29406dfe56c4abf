"""A first case without help: a few short pages instead of the long case form.

Which court (choosing it fills the court's name, district and rules together, and a district
typed from the papers that names another court is warned about), the case number and the
parties as the papers write them, the person using the program, the other side's lawyer,
and the requests in dispute. Each page says where on the papers the answer is. At the end
the case is saved, with the lawyer and the requests; everything stays editable later in the
full forms.

What is typed is kept as a draft (kind `first_case`, one a data folder) half a second after
each change, with the page the person is on, like every form's (`app.ui.forms.base`): the
wizard opened again (after a crash, or when the locked program is unlocked) shows it on that
page. It is thrown away once the case is saved, or when the person cancels and confirms. The
passphrase of the last page is never kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.districts import district_warning
from app.domain.model import Case, Counsel, Dispute, DisputeKind, DisputeStatus, Litigant, Role
from app.domain.profiles import Profile, shipped_profiles
from app.domain.validation import validate_case_details
from app.i18n import render
from app.services.cases import OpenCase, SaveError
from app.services.drafts import Drafts, draft_key
from app.services.requests import suggest_label
from app.ui.autosave import Debounced
from app.ui.colours import Tone, tint
from app.ui.forms.base import close_without_saving, plain_label
from app.ui.forms.drafting import DraftKeeping
from app.ui.forms.fields import (
    ChoiceField,
    DateField,
    Field,
    FieldError,
    LinesField,
    NumberField,
    TextField,
)
from app.ui.words import kind_words, role_words


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    """A page of labelled fields, each label with its keyboard letter."""

    def __init__(self, title: str, where: str) -> None:
        super().__init__()
        self.setTitle(title)
        # In a scroll area: at larger text a page may be taller than the screen, and
        # squeezed rows would draw over each other.
        body = QWidget()
        self.column = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The fields take the focus, not the area around them: typing starts at once.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Where on the papers to find the answers: the first thing on the page, wrapped
        # (a wizard's subtitle would be cut off at larger text).
        self.where = _note(where)
        self.column.addWidget(self.where)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.column.addLayout(self.form)
        self.fields: dict[str, Field] = {}

    def add(self, field: Field, label_text: str, hint: str | None = None,
            required: bool = False) -> Field:
        label = QLabel(label_text)
        label.setBuddy(field.widget)
        field.widget.setAccessibleName(plain_label(label_text))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field.outer)
        if hint:
            column.addWidget(_note(hint))
        self.form.addRow(label, cell)
        self.fields[field.key] = field
        if required:
            # Next waits until it is filled (Qt's own rule for a field named with "*").
            self.registerField(f"{field.key}*", field.widget)
        return field

    def value(self, key: str) -> object:
        return self.fields[key].value()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        """Back keeps what was typed on the page left (Qt's own way empties its required
        fields, and the person would type them again)."""


class CourtPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Which court?"),
            self.tr("Look at the top of the first page of any paper in your case, for "
                    "example the order that served the complaint. The court is written "
                    "there in capitals: UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF "
                    "CALIFORNIA."))
        self.profiles = sorted(shipped_profiles().values(),
                               key=lambda p: (p.id != "generic", p.name))
        self.court = self.add(
            ChoiceField("rule_profile", [(p.name, p.id) for p in self.profiles]),
            self.tr("&Court"),
            self.tr("This also picks the court's rules the checks use. If your court is not "
                    "listed, choose the first line."))
        self.district = self.add(TextField("district"), self.tr("Dis&trict"),
                                 self.tr("As the papers write it, for example: District of "
                                         "Arizona"))
        self.division = self.add(TextField("division"), self.tr("Di&vision"),
                                 self.tr("Only if the papers name one, for example: Oakland "
                                         "Division"))
        self.warning = _note("")
        self.warning.setObjectName("districtWarning")
        tint(self.warning, Tone.PROBLEM)
        self.warning.setVisible(False)
        self.column.addWidget(self.warning)
        self.column.addStretch(1)
        assert isinstance(self.court, ChoiceField)
        self.court.on_change(self._court_chosen)
        self.district.on_change(self._check_district)
        self._court_chosen()

    def profile(self) -> Profile:
        return shipped_profiles()[str(self.court.value())]

    def _court_chosen(self) -> None:
        # The court's own district, written in for the person (changed only for "any").
        self.district.set_value(self.profile().district or "")
        self._check_district()
        self.completeChanged.emit()

    def _check_district(self) -> None:
        warning = district_warning(self.profile(), self.district.edit.text(), self.profiles)
        self.warning.setText("" if warning is None else render(warning))
        self.warning.setVisible(warning is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        # "Any district court" needs the district from the papers.
        return bool(self.district.edit.text().strip())


class CaseNumberPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Your case and the parties"),
            self.tr("The case number is at the top right of the first page, under the "
                    "court's name, for example: No. C 07-959 SI (pr). The parties are in the "
                    "block on the left: the names before \u201cv.\u201d are the plaintiffs, "
                    "the names after it the defendants."))
        self.add(TextField("case_number", optional=False), self.tr("Case n&umber"),
                 self.tr("As the court writes it, for example: C 07-959 SI"), required=True)
        self.add(TextField("short_title", optional=False), self.tr("Short tit&le"),
                 self.tr("For example: Harrison v. Sample"), required=True)
        self.add(LinesField("plaintiffs", rows=2), self.tr("&Plaintiffs (one a line)"))
        self.add(LinesField("defendants", rows=2), self.tr("&Defendants (one a line)"))
        self.add(TextField("judge"), self.tr("&Judge"),
                 self.tr("If the papers name one; the judge's initials often follow the "
                         "case number."))
        for key in ("plaintiffs", "defendants"):
            self.fields[key].on_change(self.completeChanged.emit)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return super().isComplete() and all(
            self.fields[key].value() for key in ("plaintiffs", "defendants"))


class YouPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("About you"),
            self.tr("Write your name as the court has it: it is on the first page of your "
                    "complaint, at the top left. Your prisoner number and address are the "
                    "ones on your mail."))
        self.add(TextField("name", optional=False), self.tr("Your full na&me"),
                 required=True)
        self.add(ChoiceField("role", role_words()), self.tr("You &are the"))
        self.add(TextField("prisoner_number"), self.tr("Prisoner n&umber"))
        self.add(TextField("institution"), self.tr("&Institution"),
                 self.tr("The prison or jail where you are held."))
        self.add(LinesField("address"), self.tr("Mailing add&ress (one line each)"))


class LawyerPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The other side's lawyer"),
            self.tr("The lawyer's name and address are at the top left of the first page "
                    "of every paper they sent you, and at the end, above the signature. "
                    "\u201cAttorneys for Defendants\u201d says whom they represent. You can "
                    "leave this page empty and add the lawyer later."))
        self.add(TextField("name"), self.tr("Lawyer's na&me"))
        self.add(TextField("office"), self.tr("&Office or firm"),
                 self.tr("For example: Office of the Attorney General"))
        self.add(TextField("represents"), self.tr("&Represents"),
                 self.tr("For example: Defendants Sample and Jones"))
        self.add(LinesField("address"), self.tr("Lawyer's a&ddress (one line each)"))


@dataclass(frozen=True, slots=True)
class _Request:
    kind: DisputeKind
    set_number: int | None
    item_number: int | None
    served_on: object
    label: str

    def to_payload(self) -> dict[str, object]:
        served = self.served_on
        return {"kind": self.kind.value, "set_number": self.set_number,
                "item_number": self.item_number, "label": self.label,
                "served_on": served.isoformat() if isinstance(served, dt.date) else None}

    @classmethod
    def from_payload(cls, kept: object) -> _Request | None:
        """The request as a draft kept it (None: not one, from a damaged draft)."""
        try:
            assert isinstance(kept, dict)
            served = kept.get("served_on")
            numbers = [kept.get("set_number"), kept.get("item_number")]
            assert all(n is None or isinstance(n, int) for n in numbers)
            return cls(DisputeKind(kept["kind"]), numbers[0], numbers[1],
                       None if served is None else dt.date.fromisoformat(str(served)),
                       str(kept["label"]))
        except (AssertionError, KeyError, TypeError, ValueError):
            return None


class RequestsPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The requests in dispute"),
            self.tr("Look at your own requests and their answer: each request has a number, "
                    "and the set number is in the title (\u201cFirst Set of Requests for "
                    "Production\u201d is set 1). Add each request whose answer is wrong or "
                    "missing. You can add more later."))
        self.add(ChoiceField("kind", kind_words()), self.tr("&Kind of request"))
        self.add(NumberField("set_number", self.tr("e.g. 1")), self.tr("S&et number"))
        self.add(NumberField("item_number", self.tr("e.g. 3")),
                 self.tr("Request n&umber in the set"))
        self.add(DateField("served_on"), self.tr("&Day you served it"),
                 self.tr("For mail: the day you gave it to prison staff."))
        self.add_button = QPushButton(self.tr("Add this re&quest"))
        self.add_button.clicked.connect(self.add_request)
        self.problem = _note("")
        tint(self.problem, Tone.PROBLEM)
        self.problem.setVisible(False)
        self.list_label = QLabel(self.tr("Requests to save &with the case:"))
        self.list = QListWidget()
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4)
        self.list.setAccessibleName(self.tr("Requests to save with the case"))
        self.list_label.setBuddy(self.list)
        self.remove_button = QPushButton(self.tr("&Remove the chosen request"))
        self.remove_button.clicked.connect(self.remove_request)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.column.addLayout(buttons)
        self.column.addWidget(self.problem)
        self.column.addWidget(self.list_label)
        self.column.addWidget(self.list, 1)
        self.column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.requests: list[_Request] = []

    def add_request(self) -> None:
        try:
            kind = self.value("kind")
            set_number = self.value("set_number")
            item_number = self.value("item_number")
            served_on = self.value("served_on")
        except FieldError as error:
            self._say(str(error))
            return
        assert isinstance(kind, DisputeKind)
        label = suggest_label(kind, set_number, item_number)  # type: ignore[arg-type]
        if not label:
            self._say(self.tr("Write the request's number in the set first."))
            return
        self.append(_Request(kind, set_number, item_number, served_on,  # type: ignore[arg-type]
                             label))
        # The next request is often of the same set, served the same day: only its
        # number is cleared.
        self.fields["item_number"].set_value(None)
        self._say("")
        self.fields["item_number"].widget.setFocus()

    def append(self, request: _Request) -> None:
        self.requests.append(request)
        self.list.addItem(request.label)
        self.list.setCurrentRow(self.list.count() - 1)

    def remove_request(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.requests[row]
            self.list.takeItem(row)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class LockPage(_Page):
    """Last and optional: lock the data folder with a passphrase (the case is saved
    already; Finish with "Not now" changes nothing)."""

    def __init__(self) -> None:
        from app.ui.lock_setup.fields import (
            NewPassphrase,
            forgotten_warning,
            note,
            problem_label,
        )

        super().__init__(
            self.tr("Keep your case private?"),
            self.tr("Your case is saved. If other people use this computer, you can lock "
                    "this data folder with a passphrase: everything in it is turned into "
                    "unreadable code, and the program asks for the passphrase each time "
                    "it opens the folder. Nobody without it can read your cases. You can "
                    "also do it later: in the Case menu, under Privacy."))
        self.not_now = QRadioButton(self.tr("Not &now"))
        self.lock_it = QRadioButton(self.tr("&Yes, lock this data folder with a passphrase"))
        self.choice = QButtonGroup(self)
        for button in (self.not_now, self.lock_it):
            self.choice.addButton(button)
            self.column.addWidget(button)
        self.not_now.setChecked(True)
        self.warning = note(forgotten_warning(), Tone.PROBLEM, bold=True)
        self.new = NewPassphrase()
        self.column.addWidget(self.warning)
        self.column.addWidget(self.new)
        self.problem = problem_label()
        self.column.addWidget(self.problem)
        self.column.addStretch(1)
        self.lock_it.toggled.connect(self._chosen)
        self._chosen(False)

    def _chosen(self, lock: bool) -> None:
        self.new.setEnabled(lock)
        self.warning.setEnabled(lock)
        if lock:
            self.new.first.setFocus()
        else:
            self.say("")

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


# Locks the data folder with the passphrase given; what went wrong, or None.
LockFolder = Callable[[str], str | None]

# The drafts' kind of the wizard: one a data folder, belonging to no case yet.
DRAFT_KIND = "first_case"


class FirstCaseWizard(DraftKeeping, QWizard):
    """Start a case page by page; `commit` stores the case (and opens it). With `lock`,
    a last page offers to lock the data folder (`lock` does it). With `drafts`, what is
    typed is kept as it is typed, and what was kept before is shown again."""

    def __init__(self, parent: QWidget | None,
                 commit: Callable[[Case], OpenCase], lock: LockFolder | None = None,
                 drafts: Drafts | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start my case"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._commit = commit
        self.session: OpenCase | None = None
        self.court_page = CourtPage()
        self.case_page = CaseNumberPage()
        self.you_page = YouPage()
        self.lawyer_page = LawyerPage()
        self.requests_page = RequestsPage()
        for page in (self.court_page, self.case_page, self.you_page, self.lawyer_page,
                     self.requests_page):
            self.addPage(page)
        self._lock = lock
        self.lock_page: LockPage | None = None
        if lock is not None:
            self.lock_page = LockPage()
            self.addPage(self.lock_page)
            # Save my case ends here as before; Next saves too, then offers the lock.
            self.requests_page.setFinalPage(True)
            # Under the page's first words, where it is seen without scrolling.
            self.requests_page.column.insertWidget(1, _note(self.tr(
                "Press Save my case to finish, or Next to save it and then choose whether "
                "to lock it with a passphrase.")))
            self.lock_page.setButtonText(QWizard.WizardButton.FinishButton,
                                         self.tr("&Finish"))
        self.problem = _note("")
        tint(self.problem, Tone.PROBLEM)
        self.problem.setVisible(False)
        self.requests_page.column.addWidget(self.problem)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save my case"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(760, 660)
        self._keep_typing(drafts)

    # -- keeping what is typed -----------------------------------------------------------

    def _drafted_pages(self) -> dict[str, _Page]:
        """The pages whose fields are kept, by the prefix of their keys in the draft (two
        pages both have a name and an address). Not the lock page: a passphrase is never
        kept."""
        return {"court": self.court_page, "case": self.case_page, "you": self.you_page,
                "lawyer": self.lawyer_page, "request": self.requests_page}

    def _typed(self) -> dict[str, object]:
        return {f"{prefix}.{key}": field.raw()
                for prefix, page in self._drafted_pages().items()
                for key, field in page.fields.items()}

    def _keep_typing(self, drafts: Drafts | None) -> None:
        """Show again what was kept before (if anything), then keep every change."""
        self._drafts = drafts
        self._draft_key = draft_key(None, DRAFT_KIND)
        self._initial = self._typed()
        self.draft_note = _note("")
        self.draft_note.setVisible(False)
        self._draft_problem = False
        self.court_page.column.insertWidget(1, self.draft_note)
        self._autosave = Debounced(self.keep_draft, self)
        if drafts is None:
            return
        try:
            kept = drafts.load(self._draft_key)
        except SaveError:
            kept = None  # nothing to show again; typing is kept when it can be
        if kept is not None:
            self._restore(kept.payload)
        for page in self._drafted_pages().values():
            for field in page.fields.values():
                field.on_change(self._autosave.poke)
        for button in (self.requests_page.add_button, self.requests_page.remove_button):
            button.clicked.connect(self._autosave.poke)
        self.currentIdChanged.connect(self._page_shown)

    def _restore(self, payload: dict[str, Any]) -> None:
        fields = payload.get("fields")
        fields = fields if isinstance(fields, dict) else {}
        # Page by page, in order: choosing the court writes its district, which the
        # district kept comes after to replace.
        for prefix, page in self._drafted_pages().items():
            for key, field in page.fields.items():
                if f"{prefix}.{key}" in fields:
                    field.set_raw(fields[f"{prefix}.{key}"])
        kept_requests = payload.get("requests")
        for kept in kept_requests if isinstance(kept_requests, list) else []:
            request = _Request.from_payload(kept)
            if request is not None:
                self.requests_page.append(request)
        page = payload.get("page")
        if isinstance(page, int):
            self._go_to(page)
            self._place_note()
        self._show_draft_note(self.tr(
            "These pages show what you typed before, which was not saved yet. Go on to save "
            "your case, or press Cancel to throw it away."), problem=False)

    def _go_to(self, page_id: int) -> None:
        """On to the page the person was on, the way Next goes (a page no longer complete
        stops it there)."""
        if self.currentId() == -1:
            self.restart()
        # Never past the requests page: Next there saves the case.
        while self.currentId() < page_id and self.currentPage() is not self.requests_page:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def _page_shown(self, page_id: int) -> None:
        if page_id == -1:
            return  # the wizard was closed (the program locked): what it showed is kept
        self._autosave.poke()
        self._place_note()

    def _place_note(self) -> None:
        # The note goes with the person from page to page, under the page's first words.
        page = self.currentPage()
        if isinstance(page, _Page):
            page.column.insertWidget(1, self.draft_note)

    def has_changes(self) -> bool:
        return (self._typed() != self._initial or bool(self.requests_page.requests)
                or self.currentId() > 0)

    @property
    def draft_key(self) -> str:
        return self._draft_key

    @property
    def draft_kind(self) -> str:
        """What sort of form this is for its drafts ("" when it keeps none: no drafts, or
        the case is saved already)."""
        return DRAFT_KIND if self._drafts is not None and self.session is None else ""

    @property
    def draft_place(self) -> dict[str, object]:
        """It belongs to no case yet, and changes no record."""
        return {"case_id": None, "record_id": None}

    def draft_title(self) -> str:
        """The case's short title or number: words that remind the person which case."""
        for key in ("short_title", "case_number"):
            raw = self.case_page.fields[key].raw()
            line = raw.strip().splitlines()[0].strip() if isinstance(raw, str) and raw.strip() \
                else ""
            if line:
                return line
        return ""

    def _may_keep_draft(self) -> bool:
        return self.currentId() != -1  # closed: what it showed is kept already

    def _draft_payload(self) -> dict[str, object]:
        """What the pages show, the requests added, and which page is in front."""
        return {**self.draft_place, "fields": self._typed(), "page": self.currentId(),
                "requests": [r.to_payload() for r in self.requests_page.requests]}

    def _cannot_keep_words(self, reason: str) -> str:
        return self.tr(
            "What you type cannot be kept safe right now: {reason} Save your case as soon "
            "as you can.").format(reason=reason)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: pages typed into are not thrown
        away without asking (kept as a draft first, safe while the question is open)."""
        if self.draft_kind and self.has_changes():
            self.keep_draft()
            if not close_without_saving(self):
                return
        self._forget_draft()
        super().reject()

    def build_case(self) -> Case:
        court, case, you = self.court_page, self.case_page, self.you_page
        profile = court.profile()
        litigant = Litigant(
            name=str(you.value("name")), role=you.value("role") or Role.PLAINTIFF,  # type: ignore[arg-type]
            prisoner_number=you.value("prisoner_number"),  # type: ignore[arg-type]
            institution=you.value("institution"),  # type: ignore[arg-type]
            address=you.value("address"),  # type: ignore[arg-type]
        )
        return Case(
            case_number=str(case.value("case_number")), court=profile.court,
            district=str(court.value("district") or profile.district),
            division=court.value("division"),  # type: ignore[arg-type]
            short_title=str(case.value("short_title")),
            plaintiffs=case.value("plaintiffs"),  # type: ignore[arg-type]
            defendants=case.value("defendants"),  # type: ignore[arg-type]
            judge=case.value("judge"),  # type: ignore[arg-type]
            rule_profile=profile.id, litigant=litigant,
        )

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        if self.currentPage() is self.requests_page:
            return self.save()
        if self.lock_page is not None and self.currentPage() is self.lock_page:
            return self._lock_if_asked(self.lock_page)
        return super().validateCurrentPage()

    def _lock_if_asked(self, page: LockPage) -> bool:
        if not page.lock_it.isChecked() or self._lock is None:
            return True
        wrong = page.new.problem()
        if wrong is None:
            wrong = self._lock(page.new.text())
        if wrong is not None:
            page.say(wrong)
            page.new.first.setFocus()
            return False
        page.new.clear()
        return True

    def save(self) -> bool:
        """Store the case, the lawyer and the requests; False (with the reason shown) when
        something cannot be saved, everything typed kept."""
        case = self.build_case()
        problems = validate_case_details(case)
        if problems:
            self._say("\n".join(render(p.message) for p in problems))
            return False
        try:
            if self.session is None:
                self.session = self._commit(case)
            self._save_lawyer(self.session)
            self._save_requests(self.session)
        except SaveError as error:
            self._say(render(error.message))
            return False
        finally:
            if self.session is not None:
                # The case is saved: its draft is not needed (nor kept again).
                self._forget_draft()
        return True

    def _save_lawyer(self, session: OpenCase) -> None:
        page = self.lawyer_page
        name = page.value("name")
        if not name or session.case.counsel:
            return
        session.save_counsel(Counsel(
            id="", name=str(name), office=page.value("office"),  # type: ignore[arg-type]
            represents=page.value("represents"),  # type: ignore[arg-type]
            address=page.value("address"),  # type: ignore[arg-type]
        ), new=True)

    def _save_requests(self, session: OpenCase) -> None:
        page = self.requests_page
        while page.requests:
            request = page.requests[0]
            session.save_dispute(Dispute(
                id="", kind=request.kind, label=request.label, status=DisputeStatus.OPEN,
                set_number=request.set_number, item_number=request.item_number,
                served_on=request.served_on,  # type: ignore[arg-type]
            ), new=True)
            # Saved: not again if a later one fails and Save is pressed again.
            page.requests.pop(0)
            page.list.takeItem(0)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
