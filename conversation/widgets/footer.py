"""The footer of every screen: Textual's Footer, drawn compact on narrow terminals so the
bindings of each screen fit whole at 80 columns (no key cut mid-word)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

COMPACT_BELOW = 100
"""Terminals narrower than this many columns get the compact footer."""


class AppFooter(Footer):
    """A Footer that turns compact below COMPACT_BELOW columns."""

    def __init__(self) -> None:
        try:
            narrow = self.app.size.width < COMPACT_BELOW
        except RuntimeError:  # made outside a running app (Textual's NoActiveAppError)
            narrow = False
        super().__init__(compact=narrow)

    def compose(self) -> ComposeResult:
        """Textual's keys, each made in the footer's style from the start: a key is made
        compact and then bound to the footer's style, so each would otherwise be styled
        twice more as it mounts. (The palette key is not bound: it stays compact.)"""
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def on_resize(self, event: events.Resize) -> None:
        """Follow the terminal's width."""
        self.compact = event.size.width < COMPACT_BELOW

    def on_mount(self) -> None:
        """Be in the right style for the screen's width (made before the app knew it)."""
        self.compact = self.app.size.width < COMPACT_BELOW
