"""The person's side of a role play: how their rapport went over the turns and how much of
what they had to tell was reached.

Pure domain code for the feedback screen and reports: the practitioner's figures say what was
said; these say what it did for the person (rapport falling to 'closed down', nothing reaching
the board).
"""

from __future__ import annotations

from dataclasses import dataclass

from conversation.model import FactKind, Speaker
from conversation.script import Script
from conversation.session import Session

RAPPORT_MAX = 5
"""The most open the scripted person can be (0 is closed down)."""

RAPPORT_WORDS: dict[int, str] = {
    0: "closed down",
    1: "guarded",
    2: "wary",
    3: "at ease",
    4: "open",
    5: "very open",
}
"""How the person is at each level of rapport."""


def rapport_word(level: int) -> str:
    """The word for a rapport level (clamped to 0..RAPPORT_MAX)."""
    return RAPPORT_WORDS[max(0, min(RAPPORT_MAX, level))]


@dataclass(frozen=True)
class PersonSide:
    """What the conversation did for the person."""

    rapport: tuple[int, ...]
    """The person's rapport after each of their replies, oldest first (empty when the session
    did not record it, as in record mode)."""
    facts_reached: int
    """How many of the script's facts the person revealed."""
    facts_deepened: int
    """How many of those a good reflection drew out further."""
    facts_total: int
    """How many facts the script's person has to tell."""
    kinds_missed: tuple[FactKind, ...]
    """Kinds of fact the script has that nothing was reached of, in board order."""

    @property
    def lowest(self) -> int | None:
        """The lowest rapport over the conversation, if recorded."""
        return min(self.rapport) if self.rapport else None

    @property
    def final(self) -> int | None:
        """The rapport at the end, if recorded."""
        return self.rapport[-1] if self.rapport else None


def person_side(session: Session, script: Script) -> PersonSide:
    """The person's side of ``session``, a role play of ``script``."""
    rapport = tuple(
        turn.rapport
        for turn in session.turns
        if turn.speaker is Speaker.PERSON and turn.rapport is not None
    )
    known = {fact.id: fact for fact in script.facts}
    reached = [
        fact_id
        for fact_id in dict.fromkeys(
            [*session.roleplay.revealed, *(i for t in session.turns for i in t.revealed)]
        )
        if fact_id in known
    ]
    deepened = {fact_id for fact_id in session.roleplay.deepened if fact_id in known}
    reached_kinds = {known[fact_id].kind for fact_id in reached}
    script_kinds = {fact.kind for fact in script.facts}
    missed = tuple(kind for kind in FactKind if kind in script_kinds - reached_kinds)
    return PersonSide(
        rapport=rapport,
        facts_reached=len(reached),
        facts_deepened=len(deepened),
        facts_total=len(known),
        kinds_missed=missed,
    )


SPARK = "▁▂▃▄▅▆"
"""One block per rapport level, 0 to 5, for a one-line picture of the rapport over time."""


def rapport_line(levels: tuple[int, ...]) -> str:
    """The rapport over the turns as one line of blocks, lowest ▁ to highest ▆."""
    return "".join(SPARK[max(0, min(RAPPORT_MAX, level))] for level in levels)
