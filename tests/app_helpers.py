"""Helpers shared by the app's Pilot and snapshot tests: a fixed clock and ready-made apps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.pilot import Pilot

from conversation.app import ConversationApp, StartRequest, make_app
from conversation.model import Mode

SIZE = (120, 40)
"""The screen size every app test runs at."""

START = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)


class SteppingClock:
    """A clock that starts at a fixed moment and moves on ``step`` seconds each time it is read
    (``step`` 0 keeps it still, for snapshots)."""

    def __init__(self, step: float = 0.0, start: datetime = START) -> None:
        self.now = start
        self.step = timedelta(seconds=step)

    def __call__(self) -> datetime:
        moment = self.now
        self.now += self.step
        return moment


def practise_app(
    sessions: Path,
    clock: Callable[[], datetime] | None = None,
    mode: Mode = Mode.PRACTISE,
    **request: object,
) -> ConversationApp:
    """An app opened straight into a new conversation in ``mode``."""
    start = StartRequest(mode=mode, **request)  # type: ignore[arg-type]
    return make_app(sessions_dir=sessions, start=start, clock=clock or SteppingClock())


async def settle(pilot: Pilot[object], ready: Callable[[], bool], tries: int = 100) -> None:
    """Let the app process its messages until ``ready()`` holds (a busy machine may need
    more than one pause); fails the test if it never does."""
    for _ in range(tries):
        await pilot.pause()
        if ready():
            return
        await pilot.pause(0.02)
    raise AssertionError("the app did not reach the expected state")
