"""The stage bar: the five stages of a better conversation, the current one highlighted,
with the time spent in each."""

from __future__ import annotations

from collections.abc import Collection
from typing import ClassVar

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from conversation.model import Stage


def format_seconds(seconds: float) -> str:
    """Minutes and seconds, as m:ss (h:mm:ss past an hour)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class StageBar(Static):
    """The five stages in one bar (one widget, so it is quick to draw and to update every
    second); call ``show`` with the current stage and the seconds spent in each."""

    DEFAULT_CSS = """
    StageBar { height: 2; background: $panel; }
    StageBar > .stage-bar--tab { color: $text-muted; }
    StageBar > .stage-bar--visited { color: $text; }
    StageBar > .stage-bar--skipped { color: $warning; text-style: italic; }
    StageBar > .stage-bar--current { background: $primary; color: $text; text-style: bold; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "stage-bar--tab", "stage-bar--visited", "stage-bar--skipped", "stage-bar--current"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current: Stage = Stage.OPEN
        """The stage highlighted."""
        self.seconds: dict[Stage, float] = {}
        self.skipped: frozenset[Stage] = frozenset()
        """Stages passed over without a word from the practitioner (marked as skipped)."""

    @property
    def visited(self) -> frozenset[Stage]:
        """Stages with time spent in them, other than the current one."""
        return frozenset(stage for stage in Stage
                         if self.seconds.get(stage, 0.0) > 0 and stage is not self.current)

    def show(
        self,
        current: Stage,
        seconds: dict[Stage, float],
        skipped: Collection[Stage] = (),
    ) -> None:
        """Highlight the current stage, show the time spent in each, mark the skipped ones."""
        self.current = current
        self.seconds = dict(seconds)
        self.skipped = frozenset(skipped)
        self.refresh()

    def _style(self, stage: Stage) -> Style:
        if stage is self.current:
            name = "stage-bar--current"
        elif stage in self.skipped:
            name = "stage-bar--skipped"
        elif stage in self.visited:
            name = "stage-bar--visited"
        else:
            name = "stage-bar--tab"
        return self.get_component_rich_style(name)

    def render(self) -> Table:
        """Each stage's number, title and time (or "skipped"), side by side; a column's style
        fills its whole cell."""
        grid = Table.grid(expand=True)
        room = max(1, self.size.width // len(Stage) - 1)
        cells = []
        for stage in Stage:
            grid.add_column(ratio=1, justify="center", style=self._style(stage))
            time = "skipped" if stage in self.skipped else format_seconds(
                self.seconds.get(stage, 0.0))
            label = f"{stage.number} {stage.title}"
            if len(label) > room:  # narrow terminal: the stage's first word, whole
                label = f"{stage.number} {stage.title.split()[0]}"
            cells.append(Text(f"{label}\n{time}", justify="center", overflow="ellipsis",
                              no_wrap=True))
        grid.add_row(*cells)
        return grid
