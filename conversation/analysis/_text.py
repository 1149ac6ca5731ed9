"""Text helpers shared by the analysers: length-preserving normalisation and sentence spans.

Normalisation keeps every character position, so evidence found in the normalised text is
cut from the original text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import eq

MAX_CHARS = 4000
"""Only the first part of a very long paste is analysed (traps and act); the text is kept."""

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": ".",
        "\u2013": ",",
        "\u2014": ",",
        "\uff1f": "?",
    }
)
_LONG_DASHES = "\u2013\u2014"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


_HESITATION = r"(?:um+|uh+|er+|erm+|ah+)"
_FILLER = rf"(?:{_HESITATION}|like|sorry|i mean|you know)"
_FALSE_START = re.compile(
    r"(?<![\w'])((?:[a-z]+(?:'[a-z]+)? ){0,3}[a-z]+(?:'[a-z]+)?)(?: *-+ *| *, *| +)"
    rf"(?:{_FILLER}(?: *-+ *| *, *| +))?\1(?![\w'])"
)
"""A spoken false start: one to four words said again straight after, perhaps with a filler
between ("what's- what's a good day", "was that, was that before", "how do you how do you
find", "is he, um, is he still at the nursery")."""


def _blank_false_start(match: re.Match[str]) -> str:
    return " " * (match.start(1) - match.start()) + " " * (
        match.end() - match.start() - len(match.group(1))) + match.group(1)


_ASKS = (
    r"(?:what|how|who|where|when|why|which|do|does|did|is|are|was|were|have|has|had|can|could|"
    r"would|will|should)"
)
_RESTART = re.compile(
    rf"(?<![\w'])({_ASKS}(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?){{0,3}})"
    rf"((?:,? *(?:{_FILLER}|roughly),?)? *-+ *(?:(?:{_FILLER}|roughly),? *-* *)?"
    rf"|,? +{_HESITATION},? +)"
    rf"(?={_ASKS}(?:'[a-z]+)?\b)"
)
"""A question begun, broken off at a dash or a filler and begun again ("what's - what do you
want", "does he - is he sleeping", "how'd you - um - how did you manage", "is the baby, um,
is she sleeping")."""
_UNFINISHED = re.compile(
    r"(?:^| )(?:i|he|she|we|they|the|a|an|your|his|her|their|my|our|"
    r"do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|'s|'d|'ve|'re)$"
    r"|'(?:s|d|ve|re|ll)$"
)
"""The end of a broken-off question that could not end a question: a subject, a determiner,
an auxiliary ("is his dad -", "how'd you -", "what's -")."""


_AUX_SUBJECT = re.compile(
    r"^(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should) "
    r"(?:you|i|he|she|we|they|it|that|there|this)$"
)
"""A question broken off after its auxiliary and subject ("are you -", "did you -")."""


def _stem(word: str) -> str:
    return word.split("'")[0]


def _blank_restart(match: re.Match[str]) -> str:
    begun = match.group(1)
    again = match.string[match.end():].split(" ", 1)[0]
    if (_stem(begun.split(" ", 1)[0]) == _stem(again) or _UNFINISHED.search(begun)
            or _AUX_SUBJECT.match(begun)):
        return " " * (match.end() - match.start())
    return match.group(0)


def normalise(text: str) -> str:
    """Lower-case copy of ``text``, same length: quotes straightened, controls blanked, and
    the first saying of a spoken false start blanked, so "what do you- what do you want" and
    "does he - is he sleeping" each read as one question."""
    norm = _CONTROL.sub(" ", text[:MAX_CHARS].translate(_SAME_LENGTH)).lower()
    if _may_repeat(norm):
        norm = _FALSE_START.sub(_blank_false_start, norm)
    norm = _RESTART.sub(_blank_restart, norm)
    if "\u2014" in text or "\u2013" in text:
        norm = _restarts_at_long_dashes(text, norm)
    return norm


def _restarts_at_long_dashes(text: str, norm: str) -> str:
    """``norm`` with the questions begun again at a long dash blanked ("are you \u2014 do
    you want the curtains open?"); a long dash reads as a comma everywhere else."""
    # The text may run past norm (cut at MAX_CHARS); padded, it never falls short of it.
    source = text.ljust(len(norm))
    dashed = "".join("-" if t in _LONG_DASHES else c
                     for c, t in zip(norm, source, strict=False))
    blanked = _RESTART.sub(_blank_restart, dashed)
    return "".join("," if b == "-" and t in _LONG_DASHES else b
                   for b, t in zip(blanked, source, strict=False))


_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_FILLER_WORDS = frozenset({"um", "umm", "uh", "er", "erm", "ah", "like", "sorry"})


def _may_repeat(norm: str) -> bool:
    """True when some run of one to four words is said twice in a row (a quick test before
    the exact search, which is slower)."""
    words = [word for word in _WORD.findall(norm) if word not in _FILLER_WORDS]
    for size in range(1, 5):
        for index in compress(range(len(words)), map(eq, words, words[size:])):
            if words[index:index + size] == words[index + size:index + 2 * size]:
                return True
    return False


@dataclass(frozen=True)
class Sentence:
    """One sentence of an utterance: its span in the text and its normalised words."""

    start: int
    end: int
    text: str
    """Normalised (lower-case) sentence text, stripped."""

    @property
    def is_question_mark(self) -> bool:
        """True when the sentence ends with a question mark."""
        return self.text.endswith("?")


def sentences(norm: str) -> list[Sentence]:
    """Split normalised text into sentences that contain at least one letter or digit."""
    found: list[Sentence] = []
    for match in _SENTENCE.finditer(norm):
        chunk = match.group()
        stripped = chunk.strip(" \t\r\"'()[]")
        if not any(ch.isalnum() for ch in stripped):
            if found and "?" in chunk:
                last = found[-1]
                found[-1] = Sentence(last.start, match.end(), last.text + "?")
            continue
        lead = len(chunk) - len(chunk.lstrip(" \t\r\"'()[]"))
        found.append(Sentence(match.start() + lead, match.end(), stripped))
    return found


def word_count(norm: str) -> int:
    """Number of words in the text."""
    return len(norm.split())


_APOSTROPHES = "'\u2019\u2018\u02bc`"


def _joins(text: str, left: int) -> bool:
    """True when the characters at ``left`` and ``left + 1`` belong to one word (letters or
    digits, or an apostrophe inside a word such as "it's" or "we'll")."""
    if left < 0 or left + 1 >= len(text):
        return False
    a, b = text[left], text[left + 1]
    if a.isalnum() and b.isalnum():
        return True
    if b in _APOSTROPHES:
        return a.isalnum() and left + 2 < len(text) and text[left + 2].isalnum()
    if a in _APOSTROPHES:
        return b.isalnum() and left > 0 and text[left - 1].isalnum()
    return False


def word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words of ``text`` and trimmed of surrounding spaces, so
    evidence never starts or ends inside a word ("ll let you" becomes "I'll let you")."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start > 0 and _joins(text, start - 1):
        start -= 1
    while end < len(text) and _joins(text, end - 1):
        end += 1
    while start < end and text[start] in _APOSTROPHES and _joins(text, start):
        start += 1
    return start, end
