"""Text fields that keep every character typed, the invisible ones included.

Textual's Input and TextArea take only characters that Python calls printable, so an emoji
built with a zero-width joiner (👩‍👩‍👧), a flag or script that needs a joiner or non-joiner,
or a soft hyphen loses those characters on the way in. These fields also take the format
characters (Unicode category Cf), so the words are saved exactly as they were typed.
"""

from __future__ import annotations

import unicodedata

from textual import events
from textual.widgets import Input


def is_typed_text(character: str | None) -> bool:
    """True when a key's character belongs in the text: printable, or an invisible format
    character such as a zero-width joiner."""
    if character is None or len(character) != 1:
        return False
    return character.isprintable() or unicodedata.category(character) == "Cf"


def format_character(event: events.Key) -> str | None:
    """The key's character when it is one the plain widgets would drop, else None."""
    character = event.character
    if character is not None and not event.is_printable and is_typed_text(character):
        return character
    return None


class ExactInput(Input):
    """An Input that keeps zero-width joiners and other format characters."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Format characters are text too."""
        return is_typed_text(character)

    def on_key(self, event: events.Key) -> None:
        """Insert a format character the base Input would ignore."""
        character = format_character(event)
        if character is None:
            return
        event.stop()
        event.prevent_default()
        if self.selection.is_empty:
            self.insert_text_at_cursor(character)
        else:
            self.replace(character, *self.selection)
