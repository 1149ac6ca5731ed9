"""A checkbox whose mark says what it means: a tick when ticked, empty when not.

Textual's checkbox shows the same "X" in both states and tells them apart by colour alone,
which reads as "all ticked" on a projector, in monochrome or to anyone who cannot see the
colours. The self-review and the outcome checks use this one instead.
"""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.widgets import Checkbox


class TickBox(Checkbox):
    """A Checkbox drawn as ``✓`` when ticked and blank when not."""

    @property
    def _button(self) -> Content:
        button_style = self.get_visual_style("toggle--button")
        side_style = Style(
            foreground=button_style.background,
            background=self.background_colors[1],
        )
        return Content.assemble(
            (self.BUTTON_LEFT, side_style),
            ("✓" if self.value else " ", button_style),
            (self.BUTTON_RIGHT, side_style),
        )
