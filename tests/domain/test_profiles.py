"""Court profiles: the shipped values, the loader's refusals, a case's overrides."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app import paths
from app.domain.profiles import (
    PARAMETER_NAMES,
    JointFiling,
    ParameterSource,
    ProfileError,
    effective_parameters,
    get_profile,
    load_profile,
    load_profiles,
    shipped_profiles,
    validate_overrides,
)

# rules.md's table, written out again here on purpose: the files must match the spec.
SPEC_TABLE = {
    # id: response, mail, wait, attempts, live, conferral, joint, pleading, font
    "generic": (30, 3, 14, 2, False, True, "none", False, 12),
    "cand": (30, 3, 14, 2, False, True, "joint_letter", True, 12),
    "cacd": (30, 3, 10, 2, True, True, "joint_stipulation", True, 14),
    "caed": (30, 3, 14, 2, False, False, "joint_statement", True, 12),
    "casd": (30, 3, 14, 2, True, True, "joint_motion", True, 12),
    "nysd": (30, 3, 14, 2, True, True, "premotion_letter", False, 12),
    "ilnd": (30, 3, 14, 2, True, True, "none", False, 12),
    "wawd": (30, 3, 14, 2, True, True, "none", False, 12),
    "idd": (30, 3, 14, 2, False, True, "none", False, 12),
    "nvd": (30, 3, 14, 2, False, True, "none", False, 12),
}


def test_the_shipped_profiles_match_the_spec_table() -> None:
    profiles = load_profiles(paths.rules_dir())
    assert set(profiles) == set(SPEC_TABLE)
    for profile_id, row in SPEC_TABLE.items():
        params = profiles[profile_id].parameters
        values = tuple(getattr(params, name) for name in PARAMETER_NAMES)
        assert values == row, profile_id
        for name in PARAMETER_NAMES:
            value = getattr(params, name)
            # bool vs int matters: a flag must be a real bool, a number a real int.
            if isinstance(row[PARAMETER_NAMES.index(name)], bool):
                assert type(value) is bool, (profile_id, name)
            elif isinstance(value, int):
                assert type(value) is int, (profile_id, name)


def test_every_shipped_profile_says_where_it_comes_from() -> None:
    for profile in load_profiles(paths.rules_dir()).values():
        assert profile.name and profile.court and profile.notes.strip()
        assert profile.sources and all(s.cite for s in profile.sources)
        assert isinstance(profile.last_verified, dt.date)
    assert get_profile("cand").name == "U.S. District Court, Northern District of California"
    assert "scheduling order" in get_profile("caed").notes


def test_get_profile_refuses_an_unknown_id() -> None:
    with pytest.raises(ProfileError, match="'zzz'"):
        get_profile("zzz")


def _copy(tmp_path: Path, profile_id: str = "cand") -> Path:
    target = tmp_path / f"{profile_id}.toml"
    shutil.copy(paths.rules_dir() / f"{profile_id}.toml", target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_copied_profile_loads(tmp_path: Path) -> None:
    assert load_profile(_copy(tmp_path)).parameters.joint_filing is JointFiling.JOINT_LETTER


@pytest.mark.parametrize("key", PARAMETER_NAMES)
def test_a_missing_parameter_is_refused_naming_file_and_key(tmp_path: Path, key: str) -> None:
    path = _copy(tmp_path)
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if not ln.startswith(f"{key} =")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert "cand.toml" in str(caught.value)
    assert f"'{key}' is missing" in str(caught.value)


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("response_days = 30", "response_days = true", "response_days"),  # bool is not an int
        ("response_days = 30", 'response_days = "30"', "response_days"),
        ("min_font_pt = 12", "min_font_pt = 12.0", "min_font_pt"),
        ("min_font_pt = 12", "min_font_pt = 0", "min_font_pt"),
        ("reply_wait_days = 14", "reply_wait_days = -1", "reply_wait_days"),
        ("pleading_paper = true", "pleading_paper = 1", "pleading_paper"),  # 1 is not a bool
        ("conferral_required = true", 'conferral_required = "yes"', "conferral_required"),
        ('joint_filing = "joint_letter"', 'joint_filing = "joint letter"', "joint_filing"),
        ('joint_filing = "joint_letter"', "joint_filing = false", "joint_filing"),
        ("last_verified = 2026-11-29", 'last_verified = "2026-11-29"', "last_verified"),
        ('id = "cand"', 'id = "nd-cal"', "id"),
        ('name = "U.S.', 'nam = "U.S.', "nam"),
    ],
)
def test_a_wrong_type_is_refused_naming_file_and_key(
    tmp_path: Path, old: str, new: str, key: str
) -> None:
    path = _copy(tmp_path)
    _edit(path, old, new)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert "cand.toml" in str(caught.value)
    assert f"'{key}'" in str(caught.value)


def test_bad_sources_and_check_sources_are_refused(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    _edit(path, "LOCAL_STEP =", "LOCAL_STEPS =")
    with pytest.raises(ProfileError, match=r"check_sources\.LOCAL_STEPS"):
        load_profile(path)
    path = _copy(tmp_path)
    _edit(path, '{ cite = "N.D. Cal. Civil L.R. 3-4", url = "" }',
          '{ cite = "N.D. Cal. Civil L.R. 3-4" }')
    with pytest.raises(ProfileError, match=r"sources\[1\]"):
        load_profile(path)


def test_a_broken_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("id = \n", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"bad\.toml"):
        load_profile(path)
    with pytest.raises(ProfileError, match=r"bad\.toml"):
        load_profiles(tmp_path)


def test_overrides_apply_and_say_where_each_value_comes_from() -> None:
    profile = get_profile("caed")
    params, sources = effective_parameters(
        profile, {"response_days": 45, "conferral_required": True, "joint_filing": "none"}
    )
    assert params.response_days == 45
    assert params.conferral_required is True
    assert params.joint_filing is JointFiling.NONE
    assert params.reply_wait_days == 14
    assert sources["response_days"] is ParameterSource.CASE
    assert sources["reply_wait_days"] is ParameterSource.PROFILE
    assert set(sources) == set(PARAMETER_NAMES)
    # The profile itself is untouched.
    assert profile.parameters.response_days == 30


def test_no_overrides_means_the_profile() -> None:
    profile = get_profile("cacd")
    for overrides in (None, {}):
        params, sources = effective_parameters(profile, overrides)
        assert params == profile.parameters
        assert set(sources.values()) == {ParameterSource.PROFILE}


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"response_day": 45}, "response_day"),
        ({"response_days": True}, "response_days"),
        ({"response_days": 45.0}, "response_days"),
        ({"response_days": "45"}, "response_days"),
        ({"live_conference_required": 1}, "live_conference_required"),
        ({"joint_filing": "letter"}, "joint_filing"),
        ({"mail_extra_days": -3}, "mail_extra_days"),
        # Past any court's rule, and so large that day arithmetic would overflow.
        ({"response_days": 1_000_000_000_000}, "response_days"),
        ({"reply_wait_days": 3651}, "reply_wait_days"),
        ({"min_font_pt": 73}, "min_font_pt"),
    ],
)
def test_bad_overrides_are_refused_naming_the_parameter(
    overrides: dict[str, object], named: str
) -> None:
    profile = get_profile("cand")
    problems = validate_overrides(profile, overrides)
    assert len(problems) == 1
    assert f"'{named}'" in problems[0].english()
    with pytest.raises(ProfileError, match=named):
        effective_parameters(profile, overrides)


def test_validate_overrides_reports_every_problem() -> None:
    problems = validate_overrides(get_profile("cand"), {"a": 1, "min_font_pt": False,
                                                        "response_days": 45})
    assert len(problems) == 2


def test_the_largest_allowed_override_still_counts_days() -> None:
    params, _ = effective_parameters(get_profile("cand"), {"response_days": 3650})
    assert params.response_days == 3650


def test_every_shipped_profile_has_spanish_notes() -> None:
    for profile in shipped_profiles().values():
        assert profile.notes_es.strip(), profile.id
        assert profile.notes_for("es") == profile.notes_es
        assert profile.notes_for("en") == profile.notes


def test_spanish_notes_are_optional_and_must_be_text(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    lines = path.read_text(encoding="utf-8").split('notes_es = """', 1)
    before, after = lines[0], lines[1].split('"""', 1)[1]
    path.write_text(before + after, encoding="utf-8")
    profile = load_profile(path)
    assert profile.notes_es == ""
    assert profile.notes_for("es") == profile.notes  # English when there is no translation
    path = _copy(tmp_path)
    _edit(path, 'notes_es = """', 'notes_es = 3\nunused = """')
    with pytest.raises(ProfileError, match="'notes_es' must be text"):
        load_profile(path)
