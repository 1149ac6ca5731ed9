"""The guide panel: the current stage's purpose, the script's prompts for it, and the traps."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from conversation.model import Stage, Trap
from conversation.script import Script


def traps_text() -> Text:
    """The seven traps, each with the stance behind it."""
    text = Text("The seven traps", style="bold")
    for trap in Trap:
        text.append(f"\n• {trap.title}", style="bold")
        text.append(f": {trap.stance}")
    return text


class GuidePanel(VerticalScroll):
    """What to aim for in this stage; call ``show`` when the stage changes. The purpose, the
    prompts, the guidance and the traps are one text (one widget to draw)."""

    DEFAULT_CSS = """
    GuidePanel { height: 1fr; padding: 0 1; }
    GuidePanel > .guide--muted { color: $text-muted; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"guide--muted"}

    def __init__(
        self, script: Script, *, script_guidance: bool = True, id: str | None = None
    ) -> None:
        """``script_guidance`` False keeps to the general guidance for each stage (for a real
        conversation, where notes about the script's invented person do not apply)."""
        super().__init__(id=id)
        self.script = script
        self.script_guidance = script_guidance
        self.guidance = ""
        """The guidance shown for the current stage."""

    def compose(self) -> ComposeResult:
        """The guide's text."""
        yield Static(id="guide-text")

    def show(self, stage: Stage) -> None:
        """Show the purpose and the prompts for this stage, its guidance, and the traps."""
        muted = self.get_component_rich_style("guide--muted", partial=True)
        text = Text()
        text.append(f"{stage.number}. {stage.title}", style="bold")
        text.append(f"\n{stage.purpose}")
        guide = self.script.stages.get(stage)
        if guide is not None and guide.prompts:
            text.append("\n\nYou might say", style="bold")
            for prompt in guide.prompts:
                text.append(f"\n• {prompt}")
        guidance = stage.guidance
        if self.script_guidance and guide is not None and guide.guidance:
            guidance = guide.guidance
        self.guidance = guidance
        text.append("\n\n")
        text.append(guidance, style=muted + Style(italic=True))
        text.append("\n\n")
        traps = traps_text()
        traps.stylize(muted)
        text.append_text(traps)
        self.query_one("#guide-text", Static).update(text)
