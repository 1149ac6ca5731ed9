"""The home screen's script filter: type words of a setting to list only the scripts there.

The matching itself is ``conversation.library.matches_setting``; this widget only takes the
words. Escape clears it, Enter hands the focus back to the list.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class ScriptFilter(Input):
    """An input for words of a setting ("home", "hospital", "carer")."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    def __init__(self, id: str | None = None) -> None:
        """An empty filter with a hint."""
        super().__init__(placeholder="Filter by setting (/)", id=id)

    def action_clear_filter(self) -> None:
        """Empty the filter (every script is listed again) and go back to the list."""
        self.value = ""
        self.screen.focus_next()
