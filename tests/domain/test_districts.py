"""A district typed from the papers that disagrees with the court chosen is caught."""

from __future__ import annotations

import pytest

from app.domain.districts import district_warning, district_words, same_district
from app.domain.profiles import get_profile, shipped_profiles


@pytest.mark.parametrize(("one", "other"), [
    ("Northern District of California", "N.D. Cal."),
    ("Northern District of California", "the northern district of california"),
    ("Southern District of New York", "S.D.N.Y."),
    ("Central District of California", "United States District Court for the Central "
                                       "District of California"),
])
def test_spellings_of_one_district_agree(one: str, other: str) -> None:
    assert same_district(one, other)


def test_different_districts_differ() -> None:
    assert not same_district("Central District of California",
                             "Southern District of New York")
    assert not same_district("Northern District of California",
                             "Eastern District of California")
    assert district_words("") == ()


def test_a_district_that_disagrees_with_the_chosen_court_is_warned_about() -> None:
    profiles = shipped_profiles().values()
    cacd = get_profile("cacd")
    warning = district_warning(cacd, "Southern District of New York", profiles)
    assert warning is not None
    assert "Central District of California" in warning.english()
    assert "Southern District of New York" in warning.english()
    assert district_warning(cacd, "C.D. Cal.", profiles) is None
    assert district_warning(cacd, "  ", profiles) is None


def test_a_listed_district_typed_under_any_court_points_to_its_own_rules() -> None:
    profiles = shipped_profiles().values()
    generic = get_profile("generic")
    warning = district_warning(generic, "Western District of Washington", profiles)
    assert warning is not None and "in the list of courts" in warning.english()
    assert district_warning(generic, "District of Arizona", profiles) is None
