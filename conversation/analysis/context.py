"""What the conversation knows so far, for fitting a better line to the person.

A small, frozen value handed to ``analyse`` and ``LiveAnalyser``: the stage, the topics the
person has raised and their own recent lines. It never changes how a line is labelled or
which traps it carries; it only lets a warning's suggestion speak of what the person
themselves has talked about, in a form that suits the stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from conversation.model import Stage

TOPICS_KEPT = 12
"""Most recent topics a context keeps (older ones are dropped)."""
LINES_KEPT = 12
"""Most recent lines of the person a context keeps."""


@dataclass(frozen=True)
class Context:
    """The stage, the topics the person has raised (oldest first) and their own recent
    lines, verbatim (oldest first)."""

    stage: Stage | None = None
    topics: tuple[str, ...] = ()
    person_words: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, stage: Stage | None, topics: tuple[str, ...], person_words: tuple[str, ...]
    ) -> Context:
        """A context kept small: the latest topics (each once) and the latest lines."""
        seen: dict[str, None] = {}
        for topic in reversed(topics):
            cleaned = " ".join(topic.split())
            if cleaned and cleaned.casefold() not in {key.casefold() for key in seen}:
                seen[cleaned] = None
            if len(seen) == TOPICS_KEPT:
                break
        lines = tuple(line for line in person_words if line.strip())[-LINES_KEPT:]
        return cls(stage, tuple(reversed(seen)), lines)
