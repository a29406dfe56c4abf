"""Keeping issue 13 from coming back: no Qt setter the forms and pages call may lower
`None`'s reference count (PySide6 6.12.0 on CPython 3.11 lowered it by one a call, and the
program aborted a few minutes into typing). Measured with `tests.helpers.none_refcount`,
which also runs on its own on any interpreter with PySide6."""

from __future__ import annotations

import ctypes

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.none_refcount import TOLERANCE, measure, none_is_immortal, refcount_drop

CALLS = 10_000


@pytest.mark.skipif(
    none_is_immortal(),
    reason="this interpreter makes None immortal (measured: a thousand new references left "
    "its count unchanged; PEP 683, CPython 3.12 and later), so no call can free it; the "
    "check runs where None's count can fall",
)
def test_no_setter_the_forms_use_lowers_nones_count(qapp: QApplication) -> None:
    drops = measure(CALLS)
    assert {name: drop for name, drop in drops.items() if drop > TOLERANCE} == {}


def test_the_measuring_catches_a_lost_reference() -> None:
    """The measuring itself, on an object that can be freed: a call that drops one
    reference each time is caught, a call that keeps them is not."""
    target = object()
    held = [target] * 1000  # enough references that the leak cannot free it
    decref, incref = ctypes.pythonapi.Py_DecRef, ctypes.pythonapi.Py_IncRef
    decref.argtypes = incref.argtypes = [ctypes.py_object]
    try:
        assert refcount_drop(target, lambda: decref(target), 100) == 100
    finally:
        for _ in range(101):  # the references the leak took (one more call to warm up)
            incref(target)
    assert refcount_drop(target, lambda: id(target), CALLS) == 0
    del held


def test_every_setter_is_measured(qapp: QApplication) -> None:
    """Where None is immortal the setters are still called (a wrong call would fail
    here, not only where the check runs)."""
    drops = measure(10)
    assert len(drops) >= 30
    assert set(drops.values()) == {0}
