"""The footer of every screen: Textual's Footer, drawn compact on narrow terminals so the
bindings of each screen fit whole at 80 columns (no key cut mid-word)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.screen import Screen

COMPACT_BELOW = 100
"""Terminals narrower than this many columns get the compact footer."""


class AppFooter(Footer):
    """A Footer that turns compact below COMPACT_BELOW columns."""

    def __init__(self) -> None:
        try:
            narrow = self._narrow()
        except RuntimeError:  # made outside a running app (Textual's NoActiveAppError)
            narrow = False
        super().__init__(compact=narrow)
        self._shown: tuple[object, ...] | None = None
        """The bindings the keys were last made from (None before the first)."""
        self._pending = False
        """A check of the bindings is waiting for the next refresh."""

    def _bindings_shown(self) -> tuple[object, ...]:
        """What the footer's keys are made from: each shown binding, enabled or not."""
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Remake the keys after the screen's bindings change, once per refresh and only
        when what they show has changed (Textual's footer remakes them on every signal:
        four times as a conversation screen opens)."""
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._pending:
            self._pending = True
            self.call_after_refresh(self._remake_if_changed)

    async def _remake_if_changed(self) -> None:
        self._pending = False
        if self.is_attached and self._bindings_shown() != self._shown:
            await self.recompose()

    def compose(self) -> ComposeResult:
        """Textual's keys, each made in the footer's style from the start: a key is made
        compact and then bound to the footer's style, so each would otherwise be styled
        twice more as it mounts. (The palette key is not bound: it stays compact.)"""
        if self._bindings_ready:
            self._shown = self._bindings_shown()
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
        self.compact = self._narrow()

    def _narrow(self) -> bool:
        return self.app.size.width < COMPACT_BELOW
