"""Sessions: the typed record of one conversation, as saved to sessions/*.toml.

Serialisation (``to_toml`` / ``from_toml``) keeps the practitioner's and the person's words
exactly; storage on disk is ``conversation.store``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from conversation.model import (
    Act,
    FactKind,
    Mode,
    OutcomeKind,
    Speaker,
    Stage,
    SupportLayer,
    TrapWarning,
)

SESSION_FORMAT = 1
"""Version of the session file format written by this release."""


@dataclass
class Turn:
    """One line of the conversation, kept verbatim."""

    speaker: Speaker
    stage: Stage
    text: str
    time: datetime
    act: Act | None = None
    warnings: list[TrapWarning] = field(default_factory=list)
    revealed: list[str] = field(default_factory=list)
    """Ids of script facts this turn revealed (practise mode)."""
    own_words: bool = False
    """True when the text is the person's own words, recorded verbatim (record mode)."""


@dataclass
class Note:
    """A free note, marked as fact or opinion."""

    text: str
    is_opinion: bool
    time: datetime


@dataclass
class BoardEntry:
    """One item on the 'what matters' board."""

    kind: FactKind
    text: str
    fact_id: str | None = None
    scale: int | None = None


@dataclass
class Action:
    """One line of the action plan: what, who, by when, and why."""

    what: str
    who: str
    by: date
    why: str = ""


@dataclass
class DraftOutcome:
    """An outcome drafted with the person through the Outcome Sequence."""

    text: str
    kind: OutcomeKind | None = None
    matters: str = ""
    working: str = ""
    not_working: str = ""
    change_wanted: str = ""
    checks: dict[str, bool] = field(default_factory=dict)
    """Automatic checks and the practitioner's ticks, by check id."""
    support: dict[SupportLayer, str] = field(default_factory=dict)
    tried: str = ""
    """What the person has already tried and their own ideas (start of the Support Sequence)."""
    actions: list[Action] = field(default_factory=list)


@dataclass
class RoleplayState:
    """The scripted person's state, so a resumed role play carries on exactly."""

    seed: int = 0
    rapport: int = 3
    """0 (closed down) to 5 (open); traps lower it, good technique raises it."""
    guarded_turns: int = 0
    revealed: list[str] = field(default_factory=list)
    deepened: list[str] = field(default_factory=list)
    last_fact: str | None = None
    step: int = 0
    """How many practitioner turns the engine has answered (drives deterministic choices)."""


@dataclass
class Session:
    """One saved conversation."""

    id: str
    mode: Mode
    script_id: str
    script_version: str
    practitioner: str
    person: str
    started: datetime
    updated: datetime
    ended: datetime | None = None
    stage: Stage = Stage.OPEN
    stage_seconds: dict[Stage, float] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    board: list[BoardEntry] = field(default_factory=list)
    roleplay: RoleplayState = field(default_factory=RoleplayState)
    outcomes: list[DraftOutcome] = field(default_factory=list)
    feedback: dict[str, float] = field(default_factory=dict)
    checklist: dict[str, bool] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    demo_position: int = 0
    format: int = SESSION_FORMAT
