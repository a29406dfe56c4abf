"""How the papers name a discovery request, suggested from its kind, set and number.

The label goes into court papers, which stay in English whatever the interface language,
so it is built in English here (not translated)."""

from __future__ import annotations

from app.domain.model import DisputeKind

_KIND_NAMES = {
    DisputeKind.INTERROGATORY: "Interrogatory",
    DisputeKind.PRODUCTION: "Request for Production",
    DisputeKind.ADMISSION: "Request for Admission",
}
_SET_WORDS = (
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Eleven", "Twelve",
)


def set_words(set_number: int) -> str:
    return _SET_WORDS[set_number - 1] if 1 <= set_number <= len(_SET_WORDS) else str(set_number)


def suggest_label(kind: DisputeKind, set_number: int | None, item_number: int | None) -> str:
    """`Request for Production No. 3 (Set One)`; "" when the kind has no standard name or
    the number is not known yet."""
    name = _KIND_NAMES.get(kind)
    if name is None or item_number is None:
        return ""
    label = f"{name} No. {item_number}"
    if set_number is not None:
        label += f" (Set {set_words(set_number)})"
    return label
