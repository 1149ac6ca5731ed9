"""Demonstrate mode: step through a script's model conversation in front of a room.

The screen shows the conversation so far, the current line's note on why it works, where the
line sits among the five stages, and, at lines that have a trap version, what the trap would
have sounded like, the warning the analyser gives for it, and how the person reacts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from conversation.analysis import Context, analyse
from conversation.errors import ConversationError
from conversation.model import Speaker, Stage
from conversation.screens.base import AppScreen
from conversation.script import DemoTurn, Script
from conversation.widgets.footer import AppFooter

if TYPE_CHECKING:
    from conversation.conduct import Conversation


def speaker_name(script: Script, speaker: Speaker) -> str:
    """How a speaker is named in the transcript."""
    if speaker is Speaker.PERSON:
        return script.person.name
    if speaker is Speaker.PRACTITIONER:
        return "Practitioner"
    return "Note"


def highlight(text: str, evidence: str, style: str = "bold reverse $warning") -> Content:
    """The text with the first occurrence of ``evidence`` (any case) picked out."""
    start = text.lower().find(evidence.lower()) if evidence else -1
    if start < 0:
        return Content(text)
    end = start + len(evidence)
    return Content.assemble(text[:start], (text[start:end], style), text[end:])


def transcript(script: Script, turns: tuple[DemoTurn, ...], current: int) -> Content:
    """The conversation before the current turn."""
    parts: list[str | tuple[str, str]] = []
    for index, turn in enumerate(turns[:current]):
        if index:
            parts.append("\n\n")
        parts.append((f"{speaker_name(script, turn.speaker)}: ", "bold"))
        parts.append(turn.text)
    return Content.assemble(*parts)


def demo_context(script: Script, turn: DemoTurn) -> Context:
    """What the demo conversation knows when ``turn`` is said: its stage and the person's
    lines before it, so a better line speaks of what the person has said."""
    before = script.demo[: script.demo.index(turn)] if turn in script.demo else ()
    said = tuple(line.text for line in before if line.speaker is Speaker.PERSON)
    return Context.of(turn.stage, (), said)

def current_turn(script: Script, turn: DemoTurn) -> Content:
    """The turn on show, emphasised, with who is speaking."""
    return Content.assemble(
        ("\u25b6 ", "bold $accent"),
        (f"{speaker_name(script, turn.speaker)}: ", "bold $accent"),
        (turn.text, "bold"),
    )


def trap_panel(script: Script, turn: DemoTurn) -> Content:
    """The trap version of a line, its live warnings, and the person's reaction."""
    trap_text = turn.trap_text or ""
    result = analyse(trap_text, context=demo_context(script, turn))
    title = turn.trap.title if turn.trap is not None else "Trap"
    parts: list[str | tuple[str, str] | Content] = [
        (f"The trap version: {title}\n\n", "bold $error"),
    ]
    # The trap the line is there to show comes first; any other the check sees follows.
    warnings = sorted(result.warnings, key=lambda warning: warning.trap is not turn.trap)
    evidence = warnings[0].evidence if warnings else ""
    parts.append(Content.assemble(("Practitioner: ", "bold"), highlight(trap_text, evidence)))
    parts.append("\n\n")
    if warnings:
        for warning in warnings:
            parts.append((f"Warning: {warning.trap.title}", "bold $warning"))
            parts.append("  triggered by ")
            parts.append((f"\u201c{warning.evidence}\u201d", "bold $warning"))
            parts.append(f"\n{warning.message}\n")
            parts.append(("Better: ", "bold $success"))
            parts.append(f"{warning.suggestion}\n\n")
    else:
        parts.append(("The live check does not flag this line; ", "italic"))
        if turn.trap is not None:
            parts.append((f"the script marks it as the {title} trap: ", "italic"))
            parts.append(f"{turn.trap.explanation}\n\n")
        else:
            parts.append("\n\n")
    if turn.trap_reaction:
        parts.append((f"{script.person.name} reacts: ", "bold"))
        parts.append(turn.trap_reaction)
    return Content.assemble(*parts)


class DemoScreen(AppScreen):
    """Step forward and back through the model conversation, with notes and trap versions."""

    DEFAULT_CSS = """
    DemoScreen {
        background: $background;
        color: $foreground;
    }
    DemoScreen #demo-heading {
        height: auto;
        padding: 1 2 0 2;
        text-style: bold;
    }
    DemoScreen #demo-stages {
        height: auto;
        padding: 1 2;
    }
    DemoScreen .demo-stage {
        width: 1fr;
        height: auto;
        content-align: center middle;
        color: $text-muted;
        background: $panel;
        margin-right: 1;
    }
    DemoScreen .demo-stage.-current {
        color: $text;
        background: $accent;
        text-style: bold;
    }
    DemoScreen #demo-transcript {
        height: 1fr;
        min-height: 5;
        padding: 0 3;
        border: round $primary;
        margin: 0 2;
    }
    DemoScreen #demo-lines { height: auto; }
    DemoScreen #demo-lines.-empty { display: none; }
    DemoScreen #demo-current { height: auto; margin-top: 1; }
    DemoScreen #demo-current.-first { margin-top: 0; }
    DemoScreen #demo-lower {
        height: auto;
        max-height: 60%;
        scrollbar-gutter: stable;
        margin: 1 2 0 2;
    }
    DemoScreen #demo-panels { height: auto; layout: horizontal; }
    DemoScreen.-narrow #demo-heading { padding: 0 1; }
    DemoScreen.-narrow #demo-stages { padding: 0 1; }
    DemoScreen.-narrow #demo-transcript { margin: 0 1; padding: 0 1; min-height: 4; }
    DemoScreen.-narrow #demo-lower { margin: 0 1; max-height: 50%; }
    DemoScreen.-narrow #demo-panels { layout: vertical; }
    DemoScreen.-narrow #demo-note, DemoScreen.-narrow #demo-trap { padding: 0 1; }
    DemoScreen.-narrow #demo-trap { margin-left: 0; }
    DemoScreen #demo-note, DemoScreen #demo-trap {
        width: 1fr;
        height: auto;
        padding: 1 2;
        border: round $secondary;
    }
    DemoScreen #demo-trap {
        border: round $error;
        margin-left: 2;
        display: none;
    }
    DemoScreen.-trap-shown #demo-trap {
        display: block;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,space,n", "next", "Next"),
        Binding("left,p", "previous", "Back"),
        Binding("t", "toggle_trap", "Trap version"),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("down", "scroll_notes(1)", "Scroll"),
        Binding("up", "scroll_notes(-1)", "Scroll notes up", show=False),
        Binding("pagedown", "scroll_notes(10)", "Page notes", show=False),
        Binding("pageup", "scroll_notes(-10)", "Page notes up", show=False),
        Binding("q,escape", "leave", "Leave"),
    ]

    position: reactive[int] = reactive(0, init=False)
    """Index of the current turn in the script's demo conversation."""
    trap_shown: reactive[bool] = reactive(False, init=False)
    """True while the trap version of the current turn is on screen."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual's type)
    """Below 100 columns the note and the trap version are stacked, in a panel that scrolls
    with the up and down keys."""

    def __init__(
        self,
        script: Script,
        conversation: Conversation | None = None,
        position: int | None = None,
    ) -> None:
        """Show ``script``'s demo conversation from turn ``position``.

        With a ``conversation`` (a demonstrate-mode session) the screen starts where the
        session stopped and saves the position at every step, so a resume carries on there.
        """
        super().__init__()
        self.script = script
        self.conversation = conversation
        self.turns: tuple[DemoTurn, ...] = tuple(script.demo)
        self._drawn = False
        if position is None:
            position = conversation.session.demo_position if conversation is not None else 0
        self.set_reactive(DemoScreen.position, self._clamp(position))

    def compose(self) -> ComposeResult:
        """Heading, stage bar, transcript, then the note and the trap version side by side."""
        yield Static(id="demo-heading")
        with Horizontal(id="demo-stages"):
            for stage in Stage:
                yield Static(
                    f"{stage.number} {stage.title}",
                    id=f"demo-stage-{stage.value}",
                    classes="demo-stage",
                )
        with VerticalScroll(id="demo-transcript", can_focus=False):
            yield Static(id="demo-lines")
            yield Static(id="demo-current")
        with VerticalScroll(id="demo-lower", can_focus=False), Container(id="demo-panels"):
            yield Static(id="demo-note")
            yield Static(id="demo-trap")
        yield AppFooter()

    def on_mount(self) -> None:
        """Draw the starting turn."""
        self._drawn = True
        self._refresh_turn()

    @property
    def current(self) -> DemoTurn | None:
        """The turn on screen, or None when the script has no demo conversation."""
        return self.turns[self.position] if self.turns else None

    def _clamp(self, position: int) -> int:
        return max(0, min(position, len(self.turns) - 1)) if self.turns else 0

    def validate_position(self, position: int) -> int:
        """Keep the position inside the conversation."""
        return self._clamp(position)

    def watch_position(self, position: int) -> None:
        """A new turn hides any trap version, redraws, and keeps the place in the session."""
        self.trap_shown = False
        self._refresh_turn()
        self._save_position(position)

    def _save_position(self, position: int) -> None:
        """Keep the place, and the stage of the line on show as the session's stage, so the
        session reports the stage reached and the time spent in each."""
        conversation = self.conversation
        if conversation is None:
            return
        turn = self.current
        stage = turn.stage if turn is not None else conversation.session.stage
        if conversation.session.demo_position == position and stage is conversation.session.stage:
            return
        conversation.session.demo_position = position
        try:
            if stage is conversation.session.stage:
                conversation.save()
            else:
                conversation.set_stage(stage)  # adds up the time in the stage left, and saves
        except (ConversationError, OSError) as error:
            self.notify(f"Could not save the place: {error}", severity="error")

    def watch_trap_shown(self, shown: bool) -> None:
        """Show or hide the trap version beside the model line."""
        self.set_class(shown, "-trap-shown")
        if self._drawn:
            self._refresh_note()
        self._refresh_trap()
        if self._drawn:
            self.call_after_refresh(self._scroll_to_trap if shown else self._show_current)

    def _scroll_to_trap(self) -> None:
        """Bring the trap version into view (below the note when they are stacked)."""
        lower = self.query_one("#demo-lower", VerticalScroll)
        lower.scroll_to_widget(self.query_one("#demo-trap", Static), top=True, animate=False)
        self._show_current()  # the panel grew: keep the turn on show in view above it

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only the moves that make sense at this turn (scrolling only when the note
        and trap version are taller than their panel)."""
        if action == "scroll_notes":
            if not self.is_mounted:
                return True
            return self.query_one("#demo-lower", VerticalScroll).max_scroll_y > 0
        if action in ("next", "last"):
            return self.position < len(self.turns) - 1
        if action in ("previous", "first"):
            return self.position > 0
        if action == "toggle_trap":
            turn = self.current
            return turn is not None and bool(turn.trap_text)
        return True

    def action_next(self) -> None:
        """Move to the next turn."""
        self.position += 1

    def action_previous(self) -> None:
        """Move back one turn."""
        self.position -= 1

    def action_first(self) -> None:
        """Go back to the opening turn."""
        self.position = 0

    def action_last(self) -> None:
        """Jump to the final turn."""
        self.position = len(self.turns) - 1

    def action_toggle_trap(self) -> None:
        """Show or hide the trap version of the current line."""
        turn = self.current
        if turn is not None and turn.trap_text:
            self.trap_shown = not self.trap_shown

    def action_leave(self) -> None:
        """Close the demonstration (saved, with the time in the last stage) and return to
        where it was opened from."""
        if self.conversation is not None:
            try:
                self.conversation.save()
            except (ConversationError, OSError) as error:
                self.notify(f"Could not save the place: {error}", severity="error")
        self.dismiss(None)

    def palette_commands(self) -> Iterator[SystemCommand]:
        """The moves that make sense at this turn, for the command palette."""
        if self.check_action("next", ()):
            yield SystemCommand(
                "Next line", "Show the next line of the conversation", self.action_next
            )
            yield SystemCommand(
                "Last line", "Jump to the end of the conversation", self.action_last
            )
        if self.check_action("previous", ()):
            yield SystemCommand("Previous line", "Go back one line", self.action_previous)
            yield SystemCommand("First line", "Go back to the opening line", self.action_first)
        if self.check_action("toggle_trap", ()):
            title = "Hide the trap version" if self.trap_shown else "Show the trap version"
            yield SystemCommand(
                title,
                "What this line sounds like as a trap, and the reaction",
                self.action_toggle_trap,
            )
        yield SystemCommand("Leave the demonstration", "Back to the home screen", self.action_leave)

    def _refresh_turn(self) -> None:
        if not self._drawn:
            return
        heading = self.query_one("#demo-heading", Static)
        lines = self.query_one("#demo-lines", Static)
        note = self.query_one("#demo-note", Static)
        turn = self.current
        title = f"{self.script.meta.title} \u2014 a conversation with {self.script.person.name}"
        if turn is None:
            heading.update(title)
            self._show_stage(None)
            lines.update("This script has no demonstration conversation.")
            self.query_one("#demo-current", Static).update("")
            note.update("")
            self._refresh_trap()
            self.refresh_bindings()
            return
        heading.update(
            Content.assemble(
                (title, "bold"),
                (
                    f"\nTurn {self.position + 1} of {len(self.turns)}  \u00b7  "
                    f"Stage {turn.stage.number} of 5: {turn.stage.title}",
                    "$text-muted",
                ),
            )
        )
        self._show_stage(turn.stage)
        earlier = transcript(self.script, self.turns, self.position)
        lines.update(earlier)
        lines.set_class(not earlier.plain, "-empty")
        now = self.query_one("#demo-current", Static)
        now.update(current_turn(self.script, turn))
        now.set_class(not earlier.plain, "-first")
        self.call_after_refresh(self._show_current)
        self._refresh_note()
        self._refresh_trap()
        self.refresh_bindings()

    def _show_current(self) -> None:
        """Scroll the conversation so the turn on show is in view from its first line (who is
        speaking), with as much of what came before as fits."""
        box = self.query_one("#demo-transcript", VerticalScroll)
        now = self.query_one("#demo-current", Static)
        if now.outer_size.height > box.scrollable_content_region.height:
            box.scroll_to_widget(now, top=True, animate=False)
        else:
            box.scroll_end(animate=False)
        self.refresh_bindings()  # scrolling the notes is offered only when they overflow

    def action_scroll_notes(self, lines: int) -> None:
        """Scroll the note and the trap version (when they are taller than their panel)."""
        lower = self.query_one("#demo-lower", VerticalScroll)
        lower.scroll_relative(y=lines, animate=False)

    def _refresh_note(self) -> None:
        turn = self.current
        if turn is None:
            return
        parts: list[str | tuple[str, str]] = []
        if self.trap_shown:
            name = speaker_name(self.script, turn.speaker)
            parts.append(("The model line\n\n", "bold $success"))
            parts.append((f"{name}: ", "bold"))
            parts.append(f"{turn.text}\n\n")
        parts.append(("Why this works\n\n", "bold $secondary"))
        parts.append(turn.note or "No note for this line.")
        if turn.trap_text and not self.trap_shown:
            parts.append(("\n\nPress t to see the trap version of this line.", "italic"))
        self.query_one("#demo-note", Static).update(Content.assemble(*parts))

    def _show_stage(self, current: Stage | None) -> None:
        for stage in Stage:
            cell = self.query_one(f"#demo-stage-{stage.value}", Static)
            cell.set_class(stage is current, "-current")

    def _refresh_trap(self) -> None:
        if not self._drawn:
            return
        panel = self.query_one("#demo-trap", Static)
        turn = self.current
        if self.trap_shown and turn is not None and turn.trap_text:
            panel.update(trap_panel(self.script, turn))
        else:
            panel.update("")
