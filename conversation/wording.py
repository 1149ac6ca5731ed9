"""Words as the scripted person and the better-line suggestions compare them.

Lower-cased, accents and apostrophes tolerated, each word cut to a rough stem so that
'walks', 'walking' and 'walked' meet. Pure and tiny: no I/O, nothing built at import beyond
a few small tables.
"""

from __future__ import annotations

import re
import unicodedata

MATCH_LIMIT = 20_000
"""Characters of an utterance read for words; a longer paste is read on its start."""

_STOP_TEXT = (
    "a an the and or but of to in on at for with by from about as is are was were be been "
    "am do does did i you your yours me my mine we our us he she it its they them their "
    "this that these those what how why when where who which there here so very just "
    "really have has had yes can could would should will shall may might must"
)
_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"'s\b")


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


def fold(text: str) -> str:
    """The text lower-cased, with possessive 's and apostrophes taken out."""
    folded = unicodedata.normalize("NFKC", text[:MATCH_LIMIT]).casefold()
    return _POSSESSIVE.sub("", folded.replace("’", "'")).replace("'", "")


def words(text: str) -> list[str]:
    """The stemmed words of a text, lower-cased, accents and apostrophes tolerated."""
    return [stem(plain(word)) for word in _WORD.findall(fold(text))]


def same_word(first: str, second: str) -> bool:
    """True when two stems are one word told two ways: equal, or long and alike but for
    their last letter or two ('confident' and 'confidence', 'practice' and 'practise',
    'worried' and 'worry'); short words must be equal ('work' is not 'worker')."""
    if first == second:
        return True
    shorter = min(len(first), len(second))
    if shorter < 5:
        return False
    common = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(4, shorter - 1)


def has_word(found: frozenset[str] | set[str], word: str) -> bool:
    """True when a set of stems holds the word or one told another way."""
    return word in found or any(same_word(word, other) for other in found)


_COMMON_TEXT = (
        "like know think feel felt said say tell told thing things stuff time times way day "
        "days week lot bit people well going get got make made take look see come back "
        "good bad right sure okay alright mean means much many more most some any all one "
        "two also even still only never ever always again now then sound sounds sounded "
        "because while other others something anything everything nothing little want "
        "matter matters important really quite rather been being into over out off down up"
)
COMMON = frozenset(stem(word) for word in _COMMON_TEXT.split())
"""Common words that say nothing of a topic on their own."""


def plain(text: str) -> str:
    """A word without its accents ('siân' -> 'sian'), for matching names typed either way."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def topic_words(topic: str) -> frozenset[str]:
    """The words a topic needs to find in a line: its content words, or all when none."""
    all_words = words(topic)
    content = [word for word in all_words if word not in STOP_WORDS]
    return frozenset(content or all_words)
