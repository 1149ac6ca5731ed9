"""Snapshots of the app's key screens at 120x40, with a still clock and a fixed session id."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conversation.app import make_app
from conversation.model import Mode
from tests.app_helpers import SIZE, practise_app


@pytest.fixture(autouse=True)
def _fixed_session_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session ids end in a random suffix; make it fixed so the heading does not change."""
    monkeypatch.setattr(secrets, "token_hex", lambda _n: "ab12")


async def _settle(pilot: Pilot[None]) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_home_screen(snap_compare: object, tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)  # type: ignore[operator]


def test_practise_with_a_trap_typed(snap_compare: object, tmp_path: Path) -> None:
    async def type_trap(pilot: Pilot[None]) -> None:
        await _settle(pilot)
        await pilot.press(*"I think you should move into a care home")
        await pilot.pause()

    app = practise_app(tmp_path / "s")
    assert snap_compare(app, terminal_size=SIZE, run_before=type_trap)  # type: ignore[operator]


def test_practise_with_facts_on_the_board(snap_compare: object, tmp_path: Path) -> None:
    async def converse(pilot: Pilot[None]) -> None:
        await _settle(pilot)
        line = pilot.app.screen.query_one("#line", Input)
        for text in ("Tell me about your garden.", "It sounds like the garden means a lot to you."):
            line.value = text
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()

    app = practise_app(tmp_path / "s")
    assert snap_compare(app, terminal_size=SIZE, run_before=converse)  # type: ignore[operator]


def test_record_mode(snap_compare: object, tmp_path: Path) -> None:
    async def record(pilot: Pilot[None]) -> None:
        await _settle(pilot)
        line = pilot.app.screen.query_one("#line", Input)
        line.value = "How have things been since you came home?"
        await pilot.press("enter")
        await pilot.press("ctrl+r")
        line.value = "Not so bad — I miss the choir, mind."
        await pilot.press("enter")
        await pilot.pause()

    app = practise_app(tmp_path / "s", mode=Mode.RECORD, practitioner="Siôn", person="Mrs A")
    assert snap_compare(app, terminal_size=SIZE, run_before=record)  # type: ignore[operator]
