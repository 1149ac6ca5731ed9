"""The footer of every screen: Textual's Footer, drawn compact on narrow terminals so the
bindings of each screen fit whole at 80 columns (no key cut mid-word)."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

COMPACT_BELOW = 100
"""Terminals narrower than this many columns get the compact footer."""


class AppFooter(Footer):
    """A Footer that turns compact below COMPACT_BELOW columns."""

    def on_resize(self, event: events.Resize) -> None:
        """Follow the terminal's width."""
        self.compact = event.size.width < COMPACT_BELOW

    def on_mount(self) -> None:
        """Start in the right style for the screen's width."""
        self.compact = self.app.size.width < COMPACT_BELOW
