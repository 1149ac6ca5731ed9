"""The outcomes screen: draft the person's outcomes one at a time, with the list on the side.

Each outcome goes through the Outcome Sequence, the Support Sequence and the action plan
(``OutcomeForm``). Edits go into ``session.outcomes`` as they are typed and are saved through
the conversation half a second after typing stops, on leaving a field, on moving to another
step or outcome, and when the screen closes (the app quitting included), so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Protocol

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import DescendantBlur
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Label, OptionList, Static
from textual.widgets.option_list import Option

from conversation.errors import ConversationError
from conversation.outcome_draft import (
    is_untouched,
    new_outcome,
    outcome_context,
    outcome_label,
    own_words_candidates,
    starting_point,
)
from conversation.screens.base import AppScreen
from conversation.script import Script
from conversation.session import DraftOutcome, Session
from conversation.widgets.footer import AppFooter
from conversation.widgets.outcome_form import OutcomeForm

SAVE_AFTER = 0.5
"""Seconds of quiet after an edit before it is saved."""
LABEL_WIDTH = 24
"""Characters of an outcome's wording shown in the list on the side."""


class Conversational(Protocol):
    """What the screen needs of a conversation: its session, its script, and saving."""

    session: Session
    script: Script

    def save(self) -> None:
        """Save the session."""


class ConfirmRemove(ModalScreen[bool]):
    """Ask before removing an outcome and everything drafted for it."""

    DEFAULT_CSS = """
    ConfirmRemove { align: center middle; }
    ConfirmRemove > Vertical {
        width: 64; height: auto; padding: 1 2; border: thick $error; background: $surface;
    }
    ConfirmRemove Horizontal { height: auto; margin-top: 1; }
    ConfirmRemove Button { margin-right: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "keep", "Keep it")]

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical():
            yield Label(Content(f"Remove outcome {self.label} and its support and action plan?"))
            with Horizontal():
                yield Button("Remove", variant="error", id="remove")
                yield Button("Keep it", variant="primary", id="keep")

    def on_mount(self) -> None:
        """Keeping is the safe default."""
        self.query_one("#keep", Button).focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "remove")

    def action_keep(self) -> None:
        """Close without removing."""
        self.dismiss(False)


class OutcomesScreen(AppScreen):
    """The person's outcomes: a list on the side and the guided form for one of them."""

    DEFAULT_CSS = """
    OutcomesScreen #outcomes-heading { height: 1; padding: 0 1; color: $text-muted; }
    OutcomesScreen #outcomes-main { height: 1fr; }
    OutcomesScreen #outcomes-side { width: 32; border: round $panel-lighten-2; }
    OutcomesScreen #outcome-list { height: 1fr; border: none; }
    OutcomesScreen #outcomes-side Button { width: 100%; margin-top: 1; }
    OutcomesScreen #outcome-holder { width: 1fr; }
    OutcomesScreen.-narrow #outcomes-side { display: none; }
    """
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual's type)
    """Below 100 columns the list of outcomes folds away (ctrl+up and ctrl+down still move
    between outcomes, and the heading says which one is on show), leaving room for the steps."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next_step", "Next step", priority=True),
        Binding("ctrl+b", "previous_step", "Prev step", priority=True),
        Binding("ctrl+o", "new_outcome", "New outcome", priority=True),
        Binding("ctrl+down", "next_outcome", "Next outcome"),
        Binding("ctrl+up", "previous_outcome", "Prev outcome"),
        # Out of the footer (so it fits at 80 columns) but in the palette and on the buttons:
        Binding("ctrl+r", "remove_outcome", "Drop outcome", priority=True, show=False),
        Binding("ctrl+l", "add_action", "Add action", priority=True, show=False),
        Binding("ctrl+g", "remove_action", "Drop action", priority=True, show=False),
        Binding("ctrl+s", "save", "Save", priority=True, show=False),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, conversation: Conversational) -> None:
        super().__init__()
        self.conversation = conversation
        session = conversation.session
        self.context = outcome_context(session)
        self.own_words = own_words_candidates(session.turns)
        reading = starting_point(session.board)
        self.starting_point = reading.text if reading is not None else ""
        self.index = 0
        self.dirty = False
        self.save_error = ""
        self._timer: Timer | None = None
        if not session.outcomes:
            session.outcomes.append(new_outcome(session))
        self._form = self._form_for(0, "matters")
        self._forms: dict[int, OutcomeForm] = {id(self.outcomes[0]): self._form}
        """Forms already built, by the identity of their outcome: going back is instant."""

    @property
    def outcomes(self) -> list[DraftOutcome]:
        """The session's draft outcomes (the screen edits them in place)."""
        return self.conversation.session.outcomes

    @property
    def form(self) -> OutcomeForm:
        """The form of the outcome on show."""
        return self._form

    def compose(self) -> ComposeResult:
        """Heading, the list of outcomes on the side, the form, the footer."""
        yield Static(self._heading(), id="outcomes-heading")
        with Horizontal(id="outcomes-main"):
            with Vertical(id="outcomes-side") as side:
                side.border_title = "Outcomes"
                yield OptionList(*self._options(), id="outcome-list")
                yield Button("New outcome (ctrl+o)", id="outcome-new")
            with Vertical(id="outcome-holder"):
                yield self._form
        yield AppFooter()

    def _heading(self) -> Content:
        """Which outcome is on show, with whom, in which session."""
        session = self.conversation.session
        who = session.person or self.conversation.script.person.name
        return Content(
            f"Outcome {self.index + 1} of {len(self.outcomes)} with {who} · {session.id}"
        )

    def on_mount(self) -> None:
        """Highlight the first outcome and put the cursor in its first field."""
        self.query_one("#outcome-list", OptionList).highlighted = self.index
        self.form.focus_step()

    def _options(self) -> list[Option]:
        return [
            Option(Content(outcome_label(o, i, LABEL_WIDTH))) for i, o in enumerate(self.outcomes)
        ]

    def _form_for(self, index: int, step: str) -> OutcomeForm:
        return OutcomeForm(
            self.outcomes[index],
            self.context,
            self.own_words,
            starting_point=self.starting_point,
            step=step,
        )

    # --- saving ----------------------------------------------------------------------------

    def on_outcome_form_edited(self, message: OutcomeForm.Edited) -> None:
        """Note the edit, refresh the outcome's label, and save once typing stops."""
        self.dirty = True
        index = next((i for i, o in enumerate(self.outcomes) if o is message.outcome), None)
        if index is not None:
            self.query_one("#outcome-list", OptionList).replace_option_prompt_at_index(
                index, Content(outcome_label(message.outcome, index, LABEL_WIDTH))
            )
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_AFTER, self.flush)

    def flush(self) -> bool:
        """Save now if anything changed since the last save; False when saving failed."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        for form in self._forms.values():
            if form.sync():
                self.dirty = True
        if not self.dirty:
            return True
        try:
            self.conversation.save()
        except (ConversationError, OSError) as error:
            self.save_error = str(error)
            self.notify(f"Could not save the outcomes: {error}", severity="error", timeout=10)
            return False
        self.dirty = False
        self.save_error = ""
        return True

    def on_descendant_blur(self, _event: DescendantBlur) -> None:
        """Leaving a field saves it."""
        self.flush()

    def on_unmount(self) -> None:
        """Closing the screen (or the app) saves what is left; outcomes nobody touched are
        not kept."""
        for form in self._forms.values():
            if form.sync():
                self.dirty = True
        session = self.conversation.session
        kept = [o for o in session.outcomes if not is_untouched(o, session)]
        if len(kept) != len(session.outcomes):
            session.outcomes[:] = kept
            self.dirty = True
        self.flush()

    # --- outcomes --------------------------------------------------------------------------

    async def show_outcome(self, index: int) -> None:
        """Save, then show another outcome at the same step."""
        if 0 <= index < len(self.outcomes) and index != self.index:
            self.flush()
            await self._mount_form(index, self.form.step)

    async def _mount_form(self, index: int, step: str) -> None:
        """Show outcome ``index`` at ``step`` in place of the form on show (built the first
        time it is shown, kept after that)."""
        self.index = index
        outcome = self.outcomes[index]
        self._form.display = False
        form = self._forms.get(id(outcome))
        if form is None:
            form = self._forms[id(outcome)] = self._form_for(index, step)
            await self.query_one("#outcome-holder", Vertical).mount(form)
        else:
            form.display = True
            form.go_to_step(step)
        self._form = form
        self.query_one("#outcomes-heading", Static).update(self._heading())
        self.query_one("#outcome-list", OptionList).highlighted = index
        form.focus_step()
        self.refresh_bindings()

    def _reload_list(self) -> None:
        listing = self.query_one("#outcome-list", OptionList)
        listing.clear_options()
        listing.add_options(self._options())

    @on(OptionList.OptionSelected, "#outcome-list")
    async def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index != self.index:
            await self.show_outcome(event.option_index)
        else:
            self.form.focus_step()

    @on(Button.Pressed, "#outcome-new")
    async def _new_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        await self.action_new_outcome()

    async def action_new_outcome(self) -> None:
        """Start another outcome, pre-filled from the board, at step 1."""
        self.flush()
        self.outcomes.append(new_outcome(self.conversation.session))
        self.dirty = True
        self.flush()
        self._reload_list()
        await self._mount_form(len(self.outcomes) - 1, "matters")

    async def action_next_outcome(self) -> None:
        """Show the next outcome in the list."""
        await self.show_outcome(self.index + 1)

    async def action_previous_outcome(self) -> None:
        """Show the previous outcome in the list."""
        await self.show_outcome(self.index - 1)

    def action_remove_outcome(self) -> None:
        """Remove the outcome on show, after asking."""
        label = outcome_label(self.outcomes[self.index], self.index)
        self.app.push_screen(ConfirmRemove(label), self._remove_answered)

    async def _remove_answered(self, remove: bool | None) -> None:
        if not remove:
            return
        self.flush()
        removed = self.outcomes.pop(self.index)
        form = self._forms.pop(id(removed), None)
        if form is not None:
            await form.remove()
        if not self.outcomes:
            self.outcomes.append(new_outcome(self.conversation.session))
        self.dirty = True
        self.flush()
        self._reload_list()
        await self._mount_form(min(self.index, len(self.outcomes) - 1), "matters")

    # --- steps and actions -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Step and outcome moves are greyed at the ends; action rows only on the plan."""
        if not self._form.is_mounted:
            return True
        step = self.form.step
        if action == "next_step":
            return True if step != "actions" else None
        if action == "previous_step":
            return True if step != "matters" else None
        if action in ("next_outcome", "previous_outcome") and len(self.outcomes) < 2:
            return False
        if action == "next_outcome":
            return True if self.index + 1 < len(self.outcomes) else None
        if action == "previous_outcome":
            return True if self.index > 0 else None
        if action in ("add_action", "remove_action"):
            return step == "actions"
        return True

    def action_next_step(self) -> None:
        """Go on to the next step of this outcome."""
        self.flush()
        self.form.move_step(1)
        self.refresh_bindings()

    def action_previous_step(self) -> None:
        """Go back a step."""
        self.flush()
        self.form.move_step(-1)
        self.refresh_bindings()

    def on_tabbed_content_tab_activated(self, _event: Any) -> None:
        """A step chosen with the mouse or the tab keys: keep the footer honest."""
        self.refresh_bindings()

    def action_add_action(self) -> None:
        """Add a row to the action plan."""
        self.form.action_plan.add_row()

    def action_remove_action(self) -> None:
        """Remove the action-plan row holding the cursor."""
        if not self.form.action_plan.remove_focused_row():
            self.notify("Put the cursor in the action to remove first.", timeout=4)

    def action_save(self) -> None:
        """Save now."""
        self.dirty = True
        if self.flush():
            self.notify("Saved.", timeout=2)

    def action_back(self) -> None:
        """Save and go back to where the outcomes were opened from."""
        self.flush()
        self.dismiss(None)

    def palette_commands(self) -> Iterator[SystemCommand]:
        """Every action of this screen, for the command palette."""
        yield SystemCommand("Next step", "Go on to the next step", self.action_next_step)
        yield SystemCommand("Previous step", "Go back a step", self.action_previous_step)
        yield SystemCommand("New outcome", "Draft another outcome", self.action_new_outcome)
        yield SystemCommand(
            "Remove outcome", "Remove the outcome on show", self.action_remove_outcome
        )
        if self.form.step == "actions":
            yield SystemCommand(
                "Add action", "Add a row to the action plan", self.action_add_action
            )
            yield SystemCommand(
                "Drop action", "Remove the action holding the cursor", self.action_remove_action
            )
        yield SystemCommand("Save outcomes", "Save now", self.action_save)
        yield SystemCommand("Back", "Save and leave the outcomes", self.action_back)
