"""The dialogs of a supervision session: the question bank, agreeing an action, choosing an
earlier session to review, and the names asked before a supervision from the home screen."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from conversation.outcome_draft import read_action_row
from conversation.screens.home import TwoNamesDialog, session_option
from conversation.session import Action
from conversation.store import SessionSummary
from conversation.supervision import QUESTION_BANK


def action_line(action: Action) -> str:
    """An agreed action as the transcript shows it."""
    who = f" ({action.who})" if action.who.strip() else ""
    return f"Agreed action: {action.what}{who}, by {action.by.isoformat()}"


class QuestionBankDialog(ModalScreen[str | None]):
    """The supervision question bank by category; Enter puts the question into the line."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        """The categories as headings, their questions beneath."""
        options: list[Option] = []
        for category in QUESTION_BANK:
            options.append(Option(Text(category.title, style="bold"), disabled=True))
            for number, question in enumerate(category.questions):
                options.append(Option(f"  {question}", id=f"{category.id}:{number}"))
        with Vertical(id="bank-dialog") as dialog:
            dialog.border_title = "Question bank · Enter puts it in the line"
            yield OptionList(*options, id="bank")

    def on_mount(self) -> None:
        """Start on the first question."""
        bank = self.query_one("#bank", OptionList)
        bank.highlighted = 1
        bank.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Close with the chosen question."""
        event.stop()
        category_id, _, number = (event.option.id or "").partition(":")
        for category in QUESTION_BANK:
            if category.id == category_id:
                self.dismiss(category.questions[int(number)])
                return

    def action_cancel(self) -> None:
        """Close without a question."""
        self.dismiss(None)


class ActionDialog(ModalScreen[Action | None]):
    """Agree an action: what, who, by when, and why."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        """Four inputs, a line for problems and two buttons."""
        with Vertical(id="action-dialog") as dialog:
            dialog.border_title = "Agree an action"
            yield Label("What will be done")
            yield Input(id="action-what")
            yield Label("Who")
            yield Input(id="action-who")
            yield Label("By when (YYYY-MM-DD or DD/MM/YYYY)")
            yield Input(id="action-by")
            yield Label("Why (optional)")
            yield Input(id="action-why")
            yield Static(id="action-problem")
            with Horizontal(id="action-buttons"):
                yield Button("Save", variant="primary", id="action-save")
                yield Button("Cancel", id="action-cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the next box; Enter in the last one saves."""
        event.stop()
        order = ["action-what", "action-who", "action-by", "action-why"]
        position = order.index(event.input.id or "action-why")
        if position + 1 < len(order):
            self.query_one(f"#{order[position + 1]}", Input).focus()
        else:
            self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        event.stop()
        if event.button.id == "action-save":
            self.save()
        else:
            self.dismiss(None)

    def save(self) -> None:
        """Close with the action, or say what is missing."""
        what, who, by, why = (
            self.query_one(f"#action-{key}", Input).value for key in ("what", "who", "by", "why")
        )
        result = read_action_row(what, who, by, why, 0)
        if result.action is None:
            self.query_one("#action-problem", Static).update(
                result.problem or "Say what will be done, who and by when."
            )
            self.query_one("#action-what" if not what.strip() else "#action-by", Input).focus()
            return
        self.dismiss(result.action)

    def action_cancel(self) -> None:
        """Close without an action."""
        self.dismiss(None)


class ReviewPicker(ModalScreen[str | None]):
    """Choose one of the supervisee's earlier sessions to review alongside."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, supervisee: str, sessions: list[SessionSummary]) -> None:
        super().__init__()
        self.supervisee = supervisee
        self.sessions = sessions

    def compose(self) -> ComposeResult:
        """The sessions, newest first, or a line saying there are none."""
        whose = f"{self.supervisee}'s" if self.supervisee else "the"
        with Vertical(id="review-dialog") as dialog:
            dialog.border_title = f"Review one of {whose} practise or record sessions"
            if self.sessions:
                yield OptionList(*(session_option(s) for s in self.sessions), id="review-list")
            else:
                yield Static(
                    f"No practise or record sessions by {self.supervisee or 'anyone'} here yet.",
                    id="review-none",
                )

    def on_mount(self) -> None:
        """Start on the newest session."""
        if self.sessions:
            listing = self.query_one("#review-list", OptionList)
            listing.highlighted = 0
            listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Close with the chosen session's id."""
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without a session."""
        self.dismiss(None)


class SuperviseDialog(TwoNamesDialog):
    """Asks the supervisor's and the supervisee's names before a supervision session."""

    TITLE_TEXT = "Supervision session"
    FIRST = ("Your name (the supervisor)", "supervisor-name", "optional")
    SECOND = ("The supervisee's name (their earlier sessions can be reviewed)",
              "supervisee-name", "as in their sessions")
    START_ID = "supervise-start"
    CANCEL_ID = "supervise-cancel"
