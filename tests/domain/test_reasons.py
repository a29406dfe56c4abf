"""The list of reasons: what ships (the problems the letters contract names, each with its
rule), and the loader's refusals, each naming the file and the key."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from app import paths
from app.domain.model import DisputeKind
from app.domain.reasons import (
    Reason,
    ReasonsError,
    load_reasons,
    load_reasons_file,
    reasons_for,
)

# The problems the letters contract says the list holds at least, with the rule it names
# for each (written out again here on purpose: the file must match the contract).
CONTRACT = {
    "boilerplate_objection": ({"interrogatory", "production"}, "33(b)(4), 34(b)(2)(B)"),
    "withheld_not_stated": ({"production"}, "34(b)(2)(C)"),
    "privilege_not_described": ({"production"}, "26(b)(5)(A)"),
    "evasive_or_incomplete": ({"interrogatory", "production", "admission"}, "37(a)(4)"),
    "not_answered_under_oath": ({"interrogatory"}, "33(b)(3), (5)"),
    "admission_not_specific": ({"admission"}, "36(a)(4)"),
    "admission_no_inquiry": ({"admission"}, "36(a)(4)"),
    "production_not_completed": ({"production"}, "34(b)(2)(B)"),
    "late_objections_waived": ({"interrogatory"}, "33(b)(4)"),
}
# Only the Federal Rules' own text is cited: "Fed. R. Civ. P." and rule numbers.
_PART = r"(\([a-zA-Z0-9]+\))+"
_FEDERAL_RULE = re.compile(rf"Fed\. R\. Civ\. P\. \d+{_PART}(, (\d+)?{_PART})*")


def test_the_shipped_list_holds_what_the_contract_names() -> None:
    reasons = load_reasons()
    for reason_id, (kinds, rule) in CONTRACT.items():
        reason = reasons[reason_id]
        assert {k.value for k in reason.kinds} >= kinds, reason_id
        assert rule in reason.source, reason_id


def test_every_shipped_reason_is_whole_and_cites_only_the_rules() -> None:
    for reason in load_reasons().values():
        assert reason.kinds
        assert reason.text_en.endswith(".") and reason.text_es.endswith(".")
        assert reason.text_en != reason.text_es
        assert "UNVERIFIED" not in reason.source
        assert _FEDERAL_RULE.fullmatch(reason.source), reason.source
        assert isinstance(reason.last_verified, dt.date)
        # The id goes into case files, whose ids hold at most 200 characters.
        assert len(reason.id) <= 200


def test_the_list_keeps_the_files_order_and_is_a_fresh_dict_each_time() -> None:
    text = paths.reasons_path().read_text("utf-8")
    in_file = re.findall(r"^\[([a-z_]+)\]$", text, flags=re.MULTILINE)
    assert list(load_reasons()) == in_file
    load_reasons().clear()
    assert list(load_reasons()) == in_file


def test_reasons_for_a_kind_are_the_ones_that_apply_in_order() -> None:
    admission = [r.id for r in reasons_for(DisputeKind.ADMISSION)]
    assert "admission_not_specific" in admission
    assert "withheld_not_stated" not in admission
    for kind in DisputeKind:
        found = reasons_for(kind)
        assert all(kind in r.kinds for r in found)
        order = list(load_reasons())
        assert [order.index(r.id) for r in found] == sorted(order.index(r.id) for r in found)
    assert reasons_for(DisputeKind.OTHER)  # a catch-all request still gets a choice


def test_the_screen_shows_the_sentence_in_its_language() -> None:
    reason = load_reasons()["withheld_not_stated"]
    assert reason.text("es") == reason.text("es_MX") == reason.text_es
    assert reason.text("en") == reason.text("fr") == reason.text_en


# --- the loader's refusals --------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "reasons.toml"
    shutil.copy(paths.reasons_path(), target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_copied_list_loads(tmp_path: Path) -> None:
    assert load_reasons_file(_copy(tmp_path)) == load_reasons()


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('kinds = ["production"]', 'kinds = ["productions"]', "withheld_not_stated.kinds"),
        ('kinds = ["production"]', "kinds = []", "withheld_not_stated.kinds"),
        ('kinds = ["production"]', 'kinds = "production"', "withheld_not_stated.kinds"),
        ('kinds = ["production"]', "", "withheld_not_stated.kinds"),
        ("[withheld_not_stated]", "[Withheld-Not-Stated]", "Withheld-Not-Stated"),
        ("text_en = \"The objection does", "text_en = 3\nx = \"", "withheld_not_stated.text_en"),
        ("text_es = \"La objeción no dice", "text_sp = \"", "withheld_not_stated.text_sp"),
        ('source = "Fed. R. Civ. P. 34(b)(2)(C)"', 'source = ""', "withheld_not_stated.source"),
        ('source = "Fed. R. Civ. P. 34(b)(2)(C)"', "", "withheld_not_stated.source"),
        ("last_verified = 2026-12-04\n\n[privilege", 'last_verified = "2026-12-04"\n\n[privilege',
         "withheld_not_stated.last_verified"),
        ("last_verified = 2026-12-04\n\n[privilege", "last_verified = 2026-12-04T10:00:00\n\n"
         "[privilege", "withheld_not_stated.last_verified"),
    ],
)
def test_a_bad_reason_is_refused_naming_file_and_key(
    tmp_path: Path, old: str, new: str, key: str
) -> None:
    path = _copy(tmp_path)
    _edit(path, old, new)
    with pytest.raises(ReasonsError) as caught:
        load_reasons_file(path)
    assert "reasons.toml" in str(caught.value)
    assert f"'{key}'" in str(caught.value)


def test_a_value_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "reasons.toml"
    path.write_text('version = 2\n', encoding="utf-8")
    with pytest.raises(ReasonsError, match="'version' must be a table"):
        load_reasons_file(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [("[a]\nkinds = [\n", "is not valid TOML"), ("", "holds no reasons")],
)
def test_a_broken_or_empty_file_is_refused_with_its_name(
    tmp_path: Path, content: str, words: str
) -> None:
    path = tmp_path / "reasons.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReasonsError, match=f"reasons.toml: '\\(file\\)' {words}"):
        load_reasons_file(path)


def test_a_missing_file_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(ReasonsError, match=r"reasons.toml: '\(file\)' cannot be read"):
        load_reasons_file(tmp_path / "reasons.toml")


def test_a_reason_is_frozen() -> None:
    reason = next(iter(load_reasons().values()))
    assert isinstance(reason, Reason)
    with pytest.raises(AttributeError):
        reason.text_en = "Changed."  # type: ignore[misc]
