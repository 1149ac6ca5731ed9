"""One outcome as a guided form: the five steps of the Outcome Sequence, the Support Sequence
and the action plan, each on its own tab.

The form edits the DraftOutcome it is given in place, as the user types, and posts
``OutcomeForm.Edited`` so the screen can save; the wording is checked on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import (
    Checkbox,
    Input,
    Label,
    OptionList,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from conversation.model import OutcomeKind, SupportLayer
from conversation.outcome_draft import apply_check
from conversation.outcomes import MANUAL_CHECKS, OutcomeCheck, OutcomeContext, check_outcome
from conversation.session import DraftOutcome
from conversation.widgets.exact_text import ExactInput
from conversation.widgets.exact_text_area import ExactTextArea
from conversation.widgets.outcome_actions import ActionPlan
from conversation.widgets.outcome_checks import OutcomeChecksView
from conversation.widgets.tickbox import TickBox

STEPS: tuple[tuple[str, str], ...] = (
    ("matters", "1 What matters"),
    ("working", "2 Working?"),
    ("change", "3 Change"),
    ("wording", "4 Wording"),
    ("check", "5 Check"),
    ("support", "Support"),
    ("actions", "Actions"),
)
"""The form's steps in order: (id, tab label)."""

STEP_HELP: dict[str, str] = {
    "matters": "What matters, who matters and where matters to the person, their hopes, and "
    "their strengths, assets and qualities. Filled in from the conversation; change it freely.",
    "working": "What is working well now, and what is not working, from the person's point "
    "of view.",
    "change": "The positive change the person wants: fixing something that is not working, "
    "or moving toward a hope.",
    "wording": "Make it a specific outcome, in the person's own words. Pick a phrase they said "
    "(Enter) or write your own; the checks update as you type.",
    "check": "Check the outcome with the person. The first checks come from the words; tick "
    "the others together.",
    "support": "The Support Sequence, in this order: start with what the person has tried and "
    "their own ideas, then each layer.",
    "actions": "The action plan: the steps that will make this outcome happen.",
}

KIND_CHOICES: dict[OutcomeKind, str] = {
    OutcomeKind.CHANGE: "Change: something gets better or is new",
    OutcomeKind.MAINTENANCE: "Maintenance: keeping what is good, not going downhill",
    OutcomeKind.PROCESS: "Process: how support is given",
}
"""The kinds a practitioner can choose instead of the one read from the words."""

TEXT_FIELDS = ("matters", "working", "not_working", "change_wanted")
"""The outcome's free-text fields edited in text areas (the widget id is the field name)."""


class OutcomeForm(Vertical):
    """The guided form for one draft outcome."""

    DEFAULT_CSS = """
    OutcomeForm { height: 1fr; }
    OutcomeForm TabbedContent { height: 1fr; }
    OutcomeForm TabPane { height: 1fr; padding: 0 1; overflow-y: auto; }
    OutcomeForm .step-help { color: $text-muted; margin-bottom: 1; }
    OutcomeForm .field-title { text-style: bold; margin-top: 1; width: 1fr; }
    OutcomeForm #wording { height: 5; }
    OutcomeForm TextArea { height: 8; }
    OutcomeForm #matters { height: 1fr; min-height: 8; }
    OutcomeForm #change_wanted { height: 6; }
    OutcomeForm #own-words { height: auto; max-height: 12; }
    OutcomeForm .support-row { height: auto; }
    OutcomeForm .support-title {
        width: 32; height: auto; min-height: 3; content-align: left middle;
    }
    OutcomesScreen.-narrow OutcomeForm .support-title { width: 20; }
    OutcomeForm .support-row Input { width: 1fr; }
    OutcomeForm #wording-shown { text-style: bold; padding: 0 1; }
    OutcomeForm Checkbox, OutcomeForm Checkbox:focus { border: none; padding: 0 1; height: 1; }
    OutcomeForm Checkbox:focus { background: $boost; text-style: bold; }
    """

    @dataclass
    class Edited(Message):
        """Something in the outcome changed (it is already in the DraftOutcome)."""

        outcome: DraftOutcome

    def __init__(
        self,
        outcome: DraftOutcome,
        context: OutcomeContext,
        own_words: Sequence[str],
        starting_point: str = "",
        step: str = "matters",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.outcome = outcome
        self.context = context
        self.own_words = list(own_words)
        self.starting_point = starting_point
        self._initial_step = step if step in dict(STEPS) else "matters"
        self._step = self._initial_step
        self.result: OutcomeCheck = check_outcome(outcome.text, context)
        self._fields: dict[str, Input | TextArea | Checkbox] = {}
        self._plan: ActionPlan | None = None

    # --- building --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """A tab per step, with the outcome's saved values."""
        outcome = self.outcome
        with TabbedContent(initial=f"step-{self._initial_step}"):
            with self._pane("matters"):
                yield self._text_area(outcome.matters, "matters")
            with self._pane("working"):
                yield Label("Working", classes="field-title")
                yield self._text_area(outcome.working, "working")
                yield Label("Not working", classes="field-title")
                yield self._text_area(outcome.not_working, "not_working")
            with self._pane("change"):
                if self.starting_point:
                    yield Static(
                        Content(f"Starting point: {self.starting_point}"), classes="step-help"
                    )
                yield self._text_area(outcome.change_wanted, "change_wanted")
            with self._pane("wording"):
                wording = WordingArea(
                    outcome.text,
                    placeholder="I want to ... so that ...",
                    id="wording",
                    soft_wrap=True,
                    show_line_numbers=False,
                )
                wording.cursor_blink = False
                yield self._keep(wording)
                yield OutcomeChecksView(id="live-checks")
                yield Label("The person's own words (Enter picks one)", classes="field-title")
                words = OptionList(*(Content(w) for w in self.own_words), id="own-words")
                if not self.own_words:
                    words.display = False
                    yield Static("Nothing the person said is recorded yet.", classes="step-help")
                yield words
            with self._pane("check"):
                yield Static("", id="wording-shown")
                yield OutcomeChecksView(id="step-checks")
                if self.starting_point:
                    yield Static(
                        Content(f"Starting point: {self.starting_point}"), classes="step-help"
                    )
                yield Label("Kind of outcome", classes="field-title")
                yield Select(
                    [(title, kind.value) for kind, title in KIND_CHOICES.items()],
                    prompt="As the words read",
                    value=outcome.kind.value if outcome.kind_chosen and outcome.kind else
                    Select.NULL,
                    id="kind",
                )
                yield Label("Your checks with the person", classes="field-title")
                for check_id, title in MANUAL_CHECKS.items():
                    yield self._keep(
                        TickBox(
                            title,
                            bool(outcome.checks.get(check_id, False)),
                            id=f"manual-{check_id}",
                        )
                    )
            with self._pane("support"):
                yield Label("What the person has tried, and their own ideas", classes="field-title")
                yield self._keep(ExactInput(outcome.tried, id="tried", select_on_focus=False))
                for layer in SupportLayer:
                    with Horizontal(classes="support-row"):
                        yield Label(layer.title, classes="support-title")
                        yield self._keep(
                            ExactInput(
                                outcome.support.get(layer, ""),
                                id=f"support-{layer.value}",
                                select_on_focus=False,
                            )
                        )
            with self._pane("actions"):
                self._plan = ActionPlan(outcome, id="action-plan")
                yield self._plan

    def _keep(self, widget: _Field) -> _Field:
        """Remember a field, so its value can be read even while the form is going away."""
        self._fields[widget.id or ""] = widget
        return widget

    def _pane(self, step: str) -> TabPane:
        pane = TabPane(dict(STEPS)[step], id=f"step-{step}")
        pane.compose_add_child(Static(STEP_HELP[step], classes="step-help"))
        return pane

    def on_mount(self) -> None:
        """Show the checks of the saved wording."""
        self._show_checks()

    # --- steps -----------------------------------------------------------------------------

    @property
    def step(self) -> str:
        """The id of the step on show."""
        return self._step

    def go_to_step(self, step: str) -> None:
        """Show a step and put the cursor in its first field."""
        self._step = step
        self.query_one(TabbedContent).active = f"step-{step}"
        # At once, not after the next refresh: keys already on their way (typed straight after
        # the step key) belong in the new step's field, and so does a Tab among them.
        self.focus_step()

    @on(TabbedContent.TabActivated)
    def _step_shown(self, event: TabbedContent.TabActivated) -> None:
        """A step chosen with the mouse or the tab keys."""
        pane_id = event.pane.id or ""
        if pane_id.startswith("step-"):
            self._step = pane_id.removeprefix("step-")

    def move_step(self, offset: int) -> bool:
        """Go to the next (1) or previous (-1) step; False at either end."""
        ids = [step for step, _ in STEPS]
        index = ids.index(self.step) + offset
        if not 0 <= index < len(ids):
            return False
        self.go_to_step(ids[index])
        return True

    def focus_step(self) -> None:
        """Put the cursor in the first field of the step on show."""
        if self.step == "actions" and self._plan is not None and not self._plan.rows:
            self._plan.add_row()
            return
        pane = self.query_one(f"#step-{self.step}", TabPane)
        for widget in pane.query("Input, TextArea, OptionList, Checkbox"):
            if isinstance(widget, Widget) and widget.display and widget.focusable:
                # set_focus, not focus(): focus() waits behind the keys already queued
                self.screen.set_focus(widget)
                return

    @property
    def action_plan(self) -> ActionPlan:
        """The outcome's action plan."""
        return self.query_one(ActionPlan)

    # --- edits -----------------------------------------------------------------------------

    def sync(self) -> bool:
        """Read every field into the outcome (an edit whose message is still on its way is not
        lost); True when anything changed."""
        before = repr(self.outcome)
        for field, widget in self._fields.items():
            if isinstance(widget, TextArea):
                if field in TEXT_FIELDS:
                    setattr(self.outcome, field, widget.text)
                elif self._take_input(field, widget.text) and self.is_attached:
                    self._show_checks()  # its Changed message, still on its way, finds no change
            elif isinstance(widget, Checkbox):
                check_id = field.removeprefix("manual-")
                if widget.value != self.outcome.checks.get(check_id, False):
                    self.outcome.checks[check_id] = widget.value
            elif self._take_input(field, widget.value) and field == "wording" and self.is_attached:
                self._show_checks()  # its Changed message, still on its way, will find no change
        for select in self.query("#kind").results(Select):
            self._take_kind(select.value)
        if self._plan is not None:
            self._plan.collect(show=False, post=False)
        return repr(self.outcome) != before

    def _take_input(self, field: str, value: str) -> bool:
        """Put an input's value into the outcome; True when it changed anything."""
        outcome = self.outcome
        if field == "wording":
            if value == outcome.text:
                return False
            outcome.text = value
            self.result = check_outcome(value, self.context)
            apply_check(outcome, self.result)
        elif field == "tried":
            if value == outcome.tried:
                return False
            outcome.tried = value
        elif field.startswith("support-"):
            layer = SupportLayer(field.removeprefix("support-"))
            if value == outcome.support.get(layer, ""):
                return False
            if value:
                outcome.support[layer] = value
            else:
                outcome.support.pop(layer, None)
        else:
            return False
        return True

    def _edited(self) -> None:
        self.post_message(self.Edited(self.outcome))

    def _show_checks(self) -> None:
        for view in self.query(OutcomeChecksView):
            view.show(self.result)
        shown = self.outcome.text.strip() or "(no wording yet: see step 4)"
        self.query_one("#wording-shown", Static).update(Content(shown))

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        field = event.text_area.id or ""
        if field in TEXT_FIELDS and getattr(self.outcome, field) != event.text_area.text:
            setattr(self.outcome, field, event.text_area.text)
            self._edited()
        elif field == "wording" and self._take_input(field, event.text_area.text):
            self._show_checks()
            self._edited()

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        field = event.input.id or ""
        if field not in self._fields:
            return
        event.stop()
        if self._take_input(field, event.value):
            if field == "wording":
                self._show_checks()
            self._edited()

    @on(Checkbox.Changed)
    def _ticked(self, event: Checkbox.Changed) -> None:
        event.stop()
        check_id = (event.checkbox.id or "").removeprefix("manual-")
        if check_id in MANUAL_CHECKS and self.outcome.checks.get(check_id) != event.value:
            self.outcome.checks[check_id] = event.value
            self._edited()

    @on(Select.Changed, "#kind")
    def _kind_chosen(self, event: Select.Changed) -> None:
        event.stop()
        if self._take_kind(event.value):
            self._show_checks()
            self._edited()

    def _take_kind(self, value: object) -> bool:
        """The kind chosen in the form (blank: as the checker reads the words); True when it
        changed the outcome."""
        outcome = self.outcome
        before = (outcome.kind, outcome.kind_chosen)
        if isinstance(value, str):
            outcome.kind, outcome.kind_chosen = OutcomeKind(value), True
        else:
            outcome.kind_chosen = False
            apply_check(outcome, self.result)
        return (outcome.kind, outcome.kind_chosen) != before

    @on(OptionList.OptionSelected, "#own-words")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        wording = self.query_one("#wording", WordingArea)
        wording.text = self.own_words[event.option_index]
        wording.move_cursor(wording.document.end)
        wording.focus()

    @on(ActionPlan.Changed)
    def _actions_changed(self, event: ActionPlan.Changed) -> None:
        event.stop()
        self._edited()

    def _text_area(self, text: str, field: str) -> TextArea:
        area = ExactTextArea(text, id=field, soft_wrap=True, show_line_numbers=False)
        area.cursor_blink = False
        return self._keep(area)


class WordingArea(ExactTextArea):
    """The outcome's wording: one statement that wraps over as many lines as it needs, so a
    long outcome stays in sight; Enter moves on instead of starting a new line."""

    def on_key(self, event: events.Key) -> None:
        """Enter goes on to the next field; every other key is typed as usual."""
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.screen.focus_next()
            return
        super().on_key(event)


_Field = TypeVar("_Field", Input, TextArea, Checkbox)
