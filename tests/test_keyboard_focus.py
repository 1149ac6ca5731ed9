"""Every screen can be used from the keyboard: Tab reaches everything that takes the focus,
and whatever has the focus looks different from when it has not (in the default theme and
in the high-contrast theme)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget

from conversation.app import StartRequest, make_app
from conversation.model import Mode
from conversation.screens.home import NamesDialog
from conversation.screens.name import NameDialog
from tests.app_helpers import SIZE, SteppingClock

THEMES = ("textual-dark", "high-contrast")


def look(widget: Widget) -> list[tuple[str, ...]]:
    """How a widget and everything inside it is drawn: borders, outline, colours, tint."""
    return [
        (
            str(node.styles.border),
            str(node.styles.outline),
            str(node.rich_style),
            str(node.styles.background_tint),
            str(node.styles.scrollbar_color),
        )
        for node in (widget, *widget.query("*"))
    ]


async def check_screen(app: App[None], pilot: Pilot[None], where: str, tab: bool = True) -> int:
    """Tab reaches every focusable widget of the screen (pressed for real when ``tab``;
    Tab follows the focus chain), and each widget shows when it has the focus."""
    screen = app.screen
    chain = list(screen.focus_chain)
    if tab:
        reached: set[Widget] = set()
        for _ in range(len(chain) + 1):
            await pilot.press("tab")
            if app.focused is not None:
                reached.add(app.focused)
        missing = [f"{type(w).__name__}#{w.id}" for w in chain if w not in reached]
        assert not missing, f"{where}: Tab never reaches {missing}"
    screen.set_focus(None)
    await pilot.pause()
    blurred = {widget: look(widget) for widget in chain}
    unmarked = []
    for widget in chain:
        widget.focus()
        await pilot.pause()
        if look(widget) == blurred[widget]:
            unmarked.append(f"{type(widget).__name__}#{widget.id}")
    assert not unmarked, f"{where}: no visible focus on {unmarked}"
    return len(chain)


@pytest.mark.parametrize("theme", THEMES)
async def test_home_and_its_dialogs(tmp_path: Path, theme: str) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        assert await check_screen(app, pilot, "home") >= 5
        await app.push_screen(NameDialog())
        await pilot.pause()
        assert await check_screen(app, pilot, "name dialog") == 3
        app.pop_screen()
        await app.push_screen(NamesDialog())
        await pilot.pause()
        assert await check_screen(app, pilot, "record names dialog") == 4


@pytest.mark.parametrize("theme", THEMES)
async def test_record_conversation(tmp_path: Path, theme: str) -> None:
    start = StartRequest(mode=Mode.RECORD, practitioner="Sam")
    app = make_app(sessions_dir=tmp_path / "s", start=start, clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        assert await check_screen(app, pilot, "record conversation") >= 3


@pytest.mark.parametrize("theme", THEMES)
async def test_practise_conversation(tmp_path: Path, theme: str) -> None:
    start = StartRequest(mode=Mode.PRACTISE, practitioner="Sam")
    app = make_app(sessions_dir=tmp_path / "s", start=start, clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        assert await check_screen(app, pilot, "practise conversation") >= 4


@pytest.mark.slow
async def test_feedback_and_every_outcomes_step_in_high_contrast(tmp_path: Path) -> None:
    start = StartRequest(mode=Mode.PRACTISE, practitioner="Sam")
    app = make_app(sessions_dir=tmp_path / "s", start=start, clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "high-contrast"
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        await check_screen(app, pilot, "feedback", tab=False)
        await pilot.press("o")
        await pilot.pause()
        for step in range(1, 8):
            await check_screen(app, pilot, f"outcomes step {step}", tab=False)
            await pilot.press("ctrl+n")
