"""The scripted person: answers a practitioner in character, opening up or closing down.

Pure domain code. The person's replies come from the conversation script; which reply is
given depends on what the practitioner said (its dialogue act, its traps and the topics it
touches), on the stage, and on the person's rapport. Every choice is deterministic for a
given seed and history, so a role play can be replayed and tested end to end.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from conversation.model import Act, FactKind, Stage, Trap, TrapWarning
from conversation.script import Fact, Script
from conversation.session import RoleplayState

RAPPORT_MIN = 0
RAPPORT_MAX = 5
RAPPORT_START = 3
GUARDED_TURNS = 2
"""How many turns after a trap the person stays guarded."""
OPEN_UP_RAPPORT = 3
"""Rapport at which an open question with no known topic still draws something out."""
DEEPEN_RAPPORT = 2
"""Rapport needed for a reflection to earn a fact's deeper reply."""
MATCH_LIMIT = 20_000
"""Characters of an utterance read for topics; a longer paste is matched on its start."""

REACTIONS = (
    "opened", "deepened", "short", "guarded", "trap", "confirmed", "corrected", "social",
    "unknown",
)
"""Every value of PersonReply.reaction."""

STAGE_KINDS: dict[Stage, tuple[FactKind, ...]] = {
    Stage.OPEN: (
        FactKind.IMPORTANT_TO,
        FactKind.WHO,
        FactKind.WHERE,
        FactKind.WORKING,
        FactKind.NOT_WORKING,
    ),
    Stage.LISTEN: (
        FactKind.IMPORTANT_TO,
        FactKind.WHO,
        FactKind.WHERE,
        FactKind.WORKING,
        FactKind.NOT_WORKING,
        FactKind.STRENGTH,
        FactKind.IMPORTANT_FOR,
    ),
    Stage.EXPLORE: (
        FactKind.WORRY,
        FactKind.ASPIRATION,
        FactKind.STRENGTH,
        FactKind.SCALE,
        FactKind.NOT_WORKING,
        FactKind.IMPORTANT_FOR,
    ),
}
"""Kinds of fact an open question with no known topic tends to draw out, by stage."""

_STOP_TEXT = (
    "a an the and or but of to in on at for with by from about as is are was were be been "
    "am do does did i you your yours me my mine we our us he she it its they them their "
    "this that these those what how why when where who which there here so very just "
    "really have has had yes can could would should will shall may might must"
)

_WORD = re.compile(r"\w+")
_THANKS = re.compile(r"\b(?:thank|thanks|thankyou|cheers|diolch)\b", re.IGNORECASE)
_GREETING = re.compile(
    r"(?:hello|hi|hiya|hey|good (?:morning|afternoon|evening)|morning|afternoon|bore da|"
    r"prynhawn da|shwmae|nice to (?:meet|see)|lovely to (?:meet|see)|my name is|"
    r"i'm [\w'-]+(?: [\w'-]+)?,? (?:from|with|the))\b",
    re.IGNORECASE,
)
_PERMISSION = re.compile(
    r"\b(?:would it (?:help|be (?:ok|okay|alright|all right|useful)) if i|"
    r"(?:can|could|may) i (?:share|tell|explain|give|suggest|offer|mention|show|ask)|"
    r"is it (?:ok|okay|alright|all right) (?:if i|to)|"
    r"would you like (?:me to|to hear|to know|some information|a bit of information)|"
    r"do you mind if i|would you mind if i|how would you feel about me)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"'s\b")


class AnalysedUtterance(Protocol):
    """What the person needs from the analysis of a practitioner's line."""

    @property
    def act(self) -> Act:
        """The dialogue act of the line."""
        ...

    @property
    def warnings(self) -> Sequence[TrapWarning]:
        """The traps found in the line."""
        ...


@dataclass
class PersonReply:
    """What the person said back, what it revealed, and how they felt about the line."""

    text: str
    revealed: list[Fact] = field(default_factory=list)
    deepened: list[Fact] = field(default_factory=list)
    rapport: int = RAPPORT_START
    reaction: str = "unknown"
    """One of REACTIONS: opened, deepened, short, guarded, trap, confirmed, corrected, social,
    unknown."""


def stem(word: str) -> str:
    """A rough stem of one lower-case word, so 'walks', 'walking' and 'walked' meet."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


STOP_WORDS = frozenset(stem(word) for word in _STOP_TEXT.split())
"""Small words a topic needs not find (stemmed like everything else)."""


def words(text: str) -> list[str]:
    """The stemmed words of a text, lower-cased, accents and apostrophes tolerated."""
    folded = unicodedata.normalize("NFKC", text[:MATCH_LIMIT]).casefold()
    folded = _POSSESSIVE.sub("", folded.replace("’", "'")).replace("'", "")
    return [stem(word) for word in _WORD.findall(folded)]


def topic_words(topic: str) -> frozenset[str]:
    """The words a topic needs to find in a line: its content words, or all when none."""
    all_words = words(topic)
    content = [word for word in all_words if word not in STOP_WORDS]
    return frozenset(content or all_words)


class RolePlay:
    """The scripted person for one role play; mutates the session's RoleplayState."""

    def __init__(self, script: Script, state: RoleplayState) -> None:
        """Play the person of ``script``, carrying on from ``state``."""
        self.script = script
        self.state = state
        self._facts = {fact.id: fact for fact in script.facts}
        """The script's facts by id (a saved state may name facts a later script dropped)."""
        self._topics: dict[str, tuple[frozenset[str], ...]] = {
            fact.id: tuple(topic_words(topic) for topic in fact.topics if topic_words(topic))
            for fact in script.facts
        }

    def opening(self) -> str:
        """What the person says first."""
        return self.script.person.opening

    # ----------------------------------------------------------------- public reply

    def respond(self, text: str, analysis: AnalysedUtterance, stage: Stage) -> PersonReply:
        """The person's reply to the practitioner's ``text``, updating the role-play state."""
        state = self.state
        state.step += 1
        rng = random.Random(f"{state.seed}:{state.step}")
        touched = self.touched(text)
        traps = _distinct_traps(analysis.warnings)
        if traps:
            return self._trap(traps, rng)
        act = analysis.act
        if state.guarded_turns > 0:
            state.guarded_turns -= 1
            if act is Act.SUMMARY:
                # Still wary: she will say whether it is right, but adds nothing more.
                return self._summary(touched, rng, go_deeper=False)
            if act is Act.REFLECTION:
                self._raise_rapport()
            return self._reply(self._choice(self.script.reactions.unknown, rng), "guarded")
        if act is Act.CLOSED_QUESTION:
            return self._closed(touched, rng)
        if state.rapport <= RAPPORT_MIN and act in (Act.OPEN_QUESTION, Act.REFLECTION):
            # Closed down: a good move starts to mend things but draws nothing out yet.
            if act is Act.REFLECTION:
                self._raise_rapport()
            return self._reply(self._choice(self.script.reactions.unknown, rng), "guarded")
        if act is Act.SUMMARY:
            return self._summary(touched, rng)
        if act is Act.REFLECTION:
            return self._reflection(touched, stage, rng)
        if act is Act.OPEN_QUESTION:
            return self._open_question(touched, stage, rng)
        if act is Act.OTHER or (act is Act.INFORMATION and _PERMISSION.search(text)):
            return self._social(text, act, rng)
        return self._reply(self._choice(self.script.reactions.unknown, rng), "unknown")

    def touched(self, text: str) -> list[Fact]:
        """The script's facts whose topics the text mentions, in script order."""
        found = set(words(text))
        if not found:
            return []
        return [
            fact
            for fact in self.script.facts
            if any(topic <= found for topic in self._topics.get(fact.id, ()))
        ]

    # ----------------------------------------------------------------- the moves

    def _trap(self, traps: list[Trap], rng: random.Random) -> PersonReply:
        """A trap: the script's reaction to it; rapport drops and the person goes guarded."""
        state = self.state
        state.rapport = max(RAPPORT_MIN, state.rapport - min(2, len(traps)))
        state.guarded_turns = GUARDED_TURNS
        options: tuple[str, ...] = ()
        for trap in traps:
            options = self.script.reactions.traps.get(trap, ())
            if options:
                break
        if not options:
            options = self.script.reactions.unknown
        return self._reply(self._choice(options, rng), "trap")

    def _closed(self, touched: list[Fact], rng: random.Random) -> PersonReply:
        """A closed question: a short answer that opens nothing new."""
        options = self.script.reactions.closed_question
        if not options:
            options = tuple(_first_sentence(fact.reply) for fact in touched[:1])
        return self._reply(self._choice(options or self.script.reactions.unknown, rng), "short")

    def _open_question(self, touched: list[Fact], stage: Stage, rng: random.Random) -> PersonReply:
        """An open question: reveals what it asks about, or more on it, or something new."""
        state = self.state
        fresh = [fact for fact in touched if fact.id not in state.revealed]
        if fresh:
            if state.rapport < RAPPORT_START:
                self._raise_rapport()
            return self._reveal(self._best_for_stage(fresh, stage), "opened")
        more = [fact for fact in touched if fact.id not in state.deepened]
        if more and state.rapport >= DEEPEN_RAPPORT:
            # Asked for more about something already said: the person goes deeper.
            return self._deepen(more[0])
        if state.rapport >= OPEN_UP_RAPPORT:
            # Something of the same kind as what was asked about, else suited to the stage.
            kinds = tuple(fact.kind for fact in touched)
            next_fact = self._next_of_kinds(kinds) if kinds else None
            if next_fact is None:
                next_fact = self._next_of_kinds(STAGE_KINDS.get(stage, ()))
            if next_fact is not None:
                return self._reveal(next_fact, "opened")
        if touched:
            # Nothing new to tell: the person says again, briefly, what they said before.
            return self._reply(_first_sentence(touched[0].reply), "short")
        return self._reply(self._choice(self.script.reactions.unknown, rng), "unknown")

    def _reflection(self, touched: list[Fact], stage: Stage, rng: random.Random) -> PersonReply:
        """A reflection: earns a deeper reply on what was said, or draws out what it names."""
        state = self.state
        self._raise_rapport()
        to_deepen = [
            fact for fact in touched if fact.id in state.revealed and fact.id not in state.deepened
        ]
        fresh = [fact for fact in touched if fact.id not in state.revealed]
        if to_deepen and state.rapport >= DEEPEN_RAPPORT:
            return self._deepen(to_deepen[0])
        if fresh:
            return self._reveal(self._best_for_stage(fresh, stage), "opened")
        last = self._facts.get(state.last_fact or "")
        if last and last.id not in state.deepened and state.rapport >= DEEPEN_RAPPORT:
            # A reflection that follows what the person has just said, in other words.
            return self._deepen(last)
        if touched:
            options = self.script.reactions.summary_confirmed
            return self._reply(self._choice(options, rng), "confirmed")
        if state.rapport >= OPEN_UP_RAPPORT:
            next_fact = self._next_of_kinds(STAGE_KINDS.get(stage, ()))
            if next_fact is not None:
                return self._reveal(next_fact, "opened")
        if state.revealed:
            options = self.script.reactions.summary_confirmed
            return self._reply(self._choice(options, rng), "confirmed")
        return self._reply(self._choice(self.script.reactions.unknown, rng), "unknown")

    def _summary(
        self, touched: list[Fact], rng: random.Random, go_deeper: bool = True
    ) -> PersonReply:
        """A summary: confirmed when it gathers what was said, corrected when it misses it."""
        state = self.state
        mentioned = [fact for fact in touched if fact.id in state.revealed]
        needed = 1 if len(state.revealed) <= 2 else 2
        if len(mentioned) >= needed:
            self._raise_rapport()
            text = self._choice(self.script.reactions.summary_confirmed, rng)
            reply = self._reply(text, "confirmed")
            fresh = [fact for fact in mentioned if fact.id not in state.deepened]
            if fresh and go_deeper and state.rapport >= DEEPEN_RAPPORT:
                deeper = self._deepen(fresh[0])
                reply.text = _join(text, deeper.text)
                reply.deepened = deeper.deepened
            return reply
        if mentioned:
            self._raise_rapport()
            deepen = go_deeper and mentioned[0].id not in state.deepened
            if deepen and state.rapport >= DEEPEN_RAPPORT:
                return self._deepen(mentioned[0])
        return self._reply(self._choice(self.script.reactions.summary_corrected, rng), "corrected")

    # ----------------------------------------------------------------- helpers

    def _reveal(self, fact: Fact, reaction: str) -> PersonReply:
        """Reveal a fact: its reply, remembered as revealed and as the last thing said."""
        self.state.revealed.append(fact.id)
        self.state.last_fact = fact.id
        return self._reply(fact.reply, reaction, revealed=[fact])

    def _deepen(self, fact: Fact) -> PersonReply:
        """Give a revealed fact's deeper reply."""
        self.state.deepened.append(fact.id)
        self.state.last_fact = fact.id
        return self._reply(fact.deeper, "deepened", deepened=[fact])

    def _best_for_stage(self, facts: list[Fact], stage: Stage) -> Fact:
        """Of several facts a line touches, the one that suits the stage, else the first."""
        suited = STAGE_KINDS.get(stage, ())
        for fact in facts:
            if fact.kind in suited:
                return fact
        return facts[0]

    def _next_of_kinds(self, kinds: Sequence[FactKind]) -> Fact | None:
        """The first unrevealed fact of the first of these kinds that has one (script order)."""
        for kind in kinds:
            for fact in self.script.facts:
                if fact.kind is kind and fact.id not in self.state.revealed:
                    return fact
        return None

    def _social(self, text: str, act: Act, rng: random.Random) -> PersonReply:
        """A hello, thanks, small talk or a request for permission to share information gets
        a social reply in character, not a blank."""
        reactions = self.script.reactions
        options: tuple[str, ...] = ()
        if act is Act.INFORMATION:
            options = reactions.permission
        elif _GREETING.match(text.strip()):
            options = reactions.greeting
        elif _THANKS.search(text):
            options = reactions.thanks
        options = options or reactions.social
        if not options:
            return self._reply(self._choice(reactions.unknown, rng), "unknown")
        return self._reply(self._choice(options, rng), "social")

    def _raise_rapport(self) -> None:
        """Good technique: rapport rises by one, up to the maximum."""
        self.state.rapport = min(RAPPORT_MAX, self.state.rapport + 1)

    def _reply(
        self,
        text: str,
        reaction: str,
        revealed: list[Fact] | None = None,
        deepened: list[Fact] | None = None,
    ) -> PersonReply:
        """A reply carrying the current rapport."""
        return PersonReply(
            text=text,
            revealed=revealed or [],
            deepened=deepened or [],
            rapport=self.state.rapport,
            reaction=reaction,
        )

    @staticmethod
    def _choice(options: Sequence[str], rng: random.Random) -> str:
        """One of the options, chosen by the seeded generator; a shrug when there are none."""
        if not options:
            return "Mm."
        return options[rng.randrange(len(options))]


def _distinct_traps(warnings: Sequence[TrapWarning]) -> list[Trap]:
    """The traps in a set of warnings, each once, in order."""
    traps: list[Trap] = []
    for warning in warnings:
        if warning.trap not in traps:
            traps.append(warning.trap)
    return traps


def _first_sentence(text: str) -> str:
    """The first sentence of a reply, for a short answer."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip(), re.S)
    return match.group(1) if match else text.strip()


def _join(first: str, second: str) -> str:
    """Two replies as one."""
    return f"{first} {second}".strip()
