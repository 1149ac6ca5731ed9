"""Pilot tests of the home screen: modes, scripts and recent sessions to resume."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Input, OptionList

from conversation.app import make_app
from conversation.model import Mode, Speaker
from conversation.screens.conversation import ConversationScreen
from conversation.screens.home import HomeScreen, ReportScreen
from conversation.widgets.mode_card import ModeCard
from tests.app_helpers import SIZE, START, SteppingClock, practise_app, settle

START_LATER = START + timedelta(hours=1)


async def test_home_shows_the_four_modes_and_the_scripts(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HomeScreen)
        labels = [card.title for card in screen.query(ModeCard)]
        assert labels == ["Demonstrate", "Practise", "Record", "Supervise"]
        scripts = screen.query_one("#scripts", OptionList)
        assert scripts.option_count >= 1
        assert "stroke-at-home" in [script.meta.id for script in screen.scripts]


async def test_practise_from_home_then_resume_from_the_list(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = make_app(sessions_dir=sessions, clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        conversation_screen = app.screen
        assert isinstance(conversation_screen, ConversationScreen)
        assert conversation_screen.conversation.session.mode is Mode.PRACTISE
        session_id = conversation_screen.conversation.session.id
        conversation_screen.query_one("#line").value = "Tell me about your garden."  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+f")  # finish: feedback (or a note), then back home
        await pilot.pause()
        while not isinstance(app.screen, HomeScreen):
            await pilot.press("escape")
            await pilot.pause()
        home = app.screen
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [summary.id for summary in home.sessions] == [session_id]
        home.query_one("#sessions", OptionList).focus()
        home.query_one("#sessions", OptionList).highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        resumed = app.screen
        assert isinstance(resumed, ConversationScreen)
        said = [
            t.text for t in resumed.conversation.session.turns if t.speaker is Speaker.PRACTITIONER
        ]
        assert said == ["Tell me about your garden."]


async def test_an_open_session_cannot_be_resumed_twice(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    first = practise_app(sessions)
    async with first.run_test(size=SIZE):
        assert isinstance(first.screen, ConversationScreen)
        session_id = first.screen.conversation.session.id
        second = make_app(sessions_dir=sessions)
        messages: list[str] = []
        async with second.run_test(size=SIZE) as pilot:
            second.notify = lambda message, **kw: messages.append(message)  # type: ignore[method-assign]
            home = second.screen
            assert isinstance(home, HomeScreen)
            from conversation.messages import ResumeRequested

            home.post_message(ResumeRequested(session_id))
            await pilot.pause()
            assert isinstance(second.screen, HomeScreen)
            assert any("already open" in message for message in messages)


async def test_report_of_a_saved_session_opens_over_home(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    first = practise_app(sessions)
    async with first.run_test(size=SIZE) as pilot:
        assert isinstance(first.screen, ConversationScreen)
        session_id = first.screen.conversation.session.id
        first.screen.query_one("#line", Input).value = "Tell me about your garden."
        await pilot.press("enter")
        await pilot.pause()
    app = make_app(sessions_dir=sessions)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one("#sessions", OptionList).highlighted = 0
        await pilot.press("ctrl+t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen)
        assert report.session_id == session_id
        assert "Tell me about your garden" in report.markdown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_conversation_opened_directly_ends_on_the_home_screen(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ConversationScreen)
        await pilot.press("ctrl+f")
        await pilot.pause()
        while not isinstance(app.screen, HomeScreen):
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_record_from_home_asks_for_a_pseudonym(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#practitioner-name", Input).value = "Siôn"
        await pilot.press("enter")
        app.screen.query_one("#pseudonym", Input).value = "Mrs B"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        session = screen.conversation.session
        assert (session.mode, session.practitioner, session.person) == (
            Mode.RECORD,
            "Siôn",
            "Mrs B",
        )


async def test_demonstrate_from_home_opens_the_demo(tmp_path: Path) -> None:
    from conversation.screens.demo import DemoScreen

    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DemoScreen)


async def test_home_palette_offers_each_script(tmp_path: Path) -> None:
    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        commands = {command.title: command for command in app.get_system_commands(home)}
        title = f"Practise: {home.scripts[0].meta.title}"
        assert {"Demonstrate", "Practise", "Record", "Resume session", title} <= set(commands)
        commands[title].callback()
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)


async def test_an_empty_pseudonym_is_the_person_from_home_and_from_the_command_line(
    tmp_path: Path,
) -> None:
    from conversation.model import DEFAULT_PSEUDONYM

    app = make_app(sessions_dir=tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#pseudonym", Input).value = "   "
        await pilot.press("enter", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.conversation.session.person == DEFAULT_PSEUDONYM
    cli_app = practise_app(tmp_path / "t", mode=Mode.RECORD, practitioner="Sam")
    async with cli_app.run_test(size=SIZE):
        screen = cli_app.screen
        assert isinstance(screen, ConversationScreen)
        assert screen.conversation.session.person == DEFAULT_PSEUDONYM


def saved_sessions(sessions: Path) -> tuple[str, str]:
    """Two saved practise sessions: one with a line said (newest), one where nothing happened."""
    from conversation.conduct import Conversation
    from conversation.script_loader import load_bundled
    from conversation.store import SessionStore

    store = SessionStore(sessions)
    script = load_bundled()
    spoken = Conversation.start(
        mode=Mode.RECORD, script=script, practitioner="Sam", person="Mrs A", store=store,
        clock=SteppingClock(step=1),
    )
    spoken.say("Tell me about your garden.")
    empty = Conversation.start(
        mode=Mode.RECORD, script=script, practitioner="Sam", person="Mrs B", store=store,
        clock=SteppingClock(step=1, start=START_LATER),
    )
    return spoken.session.id, empty.session.id


async def test_tab_into_recent_sessions_highlights_the_first_so_enter_resumes(
    tmp_path: Path,
) -> None:
    sessions = tmp_path / "s"
    spoken, _empty = saved_sessions(sessions)
    app = make_app(sessions_dir=sessions)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        await settle(pilot, lambda: bool(home.sessions))
        await pilot.press("tab")
        listing = home.query_one("#sessions", OptionList)
        assert app.focused is listing
        assert listing.highlighted == 0
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ConversationScreen))
        assert app.screen.conversation.session.id == spoken  # type: ignore[attr-defined]


async def test_ctrl_t_reports_the_first_session_after_tab(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    spoken, _empty = saved_sessions(sessions)
    app = make_app(sessions_dir=sessions)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        await settle(pilot, lambda: bool(home.sessions))
        await pilot.press("tab", "ctrl+t")
        await settle(pilot, lambda: isinstance(app.screen, ReportScreen))
        assert app.screen.session_id == spoken  # type: ignore[attr-defined]


async def test_sessions_with_nothing_in_them_are_hidden_until_asked(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    spoken, empty = saved_sessions(sessions)
    app = make_app(sessions_dir=sessions)
    async with app.run_test(size=SIZE) as pilot:
        home = app.screen
        assert isinstance(home, HomeScreen)
        await settle(pilot, lambda: bool(home.sessions))
        assert [summary.id for summary in home.sessions] == [spoken]
        listing = home.query_one("#sessions", OptionList)
        assert "1 empty session hidden" in str(listing.get_option_at_index(1).prompt)
        await pilot.press("e")
        assert [summary.id for summary in home.sessions] == [empty, spoken]
        assert listing.highlighted == 1  # the highlighted session stays highlighted


async def test_a_mode_card_starts_its_mode_by_click_and_by_enter(tmp_path: Path) -> None:
    """Each mode card is a control: a click on Practise starts a practice, Enter on the
    focused Demonstrate card starts the demonstration."""
    from conversation.screens.demo import DemoScreen

    app = make_app(sessions_dir=tmp_path / "s", clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.click("#mode-practise")
        await pilot.pause()
        assert isinstance(app.screen, ConversationScreen)
        assert app.screen.conversation.session.mode is Mode.PRACTISE
    app = make_app(sessions_dir=tmp_path / "s2", clock=SteppingClock(step=1))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#mode-demonstrate", ModeCard).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DemoScreen)
