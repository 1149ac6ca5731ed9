"""The question-and-answer rule across turns: a run of closed or leading questions.

A practitioner who asks closed or leading questions one after another, with no reflection
or summary between them, is interviewing rather than listening. Open questions, such as the
stage guide's scale question and its follow-up, do not add to the run; a reflection or a
summary ends it. The third such question in a run, and each one after it, carries the
question-and-answer trap, and the warning names where the line stands in the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from conversation.analysis._text import normalise, word_span
from conversation.analysis.permission import offers_to_share
from conversation.model import Act, Trap, TrapWarning

RUN_STARTS_AT = 3
"""The place in a run at which the warning is first given."""

_STATEMENT_TRAPS = frozenset(Trap) - {Trap.QUESTION_AND_ANSWER}
_NEGATIVE_AUX = (
    r"(?:don't|doesn't|didn't|won't|wouldn't|shouldn't|isn't|aren't|wasn't|weren't|haven't|"
    r"hasn't|hadn't|can't|couldn't|mustn't)"
)
_LEADING = re.compile(
    rf"^(?:(?:and|but|so|well|surely),? )?{_NEGATIVE_AUX} (?:you|it|that|this|they|we|he|she|"
    rf"there)\b"
    rf"|^why {_NEGATIVE_AUX} you\b"
    rf"|^(?:surely|you do realise|you do know|you (?:must|should|need to|have to|can't|won't))\b"
    rf"|\bdon't you think\b|\bwouldn't (?:it|you) (?:be|say|agree)\b"
    rf"|, (?:{_NEGATIVE_AUX}|is|are|do|does|did|will|would|right|surely|yeah|eh)"
    rf"(?: (?:it|you|they|that|we|he|she|there|i))?\W*$"
)
"""A question that pushes an answer: a negative start ("Don't you think..."), a blaming
"why didn't you", a statement with a question mark ("You do realise...?") or a tag
("..., isn't it?")."""
_QUESTION_SENTENCE = re.compile(r"[^.?!]*\?")

ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
)


def ordinal(position: int) -> str:
    """The place in a run in words ("third"), or in figures past the tenth ("12th")."""
    if 1 <= position <= len(ORDINALS):
        return ORDINALS[position - 1]
    suffix = "th" if 10 <= position % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        position % 10, "th")
    return f"{position}{suffix}"


def leading_question(text: str) -> bool:
    """True when a question in the text pushes the answer it wants."""
    norm = normalise(text)
    return any(
        _LEADING.search(sentence.strip(" \t-—–,;:").lower())
        for sentence in _QUESTION_SENTENCE.findall(norm)
    )


def adds_to_run(text: str, act: Act, traps: Iterable[Trap] = ()) -> bool:
    """True when the line is a closed or leading question, which adds to a run.

    A question that also carries a statement trap (telling, deciding, warning: "Have you
    thought about a care home?") leads as well. Asking permission ("Mind if I share
    something?") does not add to a run.
    """
    if offers_to_share(text):
        return False  # asking leave to share is good practice, not an interrogation
    if act is Act.CLOSED_QUESTION:
        return True
    if "?" not in text:
        return False
    return leading_question(text) or bool(_STATEMENT_TRAPS & set(traps))


def ends_run(act: Act) -> bool:
    """True when the line is a reflection or a summary, which ends a run."""
    return act in (Act.REFLECTION, Act.SUMMARY)


def run_message(position: int) -> str:
    """Why the question-and-answer warning matters, naming the line's place in the run."""
    return (
        f"This is the {ordinal(position)} closed or leading question in a row with no "
        "reflection or summary between them. A run of questions like this feels like an "
        "interrogation, and the person stops telling their story."
    )


def run_warning(text: str, position: int, suggestion: str) -> TrapWarning:
    """The question-and-answer warning for a line at ``position`` in a run: its evidence
    is the line's last question (or the whole line)."""
    norm = normalise(text)
    questions = list(_QUESTION_SENTENCE.finditer(norm))
    if questions:
        start, end = questions[-1].start(), questions[-1].end()
    else:
        start, end = 0, len(norm.rstrip())
    end = min(end, len(text))
    start, end = word_span(text, start, end)
    return TrapWarning(Trap.QUESTION_AND_ANSWER, text[start:end], run_message(position),
                       suggestion)
