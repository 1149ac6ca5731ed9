"""The screens' footer: Textual's, rebuilt once however many times the bindings change at once.

Textual's footer rebuilds all its keys each time the screen's bindings change; when a screen
opens, the focus, the screen stack and the screen's own state each change them, so the keys
were built several times before the first frame. This one waits for the burst to end and
rebuilds once.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class AppFooter(Footer):
    """A footer that folds a burst of binding changes into one rebuild."""

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
