"""Utterance analysis: the dialogue act of what a practitioner says and the conversational
traps in it, each with its evidence, why it matters and a better way to say it.

Pure domain code, fast enough for every keystroke (rules precompiled at import, no I/O).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from conversation.analysis import acts as _acts
from conversation.analysis import traps as _traps
from conversation.analysis._text import Sentence, normalise, sentences
from conversation.analysis.learned import act_probabilities, learned_hits
from conversation.analysis.suggest import MESSAGES, suggestion_for
from conversation.model import Act, Trap, TrapWarning

__all__ = [
    "CONVERSATION_SEPARATOR",
    "Analysis",
    "Feedback",
    "LiveAnalyser",
    "analyse",
    "analyse_conversation",
    "feedback",
    "split_conversations",
]

CONVERSATION_SEPARATOR = "---"
"""A line holding only this starts a new conversation in ``conversation analyse --conversation``."""

_TRAP_ORDER = {trap: index for index, trap in enumerate(Trap)}
_WH = re.compile(r"\b(?:what|how|when|where|who|why|which)\b")
_CHAINED = re.compile(
    r"(?:,|\band|\bor|;)\s+(?:also |then )?(?:(?:what|how|when|where|who|why|which)(?:'s)? "
    r"(?:do|did|does|is|are|was|were|have|has|can|could|would|will) (?:you|he|she|they|it)|"
    r"(?:do|did|does|are|is|was|were|have|has|can|could|would|will) (?:you|he|she|they)) "
    r"(?!think|reckon|say|feel|suppose|know|mean|agree)\w+"
)
_WH_PAIR = re.compile(
    r"\b(?:what|how|when|where|who|why|which)(?:,| and| or|, and| or even) (?:what|how|when|"
    r"where|who|why|which)\b"
)
_ONSET = re.compile(
    r"^(?:what|how|when|where|who|why|which|do|did|does|are|is|was|were|have|has|can|could|"
    r"would|will)\b"
)
_STATEMENT_TRAPS = frozenset(
    {Trap.EXPERT, Trap.POWER, Trap.PROBLEM_SOLVING, Trap.YES_BUT, Trap.LABELLING,
     Trap.CONFRONTATIONAL}
)


@dataclass(frozen=True)
class Analysis:
    """The act and trap warnings of one utterance."""

    text: str
    act: Act
    warnings: tuple[TrapWarning, ...] = ()

    @property
    def traps(self) -> tuple[Trap, ...]:
        """The traps found, in the fixed order of ``Trap``, each once."""
        return tuple(sorted({w.trap for w in self.warnings}, key=_TRAP_ORDER.__getitem__))


def _warning(trap: Trap, text: str, start: int, end: int) -> TrapWarning:
    evidence = text[start:end]
    return TrapWarning(trap, evidence, MESSAGES[trap], suggestion_for(trap, text, evidence))


def _stacked_questions(norm: str, sents: list[Sentence]) -> tuple[int, int] | None:
    questions = _acts.question_sentences(sents)
    if len(questions) >= 2:
        return questions[0][0].start, questions[-1][0].end
    for sentence, _kind in questions:
        if len(_WH.findall(sentence.text)) >= 3 and ("," in sentence.text or " or " in
                                                      sentence.text):
            return sentence.start, sentence.end
        if _WH_PAIR.search(sentence.text):
            return sentence.start, sentence.end
        body = _acts.strip_lead(sentence.text)
        if _ONSET.match(body) and sentence.text.endswith("?") and any(
            match.start() > 0 for match in _CHAINED.finditer(body)
        ):
            return sentence.start, sentence.end
    return None


_UNSURE_ACTS = frozenset({Act.REFLECTION, Act.INFORMATION, Act.OTHER})
ACT_MODEL_THRESHOLD = 0.9
"""Probability the act model needs to relabel an utterance the rules read as a statement."""


def _learned_act(norm: str, act: Act) -> Act:
    """The rules' act, or the act model's where the rules are unsure: an utterance with no
    question mark that the rules read as a statement (transcribed speech drops the "?", and
    the line between reflection, information and small talk is soft)."""
    if act not in _UNSURE_ACTS or "?" in norm:
        return act
    probabilities = act_probabilities(norm)
    if not probabilities:
        return act
    best = max(probabilities, key=probabilities.__getitem__)
    if probabilities[best] >= ACT_MODEL_THRESHOLD:
        return best
    return act


def analyse(text: str) -> Analysis:
    """Label one practitioner utterance and find the traps in it."""
    norm = normalise(text)
    sents = sentences(norm)
    act = _acts.classify(norm, sents)
    act = _learned_act(norm, act)
    hits = _traps.find_rule_hits(norm, sents)
    yes_but = _traps.find_yes_but(norm, sents)
    if yes_but is not None:
        hits.append(yes_but)
    found = {hit.trap for hit in hits}
    for trap, start, end, _probability in learned_hits(norm):
        if trap in found or _traps.in_view(norm, sents, start, end):
            continue
        sentence = next((s for s in sents if s.start <= start < s.end), None)
        if sentence is None or sentence.text.endswith("?"):
            continue
        if not _traps.has_perspective(sentence.text):
            hits.append(_traps.Hit(trap, start, end))
    stacked = _stacked_questions(norm, sents)
    if stacked is not None:
        hits.append(_traps.Hit(Trap.QUESTION_AND_ANSWER, *stacked))
    seen: set[Trap] = set()
    warnings: list[TrapWarning] = []
    for hit in sorted(hits, key=lambda h: (_TRAP_ORDER[h.trap], h.start)):
        if hit.trap in seen:
            continue
        seen.add(hit.trap)
        warnings.append(_warning(hit.trap, text, hit.start, hit.end))
    if act in (Act.REFLECTION, Act.SUMMARY, Act.OTHER) and seen & _STATEMENT_TRAPS:
        act = Act.INFORMATION
    return Analysis(text, act, tuple(warnings))


def _with_question_run(analysis: Analysis) -> Analysis:
    if Trap.QUESTION_AND_ANSWER in analysis.traps:
        return analysis
    text = analysis.text
    norm = normalise(text)
    sents = sentences(norm)
    questions = _acts.question_sentences(sents)
    if questions:
        start, end = questions[-1][0].start, questions[-1][0].end
    else:
        start, end = 0, len(text[: len(norm)].rstrip())
    warning = TrapWarning(
        Trap.QUESTION_AND_ANSWER,
        text[start:end],
        "This is the third question in a row with no reflection or summary between them. "
        "A run of questions feels like an interrogation and the person stops telling their "
        "story.",
        "Reflect what you have heard before asking more: \"It sounds like...\" or sum up "
        "what the person has said so far.",
    )
    return Analysis(text, analysis.act, (*analysis.warnings, warning))


def analyse_conversation(texts: Sequence[str]) -> list[Analysis]:
    """Analyse consecutive practitioner turns of one conversation.

    The third and each later question in a run with no reflection or summary between them
    also carries the question-and-answer trap.
    """
    results: list[Analysis] = []
    run = 0
    for text in texts:
        analysis = analyse(text)
        if analysis.act in (Act.REFLECTION, Act.SUMMARY):
            run = 0
        elif analysis.act.is_question:
            run += 1
            if run >= 3:
                analysis = _with_question_run(analysis)
        results.append(analysis)
    return results


def split_conversations(lines: Sequence[str]) -> list[list[str]]:
    """Split lines into conversations at each line holding only ``---``."""
    conversations: list[list[str]] = [[]]
    for line in lines:
        if line.strip() == CONVERSATION_SEPARATOR:
            conversations.append([])
        else:
            conversations[-1].append(line)
    return [conversation for conversation in conversations if conversation]


from conversation.analysis.feedback import Feedback, feedback  # noqa: E402
from conversation.analysis.live import LiveAnalyser  # noqa: E402
