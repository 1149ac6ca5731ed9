"""The supervision guide: what the current stage is for in supervision, prompts for it, the
Heart of the Matter questions and the traps (which bite in supervision too)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from conversation.model import Stage
from conversation.supervision import HEART_OF_THE_MATTER, SUPERVISION_STAGES
from conversation.widgets.guide import traps_text


def stage_text(stage: Stage) -> Text:
    """The stage as supervision uses it: title, purpose and a few prompts."""
    info = SUPERVISION_STAGES[stage]
    text = Text(f"{stage.number}. {info.title}", style="bold")
    text.append(f" ({stage.title})\n", style="italic")
    text.append(info.purpose)
    text.append("\n\nYou might say", style="bold")
    for prompt in info.prompts:
        text.append(f"\n• {prompt}")
    return text


def heart_text() -> Text:
    """The Heart of the Matter questions."""
    text = Text(HEART_OF_THE_MATTER.title, style="bold")
    for question in HEART_OF_THE_MATTER.questions:
        text.append(f"\n• {question}")
    text.append("\nMore questions: ctrl+l opens the question bank.", style="italic")
    return text


class SupervisionGuide(VerticalScroll):
    """Guidance for a supervision session; call ``show`` when the stage changes."""

    DEFAULT_CSS = """
    SupervisionGuide { height: 1fr; padding: 0 1; }
    SupervisionGuide #supervision-stage { margin: 0 0 1 0; }
    SupervisionGuide #supervision-heart { margin: 0 0 1 0; }
    SupervisionGuide #supervision-traps { color: $text-muted; }
    """

    def __init__(self, stage: Stage = Stage.OPEN, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stage = stage
        """The stage shown."""

    def compose(self) -> ComposeResult:
        """The stage, the Heart of the Matter questions and the traps."""
        yield Static(stage_text(self.stage), id="supervision-stage")
        yield Static(heart_text(), id="supervision-heart")
        yield Static(traps_text(), id="supervision-traps")

    def show(self, stage: Stage) -> None:
        """Show what this stage is for in supervision."""
        self.stage = stage
        for shown in self.query("#supervision-stage").results(Static):
            shown.update(stage_text(stage))
