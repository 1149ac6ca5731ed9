"""Every screen at the two sizes a training room meets, 80x24 and 120x40: snapshots with a
still clock and fixed session ids, and checks that the footers fit whole."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Footer, Input, TextArea

from conversation.app import ConversationApp, make_app
from conversation.conduct import Conversation
from conversation.model import Mode
from conversation.script_loader import load_bundled
from conversation.store import SessionStore
from tests.app_helpers import START, SteppingClock, practise_app

SIZES = [(80, 24), (120, 40)]
"""A laptop terminal at its default size, and a projector-sized one."""
THREE_TRAPS = "Yes, but I think you should move into a care home, I've decided"
"""A line that sets off the yes-but, expert and power traps at once."""
LONG_WORDING = (
    "I want to get back down the steps into my garden to see the sweet peas every summer, "
    "so that I feel like myself again and can show Siân what Dai planted"
)

Run = Callable[[Pilot[None]], Awaitable[None]]


@pytest.fixture(autouse=True)
def _fixed_session_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session ids end in a random suffix; make it fixed so the headings do not change."""
    monkeypatch.setattr(secrets, "token_hex", lambda _n: "ab12")


async def still(pilot: Pilot[None]) -> None:
    """No blinking cursors, workers done, everything drawn."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def say(pilot: Pilot[None], *lines: str) -> None:
    """Say each line in the conversation screen."""
    for text in lines:
        pilot.app.screen.query_one("#line", Input).value = text
        await pilot.press("enter")
        await pilot.pause()


async def to_feedback(pilot: Pilot[None]) -> None:
    """A short role play with traps, finished: the feedback screen."""
    await say(pilot, "Tell me about your garden.", THREE_TRAPS)
    await pilot.press("ctrl+f")
    await still(pilot)


async def to_outcomes(pilot: Pilot[None], steps: int) -> None:
    """The outcomes screen after the feedback, ``steps`` steps on."""
    await to_feedback(pilot)
    await pilot.press("o")
    await pilot.pause()
    for _ in range(steps):
        await pilot.press("ctrl+n")
        await pilot.pause()
    await still(pilot)


async def home_with_sessions(pilot: Pilot[None]) -> None:
    """The home screen with a session listed and highlighted."""
    await still(pilot)
    await pilot.press("tab")
    await still(pilot)


async def names_dialog(pilot: Pilot[None]) -> None:
    """The dialog that asks for the names before recording."""
    await still(pilot)
    await pilot.press("r")
    await still(pilot)


async def report(pilot: Pilot[None]) -> None:
    """The report of the listed session."""
    await home_with_sessions(pilot)
    await pilot.press("ctrl+t")
    await pilot.app.workers.wait_for_complete()
    await still(pilot)


async def practise_with_three_traps(pilot: Pilot[None]) -> None:
    """Three traps typed at once, not yet said."""
    await still(pilot)
    pilot.app.screen.query_one("#line", Input).value = THREE_TRAPS
    await still(pilot)


async def record_a_little(pilot: Pilot[None]) -> None:
    """A line of the practitioner's, then the person's own words."""
    await still(pilot)
    await say(pilot, "How have things been since you came home?")
    await pilot.press("ctrl+r")
    await say(pilot, "Not so bad \u2014 I miss the choir, mind.")
    await still(pilot)


async def demo_trap(pilot: Pilot[None]) -> None:
    """The demonstration at its third trap version, shown."""
    await still(pilot)
    screen = pilot.app.screen
    turns = getattr(screen, "turns", ())
    screen.position = [i for i, turn in enumerate(turns) if turn.trap_text][2]  # type: ignore[attr-defined]
    await pilot.pause()
    await pilot.press("t")
    await still(pilot)


async def feedback_person_side(pilot: Pilot[None]) -> None:
    """The feedback, scrolled down a page."""
    await to_feedback(pilot)
    await pilot.press("pagedown")
    await still(pilot)


async def wording(pilot: Pilot[None]) -> None:
    """Step 4 with a long wording, wrapped."""
    await to_outcomes(pilot, 3)
    pilot.app.screen.query_one("#wording", TextArea).text = LONG_WORDING
    await still(pilot)


async def action_plan(pilot: Pilot[None]) -> None:
    """The action plan with its first row."""
    await to_outcomes(pilot, 6)


def saved_session(sessions: Path) -> None:
    """One practise session with two lines said, to list and report."""
    conversation = Conversation.start(
        mode=Mode.PRACTISE, script=load_bundled(), practitioner="Sioned", person=None,
        store=SessionStore(sessions), clock=SteppingClock(step=20, start=START - timedelta(days=1)),
    )
    conversation.say("Tell me about your garden.")
    conversation.say("It sounds like the garden means a lot to you.")
    conversation.finish()


def app_for(screen: str, sessions: Path) -> ConversationApp:
    """The app opened where ``screen`` is reached from."""
    clock = SteppingClock()
    if screen in ("home", "names", "report"):
        saved_session(sessions)
        return make_app(sessions_dir=sessions, clock=clock)
    if screen == "record":
        return practise_app(sessions, clock, Mode.RECORD, practitioner="Siôn", person="Mrs A")
    if screen == "demo":
        return practise_app(sessions, clock, Mode.DEMONSTRATE)
    return practise_app(sessions, clock, practitioner="Sioned")


SCREENS: dict[str, Run] = {
    "home": home_with_sessions,
    "names": names_dialog,
    "report": report,
    "practise": practise_with_three_traps,
    "record": record_a_little,
    "demo": demo_trap,
    "feedback": to_feedback,
    "feedback-scrolled": feedback_person_side,
    "wording": wording,
    "actions": action_plan,
}
"""Each screen (or state of one) and how to get there."""


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(snap_compare: object, tmp_path: Path, screen: str, size: tuple[int, int]) -> None:
    app = app_for(screen, tmp_path / "s")
    assert snap_compare(app, terminal_size=size, run_before=SCREENS[screen])  # type: ignore[operator]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("screen", ["home", "practise", "record", "demo", "feedback", "actions"])
async def test_footer_keys_fit_whole(tmp_path: Path, screen: str, size: tuple[int, int]) -> None:
    app = app_for(screen, tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        await SCREENS[screen](pilot)
        footer = app.screen.query_one(Footer)
        keys = [key for key in footer.query("FooterKey") if isinstance(key, Widget)]
        assert keys
        palette = [key for key in keys if key.has_class("-command-palette")]
        others = [key for key in keys if key not in palette]
        right = palette[0].region.x if palette else footer.region.right
        for key in others:
            assert key.region.width > 0 and key.region.right <= right, key.render()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
async def test_a_long_wording_wraps_and_stays_in_sight(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_for("wording", tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        await wording(pilot)
        area = app.screen.query_one("#wording", TextArea)
        assert area.text == LONG_WORDING
        assert area.wrapped_document.height >= 2  # over several lines, not one scrolling line
        assert area.max_scroll_y == 0 and area.max_scroll_x == 0  # and all of it in sight


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
async def test_action_hints_and_support_labels_show_whole(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from textual.widgets import Label

    app = app_for("actions", tmp_path / "s")
    async with app.run_test(size=size) as pilot:
        await action_plan(pilot)
        (row,) = app.screen.query("ActionRow").results()
        for field in row.query(Input).results(Input):  # type: ignore[attr-defined]
            assert len(field.placeholder) <= field.content_region.width, field.placeholder
        await pilot.press("ctrl+b")
        await still(pilot)
        for label in app.screen.query("#step-support Label").results(Label):
            text = str(label.render())
            lines = max(1, label.region.height)
            assert len(text) <= label.content_region.width * lines, text
