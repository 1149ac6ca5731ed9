"""A snapshot of a supervision at 120x40: the supervisor's trap warned as it is typed, the
supervisee's words, and an earlier session under review at its trap."""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conversation.app import StartRequest, make_app
from conversation.conduct import Conversation
from conversation.model import Mode
from conversation.script_loader import load_bundled
from conversation.store import SessionStore
from conversation.widgets import InputLine
from conversation.widgets.review_panel import ReviewPanel
from tests.app_helpers import SIZE, START, SteppingClock


@pytest.fixture(autouse=True)
def _fixed_session_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session ids end in a random suffix; make it fixed so the heading does not change."""
    monkeypatch.setattr(secrets, "token_hex", lambda _n: "ab12")


def test_supervision_with_a_review_open(snap_compare: object, tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    earlier = Conversation.start(
        mode=Mode.PRACTISE, script=load_bundled(), practitioner="Dafydd Morgan", person=None,
        store=SessionStore(sessions), clock=SteppingClock(0, START - timedelta(days=7)),
    )
    earlier.say("Tell me a bit about what matters to you.")
    earlier.say("You should move into a care home.")
    earlier.finish()
    app = make_app(sessions_dir=sessions, clock=SteppingClock(), start=StartRequest(
        mode=Mode.SUPERVISE, practitioner="Ffion Ellis", person="Dafydd Morgan",
        review_id=earlier.session.id))

    async def converse(pilot: Pilot[None]) -> None:
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        line = pilot.app.screen.query_one(InputLine)
        await pilot.press("ctrl+r")
        line.input.value = "I rushed him. I knew it as I was doing it."
        await pilot.press("enter")
        await pilot.press("ctrl+r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        panel = pilot.app.screen.query_one(ReviewPanel)
        for _ in range(100):
            if panel.trap_lines:
                break
            await pilot.pause(0.02)
        await pilot.press("f6")
        await pilot.press(*"You should have rung the office")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=converse)  # type: ignore[operator]
