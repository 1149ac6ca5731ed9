"""Demonstrate mode: stepping through the model conversation, notes and trap versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.content import Content
from textual.widgets import Static

from conversation.model import Mode, Speaker, Stage, Trap
from conversation.screens.demo import DemoScreen, speaker_name, trap_panel
from conversation.script import (
    DemoTurn,
    Person,
    Reactions,
    Script,
    ScriptMeta,
)

TRAP_LINE = "I think you should move into a care home, that would be best."
REACTION = "Oh. So it's all decided, then. I'd rather not talk about it."


def demo_script(demo: tuple[DemoTurn, ...] | None = None) -> Script:
    """A small script with a four-line demo, the third line with a trap version."""
    turns = (
        demo
        if demo is not None
        else (
            DemoTurn(
                Stage.OPEN,
                Speaker.PRACTITIONER,
                "Tell me a bit about your week.",
                "An open invitation lets Dilys start where she wants.",
            ),
            DemoTurn(Stage.OPEN, Speaker.PERSON, "It's been hard since the stroke.", ""),
            DemoTurn(
                Stage.LISTEN,
                Speaker.PRACTITIONER,
                "It sounds as if the last few months have taken a lot out of you.",
                "A reflection shows she has been heard.",
                trap=Trap.POWER,
                trap_text=TRAP_LINE,
                trap_reaction=REACTION,
            ),
            DemoTurn(Stage.EXPLORE, Speaker.PERSON, "They have. My garden keeps me going.", ""),
        )
    )
    return Script(
        meta=ScriptMeta("tiny", "Tiny demo", "At home", (Mode.DEMONSTRATE,), "en-GB", "1"),
        person=Person("Dilys", 78, "Had a stroke in the spring.", "Come in, love."),
        stages={},
        facts=(),
        reactions=Reactions({}, (), (), (), ()),
        demo=turns,
        outcomes=(),
    )


class DemoApp(App[None]):
    """Pushes the demo screen and nothing else."""

    def __init__(self, script: Script, position: int = 0) -> None:
        super().__init__()
        self.script = script
        self.start_position = position

    def on_mount(self) -> None:
        self.push_screen(DemoScreen(self.script, position=self.start_position))


def text_of(screen: DemoScreen, selector: str) -> str:
    """The plain text a Static shows."""
    content = screen.query_one(selector, Static).content
    return content.plain if isinstance(content, Content) else str(content)


def said_so_far(screen: DemoScreen) -> str:
    """The conversation on screen: the earlier turns and the one on show."""
    return text_of(screen, "#demo-lines") + "\n\n" + text_of(screen, "#demo-current")


async def test_steps_forward_and_back_showing_notes_and_stage() -> None:
    app = DemoApp(demo_script())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        assert screen.position == 0
        assert "Tell me a bit about your week." in said_so_far(screen)
        assert "It's been hard" not in said_so_far(screen)
        assert "An open invitation" in text_of(screen, "#demo-note")
        assert "Stage 1 of 5: Open questions" in text_of(screen, "#demo-heading")

        await pilot.press("right", "space")
        assert screen.position == 2
        lines = said_so_far(screen)
        assert "Tell me a bit about your week." in lines
        assert "Dilys: It's been hard since the stroke." in lines
        assert "taken a lot out of you" in lines
        assert "A reflection shows she has been heard." in text_of(screen, "#demo-note")
        assert "Stage 2 of 5: Active listening" in text_of(screen, "#demo-heading")
        assert "Turn 3 of 4" in text_of(screen, "#demo-heading")

        await pilot.press("n", "n")
        assert screen.position == 3  # never past the last turn
        await pilot.press("left", "p")
        assert screen.position == 1
        await pilot.press("end")
        assert screen.position == 3
        await pilot.press("home")
        assert screen.position == 0
        await pilot.press("left")
        assert screen.position == 0  # never before the first turn


async def test_trap_key_shows_trap_line_warning_and_reaction() -> None:
    app = DemoApp(demo_script())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        await pilot.press("t")  # no trap version on the first line: nothing happens
        assert not screen.trap_shown
        await pilot.press("end", "left")
        assert screen.position == 2
        trap = screen.query_one("#demo-trap", Static)
        assert not trap.display
        await pilot.press("t")
        assert screen.trap_shown
        assert trap.display
        shown = text_of(screen, "#demo-trap")
        assert TRAP_LINE in shown
        assert "Power" in shown
        assert "Warning:" in shown
        assert "Better:" in shown
        assert f"Dilys reacts: {REACTION}" in shown
        # the model line stays on screen beside the trap version
        assert "taken a lot out of you" in said_so_far(screen)
        assert "The model line" in text_of(screen, "#demo-note")
        assert "taken a lot out of you" in text_of(screen, "#demo-note")
        await pilot.press("t")
        assert not screen.trap_shown
        assert not trap.display
        await pilot.press("t", "right")
        assert screen.position == 3
        assert not screen.trap_shown


def test_the_trap_the_line_shows_is_warned_first_and_its_words_marked() -> None:
    """A trap version that also trips another trap leads with the one the script shows."""
    script = demo_script()
    turn = script.demo[2]
    assert turn.trap is Trap.POWER
    panel = trap_panel(script, turn)
    warned = [line.split("  triggered by")[0] for line in panel.plain.splitlines()
              if line.startswith("Warning: ")]
    assert warned[0] == "Warning: Power", warned
    assert "Warning: Expert" in warned[1:]  # the other trap the check sees is still shown


async def test_resumes_at_a_position_and_leaves_with_q() -> None:
    app = DemoApp(demo_script(), position=99)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        assert screen.position == 3
        await pilot.press("q")
        assert not isinstance(app.screen, DemoScreen)


async def test_script_without_demo_says_so() -> None:
    app = DemoApp(demo_script(demo=()))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        assert "no demonstration conversation" in said_so_far(screen)
        await pilot.press("right", "t", "end")
        assert screen.position == 0
        assert not screen.trap_shown


async def test_odd_text_is_shown_verbatim() -> None:
    odd = "[bold]not markup[/] $accent ŵ ŷ 🙂 " + "x" * 5000
    script = demo_script(demo=(DemoTurn(Stage.OPEN, Speaker.PRACTITIONER, odd, odd),))
    app = DemoApp(script)
    async with app.run_test(size=(120, 40)):
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        assert "[bold]not markup[/] $accent ŵ ŷ 🙂" in said_so_far(screen)


class FakeConversation:
    """Just what the demo screen uses of a demonstrate-mode conversation."""

    def __init__(self, position: int) -> None:
        from datetime import UTC, datetime

        from conversation.session import Session

        now = datetime(2026, 1, 1, tzinfo=UTC)
        self.session = Session("s1", Mode.DEMONSTRATE, "tiny", "1", "Sam", "Dilys", now, now)
        self.session.demo_position = position
        self.saved: list[int] = []

    def save(self) -> None:
        self.saved.append(self.session.demo_position)

    def set_stage(self, stage: Stage) -> None:
        self.session.stage = stage
        self.save()


class SessionDemoApp(App[None]):
    """Pushes the demo screen the way the app does for a demonstrate-mode session."""

    def __init__(self, conversation: FakeConversation) -> None:
        super().__init__()
        self.conversation = conversation

    def on_mount(self) -> None:
        script = demo_script()
        self.push_screen(DemoScreen(script, self.conversation))  # type: ignore[arg-type]


async def test_session_resumes_at_its_place_and_saves_each_step() -> None:
    conversation = FakeConversation(position=2)
    app = SessionDemoApp(conversation)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        assert screen.position == 2
        assert conversation.saved == []
        await pilot.press("right")
        assert conversation.saved == [3]
        await pilot.press("right")  # already at the end: nothing to save
        await pilot.press("home")
        assert conversation.saved == [3, 0]
        assert conversation.session.demo_position == 0


async def test_demo_command_opens_the_bundled_demo_and_keeps_its_place(tmp_path: Path) -> None:
    from conversation.store import SessionStore
    from tests.app_helpers import SIZE, practise_app

    sessions = tmp_path / "s"
    app = practise_app(sessions, mode=Mode.DEMONSTRATE)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        assert screen.turns  # the default script has a model conversation
        assert screen.conversation is not None
        session_id = screen.conversation.session.id
        await pilot.press("right", "right", "right")
    assert SessionStore(sessions).load(session_id).demo_position == 3

    resumed = practise_app(sessions, mode=Mode.DEMONSTRATE, resume_id=session_id)
    async with resumed.run_test(size=SIZE):
        screen = resumed.screen
        assert isinstance(screen, DemoScreen)
        assert screen.position == 3


def test_demo_with_a_trap_version_shown(snap_compare: object, tmp_path: Path) -> None:
    import secrets

    from textual.pilot import Pilot

    from tests.app_helpers import SIZE, practise_app

    async def show_trap(pilot: Pilot[None]) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, DemoScreen)
        first_trap = next(i for i, turn in enumerate(screen.turns) if i and turn.trap_text)
        screen.position = first_trap
        await pilot.press("t")
        await pilot.pause()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(secrets, "token_hex", lambda _n: "ab12")
        app = practise_app(tmp_path / "s", mode=Mode.DEMONSTRATE)
        assert snap_compare(app, terminal_size=SIZE, run_before=show_trap)  # type: ignore[operator]


async def test_palette_offers_the_moves_that_make_sense() -> None:
    app = DemoApp(demo_script())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        titles = [command.title for command in screen.palette_commands()]
        assert titles == ["Next line", "Last line", "Leave the demonstration"]
        await pilot.press("right", "right")
        commands = {command.title: command for command in screen.palette_commands()}
        assert "Show the trap version" in commands
        assert "Previous line" in commands and "Next line" in commands
        commands["Show the trap version"].callback()
        assert screen.trap_shown


async def test_a_demo_session_reports_the_stage_and_time_it_reached(tmp_path: Path) -> None:
    from conversation.report import session_report
    from conversation.store import SessionStore
    from tests.app_helpers import SIZE, SteppingClock, practise_app

    sessions = tmp_path / "s"
    app = practise_app(sessions, clock=SteppingClock(step=10), mode=Mode.DEMONSTRATE)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        session_id = screen.conversation.session.id  # type: ignore[union-attr]
        into_four = next(
            i for i, turn in enumerate(screen.turns) if turn.stage is Stage.INFORM
        )
        for _ in range(into_four + 1):
            await pilot.press("right")
        await pilot.press("q")
        await pilot.pause()
    saved = SessionStore(sessions).load(session_id)
    assert saved.stage is Stage.INFORM
    assert saved.demo_position == into_four + 1
    for stage in (Stage.OPEN, Stage.LISTEN, Stage.EXPLORE, Stage.INFORM):
        assert saved.stage_seconds.get(stage, 0) > 0, stage
    assert saved.stage_seconds.get(Stage.SUMMARY, 0) == 0
    assert "Stage reached:** 4." in session_report(saved)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_turn_on_show_and_the_whole_trap_version_can_be_seen(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from textual.containers import VerticalScroll

    from tests.app_helpers import practise_app

    app = practise_app(tmp_path / "s", mode=Mode.DEMONSTRATE)
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, DemoScreen)
        box = screen.query_one("#demo-transcript", VerticalScroll)
        now = screen.query_one("#demo-current", Static)
        trapped = [i for i, turn in enumerate(screen.turns) if turn.trap_text]
        for position in (0, trapped[2], len(screen.turns) - 1):
            screen.position = position
            await pilot.pause()
            await pilot.pause()
            speaker = speaker_name(screen.script, screen.turns[position].speaker)
            assert text_of(screen, "#demo-current").startswith(f"\u25b6 {speaker}: ")
            top = now.region.y  # the first line of the turn, with who is speaking, is in view
            assert box.content_region.y <= top < box.content_region.bottom
        screen.position = trapped[2]
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        lower = screen.query_one("#demo-lower", VerticalScroll)
        trap = screen.query_one("#demo-trap", Static)
        assert lower.region.contains_point(trap.region.offset)  # the trap version is shown
        for _ in range(lower.max_scroll_y):
            await pilot.press("down")
        await pilot.pause()
        assert lower.scroll_y == lower.max_scroll_y
        assert trap.region.bottom <= lower.region.bottom  # down to the reaction
        assert "reacts:" in text_of(screen, "#demo-trap")
        assert box.content_region.y <= now.region.y < box.content_region.bottom
