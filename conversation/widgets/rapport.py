"""The rapport indicator: how open the scripted person is feeling (practise mode)."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from conversation.person_side import RAPPORT_MAX, RAPPORT_WORDS

__all__ = ["RAPPORT_MAX", "RAPPORT_WORDS", "RapportMeter"]


class RapportMeter(Static):
    """Shows the person's rapport, 0 (closed down) to 5 (very open)."""

    DEFAULT_CSS = """
    RapportMeter { height: 1; padding: 0 1; }
    RapportMeter.-low { color: $warning; }
    """

    rapport: reactive[int] = reactive(3)
    """Current rapport, 0 to 5."""

    def render(self) -> Text:
        """Dots for the level and a word for how the person is."""
        level = max(0, min(RAPPORT_MAX, self.rapport))
        text = Text("Rapport ")
        text.append("●" * level, style="bold")
        text.append("○" * (RAPPORT_MAX - level))
        text.append(f"  {RAPPORT_WORDS[level]}")
        return text

    def watch_rapport(self, rapport: int) -> None:
        """Mark a guarded person so the style can warn."""
        self.set_class(rapport <= 1, "-low")
