"""A mode on the home screen: its name and what it is for, chosen by click, Enter or space.

One light widget per mode (rather than a button, a line of text and a box to hold them) keeps
the home screen quick to draw."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Static


class ModeCard(Static, can_focus=True):
    """A mode's name in bold and a line about it; chosen, it posts ``ModeCard.Chosen``."""

    DEFAULT_CSS = """
    ModeCard {
        height: auto;
        min-height: 4;
        padding: 0 1;
        border: tall $border-blurred;
        background: $surface;
    }
    ModeCard:hover { background: $boost; border: tall $border; }
    ModeCard:focus { border: tall $border; background-tint: $foreground 8%; }
    ModeCard > .mode-card--line { color: $text-muted; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"mode-card--line"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Start", show=False),
        Binding("space", "choose", "Start", show=False),
    ]

    class Chosen(Message):
        """A mode card was chosen."""

        def __init__(self, card: ModeCard) -> None:
            super().__init__()
            self.card = card

    def __init__(self, title: str, line: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="mode-card")
        self.title = title
        """The mode's name, as on its card."""
        self.line = line

    def render(self) -> Text:
        """The name in bold, then the line about it (wrapped to the card)."""
        text = Text(self.title, style="bold")
        text.append("\n")
        text.append(self.line, style=self.get_component_rich_style("mode-card--line"))
        return text

    def action_choose(self) -> None:
        """Post that this mode was chosen."""
        self.post_message(self.Chosen(self))

    def on_click(self, event: events.Click) -> None:
        """A click chooses the mode."""
        event.stop()
        self.action_choose()
