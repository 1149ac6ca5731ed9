"""The text area that keeps every typed character (see ``exact_text``); apart from the
single-line input so that screens without a text area do not load Textual's."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from conversation.widgets.exact_text import format_character, is_typed_text


class ExactTextArea(TextArea):
    """A TextArea that keeps zero-width joiners and other format characters."""

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        """Format characters are text too (when the area can be edited)."""
        return not self.read_only and is_typed_text(character)

    def on_key(self, event: events.Key) -> None:
        """Insert a format character the base TextArea would ignore."""
        character = format_character(event)
        if character is None or self.read_only:
            return
        event.stop()
        event.prevent_default()
        start, end = self.selection
        self.replace(character, start, end, maintain_selection_offset=False)
