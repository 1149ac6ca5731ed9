"""Text helpers shared by the analysers: length-preserving normalisation and sentence spans.

Normalisation keeps every character position, so evidence found in the normalised text is
cut from the original text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def normalise(text: str) -> str:
    """Lower-case copy of ``text``, same length: quotes straightened, controls blanked."""
    return _CONTROL.sub(" ", text[:MAX_CHARS].translate(_SAME_LENGTH)).lower()


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
