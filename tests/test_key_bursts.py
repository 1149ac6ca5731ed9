"""Keys that arrive in one burst (a paste, a fast typist, a remote terminal) land where a person
typing slowly would put them: Tab and shift+Tab move the cursor before the next key is read."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import App
from textual.widgets import Input, TextArea

from conversation.app import ConversationApp
from conversation.screens.outcomes import OutcomesScreen
from tests.app_helpers import SIZE, practise_app, settle

NAMED_KEYS = {"tab": "\t", "shift+tab": None, "ctrl+n": None}
"""Keys sent by name, with the character a terminal gives them."""


def burst(app: App[object], *keys: str) -> None:
    """Queue every key at once, as a terminal delivers a burst read in one go."""
    for key in keys:
        if key in NAMED_KEYS:
            app.post_message(events.Key(key, NAMED_KEYS[key]))
        else:
            for character in key:
                app.post_message(events.Key(character, character))


async def open_outcomes(app: ConversationApp) -> OutcomesScreen:
    """The outcomes screen of the conversation the app opened on."""
    (opened,) = app._open.values()
    screen = OutcomesScreen(opened.conversation)
    await app.push_screen(screen)
    return screen


async def test_text_tab_text_in_one_burst_fills_working_then_not_working(
    tmp_path: Path,
) -> None:
    app = practise_app(tmp_path / "sessions")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_outcomes(app)
        await pilot.pause()
        screen.form.go_to_step("working")
        await settle(pilot, lambda: getattr(app.focused, "id", "") == "working")
        working = screen.query_one("#working", TextArea)
        working.clear()
        await pilot.pause()
        burst(app, "walks", "tab", "stairs")
        await settle(pilot, lambda: "stairs" in screen.form.outcome.not_working or
                     "stairs" in screen.form.outcome.working)
        assert screen.form.outcome.working == "walks"
        assert screen.form.outcome.not_working.endswith("stairs")


async def test_shift_tab_in_a_burst_goes_back_to_the_field_before(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "sessions")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_outcomes(app)
        await pilot.pause()
        screen.form.go_to_step("support")
        await settle(pilot, lambda: getattr(app.focused, "id", "") == "tried")
        burst(app, "tab", "family", "shift+tab", "walking")
        await settle(pilot, lambda: "walking" in screen.form.outcome.tried + str(
            screen.form.outcome.support))
        tried = screen.query_one("#tried", Input).value
        assert tried == "walking"
        assert "family" in "".join(screen.form.outcome.support.values())


async def test_next_step_then_typing_in_one_burst_types_into_the_new_step(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "sessions")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_outcomes(app)
        await settle(pilot, lambda: getattr(app.focused, "id", "") == "matters")
        matters = screen.form.outcome.matters
        burst(app, "ctrl+n", "walks", "tab", "stairs")
        await settle(pilot, lambda: "stairs" in repr(screen.form.outcome))
        assert screen.form.outcome.matters == matters
        assert screen.form.outcome.working.startswith("walks")
        assert screen.form.outcome.not_working.startswith("stairs")


async def test_typing_straight_into_the_action_plan_in_one_burst(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "sessions")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_outcomes(app)
        await settle(pilot, lambda: getattr(app.focused, "id", "") == "matters")
        burst(app, *["ctrl+n"] * 6, "Fix the back step", "tab", "Huw", "tab", "01/12/2026")
        await settle(pilot, lambda: "2026" in repr(screen.form.outcome))
        (row,) = screen.form.action_plan.rows
        assert (row.value("what"), row.value("who"), row.value("by")) == (
            "Fix the back step", "Huw", "01/12/2026"
        )
