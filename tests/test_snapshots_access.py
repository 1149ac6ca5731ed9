"""Snapshots of the high-contrast theme and of the practitioner's name dialog."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conversation.app import make_app
from conversation.paths import settings_file
from conversation.settings import Settings, save_settings
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


def test_home_in_high_contrast(snap_compare: object, tmp_path: Path) -> None:
    save_settings(Settings(theme="high-contrast", name="Sam"), settings_file())
    app = make_app(sessions_dir=tmp_path / "s", settings_file=settings_file())
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)  # type: ignore[operator]


def test_practise_with_a_trap_typed_in_high_contrast(snap_compare: object, tmp_path: Path) -> None:
    async def type_trap(pilot: Pilot[None]) -> None:
        pilot.app.theme = "high-contrast"
        await _settle(pilot)
        await pilot.press(*"I think you should move into a care home")
        await pilot.pause()

    app = practise_app(tmp_path / "s")
    assert snap_compare(app, terminal_size=SIZE, run_before=type_trap)  # type: ignore[operator]


def test_the_name_asked_on_first_use_at_80x24(snap_compare: object, tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s", settings_file=settings_file())
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settle)  # type: ignore[operator]
