"""A checkbox whose mark says what it means: a tick when ticked, empty when not.

Textual's checkbox shows the same "X" in both states and tells them apart by colour alone,
which reads as "all ticked" on a projector, in monochrome or to anyone who cannot see the
colours. The self-review and the outcome checks use this one instead.
"""

from __future__ import annotations

from textual.widgets import Checkbox


class TickBox(Checkbox):
    """A Checkbox drawn as ``✓`` when ticked and blank when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        """The mark inside the box, following the value."""
        return "✓" if self.value else " "
