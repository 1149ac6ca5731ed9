"""The conversation screen: stage bar, transcript, guide, board, rapport and the input line.

Used for practise mode (the scripted person replies) and record mode (the practitioner
notes their own lines, the person's words verbatim, and notes of fact or opinion). The
screen orchestrates; the domain's ``Conversation`` decides and saves after every turn.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from conversation.conduct import Conversation
from conversation.errors import ConversationError
from conversation.messages import Capture, LineSubmitted
from conversation.model import Mode, Stage, TrapWarning
from conversation.screens.base import AppScreen
from conversation.session import Note, Turn
from conversation.widgets import (
    Board,
    GuidePanel,
    InputLine,
    RapportMeter,
    StageBar,
    Transcript,
)
from conversation.widgets.footer import AppFooter


class ConversationScreen(AppScreen):
    """One open conversation, in practise or record mode."""

    AUTO_FOCUS = "#line"
    """The input line has the focus from the first frame (no focus change after it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next_stage", "Next stage"),
        Binding("ctrl+b", "previous_stage", "Prev stage"),
        # F7 / F8 as well: inside tmux, ctrl+b is tmux's own key
        Binding("f7", "previous_stage", "Back a stage", show=False),
        Binding("f8", "next_stage", "Next stage", show=False),
        # Short names, and the guide only in the palette, so the footer fits at 80 columns.
        Binding("ctrl+r", "toggle_person_words", "Own words"),
        Binding("ctrl+o", "toggle_note", "Note"),
        Binding("ctrl+g", "toggle_guide", "Guide", show=False),
        Binding("ctrl+f", "finish", "Finish"),
    ]

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual's type)
    """Below 100 columns the side panels narrow and the input line is drawn flat, to leave
    room for the warnings (see app.tcss)."""

    def __init__(self, conversation: Conversation) -> None:
        super().__init__()
        self.conversation = conversation
        session = conversation.session
        self.mode = session.mode
        self.practitioner_label = (
            "You" if self.mode is Mode.PRACTISE else (session.practitioner or "Practitioner")
        )
        self.person_label = session.person or conversation.script.person.name

    @property
    def stage(self) -> Stage:
        """The stage the conversation is in."""
        return self.conversation.session.stage

    def compose(self) -> ComposeResult:
        """Stage bar on top, talk on the left, board and guide on the right, footer below."""
        script = self.conversation.script
        yield StageBar(id="stage-bar")
        with Horizontal(id="main"):
            with Vertical(id="talk"):
                yield Static(Text(self._heading()), id="heading")
                yield Transcript(self.practitioner_label, self.person_label, id="transcript")
                yield InputLine(
                    self._run_warnings, knowledge=self.conversation.context, id="input-line"
                )
            with Vertical(id="side"):
                meter = RapportMeter(id="rapport")
                meter.display = self.mode is Mode.PRACTISE
                yield meter
                board = Board(id="board")
                board.border_title = "What matters"
                board.display = self.mode is not Mode.RECORD
                yield board
                guide = GuidePanel(script, script_guidance=self.mode is Mode.PRACTISE, id="guide")
                guide.border_title = "Guide"
                yield guide
        yield AppFooter()

    def _heading(self) -> str:
        session = self.conversation.session
        script = self.conversation.script
        if self.mode is Mode.RECORD:
            return f"Recording a conversation with {self.person_label} · session {session.id}"
        return f"{script.meta.title} · session {session.id}"

    def _run_warnings(self, text: str) -> list[TrapWarning]:
        """The warnings ``text`` would get if said next, given the questions before it."""
        return list(self.conversation.analyse(text).warnings)

    def on_mount(self) -> None:
        """Show the saved state (a resumed session comes back exactly) and start the clock."""
        session = self.conversation.session
        transcript = self.query_one(Transcript)
        items: list[tuple[datetime, Turn | Note]] = [(t.time, t) for t in session.turns]
        items += [(n.time, n) for n in session.notes]
        items.sort(key=lambda pair: pair[0])
        if self.mode is Mode.PRACTISE:
            transcript.add_event(self.conversation.script.person.background)
        transcript.show_all(item for _, item in items)
        self.query_one(Board).show(session.board)
        self.query_one(RapportMeter).rapport = session.roleplay.rapport
        self._show_stage()
        self.set_interval(1.0, self._tick)

    def _tick(self) -> None:
        self.query_one(StageBar).show(
            self.stage, self.conversation.stage_seconds(), self.conversation.skipped_stages()
        )

    def _show_stage(self) -> None:
        self._tick()
        self.query_one(GuidePanel).show(self.stage)
        self.refresh_bindings()

    # --- turns ---------------------------------------------------------------------------

    def on_line_submitted(self, message: LineSubmitted) -> None:
        """Say the line (the person replies in practise mode), or record words or a note."""
        message.stop()
        transcript = self.query_one(Transcript)
        try:
            if message.capture is Capture.PRACTITIONER:
                exchange = self.conversation.say(message.text)
                transcript.add_turn(exchange.turn)
                if exchange.reply is not None:
                    transcript.add_turn(exchange.reply)
                if exchange.board_added:
                    self.query_one(Board).show(self.conversation.session.board)
                self.query_one(RapportMeter).rapport = exchange.rapport
            elif message.capture is Capture.PERSON:
                transcript.add_turn(self.conversation.record_person(message.text))
            else:
                note = self.conversation.add_note(
                    message.text, is_opinion=message.capture is Capture.NOTE_OPINION
                )
                transcript.add_note(note)
        except (ConversationError, OSError) as error:
            self.notify(
                f"Could not save that line: {error}", severity="error", timeout=10, markup=False
            )

    # --- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Record-only actions are hidden elsewhere; stage moves are greyed at the ends."""
        if action in ("toggle_person_words", "toggle_note"):
            return self.mode is Mode.RECORD
        if action == "next_stage":
            return True if self.stage.next() is not None else None
        if action == "previous_stage":
            return True if self.stage.previous() is not None else None
        return True

    def action_next_stage(self) -> None:
        """Move on to the next stage."""
        following = self.stage.next()
        if following is not None:
            self.go_to_stage(following)

    def action_previous_stage(self) -> None:
        """Go back to the previous stage."""
        before = self.stage.previous()
        if before is not None:
            self.go_to_stage(before)

    def go_to_stage(self, stage: Stage) -> None:
        """Move to a stage of the practitioner's choosing; a gentle note if one was skipped."""
        if stage is self.stage:
            return
        try:
            change = self.conversation.set_stage(stage)
        except (ConversationError, OSError) as error:
            self.notify(f"Could not save the stage change: {error}", severity="error", markup=False)
            return
        self.query_one(Transcript).add_event(f"— Stage {stage.number}: {stage.title} —")
        self._show_stage()
        if change.skipped:
            titles = [skipped.title for skipped in change.skipped]
            names = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
            self.notify(
                f"You moved past {names}. That is your choice; you can go back any time.",
                title="A stage was skipped",
                timeout=6,
            )

    def action_toggle_person_words(self) -> None:
        """Switch the input between your own line and the person's words, verbatim."""
        line = self.query_one(InputLine)
        line.capture = Capture.PRACTITIONER if line.capture is Capture.PERSON else Capture.PERSON

    def action_toggle_note(self) -> None:
        """Cycle the input through a note of fact, a note of opinion and your own line."""
        line = self.query_one(InputLine)
        following = {
            Capture.NOTE_FACT: Capture.NOTE_OPINION,
            Capture.NOTE_OPINION: Capture.PRACTITIONER,
        }
        line.capture = following.get(line.capture, Capture.NOTE_FACT)

    def action_toggle_guide(self) -> None:
        """Show or hide the guide panel."""
        guide = self.query_one(GuidePanel)
        guide.display = not guide.display

    def action_finish(self) -> None:
        """End the conversation and go to the feedback."""
        try:
            self.conversation.finish()
        except (ConversationError, OSError) as error:
            self.notify(
                f"Could not finish the conversation: {error}", severity="error", markup=False
            )
            return
        self.dismiss(None)

    def palette_commands(self) -> Iterator[SystemCommand]:
        """Every action of this screen, for the command palette."""
        if self.stage.next() is not None:
            yield SystemCommand("Next stage", "Move on to the next stage", self.action_next_stage)
        if self.stage.previous() is not None:
            yield SystemCommand(
                "Previous stage", "Go back to the previous stage", self.action_previous_stage
            )
        for stage in Stage:
            yield SystemCommand(
                f"Stage {stage.number}: {stage.title}",
                stage.purpose,
                partial(self.go_to_stage, stage),
            )
        if self.mode is Mode.RECORD:
            yield SystemCommand(
                "Person's words",
                "Switch the input to the person's own words, kept verbatim",
                self.action_toggle_person_words,
            )
            yield SystemCommand(
                "Note (fact or opinion)",
                "Switch the input to a note, marked as fact or opinion",
                self.action_toggle_note,
            )
        yield SystemCommand("Guide", "Show or hide the guide panel", self.action_toggle_guide)
        yield SystemCommand(
            "Finish the conversation", "End it and see the feedback", self.action_finish
        )
