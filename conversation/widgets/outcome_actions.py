"""The action plan of one outcome: rows of what, who, by when and why, added and removed.

Each row keeps exactly what was typed. A row with a 'what' and a real date is saved as an
Action; any other row with something in it is kept as typed (an UnfinishedAction) with a
message under it saying what is expected, so nothing is lost while a date is being corrected.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Static

from conversation.outcome_draft import ActionRowText, action_rows, read_action_row
from conversation.session import DraftOutcome
from conversation.widgets.exact_text import ExactInput

FIELDS = ("what", "who", "by", "why")
"""The inputs of a row, in order."""

PLACEHOLDERS = {
    "what": "What will happen",
    "who": "Who will do it",
    "by": "By when",
    "why": "Why (what it makes possible)",
}
"""Each input's hint, short enough to show whole in the narrowest layout (80 columns); the
date formats are in the line above the rows."""


ROW_HINT = (
    "Each action: what will happen, who will do it, by when (YYYY-MM-DD or DD/MM/YYYY) and "
    "why (what it makes possible)."
)


class ActionRow(Vertical):
    """One row of the action plan, with its inline message."""

    DEFAULT_CSS = """
    ActionRow { height: auto; margin-bottom: 1; }
    ActionRow > Horizontal { height: auto; }
    ActionRow Input { width: 1fr; }
    ActionRow .action-what { width: 2fr; }
    ActionRow .action-by { width: 22; }
    ActionRow Button { min-width: 5; width: 5; }
    ActionRow .action-problem { color: $error; padding: 0 1; height: auto; }
    ActionRow .action-problem.-empty { display: none; }
    """

    def __init__(self, row: ActionRowText) -> None:
        super().__init__()
        self.row = row
        self.inputs = {
            name: ExactInput(
                getattr(row, name),
                placeholder=PLACEHOLDERS[name],
                classes=f"action-{name}",
                select_on_focus=False,
            )
            for name in FIELDS
        }
        self.message = Static("", classes="action-problem -empty")

    def compose(self) -> ComposeResult:
        """What and who on one line; by when, why and a remove button on the next (so every
        hint shows whole, even at 80 columns); the message below."""
        with Horizontal():
            yield self.inputs["what"]
            yield self.inputs["who"]
        with Horizontal():
            yield self.inputs["by"]
            yield self.inputs["why"]
            yield Button("✕", classes="action-remove", tooltip="Remove this action")
        yield self.message

    def value(self, name: str) -> str:
        """The text typed in one of the row's inputs."""
        return self.inputs[name].value

    def texts(self) -> ActionRowText:
        """The row as typed."""
        return ActionRowText(*(self.value(name) for name in FIELDS))

    @property
    def problem(self) -> str:
        """The message shown under the row ('' when none)."""
        return str(self.message.content)

    def show_problem(self, message: str) -> None:
        """Show (or clear, with '') the message under the row."""
        self.message.update(Content(message))
        self.message.set_class(not message, "-empty")


class ActionPlan(Vertical):
    """Every action-plan row of one outcome; keeps ``outcome.actions`` up to date as typed."""

    DEFAULT_CSS = """
    ActionPlan { height: auto; }
    ActionPlan #action-rows { height: auto; max-height: 24; }
    ActionPlan #action-add { margin-top: 1; }
    ActionPlan .action-hint { color: $text-muted; margin-bottom: 1; }
    """

    @dataclass
    class Changed(Message):
        """The outcome's action plan changed (a row typed in, added or removed)."""

        outcome: DraftOutcome

    def __init__(self, outcome: DraftOutcome, id: str | None = None) -> None:
        super().__init__(id=id)
        self.outcome = outcome
        # An empty plan starts with one empty row, ready to type in: the cursor can go
        # straight into it, so keys typed on arrival at the step are not lost.
        rows = action_rows(outcome) or [ActionRowText()]
        self._rows = [ActionRow(row) for row in rows]

    def compose(self) -> ComposeResult:
        """How to fill a row, the rows, then the button that adds one."""
        yield Static(ROW_HINT, classes="action-hint")
        with VerticalScroll(id="action-rows"):
            yield from self._rows
        yield Button("Add an action (ctrl+l)", id="action-add")

    @property
    def rows(self) -> list[ActionRow]:
        """The rows, top to bottom."""
        return list(self._rows)

    def add_row(self) -> None:
        """Add an empty row at the end and put the cursor in it."""
        row = ActionRow(ActionRowText())
        self._rows.append(row)
        self.query_one("#action-rows", VerticalScroll).mount(row)
        self.call_after_refresh(row.inputs["what"].focus)

    async def remove_row(self, row: ActionRow) -> None:
        """Remove a row and keep the plan up to date."""
        if row in self._rows:
            self._rows.remove(row)
        await row.remove()
        self.collect(show=False)

    def remove_focused_row(self) -> bool:
        """Remove the row holding the focus; False when the focus is not in a row."""
        focused = self.screen.focused
        for row in self.rows:
            if focused is not None and row in focused.ancestors_with_self:
                self.run_worker(self.remove_row(row), exclusive=False)
                return True
        return False

    def collect(self, show: bool, only: ActionRow | None = None, post: bool = True) -> None:
        """Read every row into the outcome's actions (finished) and unfinished rows; with
        ``show``, show each row's message (only ``only``'s when given; a row now fine always
        loses its message)."""
        actions = []
        unfinished = []
        for index, row in enumerate(self.rows):
            typed = row.texts()
            result = read_action_row(typed.what, typed.who, typed.by, typed.why, index)
            if result.action is not None:
                actions.append(result.action)
            if result.unfinished is not None:
                unfinished.append(result.unfinished)
            if not row.is_mounted:
                continue
            if not result.problem:
                row.show_problem("")
            elif show and (only is None or row is only):
                row.show_problem(result.problem)
        if actions != self.outcome.actions or unfinished != self.outcome.unfinished_actions:
            self.outcome.actions = actions
            self.outcome.unfinished_actions = unfinished
            if post:
                self.post_message(self.Changed(self.outcome))

    def _row_of(self, widget: object) -> ActionRow | None:
        for row in self.rows:
            if isinstance(widget, Input | Button) and row in widget.ancestors:
                return row
        return None

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        row = self._row_of(event.input)
        # A message already shown is updated as the row is corrected.
        self.collect(show=row is not None and bool(row.problem), only=row)

    @on(Input.Blurred)
    def _left_field(self, event: Input.Blurred) -> None:
        self.collect(show=True, only=self._row_of(event.input))

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self.collect(show=True, only=self._row_of(event.input))

    @on(Button.Pressed)
    async def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "action-add":
            self.add_row()
            return
        row = self._row_of(event.button)
        if row is not None:
            await self.remove_row(row)
