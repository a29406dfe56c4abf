"""Whether calling Qt's setters changes `None`'s reference count: the measuring behind
tests/ui/test_none_refcount.py, kept free of pytest so it runs on any interpreter with
PySide6 (`python -m tests.helpers.none_refcount` prints the count each setter loses).

PySide6 6.12.0 on CPython 3.11 lowers `None`'s count by one each time a method that
returns nothing is called; `None` is freed when the count reaches zero and the program
aborts ("Fatal Python error: none_dealloc"), after a few minutes of typing into a form.
From CPython 3.12 `None` is immortal (PEP 683): its count never changes, so there is
nothing to measure there.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

# A fall smaller than this over all the calls is other code's passing references, not a
# leak: a setter that lost one reference in a hundred calls would still lose 100.
TOLERANCE = 5


def none_is_immortal() -> bool:
    """Whether this interpreter never frees `None`: its own answer where it gives one,
    else measured (a thousand new references to an immortal object leave its count as
    it was)."""
    is_immortal = getattr(sys, "_is_immortal", None)
    if is_immortal is not None:
        return bool(is_immortal(None))
    before = sys.getrefcount(None)
    held = [None] * 1000
    after = sys.getrefcount(None)
    del held
    return after == before


def refcount_drop(target: object, call: Callable[[], object], times: int) -> int:
    """How much `target`'s reference count fell over `times` calls of `call`."""
    call()  # the first call may make caches: not counted
    before = sys.getrefcount(target)
    for _ in range(times):
        call()
    return before - sys.getrefcount(target)


def _in_form() -> QFormLayout:
    holder = QWidget()
    layout = QFormLayout(holder)
    layout.addRow("Name", QLineEdit())
    _keep.append(holder)
    return layout


_keep: list[object] = []


def setter_calls() -> dict[str, Callable[[], object]]:
    """Each setter the forms and pages call (grep app/ui), as it is called there."""
    label = QLabel()
    line = QLineEdit()
    plain = QPlainTextEdit()
    button = QPushButton("&Save")
    box = QCheckBox("&Yes")
    combo = QComboBox()
    combo.addItems(["one", "two"])
    listing = QListWidget()
    item = QListWidgetItem("Request", listing)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "one")
    tabs.addTab(QWidget(), "two")
    stack = QStackedWidget()
    first, second = QWidget(), QWidget()
    stack.addWidget(first)
    stack.addWidget(second)
    form = _in_form()
    field = form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    timer = QTimer()
    # Kept alive while the calls run (the lambdas hold only what they call).
    _keep.extend([label, line, plain, button, box, combo, listing, tabs, stack, timer])
    timer.setSingleShot(True)
    timer.setInterval(500)
    return {
        "QLabel.setText": lambda: label.setText("This must not be left empty."),
        "QLabel.setVisible": lambda: label.setVisible(False),
        "QLabel.setWordWrap": lambda: label.setWordWrap(True),
        "QLabel.setBuddy": lambda: label.setBuddy(line),
        "QLabel.setStyleSheet": lambda: label.setStyleSheet("color: #a00000;"),
        "QLabel.setToolTip": lambda: label.setToolTip("A tip"),
        "QLabel.clear": label.clear,
        "QWidget.setAccessibleDescription": lambda: line.setAccessibleDescription("wrong"),
        "QWidget.setAccessibleName": lambda: line.setAccessibleName("Name"),
        "QWidget.setEnabled": lambda: button.setEnabled(True),
        "QWidget.setFocus": lambda: line.setFocus(),
        "QWidget.setProperty": lambda: line.setProperty("problem", True),
        "QWidget.show": label.show,
        "QWidget.hide": label.hide,
        "QWidget.setWindowTitle": lambda: label.setWindowTitle("Title"),
        "QLineEdit.setText": lambda: line.setText("Dana M. Whitfield"),
        "QLineEdit.setPlaceholderText": lambda: line.setPlaceholderText("YYYY-MM-DD"),
        "QLineEdit.selectAll": line.selectAll,
        "QPlainTextEdit.setPlainText": lambda: plain.setPlainText("1 Main St"),
        "QPlainTextEdit.setReadOnly": lambda: plain.setReadOnly(False),
        "QAbstractButton.setText": lambda: button.setText("&Save"),
        "QCheckBox.setChecked": lambda: box.setChecked(True),
        "QComboBox.setCurrentIndex": lambda: combo.setCurrentIndex(1),
        "QListWidget.setCurrentRow": lambda: listing.setCurrentRow(0),
        "QListWidgetItem.setText": lambda: item.setText("Request"),
        "QListWidgetItem.setCheckState": lambda: item.setCheckState(Qt.CheckState.Checked),
        "QListWidgetItem.setData": lambda: item.setData(Qt.ItemDataRole.UserRole, "d1"),
        "QTabWidget.setCurrentIndex": lambda: tabs.setCurrentIndex(1),
        "QStackedWidget.setCurrentWidget": lambda: stack.setCurrentWidget(second),
        "QFormLayout.setRowVisible": lambda: form.setRowVisible(field, True),
        "QTimer.start": timer.start,
        "QTimer.stop": timer.stop,
    }


def measure(times: int, batch: int = 100) -> dict[str, int]:
    """Each setter's fall of `None`'s count over `times` calls, made `batch` at a time: a
    setter that loses references is stopped once it has lost more than `TOLERANCE`, so the
    measuring never frees `None` itself (and aborts) where the setters leak."""
    found: dict[str, int] = {}
    calls = setter_calls()
    # The collector, freeing some garbage that held None, would look like a leak.
    gc.collect()
    gc.disable()
    try:
        for name, call in calls.items():
            drop = 0
            for _ in range(0, times, batch):
                drop += refcount_drop(None, call, batch)
                if drop > TOLERANCE:
                    break
            found[name] = drop
    finally:
        gc.enable()
    return found


if __name__ == "__main__":
    _app = QApplication.instance() or QApplication(["none_refcount", "-platform", "offscreen"])
    print(sys.version.split()[0], "immortal None:", none_is_immortal())
    for setter, drop in measure(int(sys.argv[1]) if len(sys.argv) > 1 else 1000).items():
        print(f"{drop:8d}  {setter}")
