"""Pilot tests of supervise mode: the supervisor's trap warned, the supervisee's words kept
verbatim, a question put into the line from the bank, an action agreed and saved, an earlier
session of the supervisee's reviewed alongside, and the ways in (home screen, --review)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from conversation.app import StartRequest, make_app
from conversation.conduct import Conversation
from conversation.errors import ConversationError
from conversation.messages import Capture
from conversation.model import Act, Mode, Speaker, Stage, Trap
from conversation.screens.conversation import ConversationScreen
from conversation.screens.home import HomeScreen
from conversation.screens.supervise import SuperviseScreen
from conversation.screens.supervision_dialogs import (
    ActionDialog,
    QuestionBankDialog,
    ReviewPicker,
    SuperviseDialog,
)
from conversation.script_loader import load_bundled
from conversation.session import Action
from conversation.store import SessionStore
from conversation.supervision import QUESTION_BANK, SUPERVISION_SCRIPT_ID
from conversation.widgets import InputLine
from conversation.widgets.review_panel import ReviewEntry, ReviewPanel
from conversation.widgets.supervision_guide import SupervisionGuide
from conversation.widgets.transcript import TranscriptEntry
from tests.app_helpers import SIZE, SteppingClock, practise_app, settle

SUPERVISEE_WORDS = "I wrote 'aggressive' — and that's not fair on him. Ŵ ŷ 😔"


async def enter(pilot: Pilot[None], text: str) -> None:
    """Put text in the line (pilot.press drops some characters) and press Enter."""
    pilot.app.screen.query_one(InputLine).input.value = text
    await pilot.press("enter")
    await pilot.pause()


def earlier_practice(sessions: Path, practitioner: str = "Dafydd Morgan") -> str:
    """A practise session by the supervisee with one trap in it; its id."""
    conversation = Conversation.start(
        mode=Mode.PRACTISE, script=load_bundled(), practitioner=practitioner, person=None,
        store=SessionStore(sessions), clock=SteppingClock(1.0),
    )
    conversation.say("Tell me a bit about what matters to you.")
    conversation.say("You should move into a care home.")
    conversation.finish()
    return conversation.session.id


async def test_a_supervision_session_through_the_app(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    reviewed_id = earlier_practice(sessions)
    earlier_practice(sessions, practitioner="Somebody Else")
    app = practise_app(sessions, mode=Mode.SUPERVISE, practitioner="Ffion Ellis",
                       person="Dafydd Morgan")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, SuperviseScreen)
        session = screen.conversation.session
        assert session.mode is Mode.SUPERVISE and session.script_id == SUPERVISION_SCRIPT_ID
        assert session.person == "Dafydd Morgan" and session.turns == []
        assert screen.query_one(SupervisionGuide).display
        line = screen.query_one(InputLine)

        # the supervisor's trap is warned while typing, and kept with the line
        line.input.value = "What you should do next time is leave it and go back later."
        await pilot.pause()
        assert Trap.EXPERT in {warning.trap for warning in line.warnings}
        await pilot.press("enter")
        await pilot.pause()

        # the supervisee's words are kept verbatim and not analysed
        await pilot.press("ctrl+r")
        assert line.capture is Capture.PERSON
        assert "Dafydd Morgan's own words" in str(screen.query_one("#capture").render())
        await enter(pilot, SUPERVISEE_WORDS)
        assert line.warnings == []
        await pilot.press("ctrl+r")

        # a question from the bank goes into the line, labelled live, then sent
        await pilot.press("ctrl+l")
        await settle(pilot, lambda: isinstance(app.screen, QuestionBankDialog))
        await pilot.press("down", "enter")
        await settle(pilot, lambda: app.screen is screen)
        second = QUESTION_BANK[0].questions[1]
        assert line.input.value == second and line.capture is Capture.PRACTITIONER
        assert line.act is Act.OPEN_QUESTION and not line.warnings
        await pilot.press("enter")
        await pilot.pause()

        # an action is agreed with who and by when; a wrong date is explained first
        await pilot.press("ctrl+t")
        await settle(pilot, lambda: isinstance(app.screen, ActionDialog))
        dialog = app.screen
        dialog.query_one("#action-what", Input).value = "Rewrite the note in Mr Ellis's words"
        dialog.query_one("#action-who", Input).value = "Dafydd"
        dialog.query_one("#action-by", Input).value = "31/02/2026"
        dialog.query_one("#action-why", Input).value = "so his file is fair"
        await pilot.click("#action-save")
        assert app.screen is dialog
        assert "not a real date" in str(dialog.query_one("#action-problem").render())
        dialog.query_one("#action-by", Input).value = "2026-12-04"
        dialog.query_one("#action-why", Input).focus()
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen is screen)

        # an earlier session of the supervisee's opens in the side panel
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: isinstance(app.screen, ReviewPicker))
        picker = app.screen
        assert isinstance(picker, ReviewPicker)
        assert [summary.id for summary in picker.sessions] == [reviewed_id]
        await pilot.press("enter")
        panel = screen.query_one(ReviewPanel)
        await settle(pilot, lambda: panel.session_id == reviewed_id and panel.has_class("-shown"))
        texts = [str(entry.render()) for entry in panel.query(ReviewEntry)]
        assert any("Figures" in text and "Expert × 1" in text for text in texts)
        assert any("Draft outcomes" in text for text in texts)
        assert not screen.query_one(SupervisionGuide).display
        # f6 moves to the line that fell into the trap, its warning beside it
        await pilot.press("f6")
        [trapped] = panel.trap_lines
        assert trapped.has_class("-current")
        assert "You should move into a care home" in str(trapped.render())
        assert "Expert trap" in str(trapped.render()) and "Try:" in str(trapped.render())
        await pilot.press("ctrl+g")
        assert screen.query_one(SupervisionGuide).display and not panel.has_class("-shown")
        entries = [str(entry.render()) for entry in screen.query(TranscriptEntry)]
        assert any("Agreed action: Rewrite the note" in text for text in entries)
    saved = SessionStore(sessions).load(session.id)
    mine = [turn for turn in saved.turns if turn.speaker is Speaker.PRACTITIONER]
    assert Trap.EXPERT in {warning.trap for warning in mine[0].warnings}
    assert mine[1].text == second and mine[1].act is Act.OPEN_QUESTION
    supervisee = [turn for turn in saved.turns if turn.speaker is Speaker.PERSON]
    assert [(turn.text, turn.own_words) for turn in supervisee] == [(SUPERVISEE_WORDS, True)]
    [action] = saved.agreed_actions
    assert (action.what, action.who, action.by, action.why) == (
        "Rewrite the note in Mr Ellis's words", "Dafydd", date(2026, 12, 4), "so his file is fair")
    assert saved.reviewed == [reviewed_id]


async def test_review_given_on_the_command_line_opens_with_the_session(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    reviewed_id = earlier_practice(sessions)
    app = make_app(sessions_dir=sessions, clock=SteppingClock(), start=StartRequest(
        mode=Mode.SUPERVISE, practitioner="Ffion", person="dafydd morgan", review_id=reviewed_id))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, SuperviseScreen)
        panel = screen.query_one(ReviewPanel)
        await settle(pilot, lambda: panel.session_id == reviewed_id)
        assert screen.conversation.session.reviewed == [reviewed_id]
        await pilot.press("ctrl+n")
        assert screen.stage is Stage.LISTEN
        await pilot.press("ctrl+g")
        assert "Their account" in str(screen.query_one("#supervision-stage").render())


async def test_the_home_screen_starts_a_supervision(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = make_app(sessions_dir=sessions, clock=SteppingClock())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("s")
        await settle(pilot, lambda: isinstance(app.screen, SuperviseDialog))
        app.screen.query_one("#supervisor-name", Input).value = "Ffion"
        app.screen.query_one("#supervisee-name", Input).value = "Dafydd"
        await pilot.click("#supervise-start")
        await settle(pilot, lambda: isinstance(app.screen, SuperviseScreen))
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        session = screen.conversation.session
        assert (session.mode, session.practitioner, session.person) == (
            Mode.SUPERVISE, "Ffion", "Dafydd")
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: isinstance(app.screen, ReviewPicker))
        assert app.screen.query("#review-none")
        assert not app.screen.query(OptionList)


def test_new_opens_a_supervision_from_its_flags(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from conversation.cli import main
    from conversation.commands import app_modes

    opened: list[argparse.Namespace] = []
    monkeypatch.setattr(app_modes, "run_supervise", lambda args: opened.append(args) or 0)
    flags = ["new", "--mode", "supervise", "--script", SUPERVISION_SCRIPT_ID, "--name", "Ffion"]
    assert main([*flags, "--supervisee", "Dafydd Morgan"]) == 0
    [request] = opened
    assert (request.name, request.supervisee, request.script) == (
        "Ffion", "Dafydd Morgan", SUPERVISION_SCRIPT_ID)
    # with no terminal to ask in, the missing supervisee is named
    assert main(flags) == 2
    assert "--supervisee" in capsys.readouterr().err
    assert main(["new", "--mode", "practise", "--supervisee", "Dafydd"]) == 2
    assert "--supervisee is for supervise mode only" in capsys.readouterr().err
    assert main(["new", "--mode", "supervise", "--script", "stroke-at-home"]) == 2
    assert "not written for supervise mode" in capsys.readouterr().err


def test_supervise_needs_a_terminal_and_a_readable_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from conversation.cli import main

    assert main(["supervise", "--supervisee", "Dafydd", "--sessions", str(tmp_path)]) == 2
    assert "needs an interactive terminal" in capsys.readouterr().err
    try:
        make_app(sessions_dir=tmp_path, start=StartRequest(
            mode=Mode.SUPERVISE, review_id="20261123-0915-abcdef"))
    except ConversationError as error:
        assert "no session with id '20261123-0915-abcdef'" in str(error)
    else:
        raise AssertionError("an unknown review id opened a session")
    assert not list(tmp_path.glob("*.toml"))


async def test_a_supervision_resumes_with_its_review_and_actions(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    reviewed_id = earlier_practice(sessions)
    store = SessionStore(sessions)
    supervision = Conversation.start(
        mode=Mode.SUPERVISE, script=load_bundled(SUPERVISION_SCRIPT_ID), practitioner="Ffion",
        person="Dafydd Morgan", store=store, clock=SteppingClock(1.0),
    )
    supervision.record_person("It went wrong from the start.")
    supervision.note_review(reviewed_id)
    supervision.agree_action(Action("Go back to Mr Ellis with Sue", "Dafydd", date(2026, 12, 4)))
    app = make_app(sessions_dir=sessions, clock=SteppingClock(),
                   start=StartRequest(resume_id=supervision.session.id))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, SuperviseScreen)
        panel = screen.query_one(ReviewPanel)
        await settle(pilot, lambda: panel.session_id == reviewed_id)
        entries = [str(entry.render()) for entry in screen.query(TranscriptEntry)]
        assert any("Dafydd Morgan (own words): It went wrong" in text for text in entries)
        assert any("Agreed action: Go back to Mr Ellis with Sue (Dafydd), by 2026-12-04" in text
                   for text in entries)


def test_the_wizard_asks_for_the_supervisee_in_supervise_mode() -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from conversation.script_loader import list_scripts
    from conversation.wizard import Answers, WizardAnswers, ask

    with create_pipe_input() as pipe:
        # the supervision script is the only one written for supervise mode: not asked
        pipe.send_text("Ffion Ellis\r" + "  Dafydd Morgan \r")
        answers = ask(Answers(mode=Mode.SUPERVISE), list_scripts(), input=pipe,
                      output=DummyOutput())
    assert answers == WizardAnswers(
        Mode.SUPERVISE, SUPERVISION_SCRIPT_ID, "Ffion Ellis", None, "Dafydd Morgan")
