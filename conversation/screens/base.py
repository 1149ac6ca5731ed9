"""The base of the app's full screens: each is styled once as it opens, not three times."""

from __future__ import annotations

from textual import events, on
from textual.screen import Screen


class AppScreen(Screen[None]):
    """A full screen of the app.

    - It starts with the width class (``HORIZONTAL_BREAKPOINTS``) the terminal's width gives
      it. Set only on the first resize, the class would change after the screen mounted, and
      every widget on it would be styled a second time.
    - Its first showing does not style every widget again. Textual restyles a screen each
      time it becomes current, to catch changes made while it was hidden; a new screen's
      widgets were styled as they mounted, a moment before.

    Together these take a third of the style work out of opening a conversation.
    """

    _shown_before = False

    def __init__(self) -> None:
        super().__init__()
        self._preset_breakpoints()

    def _preset_breakpoints(self) -> None:
        breakpoints = self.HORIZONTAL_BREAKPOINTS
        if not breakpoints:
            return
        try:
            width = self.app.size.width
        except RuntimeError:  # made outside a running app (Textual's NoActiveAppError)
            return
        chosen = next(
            (name for least, name in sorted(breakpoints, reverse=True) if width >= least), None
        )
        for _, name in breakpoints:
            self.set_class(name == chosen, name, update=False)

    @on(events.ScreenResume)
    def _first_showing(self, event: events.ScreenResume) -> None:
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False
