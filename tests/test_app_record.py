"""Pilot tests of record mode: the person's own words verbatim, notes of fact and opinion,
warnings on the practitioner's own lines, and a pseudonym for the person."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from conversation.messages import Capture
from conversation.model import Mode, Speaker, Stage
from conversation.screens.conversation import ConversationScreen
from conversation.store import SessionStore
from conversation.widgets import GuidePanel, InputLine, RapportMeter
from conversation.widgets.transcript import TranscriptEntry
from tests.app_helpers import SIZE, practise_app

WELSH = "Dw i'n hoffi'r ardd — ŵ ŷ “sweet peas” 😊\tand a tab, £5…"


def capture_of(line: InputLine) -> Capture:
    """What the input line captures now (read afresh after each key)."""
    return line.capture


async def enter(pilot: Pilot[None], text: str) -> None:
    """Put text in the input (pilot.press drops some characters) and press Enter."""
    pilot.app.screen.query_one(InputLine).input.value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_record_mode_keeps_the_persons_words_verbatim(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = practise_app(sessions, mode=Mode.RECORD, practitioner="Siôn", person="Mrs A")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        session = screen.conversation.session
        assert session.person == "Mrs A" and session.turns == []
        assert not screen.query_one(RapportMeter).display
        line = screen.query_one(InputLine)
        await pilot.press("ctrl+r")
        assert capture_of(line) is Capture.PERSON
        await enter(pilot, WELSH)
        # the person's words are not analysed and stay in capture mode for more
        assert line.warnings == [] and capture_of(line) is Capture.PERSON
        await pilot.press("ctrl+r")
        assert capture_of(line) is Capture.PRACTITIONER
        await enter(pilot, "I think you should move into a care home")
        entries = list(screen.query(TranscriptEntry))
        assert entries[0].has_class("-own-words")
        assert "Mrs A (own words)" in str(entries[0].render())
        assert entries[1].has_class("-trap")
    saved = SessionStore(sessions).load(session.id)
    person = [turn for turn in saved.turns if turn.speaker is Speaker.PERSON]
    assert [(turn.text, turn.own_words) for turn in person] == [(WELSH, True)]
    mine = [turn for turn in saved.turns if turn.speaker is Speaker.PRACTITIONER]
    assert mine[0].warnings and saved.practitioner == "Siôn" and saved.person == "Mrs A"


async def test_record_mode_notes_are_marked_fact_or_opinion(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    app = practise_app(sessions, mode=Mode.RECORD, person="Mr B")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        line = screen.query_one(InputLine)
        await pilot.press("ctrl+o")
        assert capture_of(line) is Capture.NOTE_FACT
        await enter(pilot, "Lives alone; daughter visits on Sundays.")
        await pilot.press("ctrl+o")
        assert capture_of(line) is Capture.NOTE_OPINION
        await enter(pilot, "Seemed tired today.")
        await pilot.press("ctrl+o")
        assert capture_of(line) is Capture.PRACTITIONER
        entries = list(screen.query(TranscriptEntry))
        assert [e.has_class("-opinion") for e in entries] == [False, True]
        session_id = screen.conversation.session.id
    notes = SessionStore(sessions).load(session_id).notes
    assert [(n.text, n.is_opinion) for n in notes] == [
        ("Lives alone; daughter visits on Sundays.", False),
        ("Seemed tired today.", True),
    ]


async def test_record_only_actions_are_hidden_in_practise(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        assert app.screen.query_one(InputLine).capture is Capture.PRACTITIONER
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert "Person's words" not in titles
        assert "Finish the conversation" in titles


async def test_odd_text_and_a_long_paste_are_kept_exactly(tmp_path: Path) -> None:
    sessions = tmp_path / "s"
    odd = "bell\x07 escape\x1b[31m red \x00 nul\r\nnew line ‮reversed‬ " + "ŵ" * 100_000
    app = practise_app(sessions, mode=Mode.RECORD, person="Mrs A")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await pilot.press("ctrl+r")
        await enter(pilot, odd)
        await pilot.press("ctrl+r")
        await enter(pilot, odd)
        session_id = screen.conversation.session.id
        for entry in screen.query(TranscriptEntry):
            shown = str(entry.render())
            assert "\x1b" not in shown and "\x07" not in shown and "\x00" not in shown
            assert "␛[31m" in shown
    saved = SessionStore(sessions).load(session_id)
    assert [turn.text for turn in saved.turns] == [odd, odd]


async def test_a_pseudonym_that_looks_like_markup_is_shown_as_typed(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s", mode=Mode.RECORD, person="[/oops] Mrs [b]A")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        await enter(pilot, "[red]not red[/red]")
        shown = [str(entry.render()) for entry in app.screen.query(TranscriptEntry)]
        assert shown == ["[/oops] Mrs [b]A (own words): [red]not red[/red]"]
        assert "[/oops] Mrs [b]A" in str(app.screen.query_one("#heading").render())


async def test_record_mode_guide_keeps_to_the_general_stage_guidance(tmp_path: Path) -> None:
    app = practise_app(tmp_path / "s", mode=Mode.RECORD)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = app.screen.query_one(GuidePanel).guidance
        assert Stage.OPEN.guidance.split(":")[0] in shown
        assert "Eirlys" not in shown
