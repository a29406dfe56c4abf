"""`Debounced`: the action runs once the changes pause, at once on flush, never twice."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.autosave import Debounced


def test_runs_once_after_the_changes_pause(qtbot: QtBot) -> None:
    runs: list[int] = []
    waiting = Debounced(lambda: runs.append(1), delay_ms=50)
    for _ in range(20):
        waiting.poke()
    assert runs == [] and waiting.pending()
    qtbot.waitUntil(lambda: runs == [1], timeout=2000)
    qtbot.wait(120)
    assert runs == [1] and not waiting.pending()


def test_flush_runs_now_and_only_when_something_waits(qtbot: QtBot) -> None:
    runs: list[int] = []
    waiting = Debounced(lambda: runs.append(1), delay_ms=10_000)
    waiting.flush()
    assert runs == []
    waiting.poke()
    waiting.flush()
    assert runs == [1] and not waiting.pending()
    waiting.poke()
    waiting.cancel()
    qtbot.wait(20)
    waiting.flush()
    assert runs == [1]
