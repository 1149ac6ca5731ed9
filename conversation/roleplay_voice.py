"""The scripted person's voice: replies that do not repeat and stay in character.

Every reply the person gives is chosen here from the script's options, by the role play's
seeded generator, leaving out whatever was said in the last few turns. When every option has
been said lately, the person says something else of their own: a lead-in of theirs (the
first words of an option) on its own, or followed by one of their own sentences from what
they have told so far (or, before they have told anything, from their opening words). Pure
and deterministic for a given seed and history.
"""

from __future__ import annotations

import random
import re
from collections import deque
from collections.abc import Sequence

from conversation.script import Fact, Script

LAST_RESORT = "Sorry, I was miles away there. Say that again?"
"""Said only when every line the script gives the person has been said in the last turns."""


def first_sentence(text: str) -> str:
    """The first sentence of a reply, for a short answer."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip(), re.S)
    return match.group(1) if match else text.strip()


def sentences(text: str) -> list[str]:
    """The sentences of a reply."""
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part.strip()]


def join(first: str, second: str) -> str:
    """Two replies as one."""
    return f"{first} {second}".strip()


def capital(text: str) -> str:
    """The text with its first letter a capital."""
    return text[:1].upper() + text[1:]


class Voice:
    """What the person has said lately, and the choice of what to say next."""

    def __init__(self, script: Script, said: Sequence[str], turns: int) -> None:
        """Speak for the person of ``script``; ``said`` is what they have said so far, and
        nothing is said again within ``turns`` turns."""
        self.script = script
        self.recent: deque[str] = deque(list(said)[-turns:], maxlen=turns)

    def remember(self, text: str) -> None:
        """Note a reply as said."""
        self.recent.append(text)

    def pick(self, options: Sequence[str], rng: random.Random, told: Sequence[Fact]) -> str:
        """The seeded choice among the options not said lately, else a line of the person's
        own (see the module's docstring)."""
        fresh = [option for option in options if option not in self.recent]
        if fresh:
            return fresh[rng.randrange(len(fresh))]
        own = [sentence for fact in told[-6:] for sentence in sentences(fact.reply)[1:]]
        own = own or sentences(self.script.person.opening)
        leads = [first_sentence(option) for option in options] or \
            [first_sentence(line) for line in self.script.reactions.unknown]
        alone = [lead for lead in leads if lead and lead not in options]
        joined = [
            join(lead, sentence) if lead and lead != sentence else sentence
            for sentence in own
            for lead in (leads or [""])
        ]
        for candidates in (alone, joined):
            unsaid = [line for line in candidates if line not in self.recent]
            if unsaid:
                return unsaid[rng.randrange(len(unsaid))]
        return LAST_RESORT
