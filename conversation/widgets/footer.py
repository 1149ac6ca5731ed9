"""The footer of every screen: Textual's Footer, drawn compact on narrow terminals so the
bindings of each screen fit whole at 80 columns (no key cut mid-word), and rebuilt once
however many times the bindings change at once (when a screen opens, the focus, the screen
stack and the screen's own state each change them)."""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import Footer

COMPACT_BELOW = 100
"""Terminals narrower than this many columns get the compact footer."""


class AppFooter(Footer):
    """A Footer that turns compact below COMPACT_BELOW columns and folds a burst of binding
    changes into one rebuild."""

    def __init__(self) -> None:
        super().__init__()
        self._change_queued = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Note the change; the footer is rebuilt once, after this refresh."""
        if self._change_queued:
            return
        self._change_queued = True
        self.call_after_refresh(self._rebuild, screen)

    def _rebuild(self, screen: Screen[object]) -> None:
        self._change_queued = False
        super().bindings_changed(screen)

    def on_resize(self, event: events.Resize) -> None:
        """Follow the terminal's width."""
        self.compact = event.size.width < COMPACT_BELOW

    def on_mount(self) -> None:
        """Start in the right style for the screen's width."""
        self.compact = self.app.size.width < COMPACT_BELOW
