"""How the scripted person reads a practitioner's line, beyond its act and traps.

The analysis says what a line is (an open question, a reflection, information) and which
traps it falls into; this module says what the line is about and what it asks of the person:
which of the script's facts it touches (by word stems and the synonyms a script lists as a
fact's topics, or by picking up the person's own words), whether it asks for more of what
was just said, whether it names a point on the 1 to 10 scale, and a phrase of it the person
can echo. (Whether it asks permission to share is read in ``analysis.permission``, which the
question-and-answer rule uses too.) Pure and deterministic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conversation.model import FactKind
from conversation.script import Fact
from conversation.wording import COMMON, MATCH_LIMIT, STOP_WORDS, has_word, topic_words, words

OWN_WORDS_NEEDED = 2
"""Words of a fact's reply a line must pick up to be about that fact without its topics."""

_MORE = re.compile(
    r"\b(?:(?:a (?:little |bit )?)?more|go on|carry on|what happened|what was (?:that|it) "
    r"like|how was that|say more|expand|what else)\b"
)
"""A line asking for more of what was just said."""
_SCALE_NUMBER = re.compile(
    r"(?<![\w-])(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w-])"
    r"(?! (?:years?|months?|weeks?|days?|hours?|minutes?|times?|o'clock|pounds?|miles?)\b)"
)
_SCALE_TALK = re.compile(r"\b(?:out of (?:10|ten)|next number|on the scale|a point|a notch)\b")


def asks_for_more(text: str) -> bool:
    """True when the line asks the person to say more of what they were saying."""
    return bool(_MORE.search(text.casefold()))


def names_scale_point(text: str) -> bool:
    """True when the line names a point on a 1 to 10 scale or talks of the next number."""
    folded = text.casefold()
    return bool(_SCALE_NUMBER.search(folded) or _SCALE_TALK.search(folded))


def content_words(text: str) -> frozenset[str]:
    """The stems of a text that can carry a topic (not small or common words)."""
    return frozenset(
        word for word in words(text)
        if len(word) >= 4 and word not in STOP_WORDS and word not in COMMON
    )


class FactReader:
    """Finds the script's facts a line is about, ranked by how much of each it names."""

    def __init__(self, facts: tuple[Fact, ...]) -> None:
        """Read lines against these facts (their topics and their replies)."""
        self.facts = facts
        self._topics = {
            fact.id: tuple(topic_words(topic) for topic in fact.topics if topic_words(topic))
            for fact in facts
        }
        self._own = {fact.id: content_words(fact.reply) for fact in facts}

    def topic_score(self, fact: Fact, found: frozenset[str]) -> int:
        """How many of the fact's topics the line names (each topic word, by stem)."""
        return sum(
            1 for topic in self._topics.get(fact.id, ())
            if all(has_word(found, word) for word in topic)
        )

    def own_words(self, fact: Fact, found: frozenset[str]) -> int:
        """How many content words of the fact's reply the line picks up."""
        return sum(1 for word in self._own.get(fact.id, ()) if has_word(found, word))

    def touched(self, text: str, revealed: frozenset[str] = frozenset()) -> list[Fact]:
        """The facts the line is about, best first (script order breaks ties).

        A fact is touched when the line names one of its topics, or, once the person has
        told it, when the line picks up enough of the person's own words about it (a
        reflection in other words). A scale fact already told is touched by a point on the
        scale ("A four. What would get you to a five?").
        """
        found = set(words(text))
        if not found:
            return []
        frozen = frozenset(found)
        content = content_words(text)
        scored: list[tuple[int, int, Fact]] = []
        for index, fact in enumerate(self.facts):
            score = 2 * self.topic_score(fact, frozen)
            if fact.id in revealed:
                own = self.own_words(fact, content)
                if own >= OWN_WORDS_NEEDED:
                    score += own
                if fact.kind is FactKind.SCALE and names_scale_point(text):
                    score += 2
            if score:
                scored.append((-score, index, fact))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [fact for _score, _index, fact in scored]


_DETERMINED = re.compile(r"\b(the|a|an|some|your|any)\s+", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'-]+")


def echo(text: str, avoid: frozenset[str] = frozenset()) -> str | None:
    """A short phrase of what the practitioner said, as the person might say it back
    ("The reablement team"), or None when the line has none: up to two words after "the",
    "a" or "your", up to the first small word, ending on a word that names something."""
    for match in _DETERMINED.finditer(text):
        taken: list[str] = []
        for token in _TOKEN.finditer(text, match.end()):
            if token.start() != match.end() + sum(len(t) + 1 for t in taken):
                break  # punctuation ends the phrase
            stemmed = words(token.group(0))
            if not stemmed or stemmed[0] in STOP_WORDS or len(taken) == 2:
                break
            taken.append(token.group(0))
        while taken and (len(taken[-1]) < 4 or words(taken[-1])[0] in COMMON
                         or words(taken[-1])[0] in avoid):
            taken.pop()
        if not taken or words(taken[0])[0] in COMMON:
            continue
        phrase = " ".join(taken)
        if match.group(1).lower() in ("the", "your"):
            return f"The {phrase}" if match.group(1).lower() == "the" else f"My {phrase}"
        return phrase[0].upper() + phrase[1:]
    return None


@lru_cache(maxsize=1024)
def named_topic(text: str, fact: Fact) -> str | None:
    """The first of the fact's topics (the script lists the main one first) that the text
    names, as the text writes it; a single word ending -ing or -ed ('waiting', 'lived') is
    passed over, as it names no thing to talk about."""
    for topic in fact.topics:
        if " " not in topic.strip() and topic.strip().lower().endswith(("ing", "ed")):
            continue
        found = in_words(text, topic)
        if found:
            return found
    return None


def in_words(text: str, topic: str) -> str | None:
    """The topic as the text writes it (its own case and accents), when the text names it
    as whole words; None otherwise."""
    wanted = words(topic)
    if not wanted:
        return None
    tokens = list(re.finditer(r"[\w'’-]+", text[:MATCH_LIMIT]))
    stems = [words(token.group(0))[:1] or [""] for token in tokens]
    flat = [stem_list[0] for stem_list in stems]
    for index in range(len(flat) - len(wanted) + 1):
        if flat[index:index + len(wanted)] == wanted:
            first, last = tokens[index], tokens[index + len(wanted) - 1]
            return text[first.start():last.end()]
    return None
