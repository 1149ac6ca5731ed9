"""The review panel: an earlier session shown beside a supervision session: its transcript
with each warning where it happened, its figures and its draft outcomes.

``next_trap`` moves to the next line that fell into a trap, so supervisor and supervisee can
reflect on it at the moment it happened.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from conversation.analysis import feedback
from conversation.model import Speaker
from conversation.session import Session, Turn
from conversation.widgets.input_line import warning_text
from conversation.widgets.transcript import visible


def turn_text(turn: Turn, practitioner: str, person: str) -> Text:
    """One line of the reviewed session, with its warnings (evidence, why, a better way)."""
    who = {Speaker.PRACTITIONER: practitioner, Speaker.PERSON: person}.get(turn.speaker, "Note")
    text = Text()
    text.append(f"{turn.stage.number}. {who}: ", style="bold")
    text.append(visible(turn.text))
    if turn.act is not None:
        text.append(f"  ({turn.act.title})", style="italic")
    for warning in turn.warnings:
        text.append("\n")
        text.append_text(warning_text(turn.text, warning))
    return text


def figures_line(session: Session) -> Text:
    """The reviewed session's figures in a few lines."""
    result = feedback(session.turns)
    ratio = result.reflection_to_question
    text = Text("Figures\n", style="bold")
    text.append(f"Lines {result.practitioner_turns} · questions {result.questions}")
    if result.questions:
        text.append(f" ({result.open_share:.0%} open)")
    text.append(f" · reflections {result.reflections} · summaries {result.summaries}\n")
    text.append("Reflections per question: " + ("-" if ratio is None else f"{ratio:.2f}"))
    text.append(f" ({result.rq_band}; MITI guidance: fair 1, good 2)\n")
    if result.traps:
        text.append("Traps: " + ", ".join(
            f"{trap.title} × {len(lines)}" for trap, lines in result.traps.items()))
    else:
        text.append("Traps: none")
    return text


def outcomes_text(session: Session) -> Text:
    """The reviewed session's draft outcomes, with their kinds and checks."""
    text = Text("Draft outcomes", style="bold")
    if not session.outcomes:
        text.append("\nNone drafted.")
    for number, outcome in enumerate(session.outcomes, 1):
        kind = outcome.kind.value if outcome.kind else "kind not set"
        passed = sum(1 for ok in outcome.checks.values() if ok)
        text.append(f"\n{number}. {visible(outcome.text) or '(no wording yet)'}")
        text.append(f"  ({kind}; {passed} of {len(outcome.checks)} checks)", style="italic")
    return text


class ReviewEntry(Static):
    """One line of the reviewed session."""

    DEFAULT_CSS = """
    ReviewEntry { margin: 0 0 1 0; }
    ReviewEntry.-trap { border-left: thick $warning; padding: 0 0 0 1; }
    ReviewEntry.-current { background: $boost; }
    ReviewEntry.-part { color: $text; }
    """


class ReviewPanel(VerticalScroll):
    """The session under review; ``show`` fills it, hidden until then."""

    DEFAULT_CSS = """
    ReviewPanel { height: 1fr; padding: 0 1; display: none; }
    ReviewPanel.-shown { display: block; }
    ReviewPanel #review-empty { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session_id: str | None = None
        """The id of the session shown, once one is."""
        self.trap_lines: list[ReviewEntry] = []
        """The lines of the reviewed session that fell into a trap, in order."""
        self.current_trap: int | None = None
        """Which of ``trap_lines`` was last moved to."""

    def compose(self) -> ComposeResult:
        """A line saying nothing is under review yet."""
        yield Static("No session under review yet: ctrl+s picks one.", id="review-empty")

    async def show(self, session: Session) -> None:
        """Show ``session`` in the panel and reveal the panel."""
        self.session_id = session.id
        self.border_title = f"Review · {session.id}"
        practitioner = session.practitioner or "Practitioner"
        person = session.person or "Person"
        heading = Text(f"{session.mode.value} · {session.script_id} · ", style="bold")
        heading.append(f"{session.started:%Y-%m-%d %H:%M} · {practitioner} with {person}")
        if any(turn.warnings for turn in session.turns):
            heading.append("\nf6 moves to the next trap.", style="italic")
        entries = [ReviewEntry(heading, classes="-part")]
        self.trap_lines = []
        for turn in session.turns:
            entry = ReviewEntry(turn_text(turn, practitioner, person))
            if turn.warnings:
                entry.add_class("-trap")
                self.trap_lines.append(entry)
            entries.append(entry)
        entries.append(ReviewEntry(figures_line(session), classes="-part"))
        entries.append(ReviewEntry(outcomes_text(session), classes="-part"))
        self.current_trap = None
        await self.remove_children()
        await self.mount_all(entries)
        self.add_class("-shown")
        self.scroll_home(animate=False)

    def next_trap(self) -> ReviewEntry | None:
        """Move to the next line that fell into a trap (round to the first again)."""
        if not self.trap_lines:
            return None
        following = 0 if self.current_trap is None else self.current_trap + 1
        self.current_trap = following % len(self.trap_lines)
        for entry in self.trap_lines:
            entry.remove_class("-current")
        entry = self.trap_lines[self.current_trap]
        entry.add_class("-current")
        self.scroll_to_widget(entry, animate=False, top=True)
        return entry
