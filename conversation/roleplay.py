"""The scripted person: answers a practitioner in character, opening up or closing down.

Pure domain code. The person's replies come from the conversation script; which reply is
given depends on what the practitioner said (its dialogue act, its traps and the topics it
touches), on the stage, and on the person's rapport. Every choice is deterministic for a
given seed and history, so a role play can be replayed and tested end to end.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from conversation.model import Act, FactKind, Stage, Trap, TrapWarning
from conversation.roleplay_reading import (
    FactReader,
    asks_for_more,
    echo,
    in_words,
    named_topic,
)
from conversation.roleplay_voice import Voice, capital, first_sentence, join
from conversation.script import Fact, Script
from conversation.session import RoleplayState
from conversation.wording import MATCH_LIMIT, STOP_WORDS, stem, topic_words, words

__all__ = [
    "MATCH_LIMIT",
    "REACTIONS",
    "STOP_WORDS",
    "PersonReply",
    "RolePlay",
    "stem",
    "topic_words",
    "words",
]

RAPPORT_MIN = 0
RAPPORT_MAX = 5
RAPPORT_START = 3
GUARDED_TURNS = 2
"""How many turns after a trap the person stays guarded."""
OPEN_UP_RAPPORT = 3
"""Rapport at which an open question with no known topic still draws something out."""
DEEPEN_RAPPORT = 2
"""Rapport needed for a reflection to earn a fact's deeper reply."""
NO_REPEAT_TURNS = 5
"""A reply is not given again within this many of the person's turns."""

REACTIONS = (
    "opened", "deepened", "short", "guarded", "trap", "confirmed", "corrected", "social",
    "permission", "informed", "unknown",
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
    Stage.INFORM: (
        FactKind.NOT_WORKING,
        FactKind.IMPORTANT_FOR,
        FactKind.WORRY,
        FactKind.WORKING,
    ),
    Stage.SUMMARY: (
        FactKind.ASPIRATION,
        FactKind.WHO,
        FactKind.STRENGTH,
        FactKind.IMPORTANT_TO,
    ),
}
"""Kinds of fact an open question with no known topic tends to draw out, by stage."""

_THANKS = re.compile(r"\b(?:thank|thanks|thankyou|cheers|diolch)\b", re.IGNORECASE)
_GREETING = re.compile(
    r"(?:hello|hi|hiya|hey|good (?:morning|afternoon|evening)|morning|afternoon|bore da|"
    r"prynhawn da|shwmae|nice to (?:meet|see)|lovely to (?:meet|see)|my name is|"
    r"i'm [\w'-]+(?: [\w'-]+)?,? (?:from|with|the))\b",
    re.IGNORECASE,
)


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


class RolePlay:
    """The scripted person for one role play; mutates the session's RoleplayState."""

    def __init__(self, script: Script, state: RoleplayState, said: Sequence[str] = ()) -> None:
        """Play the person of ``script``, carrying on from ``state``; ``said`` is what the
        person has said so far (their latest lines are not said again soon)."""
        self.script = script
        self.state = state
        self._facts = {fact.id: fact for fact in script.facts}
        """The script's facts by id (a saved state may name facts a later script dropped)."""
        self._reader = FactReader(script.facts)
        self._voice = Voice(script, said, NO_REPEAT_TURNS)
        self._permission_given = bool(said) and said[-1] in script.reactions.permission

    def opening(self) -> str:
        """What the person says first."""
        return self.script.person.opening

    def raised_topics(self) -> tuple[str, ...]:
        """The topics the person has raised, in the order told, each as the person's own
        words put it ("Siân", "the garden" as "garden"): the topics of each fact told that
        its reply names."""
        raised: list[str] = []
        for fact_id in self.state.revealed:
            fact = self._facts.get(fact_id)
            if fact is None or fact.kind is FactKind.SCALE:
                continue
            told = fact.reply + " " + (fact.deeper if fact_id in self.state.deepened else "")
            found = named_topic(told, fact)
            if found and found not in raised:
                raised.append(found)
        return tuple(raised)

    # ----------------------------------------------------------------- public reply

    def respond(self, text: str, analysis: AnalysedUtterance, stage: Stage) -> PersonReply:
        """The person's reply to the practitioner's ``text``, updating the role-play state."""
        reply = self._respond(text[:MATCH_LIMIT], analysis, stage)
        self._permission_given = reply.reaction == "permission"
        self._voice.remember(reply.text)
        return reply

    def touched(self, text: str) -> list[Fact]:
        """The script's facts the text is about, best first (see ``FactReader.touched``)."""
        return self._reader.touched(text, frozenset(self.state.revealed))

    def _respond(self, text: str, analysis: AnalysedUtterance, stage: Stage) -> PersonReply:
        state = self.state
        state.step += 1
        rng = random.Random(f"{state.seed}:{state.step}")
        traps = _distinct_traps(analysis.warnings)
        if traps:
            return self._trap(traps, rng)
        touched = self.touched(text)
        act = analysis.act
        from conversation.analysis.permission import asks_permission

        asking_leave = act in (Act.CLOSED_QUESTION, Act.INFORMATION, Act.OTHER) and \
            asks_permission(text)
        opening_ask = asking_leave and asks_permission(first_sentence(text))
        if state.guarded_turns > 0:
            state.guarded_turns -= 1
            if opening_ask:
                # Still wary, but asked leave she gives it, and hears what follows.
                state.guarded_turns = 0
                return self._permission(rng)
            if act is Act.SUMMARY:
                # Still wary: she will say whether it is right, but adds nothing more.
                return self._summary(touched, stage, rng, go_deeper=False)
            if act is Act.REFLECTION:
                self._raise_rapport()
            return self._say(self.script.reactions.unknown, "guarded", rng)
        if state.rapport <= RAPPORT_MIN and act in (Act.OPEN_QUESTION, Act.REFLECTION):
            # Closed down: a good move starts to mend things but draws nothing out yet.
            if act is Act.REFLECTION:
                self._raise_rapport()
            return self._say(self.script.reactions.unknown, "guarded", rng)
        # Leave already given, information that ends by asking for more is information.
        if asking_leave and not (
                self._permission_given and act is Act.INFORMATION and not opening_ask):
            return self._permission(rng)
        if act is Act.INFORMATION and self._permission_given:
            return self._information(text, touched, rng)
        if act is Act.CLOSED_QUESTION:
            return self._closed(touched, rng)
        if act is Act.SUMMARY:
            if not state.revealed:
                # Nothing told yet to sum up: heard as an invitation to talk.
                return self._open_question(text, touched, stage, rng)
            return self._summary(touched, stage, rng)
        if act is Act.REFLECTION:
            return self._reflection(touched, stage, rng)
        if act is Act.OPEN_QUESTION:
            return self._open_question(text, touched, stage, rng)
        if act is Act.INFORMATION:
            return self._information(text, touched, rng)
        return self._social(text, rng)

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
        return self._say(options or self.script.reactions.unknown, "trap", rng)

    def _permission(self, rng: random.Random) -> PersonReply:
        """Asked leave to share something: a yes in character (or a social reply)."""
        reactions = self.script.reactions
        options = reactions.permission or reactions.social
        if not options:
            return self._say(reactions.unknown, "unknown", rng)
        return self._say(options, "permission" if reactions.permission else "social", rng)

    def _information(self, text: str, touched: list[Fact], rng: random.Random) -> PersonReply:
        """Information: a reaction to what she was told. Asked for, it is welcome and draws
        out what it touches; unasked, it gets a brief echo of what was said."""
        state = self.state
        asked = self._permission_given
        if asked:
            self._raise_rapport()
        lead = echo(text)
        fact = touched[0] if touched else None
        if fact is not None and (asked or state.rapport >= OPEN_UP_RAPPORT):
            if fact.id not in state.revealed:
                reply = self._reveal(fact, "informed")
            elif fact.id not in state.deepened and state.rapport >= DEEPEN_RAPPORT:
                reply = self._deepen(fact)
                reply.reaction = "informed"
            else:
                reply = self._reply(first_sentence(fact.reply), "informed")
            named = named_topic(text, fact)
            if named and not in_words(fact.reply, named):
                named = None  # she picks up only a word she uses herself
            if named:
                before = text[: text.find(named)].rstrip().split()[-1:]
                if before and before[0].lower() in ("the", "your"):
                    named = f"{'the' if before[0].lower() == 'the' else 'my'} {named}"
                reply.text = join(f"{capital(named)}, yes.", reply.text)
            return reply
        if lead is None:
            return self._say(self.script.reactions.unknown, "unknown", rng)
        closing = self._pick(self.script.reactions.unknown, rng)
        return self._reply(join(f"{lead}.", closing), "informed")

    def _closed(self, touched: list[Fact], rng: random.Random) -> PersonReply:
        """A closed question: a short answer that opens nothing new."""
        options = self.script.reactions.closed_question
        if not options:
            options = tuple(first_sentence(fact.reply) for fact in touched[:1])
        return self._say(options or self.script.reactions.unknown, "short", rng)

    def _open_question(
        self, text: str, touched: list[Fact], stage: Stage, rng: random.Random
    ) -> PersonReply:
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
        last = self._facts.get(state.last_fact or "")
        if not touched and last is not None and last.id not in state.deepened \
                and state.rapport >= DEEPEN_RAPPORT and asks_for_more(text):
            # "Tell me a bit more about what happened": more of what she has just said.
            return self._deepen(last)
        if state.rapport >= OPEN_UP_RAPPORT:
            # Something of the same kind as what was asked about, else suited to the stage.
            kinds = tuple(fact.kind for fact in touched)
            next_fact = self._next_of_kinds(kinds) if kinds else None
            if next_fact is None and not touched:
                next_fact = self._next_of_kinds(STAGE_KINDS.get(stage, ()))
            if next_fact is not None:
                return self._reveal(next_fact, "opened")
            if not touched:
                later = self._next_to_deepen(STAGE_KINDS.get(stage, ()))
                if later is not None:
                    return self._deepen(later)
        if touched:
            # Nothing new to tell: the person says again, briefly, what they said before.
            return self._say((first_sentence(touched[0].reply),), "short", rng)
        return self._say(self.script.reactions.unknown, "unknown", rng)

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
            return self._say(self.script.reactions.summary_confirmed, "confirmed", rng)
        if state.rapport >= OPEN_UP_RAPPORT:
            next_fact = self._next_of_kinds(STAGE_KINDS.get(stage, ()))
            if next_fact is not None:
                return self._reveal(next_fact, "opened")
        if state.revealed:
            return self._say(self.script.reactions.summary_confirmed, "confirmed", rng)
        return self._say(self.script.reactions.unknown, "unknown", rng)

    def _summary(
        self, touched: list[Fact], stage: Stage, rng: random.Random, go_deeper: bool = True
    ) -> PersonReply:
        """A summary: confirmed when it gathers what was said, corrected when it misses it."""
        state = self.state
        mentioned = [fact for fact in touched if fact.id in state.revealed]
        fresh_named = [fact for fact in touched if fact.id not in state.revealed]
        if not mentioned and fresh_named and go_deeper:
            # It names something she has not told yet: she takes it up.
            return self._reveal(self._best_for_stage(fresh_named, stage), "opened")
        needed = 1 if len(state.revealed) <= 2 else 2
        if len(mentioned) >= needed:
            self._raise_rapport()
            reply = self._say(self.script.reactions.summary_confirmed, "confirmed", rng)
            fresh = [fact for fact in mentioned if fact.id not in state.deepened]
            if fresh and go_deeper and state.rapport >= DEEPEN_RAPPORT:
                deeper = self._deepen(fresh[0])
                reply.text = join(reply.text, deeper.text)
                reply.deepened = deeper.deepened
            return reply
        if mentioned:
            self._raise_rapport()
            deepen = go_deeper and mentioned[0].id not in state.deepened
            if deepen and state.rapport >= DEEPEN_RAPPORT:
                return self._deepen(mentioned[0])
        return self._say(self.script.reactions.summary_corrected, "corrected", rng)

    def _social(self, text: str, rng: random.Random) -> PersonReply:
        """A hello, thanks or small talk gets a social reply in character, not a blank."""
        reactions = self.script.reactions
        options: tuple[str, ...] = ()
        if _GREETING.match(text.strip()):
            options = reactions.greeting
        elif _THANKS.search(text):
            options = reactions.thanks
        options = options or reactions.social
        if not options:
            return self._say(reactions.unknown, "unknown", rng)
        return self._say(options, "social", rng)

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

    def _next_to_deepen(self, kinds: Sequence[FactKind]) -> Fact | None:
        """The most recently told fact of these kinds that has not been deepened."""
        for fact_id in reversed(self.state.revealed):
            fact = self._facts.get(fact_id)
            if fact is not None and fact.kind in kinds and fact_id not in self.state.deepened:
                return fact
        return None

    def _raise_rapport(self) -> None:
        """Good technique: rapport rises by one, up to the maximum."""
        self.state.rapport = min(RAPPORT_MAX, self.state.rapport + 1)

    def _say(self, options: Sequence[str], reaction: str, rng: random.Random) -> PersonReply:
        """One of the options, not one said in the last few turns; when every option has
        been said lately, something else in character."""
        return self._reply(self._pick(options, rng), reaction)

    def _pick(self, options: Sequence[str], rng: random.Random) -> str:
        """The seeded choice among the options not said lately, else a line of the person's
        own built from what they have told."""
        told = [fact for fact_id in self.state.revealed if (fact := self._facts.get(fact_id))]
        return self._voice.pick(options, rng, told)

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


def _distinct_traps(warnings: Sequence[TrapWarning]) -> list[Trap]:
    """The traps in a set of warnings, each once, in order."""
    traps: list[Trap] = []
    for warning in warnings:
        if warning.trap not in traps:
            traps.append(warning.trap)
    return traps
