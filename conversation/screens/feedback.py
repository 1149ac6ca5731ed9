"""The ending of a conversation: feedback figures, the traps with their lines, time per stage,
stages skipped, and the practitioner's self-review checklist, saved with the session.

The figures come from ``conversation.analysis.feedback``; the reflection-to-question
thresholds are Motivational Interviewing guidance and are labelled as such.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import DescendantFocus
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Static

from conversation.analysis import Feedback, feedback
from conversation.checklist import CHECKLIST, ChecklistSection, items_in, ticked_count
from conversation.errors import ConversationError
from conversation.model import Act, Mode, Speaker, Stage
from conversation.person_side import RAPPORT_MAX, person_side, rapport_line, rapport_word
from conversation.screens.base import AppScreen
from conversation.script import Script
from conversation.session import Session
from conversation.widgets.footer import AppFooter
from conversation.widgets.tickbox import TickBox

if TYPE_CHECKING:
    from conversation.conduct import Conversation

OUTCOMES_MODULE = "conversation.screens.outcomes"
MITI_NOTE = (
    "Guidance only: thresholds from Motivational Interviewing coding (MITI 4.2.1), "
    "reflections to questions fair 1:1, good 2:1. A 'what matters' conversation has no target "
    "behaviour, so read them as a prompt for reflection, not a score."
)


def format_seconds(seconds: float) -> str:
    """Minutes and seconds, as m:ss (h:mm:ss past an hour)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def skipped_stages(session: Session) -> list[Stage]:
    """Stages in which the practitioner said nothing."""
    used = {turn.stage for turn in session.turns if turn.speaker is Speaker.PRACTITIONER}
    return [stage for stage in Stage if stage not in used]


def figures_text(result: Feedback) -> Content:
    """Counts per act, the open-question share, the reflection-to-question ratio, summaries."""
    parts: list[str | tuple[str, str]] = [("What you said\n\n", "bold $accent")]
    parts.append(f"{'Your lines':<22}{result.practitioner_turns:>4}\n")
    for act in Act:
        parts.append(f"{act.title:<22}{result.acts.get(act, 0):>4}\n")
    parts.append("\n")
    if result.questions:
        parts.append(("Open questions  ", "bold"))
        parts.append(f"{result.open_share:.0%} of {result.questions} questions\n")
    else:
        parts.append(("Open questions  ", "bold"))
        parts.append("no questions asked\n")
    parts.append(("Reflections to questions  ", "bold"))
    ratio = result.reflection_to_question
    if ratio is None:
        parts.append("no ratio (no questions)\n")
    else:
        parts.append(f"{ratio:.1f}:1 ({result.rq_band})\n")
    parts.append(("Summaries  ", "bold"))
    parts.append(f"{result.summaries}\n\n")
    parts.append((MITI_NOTE, "italic $text-muted"))
    return Content.assemble(*parts)


def traps_text(result: Feedback) -> Content:
    """Each trap found, how often, and the lines that triggered it with the words picked out."""
    parts: list[str | tuple[str, str] | Content] = [("Traps\n\n", "bold $accent")]
    if not result.traps:
        parts.append("No traps were found in your lines.")
        return Content.assemble(*parts)
    for trap, lines in result.traps.items():
        parts.append((f"{trap.title} \u00d7 {len(lines)}", "bold $warning"))
        parts.append((f"  ({trap.stance})\n", "$text-muted"))
        for line in lines:
            parts.append("  \u2022 ")
            parts.append(_highlight(line.text, line.evidence))
            parts.append("\n")
        parts.append("\n")
    return Content.assemble(*parts)


LINE_LIMIT = 300
"""Longest stretch of a line shown under a trap; longer lines are cut around the evidence."""


def _highlight(text: str, evidence: str) -> Content:
    """The line with its evidence picked out, cut to about LINE_LIMIT characters."""
    start = text.lower().find(evidence.lower()) if evidence else -1
    if start < 0:
        start, end = 0, 0
    else:
        end = start + len(evidence)
    window_start = max(0, min(start - LINE_LIMIT // 3, len(text) - LINE_LIMIT))
    window_end = max(end, window_start + LINE_LIMIT)
    before = ("\u2026" if window_start > 0 else "") + text[window_start:start]
    after = text[end:window_end] + ("\u2026" if window_end < len(text) else "")
    if end == 0:
        return Content(before + after)
    return Content.assemble(before, (text[start:end], "bold reverse $warning"), after)


def person_text(session: Session, script: Script) -> Content:
    """The person's side: rapport over the turns, and the facts reached of the script's total
    (record mode: how many of the person's own words were kept)."""
    parts: list[str | tuple[str, str]] = [("The person's side\n\n", "bold $accent")]
    if session.mode is Mode.RECORD:
        own = sum(1 for turn in session.turns if turn.own_words)
        parts.append(f"The person's own words recorded: {own} line{'s' if own != 1 else ''}.")
        return Content.assemble(*parts)
    side = person_side(session, script)
    parts.append(("Rapport  ", "bold"))
    if side.final is None or side.lowest is None:
        level = session.roleplay.rapport
        parts.append(f"{rapport_word(level)} at the end ({level} of {RAPPORT_MAX})\n")
    else:
        first = side.rapport[0]
        parts.append(
            f"{rapport_word(first)} ({first}) at the start, "
            f"{rapport_word(side.final)} ({side.final}) at the end"
        )
        if side.lowest < min(first, side.final):
            parts.append(f"; lowest {rapport_word(side.lowest)} ({side.lowest})")
        parts.append("\n")
        parts.append((f"{rapport_line(side.rapport)}", "bold $secondary"))
        parts.append(("  each reply, \u2581 closed down to \u2586 very open\n", "$text-muted"))
    parts.append(("Facts reached  ", "bold"))
    parts.append(f"{side.facts_reached} of {side.facts_total}")
    if side.facts_reached:
        parts.append(f", {side.facts_deepened} drawn out further\n")
    else:
        parts.append((" \u2014 nothing reached the board\n", "bold $warning"))
    if side.kinds_missed:
        parts.append(("Not reached  ", "bold"))
        parts.append(", ".join(kind.title for kind in side.kinds_missed))
    return Content.assemble(*parts)


def stages_text(session: Session) -> Content:
    """Time in each stage, and the stages where the practitioner said nothing."""
    parts: list[str | tuple[str, str]] = [("Time per stage\n\n", "bold $accent")]
    skipped = skipped_stages(session)
    for stage in Stage:
        seconds = session.stage_seconds.get(stage, 0.0)
        parts.append(f"{stage.number} {stage.title:<24}{format_seconds(seconds):>8}")
        parts.append(("   skipped\n", "bold $warning") if stage in skipped else "\n")
    parts.append("\n")
    if skipped:
        names = ", ".join(stage.title for stage in skipped)
        parts.append(("Stages skipped: ", "bold"))
        parts.append(f"{names} (you said nothing in them).")
    else:
        parts.append("You spoke in every stage.")
    return Content.assemble(*parts)


class FeedbackScreen(AppScreen):
    """Feedback at the end of a conversation, and the self-review checklist."""

    DEFAULT_CSS = """
    FeedbackScreen #feedback-heading { height: auto; padding: 1 2; text-style: bold; }
    FeedbackScreen #feedback-body { height: 1fr; }
    FeedbackScreen #feedback-columns { height: auto; }
    FeedbackScreen #feedback-figures { width: 1fr; height: auto; padding: 0 2; }
    FeedbackScreen #feedback-checklist { width: 1fr; height: auto; padding: 0 2; }
    FeedbackScreen.-narrow #feedback-heading { padding: 0 1; }
    FeedbackScreen.-narrow #feedback-columns { layout: vertical; }
    FeedbackScreen.-narrow #feedback-figures { width: 100%; padding: 0 1; }
    FeedbackScreen.-narrow #feedback-checklist { width: 100%; margin: 0 1; padding: 0 1; }
    FeedbackScreen.-narrow .feedback-section { padding: 0 1; }
    FeedbackScreen.-narrow #feedback-actions { padding: 0 1; }
    FeedbackScreen .feedback-section {
        height: auto; margin-bottom: 1; padding: 1 2; border: round $primary;
    }
    FeedbackScreen .checklist-heading { margin: 1 0 0 0; text-style: bold; color: $accent; }
    FeedbackScreen .checklist-item { height: auto; margin-top: 1; }
    FeedbackScreen .checklist-item Checkbox { width: 5; height: 1; border: none; padding: 0; }
    FeedbackScreen .checklist-item Checkbox:focus { background: $accent; }
    FeedbackScreen .checklist-text { width: 1fr; height: auto; }
    FeedbackScreen #feedback-actions { height: auto; padding: 0 2 1 2; }
    FeedbackScreen #feedback-actions Button { margin-right: 2; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "outcomes", "Outcomes"),
        Binding("q,escape", "leave", "Close"),
        Binding("pagedown", "scroll_body('page_down')", "Scroll"),
        Binding("pageup", "scroll_body('page_up')", "Scroll up", show=False),
        Binding("ctrl+home", "scroll_body('home')", "Top", show=False),
        Binding("ctrl+end", "scroll_body('end')", "Bottom", show=False),
    ]
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it without ClassVar)
        (0, "-narrow"),
        (100, "-wide"),
    ]
    """Below 100 columns the checklist goes under the figures instead of beside them."""

    def __init__(self, conversation: Conversation) -> None:
        """Feedback on ``conversation``, which has finished (or is being reviewed)."""
        super().__init__()
        self.conversation = conversation
        self.feedback: Feedback = feedback(conversation.session.turns)

    @property
    def session(self) -> Session:
        """The session under review."""
        return self.conversation.session

    def compose(self) -> ComposeResult:
        """Heading; figures, traps and stages on the left; the checklist on the right."""
        session = self.session
        title = self.conversation.script.meta.title
        if session.mode is Mode.SUPERVISE:
            title = "Supervision"  # a real session: the script's invented supervisee is not here
        yield Static(
            Content.assemble(
                ("Feedback", "bold"),
                (f"  \u2014  {title}, with {session.person or 'the person'}", "$text-muted"),
            ),
            id="feedback-heading",
        )
        with VerticalScroll(id="feedback-body"), Horizontal(id="feedback-columns"):
            with Vertical(id="feedback-figures"):
                yield Static(figures_text(self.feedback), id="figures", classes="feedback-section")
                yield Static(
                    person_text(session, self.conversation.script),
                    id="person-side",
                    classes="feedback-section",
                )
                yield Static(traps_text(self.feedback), id="traps", classes="feedback-section")
                yield Static(stages_text(session), id="stages", classes="feedback-section")
            with Vertical(id="feedback-checklist", classes="feedback-section"):
                yield Static(self._review_heading(), id="review-heading")
                for section in ChecklistSection:
                    yield Static(section.heading, classes="checklist-heading")
                    for entry in items_in(section):
                        with Horizontal(classes="checklist-item"):
                            yield TickBox(
                                "",
                                value=bool(session.checklist.get(entry.id, False)),
                                id=f"check-{entry.id}",
                                tooltip=entry.text,
                            )
                            yield Static(entry.text, classes="checklist-text")
        with Horizontal(id="feedback-actions"):
            yield Button("Outcomes", id="outcomes", variant="primary")
            yield Button("Close", id="close")
        yield AppFooter()

    def _review_heading(self) -> Content:
        ticked = ticked_count(self.session.checklist)
        return Content.assemble(
            ("Self-review", "bold $accent"),
            (f"  {ticked} of {len(CHECKLIST)} ticked\n", "$text-muted"),
            ("Tick what you did; it is saved with the session.", "$text-muted"),
        )

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Keep the tick in the session and save it."""
        checkbox_id = event.checkbox.id or ""
        item_id = checkbox_id.removeprefix("check-")
        if item_id not in {entry.id for entry in CHECKLIST}:
            return
        event.stop()
        if self.session.checklist.get(item_id, False) == event.value:
            return
        self.session.checklist[item_id] = event.value
        self.query_one("#review-heading", Static).update(self._review_heading())
        try:
            self.conversation.save()
        except (ConversationError, OSError) as error:
            self.notify(f"Could not save the checklist: {error}", severity="error")

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """Keep the focused self-review item in view, its whole text and not just its box."""
        item = event.widget.parent
        if isinstance(item, Widget) and item.has_class("checklist-item"):
            body = self.query_one("#feedback-body", VerticalScroll)
            body.scroll_to_widget(item, animate=False, top=False)

    def action_scroll_body(self, where: str) -> None:
        """Scroll the feedback by a page, or to its top or bottom, wherever the focus is."""
        body = self.query_one("#feedback-body", VerticalScroll)
        moves = {
            "page_down": body.scroll_page_down,
            "page_up": body.scroll_page_up,
            "home": body.scroll_home,
            "end": body.scroll_end,
        }
        move = moves.get(where)
        if move is not None:
            move(animate=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The buttons do what their bindings do."""
        event.stop()
        if event.button.id == "outcomes":
            self.action_outcomes()
        elif event.button.id == "close":
            self.action_leave()

    def action_outcomes(self) -> None:
        """Go on to drafting outcomes, when this release has the outcomes screen."""
        screen_class = outcomes_screen()
        if screen_class is None:
            self.notify("Drafting outcomes is not available in this release.", severity="warning")
            return
        self.app.push_screen(screen_class(self.conversation))

    def action_leave(self) -> None:
        """Close the feedback (the session is already saved)."""
        self.dismiss(None)

    def palette_commands(self) -> Iterator[SystemCommand]:
        """The screen's actions, for the command palette."""
        yield SystemCommand("Outcomes", "Draft outcomes with the person", self.action_outcomes)
        yield SystemCommand("Close the feedback", "The session is already saved", self.action_leave)


def outcomes_screen() -> Any:
    """The outcomes screen class when it is installed, else None."""
    try:
        module = importlib.import_module(OUTCOMES_MODULE)
    except ModuleNotFoundError as error:
        if error.name == OUTCOMES_MODULE:
            return None
        raise
    return getattr(module, "OutcomesScreen", None)
