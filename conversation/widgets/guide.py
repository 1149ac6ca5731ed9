"""The guide panel: the current stage's purpose, the script's prompts for it, and the traps."""

from __future__ import annotations

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
    """What to aim for in this stage; call ``show`` when the stage changes."""

    DEFAULT_CSS = """
    GuidePanel { height: 1fr; padding: 0 1; }
    GuidePanel #guide-purpose { margin: 0 0 1 0; }
    GuidePanel #guide-prompts { margin: 0 0 1 0; }
    GuidePanel #guide-guidance { margin: 0 0 1 0; color: $text-muted; }
    GuidePanel #guide-traps { color: $text-muted; }
    """

    def __init__(
        self, script: Script, *, script_guidance: bool = True, id: str | None = None
    ) -> None:
        """``script_guidance`` False keeps to the general guidance for each stage (for a real
        conversation, where notes about the script's invented person do not apply)."""
        super().__init__(id=id)
        self.script = script
        self.script_guidance = script_guidance

    def compose(self) -> ComposeResult:
        """Purpose, prompts and traps."""
        yield Static(id="guide-purpose")
        yield Static(id="guide-prompts")
        yield Static(id="guide-guidance")
        yield Static(traps_text(), id="guide-traps")

    def show(self, stage: Stage) -> None:
        """Show the purpose and the prompts for this stage."""
        purpose = Text(f"{stage.number}. {stage.title}", style="bold")
        purpose.append(f"\n{stage.purpose}")
        guide = self.script.stages.get(stage)
        guidance = stage.guidance
        if self.script_guidance and guide is not None and guide.guidance:
            guidance = guide.guidance
        self.query_one("#guide-purpose", Static).update(purpose)
        self.query_one("#guide-guidance", Static).update(Text(guidance, style="italic"))
        prompts = Text("You might say", style="bold")
        for prompt in guide.prompts if guide is not None else ():
            prompts.append(f"\n• {prompt}")
        self.query_one("#guide-prompts", Static).update(prompts)
        self.query_one("#guide-prompts", Static).display = bool(guide and guide.prompts)
