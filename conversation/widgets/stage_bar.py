"""The stage bar: the five stages of a better conversation, the current one highlighted,
with the time spent in each."""

from __future__ import annotations

from collections.abc import Collection

from textual.app import ComposeResult
from textual.containers import Horizontal
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


class StageTab(Static):
    """One stage in the bar."""

    def __init__(self, stage: Stage) -> None:
        super().__init__(id=f"stage-{stage.value}", classes="stage-tab")
        self.stage = stage

    def show(self, current: Stage, seconds: float, skipped: bool = False) -> None:
        """Show the stage's number, title and time, highlighted when current, marked when it
        was passed over without a word from the practitioner."""
        time = "skipped" if skipped else format_seconds(seconds)
        self.update(f"{self.stage.number} {self.stage.title}\n{time}")
        self.set_class(self.stage is current, "-current")
        self.set_class(seconds > 0 and self.stage is not current, "-visited")
        self.set_class(skipped, "-skipped")


class StageBar(Horizontal):
    """Five tabs; call ``show`` with the current stage and the seconds spent in each."""

    DEFAULT_CSS = """
    StageBar { height: 2; background: $panel; }
    StageBar .stage-tab { width: 1fr; height: 2; text-align: center; color: $text-muted; }
    StageBar .stage-tab.-visited { color: $text; }
    StageBar .stage-tab.-skipped { color: $warning; text-style: italic; }
    StageBar .stage-tab.-current { background: $primary; color: $text; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        """One tab per stage."""
        for stage in Stage:
            yield StageTab(stage)

    def show(
        self,
        current: Stage,
        seconds: dict[Stage, float],
        skipped: Collection[Stage] = (),
    ) -> None:
        """Highlight the current stage, show the time spent in each, mark the skipped ones."""
        for tab in self.query(StageTab):
            tab.show(current, seconds.get(tab.stage, 0.0), tab.stage in skipped)
