"""Start a new case, or change a case's details: the court (picked by its plain name, which
also picks the court's rules), the case number and the parties, and the person using the
program."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.districts import same_district
from app.domain.model import Case, Litigant
from app.domain.profiles import shipped_profiles
from app.domain.validation import Problem, validate_case_details
from app.services.drafts import Drafts
from app.ui.colours import Tone, tint
from app.ui.forms.base import RecordForm
from app.ui.forms.fields import ChoiceField, DateField, LinesField, TextField
from app.ui.words import role_words


class CaseForm(RecordForm):
    title_fields = ("short_title", "case_number")

    def __init__(self, parent: QWidget | None, commit: Callable[[Case], object],
                 case: Case | None = None, *, drafts: Drafts | None = None,
                 case_id: int | None = None) -> None:
        """`drafts` keeps the typing (the program always gives it); `case_id` is the case
        whose details are changed (None for a new case)."""
        title = self.tr("New case") if case is None else self.tr("Case details")
        super().__init__(parent, title)
        self._commit = commit
        self.original = case
        profiles = sorted(shipped_profiles().values(), key=lambda p: (p.id != "generic", p.name))
        self.add_section(self.tr("The court"), "form-court")
        self.add_field(ChoiceField("rule_profile", [(p.name, p.id) for p in profiles]),
                       self.tr("&Court"),
                       self.tr("This also picks the court's rules the checks use. If your "
                               "court is not listed, choose the first line."))
        # Said when the case's papers name another district than the court chosen (an
        # imported case, say): the checks and the papers follow the court chosen here.
        self.district_warning = QLabel()
        self.district_warning.setWordWrap(True)
        tint(self.district_warning, Tone.PROBLEM)
        self.district_warning.setVisible(False)
        self.district_warning.setAccessibleName(self.tr("Warning"))
        self.form.addRow(self.district_warning)
        # Only for a court chosen as "any district court": the others name their district.
        self.add_field(TextField("district", optional=False), self.tr("Dis&trict"),
                       self.tr("As the papers write it, for example: District of Arizona"))
        self.add_field(TextField("division"), self.tr("Di&vision"),
                       self.tr("Only if the papers name one, for example: Oakland Division"))
        self.add_field(TextField("case_number", optional=False), self.tr("Case &number"),
                       self.tr("As the court writes it, for example: C 07-959 SI"))
        self.add_field(TextField("judge"), self.tr("&Judge"))
        self.add_field(DateField("local_step_done_on"),
                       self.tr("Day you did the court's &own step before a motion (if any)"),
                       self.tr("Some courts ask for a step of their own before a discovery "
                               "motion, such as a joint letter or a joint statement. Leave "
                               "this empty until you have done it."))
        self.add_section(self.tr("The parties"), "form-parties")
        self.add_field(TextField("short_title", optional=False), self.tr("Short tit&le"),
                       self.tr("For example: Harrison v. Sample"))
        self.add_field(LinesField("plaintiffs", rows=2), self.tr("&Plaintiffs (one a line)"))
        self.add_field(LinesField("defendants", rows=2), self.tr("&Defendants (one a line)"))
        self.add_section(self.tr("You"), "form-you")
        self.add_field(TextField("name", optional=False), self.tr("Your full na&me"))
        self.add_field(ChoiceField("role", role_words()), self.tr("You &are the"))
        self.add_field(TextField("prisoner_number"), self.tr("Prisoner n&umber"))
        self.add_field(TextField("institution"), self.tr("&Institution"),
                       self.tr("The prison or jail where you are held."))
        self.add_field(LinesField("address"), self.tr("Mailing add&ress (one line each)"))
        if case is not None:
            for key in ("rule_profile", "district", "division", "case_number", "judge",
                        "local_step_done_on", "short_title",
                        "plaintiffs", "defendants"):
                self.field(key).set_value(getattr(case, key))
            for key in ("name", "role", "prisoner_number", "institution", "address"):
                self.field(key).set_value(getattr(case.litigant, key))
        self.fields_changed()
        if drafts is not None:
            self.keep_typing(drafts, "case", case_id, None if case is None else "details")
        self.resize(700, 700)

    def fields_changed(self) -> None:
        profile = shipped_profiles()[self.field("rule_profile").value()]
        self.set_field_visible("district", not profile.district)
        self._warn_about_district(profile.district)

    def _warn_about_district(self, court_district: str) -> None:
        """The case's own district (kept from its papers) against the chosen court's."""
        case_district = self.original.district if self.original else ""
        # Compared as the first case wizard compares them (`N.D. Cal.` is the Northern
        # District of California): app.domain.districts.
        differs = bool(court_district and case_district) and not same_district(
            court_district, case_district)
        if differs:
            text = self.tr(
                "\u26a0 This case's papers name the {case_district}, but the court chosen "
                "above is in the {court_district}. The checks and the printed papers follow "
                "the court chosen above: choose the court the case is really in.").format(
                case_district=case_district, court_district=court_district)
            self.district_warning.setText(text)
            self.district_warning.setAccessibleDescription(text)
        self.district_warning.setVisible(differs)

    def build(self, values: dict[str, Any]) -> Case:
        profile = shipped_profiles()[values["rule_profile"]]
        keep = self.original
        litigant = Litigant(
            name=values["name"], role=values["role"],
            prisoner_number=values["prisoner_number"], institution=values["institution"],
            address=values["address"],
            phone=keep.litigant.phone if keep else None,
            email=keep.litigant.email if keep else None,
        )
        same_court = keep is not None and keep.rule_profile == profile.id
        return Case(
            case_number=values["case_number"],
            # An imported case may spell its court its own way; keep that unless the
            # court was changed here.
            court=keep.court if keep and same_court else profile.court,
            district=values.get("district") or (
                keep.district if keep and same_court else profile.district),
            division=values["division"], short_title=values["short_title"],
            plaintiffs=values["plaintiffs"], defendants=values["defendants"],
            judge=values["judge"], rule_profile=profile.id,
            # Overrides from a scheduling order belong to the case; keep them when the
            # court stays the same.
            profile_overrides=keep.profile_overrides if keep and same_court else None,
            litigant=litigant,
            local_step_done_on=values["local_step_done_on"],
        )

    def problems(self, record: Case) -> Sequence[Problem]:
        return validate_case_details(record)

    def commit(self, record: Case) -> object:
        return self._commit(record)
