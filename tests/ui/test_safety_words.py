"""The history speaks the forms' words, never the values as they are stored."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.domain.reasons import load_reasons
from app.ui.safety.words import changed_fields


def test_coded_values_and_yes_no_fields_are_named_in_plain_words(qapp: QApplication) -> None:
    before = {"id": 7, "method": "in_person", "explains_deficiency": 0, "kind": "production",
              "litigant_role": "plaintiff", "summary": "Asked again."}
    after = {"id": 7, "method": "phone", "explains_deficiency": 1, "kind": "admission",
             "litigant_role": "defendant", "summary": "Asked again."}
    shown = {label: (old, new) for label, old, new in changed_fields(before, after)}
    values = [value for pair in shown.values() for value in pair]
    assert ("Meeting in person", "Phone call") in shown.values()
    assert ("No", "Yes") in shown.values()
    assert ("Request for production (documents)", "Request for admission") in shown.values()
    assert ("Plaintiff", "Defendant") in shown.values()
    for stored in ("in_person", "production", "plaintiff", "0", "1"):
        assert stored not in values
    assert len(shown) == 4  # the unchanged summary and the hidden id are not listed


def test_version_two_fields_are_named_in_plain_words(qapp: QApplication) -> None:
    before = {"reasons": "[]", "letter_kind": None, "wanted": None}
    after = {"reasons": '["withheld_not_stated"]', "letter_kind": "follow_up",
             "wanted": "Send the reports."}
    shown = {label: (old, new) for label, old, new in changed_fields(before, after)}
    assert shown["Common problems picked"] == (
        "(empty)", load_reasons()["withheld_not_stated"].text_en)
    assert shown["Kind of letter mailed"] == ("(empty)", "Follow-up letter")
    assert shown["What would settle it"] == ("(empty)", "Send the reports.")


def test_days_and_moments_are_shown_in_words() -> None:
    from app.ui.safety.words import value_words, when_words

    assert value_words("sent_on", "2025-03-10") == "Mar 10, 2025"
    assert value_words("served_on", "not a day") == "not a day"
    shown = when_words("2025-03-10T12:00:00Z")
    assert shown.startswith(("Mar 10, 2025", "Mar 11, 2025", "Mar 9, 2025"))
    assert shown.endswith(("AM", "PM"))
