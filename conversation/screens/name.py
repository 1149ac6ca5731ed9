"""The practitioner's name, asked once and remembered (it goes into the sessions they save)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from conversation.settings import clean_name


class NameDialog(ModalScreen[str]):
    """Asks the practitioner's name; dismisses with the name, or "" when skipped."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "skip", "Skip")]

    def compose(self) -> ComposeResult:
        """A line of explanation, the name, and OK / Skip."""
        with Vertical(id="name-dialog"):
            yield Label("Your name", id="name-title")
            yield Label(
                "It is kept in the sessions you save, so you can find them later, and "
                "remembered for next time. Leave it empty to stay unnamed."
            )
            name = Input(id="name-input", placeholder="for example: Sam Jones")
            name.cursor_blink = False
            yield name
            with Horizontal(id="name-buttons"):
                yield Button("OK", variant="primary", id="name-ok")
                yield Button("Skip", id="name-skip")

    def on_mount(self) -> None:
        """Typing can start at once."""
        self.query_one("#name-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter keeps the name."""
        event.stop()
        self.dismiss(clean_name(event.value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """OK keeps the name; Skip keeps none."""
        event.stop()
        if event.button.id == "name-ok":
            self.dismiss(clean_name(self.query_one("#name-input", Input).value))
        else:
            self.dismiss("")

    def action_skip(self) -> None:
        """Go on without a name (it is not asked again)."""
        self.dismiss("")
