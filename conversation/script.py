"""Conversation scripts: the typed form of a human-authored scenario file (scripts/*.toml).

The loader and validator live in ``conversation.script_loader``; this module holds only the
types, so every other part can depend on them without pulling in parsing code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from conversation.model import FactKind, Mode, OutcomeKind, Speaker, Stage, Trap


@dataclass(frozen=True)
class ScriptMeta:
    """Who the script is for and which version it is."""

    id: str
    title: str
    setting: str
    modes: tuple[Mode, ...]
    language: str
    version: str


@dataclass(frozen=True)
class Person:
    """The invented person the practitioner talks to, as known at the start."""

    name: str
    age: int
    background: str
    opening: str
    """What the person says first, before the practitioner's opening question."""


@dataclass(frozen=True)
class StageGuide:
    """The script's guidance and suggested prompts for one stage."""

    stage: Stage
    guidance: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    """Something the person can reveal, and what draws it out."""

    id: str
    kind: FactKind
    summary: str
    """Short wording for the 'what matters' board."""
    topics: tuple[str, ...]
    """Words or phrases that, in a good question or reflection, draw this fact out."""
    reply: str
    """What the person says when the fact is first drawn out."""
    deeper: str
    """What the person adds when a good reflection follows."""
    scale: int | None = None
    """For a scale fact: where the person puts themselves, 1 to 10."""


@dataclass(frozen=True)
class Reactions:
    """How the person reacts to each trap and to other moves."""

    traps: dict[Trap, tuple[str, ...]]
    closed_question: tuple[str, ...]
    unknown: tuple[str, ...]
    """Natural, non-committal replies to a topic the script does not know."""
    summary_confirmed: tuple[str, ...]
    summary_corrected: tuple[str, ...]
    greeting: tuple[str, ...] = ()
    """Replies to a hello or an introduction (optional; else ``social``)."""
    thanks: tuple[str, ...] = ()
    """Replies to thanks (optional; else ``social``)."""
    social: tuple[str, ...] = ()
    """Replies to other small talk and back-channels such as "mm" (optional; else ``unknown``)."""
    permission: tuple[str, ...] = ()
    """Replies when asked for permission to share information (optional; else ``social``)."""


@dataclass(frozen=True)
class DemoTurn:
    """One line of the model conversation shown in demonstrate mode."""

    stage: Stage
    speaker: Speaker
    text: str
    note: str
    trap: Trap | None = None
    trap_text: str | None = None
    """The trap version of this line, when the turn shows what a trap does."""
    trap_reaction: str | None = None
    """How the person reacts to the trap version."""


@dataclass(frozen=True)
class ModelOutcome:
    """A well-formed outcome for the debrief, in the person's words."""

    text: str
    kind: OutcomeKind
    note: str


@dataclass(frozen=True)
class Script:
    """A whole conversation script."""

    meta: ScriptMeta
    person: Person
    stages: dict[Stage, StageGuide]
    facts: tuple[Fact, ...]
    reactions: Reactions
    demo: tuple[DemoTurn, ...]
    outcomes: tuple[ModelOutcome, ...]
    path: Path | None = field(default=None, compare=False)

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (KeyError when the script has none)."""
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)
