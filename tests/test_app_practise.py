"""Pilot tests of practise mode: live warnings, the scripted person, the board, stages, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from conversation.app import StartRequest, make_app
from conversation.errors import SessionLocked
from conversation.model import Act, Speaker, Stage, Trap
from conversation.screens.conversation import ConversationScreen
from conversation.store import SessionStore
from conversation.widgets import Board, InputLine, RapportMeter, StageBar, Transcript
from conversation.widgets.transcript import TranscriptEntry
from tests.app_helpers import SIZE, practise_app, settle

TRAP_LINE = "I think you should move into a care home"


def screen_of(app: object) -> ConversationScreen:
    """The conversation screen on top of the app."""
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ConversationScreen)
    return screen


def stage_of(screen: ConversationScreen) -> Stage:
    """The conversation's stage now (read afresh after each key)."""
    return screen.conversation.session.stage


async def say(pilot: Pilot[None], text: str) -> None:
    """Put a line in the input (as a paste would) and press Enter."""
    pilot.app.screen.query_one(InputLine).input.value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_opens_straight_into_a_conversation_ready_to_type(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        assert isinstance(app.focused, Input)
        assert screen.conversation.session.turns[0].speaker is Speaker.PERSON
        entries = screen.query(TranscriptEntry)
        assert any("-person" in entry.classes for entry in entries)
        await pilot.pause()


async def test_typing_a_trap_shows_its_warning_with_evidence(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*TRAP_LINE)
        await pilot.pause()
        line = app.screen.query_one(InputLine)
        assert line.input.value == TRAP_LINE
        traps = {warning.trap for warning in line.warnings}
        assert traps & {Trap.EXPERT, Trap.POWER}
        shown = " ".join(str(line.query_one("#warnings", Static).render()).split())
        for warning in line.warnings:
            assert warning.trap.title in shown
            assert " ".join(warning.evidence.split()).lower() in shown.lower()
            assert " ".join(warning.suggestion.split()) in shown
        assert not line.query_one("#warnings").has_class("-none")


async def test_a_clean_open_question_has_a_label_and_no_warning(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one(InputLine).input.value = "What matters most to you at the moment?"
        await pilot.pause()
        line = app.screen.query_one(InputLine)
        assert line.act is Act.OPEN_QUESTION
        assert line.warnings == []
        assert "Open question" in str(line.query_one("#act-label", Static).render())
        assert line.query_one("#warnings").has_class("-none")


async def test_a_good_open_question_draws_a_fact_onto_the_board(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        board = app.screen.query_one(Board)
        assert board.texts() == []
        await say(pilot, "Tell me about your garden.")
        screen = screen_of(app)
        turns = screen.conversation.session.turns
        assert turns[-1].speaker is Speaker.PERSON and "garden" in turns[-1].revealed
        garden = screen.conversation.script.fact("garden")
        assert garden.summary in board.texts()
        assert board.query_one("#board-important_to").has_class("-filled")
        shown = [str(entry.render()) for entry in screen.query(TranscriptEntry)]
        assert any(turns[-1].text in text for text in shown)
        assert app.screen.query_one(InputLine).input.value == ""


async def test_a_trap_makes_the_person_guarded(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        meter = app.screen.query_one(RapportMeter)
        before = meter.rapport
        await say(pilot, TRAP_LINE)
        screen = screen_of(app)
        assert meter.rapport < before
        assert meter.rapport == screen.conversation.session.roleplay.rapport
        said = [t for t in screen.conversation.session.turns if t.speaker is Speaker.PRACTITIONER]
        assert said[-1].warnings
        assert screen.query(TranscriptEntry).last().has_class("-person")
        # while guarded, a good question draws nothing out
        await say(pilot, "Tell me about your garden.")
        assert screen.conversation.session.board == []


async def test_stage_changes_by_key_and_palette_with_a_note_when_skipping(
    tmp_path: Path,
) -> None:
    app = practise_app(tmp_path / "s")
    notes: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        original = screen.notify

        def record(message: str, **kwargs: object) -> None:
            notes.append(message)
            original(message, **kwargs)  # type: ignore[arg-type]

        screen.notify = record  # type: ignore[method-assign]
        bar = screen.query_one(StageBar)
        assert bar.current is Stage.OPEN
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert stage_of(screen) is Stage.LISTEN
        assert bar.current is Stage.LISTEN
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert stage_of(screen) is Stage.OPEN
        commands = {command.title: command for command in app.get_system_commands(screen)}
        assert {f"Stage {s.number}: {s.title}" for s in Stage} <= set(commands)
        commands[f"Stage 5: {Stage.SUMMARY.title}"].callback()
        await pilot.pause()
        assert stage_of(screen) is Stage.SUMMARY
        assert any(Stage.EXPLORE.title in note for note in notes)
        assert Stage.EXPLORE in bar.skipped
        assert Stage.SUMMARY not in bar.skipped
        assert "Next stage" not in {c.title for c in app.get_system_commands(screen)}
        saved = SessionStore(tmp_path / "s").load(screen.conversation.session.id)
        assert saved.stage is Stage.SUMMARY


async def test_ctrl_q_quits_leaving_a_saved_session(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = practise_app(sessions)
    async with app.run_test(size=SIZE) as pilot:
        session_id = screen_of(app).conversation.session.id
        await say(pilot, "Tell me about your garden.")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    saved = SessionStore(sessions).load(session_id)
    assert [t.text for t in saved.turns if t.speaker is Speaker.PRACTITIONER] == [
        "Tell me about your garden."
    ]
    # the lock went with the app: the session can be opened again
    SessionStore(sessions).acquire(session_id).release()


async def test_resume_restores_stage_transcript_board_and_rapport(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = practise_app(sessions)
    async with app.run_test(size=SIZE) as pilot:
        await say(pilot, "Tell me about your garden.")
        await pilot.press("ctrl+n")
        await say(pilot, TRAP_LINE)
        first = screen_of(app)
        session_id = first.conversation.session.id
        shown_before = [str(e.render()) for e in first.query(TranscriptEntry)]
        board_before = first.query_one(Board).texts()
        rapport_before = first.query_one(RapportMeter).rapport
        state_before = first.conversation.session.roleplay
    resumed = make_app(sessions_dir=sessions, start=StartRequest(resume_id=session_id))
    async with resumed.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(resumed)
        assert stage_of(screen) is Stage.LISTEN
        assert screen.query_one(StageBar).current is Stage.LISTEN
        shown = [str(e.render()) for e in screen.query(TranscriptEntry)]
        assert [s for s in shown if "Stage" not in s] == [
            s for s in shown_before if "Stage" not in s
        ]
        assert screen.query_one(Board).texts() == board_before
        assert screen.query_one(RapportMeter).rapport == rapport_before
        assert screen.conversation.session.roleplay == state_before


async def test_a_session_open_elsewhere_is_refused(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = practise_app(sessions)
    async with app.run_test(size=SIZE):
        session_id = screen_of(app).conversation.session.id
        with pytest.raises(SessionLocked):
            make_app(sessions_dir=sessions, start=StartRequest(resume_id=session_id))


async def test_transcript_keeps_practitioner_and_person_apart(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await say(pilot, "What would you like to happen?")
        entries = list(app.screen.query_one(Transcript).query(TranscriptEntry))
        assert entries[-2].has_class("-practitioner")
        assert entries[-1].has_class("-person")


async def test_a_third_question_in_a_row_warns_of_question_and_answer_while_typing(
    tmp_path: Path,
) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await say(pilot, "Are you managing at home?")
        await say(pilot, "Do you go out during the day?")
        line = app.screen.query_one(InputLine)
        line.input.value = "Does anyone come to see you?"
        await pilot.pause()
        assert Trap.QUESTION_AND_ANSWER in {warning.trap for warning in line.warnings}
        assert "Question and answer" in str(line.query_one("#warnings", Static).render())
        line.input.value = "It sounds like the days are long."
        await pilot.pause()
        assert Trap.QUESTION_AND_ANSWER not in {warning.trap for warning in line.warnings}


async def test_the_scale_appears_on_the_board_with_its_reading(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await say(pilot, "On a scale of 1 to 10, how confident do you feel at the moment?")
        section = app.screen.query_one("#board-scale", Static)
        assert section.has_class("-filled")
        shown = str(section.render())
        assert "Scale 1-10" in shown and "4/10" in shown


async def test_a_long_transcript_keeps_only_recent_lines_on_screen(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        transcript = app.screen.query_one(Transcript)
        transcript.limit = 6
        for number in range(5):
            await say(pilot, f"What else matters to you, number {number}?")
        entries = transcript.entries()
        assert len(entries) == 6
        assert "number 4" in str(entries[-2].render())
        # the scene-setting line, the opening and ten new turns: twelve lines in all
        assert transcript.hidden == 12 - 6
        assert len(transcript.query(TranscriptEntry)) == 6
        earlier = transcript.query_one("#transcript-earlier", Static)
        assert earlier.has_class("-shown") and "6 earlier lines" in str(earlier.render())
        screen = screen_of(app)
        assert len(screen.conversation.session.turns) == 11


async def test_f7_and_f8_move_between_stages_too(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        await pilot.press("f8")
        await pilot.pause()
        assert stage_of(screen) is Stage.LISTEN
        await pilot.press("f7")
        await pilot.pause()
        assert stage_of(screen) is Stage.OPEN


async def test_the_newest_line_stays_in_view_while_warnings_grow(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        for text in ("Hello Eirlys, thanks for having me.",
                     "What matters most to you at the moment?"):
            await say(pilot, text)
        transcript = screen.query_one(Transcript)
        height = transcript.size.height
        screen.query_one("#line", Input).value = (
            "You need to stop being so stubborn about the stairs, it's not safe, and I think "
            "you should move into a care home."
        )
        await settle(pilot, lambda: transcript.size.height < height)
        await pilot.pause()
        assert transcript.max_scroll_y > 0  # the lines no longer all fit
        assert transcript.scroll_y == transcript.max_scroll_y


async def test_the_stage_bar_shows_every_stage_and_marks_the_current_one(tmp_path: Path) -> None:
    """The bar names the five stages with their times, and the current stage is drawn
    differently from the others (moving on moves the mark)."""
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(StageBar)
        shown = app.screen.query_one(StageBar).render()
        from rich.console import Console

        console = Console(width=120, record=True)
        console.print(shown)
        text = console.export_text()
        assert all(f"{stage.number} {stage.title}" in text for stage in Stage)
        before = bar._style(Stage.OPEN)
        assert before != bar._style(Stage.LISTEN)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert bar._style(Stage.LISTEN) == before
        assert bar._style(Stage.OPEN) != before


async def test_the_stage_bar_keeps_each_stage_name_whole_at_80_columns(tmp_path: Path) -> None:
    """On a narrow terminal each stage is named by its number and first word, never cut."""
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        from rich.console import Console

        console = Console(width=80, record=True)
        console.print(app.screen.query_one(StageBar).render())
        text = console.export_text()
        assert "…" not in text
        assert all(f"{stage.number} {stage.title.split()[0]}" in text for stage in Stage)
