"""Screens of the conversation app: home, the conversation itself, and the screens of other
modes (demonstrate, feedback) that plug into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen


def preset_breakpoints(screen: Screen[object]) -> None:
    """Give ``screen`` the width class (``HORIZONTAL_BREAKPOINTS``) the terminal's width will
    give it, before it is first styled: set only on the first resize, the class would change
    after mounting and every widget on the screen would be styled a second time."""
    breakpoints = screen.HORIZONTAL_BREAKPOINTS
    if not breakpoints:
        return
    try:
        width = screen.app.size.width
    except RuntimeError:  # not yet running in an app (Textual's NoActiveAppError)
        return
    chosen = next(
        (name for least, name in sorted(breakpoints, reverse=True) if width >= least), None
    )
    for _, name in breakpoints:
        screen.set_class(name == chosen, name, update=False)
