"""Utterance analysis: the dialogue act of what a practitioner says and the conversational
traps in it, each with its evidence, why it matters and a better way to say it.

Rules decide first. Small learned models (``learned.py``, plain JSON weights read on first
use) back them up: a trap model may add a trap the rules missed when some words in the
utterance weigh clearly towards it, and the act model may relabel an utterance with no
question mark that the rules read as a reflection or as information.

Pure domain code, fast enough for every keystroke (rules precompiled at import, no I/O at
import).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from conversation.analysis import acts as _acts
from conversation.analysis import traps as _traps
from conversation.analysis._text import Sentence, normalise, sentences, word_span
from conversation.analysis.context import Context
from conversation.analysis.learned import act_probabilities, learned_hits
from conversation.analysis.question_run import RUN_STARTS_AT, adds_to_run, ends_run, run_warning
from conversation.analysis.suggest import MESSAGES, better_line, suggestion_for
from conversation.model import Act, Trap, TrapWarning

__all__ = [
    "CONVERSATION_SEPARATOR",
    "Analysis",
    "Context",
    "Feedback",
    "LiveAnalyser",
    "adds_to_question_run",
    "analyse",
    "analyse_conversation",
    "feedback",
    "split_conversations",
    "with_question_run",
]

CONVERSATION_SEPARATOR = "---"
"""A line holding only this starts a new conversation in ``conversation analyse --conversation``."""

_TRAP_ORDER = {trap: index for index, trap in enumerate(Trap)}
_WH_PAIR = re.compile(
    r"\b(what|how|when|where|who|why|which)(?:,| and| or|, and| or even) (?!\1\b)(?:what|how|"
    r"when|where|who|why|which)\b"
)
_ADDRESSED = re.compile(r"\b(?:you|your|yourself|u|ya|him|her|them|his|their)\b")
"""A decision about someone: the back-up model alone never raises power without one."""
_AS_ASKED = re.compile(
    r"\b(?:you asked|as you asked|you wanted|you requested|you chose|you picked|you said you "
    r"wanted|you'd like|you would like|you agreed to|we agreed|as agreed|agreed with you)\b"
)
"""Acting on what the person asked for or agreed is not deciding for them."""
_CONSEQUENCE = re.compile(r"\b(?:if|unless) you\b|\bor (?:else )?you\b|\botherwise\b")
"""A warning of what will happen: confrontation, not a decision, so power is not added."""


def _sentence_text(sents: list[Sentence], pos: int) -> str:
    return next((s.text for s in sents if s.start <= pos < s.end), "")


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


def _warning(
    trap: Trap, text: str, start: int, end: int, context: Context | None = None
) -> TrapWarning:
    start, end = word_span(text, start, end)
    evidence = text[start:end]
    return TrapWarning(
        trap, evidence, MESSAGES[trap], suggestion_for(trap, text, evidence, context)
    )


def _stacked_questions(norm: str, sents: list[Sentence], act: Act) -> tuple[int, int] | None:
    questions = _acts.question_sentences(sents)
    if act is Act.SUMMARY:
        questions = [question for question in questions if question[0].is_question_mark]
    full = [q for q in questions if not _is_fragment(q[0])]
    if len(questions) >= 4 or (len(questions) >= 3 and len(full) >= 2) or (
            len(questions) == 2 and _two_closed(questions)):
        return questions[0][0].start, questions[-1][0].end
    for sentence, _kind in questions:
        if _WH_PAIR.search(sentence.text):
            return sentence.start, sentence.end
        if _stacked_onsets(sentence.text):
            return sentence.start, sentence.end
    for sentence in sents:
        if not sentence.text.endswith("?") and act is not Act.SUMMARY and \
                _stacked_onsets(sentence.text):
            return sentence.start, sentence.end
    return None


_FULL_QUESTION = re.compile(
    r"^(?:what|how|when|where|who|why|which|whose|do|does|did|is|are|was|were|have|has|had|can|"
    r"could|would|will|shall|should|any|anything|anyone|anybody|you|got|seen|been|had|ever|"
    r"still)\b"
)


def _is_fragment(sentence: Sentence) -> bool:
    """A short follow-on that offers options or narrows ("Angry? Sad?", "And eating?")."""
    body = _acts.strip_lead(sentence.text)
    return len(body.split()) <= 3 and not _FULL_QUESTION.match(body) and not re.search(
        r"\w{3,}ing\b", body)


def _two_closed(questions: list[tuple[Sentence, Act]]) -> bool:
    """Two questions in a row are a stack when both are closed and the second is a question
    of its own, not a fragment that narrows the first ("Any better?", "Angry? Sad?"): an
    open question followed by a narrowing or a rephrasing is one question asked twice."""
    (_first, first_kind), (second, second_kind) = questions
    return (first_kind is Act.CLOSED_QUESTION and second_kind is Act.CLOSED_QUESTION
            and not _is_fragment(second))


_OWN_CHOICE = re.compile(
    r"^\w+(?: \w+)? (?:would|could|might|will|can) you\b|^\w+(?: \w+)? do (?:you|we) (?:want|"
    r"like|prefer|choose)\b|\bwould help\b|^(?:what|which|who)(?:'s| has| have)? (?:\w+ )?"
    r"(?:worked|helped|helps|works)\b|\bbest placed\b|\b(?:do|help with|take on|lead on) "
    r"(?:it|that|this)\W*$"
)
"""A second part about the person's own choice or wish, or about what has worked or helped,
links to the first ("what have you tried, and what's worked?")."""
_MIRRORED = re.compile(
    r"^\w+(?:'s| is)? (?:not|isn't)\b|^\w+ (?:\w+n't|\w+ not)\W*$"
)
"""The same question turned over ("what has worked, and what hasn't?")."""
_ASIDE = re.compile(
    r",? (?:if (?:anyone|anybody|anything|any|at all|so)|by the way|do you think|would you say),"
)
"""An aside inside a question ("who else, if anyone, would you like involved")."""


def _stacked_onsets(text: str) -> bool:
    """True when one sentence asks several questions.

    Three onsets are always a stack. Two are a stack when they run on with no join ("what
    time does she get up what does she have for breakfast") and are of one kind, when two
    closed questions follow each other ("do you go out, do you use the bus"), or when a
    second question is added with "and" ("how are you sleeping and are you eating okay") —
    but not two linked parts of an open question about the person's own choice ("What would
    you like to do first, and who would you like to help?"). Asking permission, a
    greeting, "what do you think" and a check ("is that alright") are not counted.
    """
    text = _ASIDE.sub("", text)
    onsets = [onset for onset in _acts.question_onsets(text)
              if not _SOFT_ONSET.match(text[onset[0]:])]
    if len(onsets) >= 3:
        return True
    if len(onsets) != 2:
        return False
    (_first, first_kind, _j), (second, second_kind, joined) = onsets
    closed = {first_kind, second_kind} <= {"aux", "any"}
    if not joined:
        return first_kind == second_kind or closed
    if closed:
        return True
    if joined not in ("and", "then", "also", "plus"):
        return False
    if first_kind == "wh" and second_kind == "wh":
        return not (_OWN_CHOICE.search(text[second:]) or _MIRRORED.match(text[second:]))
    return True


_SOFT_ONSET = re.compile(
    r"^(?:(?:what|how) do you (?:think|reckon|feel)\b(?! (?:about|of|happened|would|will|"
    r"you|is|should|needs?|could)\b)|do you (?:know|see) what i mean|(?:can|could|may) i "
    r"(?:ask|just ask|check|just check)\b|(?:is|would) it (?:be )?(?:ok|okay|alright|all right|"
    r"fine)\b|are you (?:happy|ok|okay|alright|comfortable) (?:for|with|if|to)\b|is that "
    r"(?:ok|okay|alright|all right|fine|right)\b|how are you(?: doing| keeping| today)?\b"
    r"(?! (?:sleeping|eating|managing|getting|finding|coping))|how's (?:it going|things|your "
    r"day)\b|what do you reckon\b|(?:would|do) you (?:mind|want me to|like me to)\b)"
)


_UNSURE_ACTS = frozenset({Act.REFLECTION, Act.INFORMATION})
_FELT_REFLECTION = re.compile(
    r"(?:you(?:'re| are| were|'ve been| feel| felt)|(?:it )?sounds like you(?:'re| are)?) "
    r"(?:\w+ ){0,2}(?:scared|worried|frightened|afraid|terrified|angry|upset|sad|lonely|"
    r"exhausted|overwhelmed|stuck|fed up|relieved|proud|torn|guilty|ashamed|gutted|anxious|"
    r"nervous|worn out|hurt|embarrassed)\b"
)
"""A reflection naming the person's feeling stays a reflection whatever the act model says."""
ACT_MODEL_THRESHOLD = 0.9
"""Probability the act model needs to relabel an utterance the rules read as a statement."""


def _learned_act(norm: str, act: Act) -> Act:
    """The rules' act, or the act model's where the rules are unsure: an utterance with no
    question mark that the rules read as a reflection or as information (transcribed speech
    drops the "?", and the line between reflecting and informing is soft). Small talk the
    rules recognise is kept."""
    if act not in _UNSURE_ACTS or "?" in norm:
        return act
    if act is Act.REFLECTION and _FELT_REFLECTION.match(_acts.strip_lead(norm.strip())):
        return act
    probabilities = act_probabilities(norm)
    if not probabilities:
        return act
    best = max(probabilities, key=probabilities.__getitem__)
    if probabilities[best] >= ACT_MODEL_THRESHOLD:
        return best
    return act


def analyse(text: str, *, learned: bool = True, context: Context | None = None) -> Analysis:
    """Label one practitioner utterance and find the traps in it.

    With ``learned=False`` only the rules speak: the learned back-up models add neither an
    act nor a trap (the live analysis waits for them to settle). ``context`` (what the
    conversation knows so far) only fits the suggestions to the person; it never changes the
    act or the traps.
    """
    norm = normalise(text)
    sents = sentences(norm)
    act = _acts.classify(norm, sents)
    if learned:
        act = _learned_act(norm, act)
    hits = _traps.find_rule_hits(norm, sents)
    yes_but = _traps.find_yes_but(norm, sents)
    if yes_but is not None:
        hits.append(yes_but)
    found = {hit.trap for hit in hits}
    statements = learned and act is not Act.SUMMARY and any(
        not sentence.text.endswith("?") for sentence in sents)
    backup = learned_hits(norm) if statements else []
    for trap, start, end, _probability in backup:
        if trap in found or _traps.in_view(norm, sents, start, end):
            continue
        sentence = next((s for s in sents if s.start <= start < s.end), None)
        if sentence is None or sentence.text.endswith("?"):
            continue
        if trap is Trap.POWER and not _ADDRESSED.search(sentence.text):
            continue
        if not _traps.has_perspective(sentence.text):
            hits.append(_traps.Hit(trap, start, end))
    hits = [hit for hit in hits
            if not _traps.cleared(hit.trap, norm, sents, hit.start, hit.end)]
    stacked = _stacked_questions(norm, sents, act)
    if stacked is not None:
        hits.append(_traps.Hit(Trap.QUESTION_AND_ANSWER, *stacked))
    if act is Act.SUMMARY:
        hits = [hit for hit in hits if not norm.startswith("what you", hit.start)]
    hits = [hit for hit in hits if hit.trap is not Trap.POWER
            or not _AS_ASKED.search(_sentence_text(sents, hit.start))]
    if any(hit.trap is Trap.CONFRONTATIONAL for hit in hits):
        hits = [hit for hit in hits if hit.trap is not Trap.POWER
                or not norm.startswith("you", hit.start)
                or not _CONSEQUENCE.search(_sentence_text(sents, hit.start))]
    seen: set[Trap] = set()
    warnings: list[TrapWarning] = []
    for hit in sorted(hits, key=lambda h: (_TRAP_ORDER[h.trap], h.start)):
        if hit.trap in seen:
            continue
        seen.add(hit.trap)
        warnings.append(_warning(hit.trap, text, hit.start, hit.end, context))
    if act in (Act.REFLECTION, Act.SUMMARY, Act.OTHER) and seen & _STATEMENT_TRAPS:
        act = Act.INFORMATION
    return Analysis(text, act, tuple(warnings))


def with_question_run(
    analysis: Analysis, position: int, context: Context | None = None
) -> Analysis:
    """The analysis with the question-and-answer warning of a line at ``position`` in a run
    of closed or leading questions (from the third on); a line that already stacks questions
    keeps its own warning."""
    if position < RUN_STARTS_AT or Trap.QUESTION_AND_ANSWER in analysis.traps:
        return analysis
    suggestion = (
        "Reflect what you have heard before asking more: "
        f"\"{better_line(Trap.QUESTION_AND_ANSWER, analysis.text, context)}\""
    )
    warning = run_warning(analysis.text, position, suggestion)
    return Analysis(analysis.text, analysis.act, (*analysis.warnings, warning))


def adds_to_question_run(analysis: Analysis) -> bool:
    """True when the analysed line is a closed or leading question (it adds to a run)."""
    return adds_to_run(analysis.text, analysis.act, analysis.traps)


def analyse_conversation(
    texts: Sequence[str], context: Context | None = None
) -> list[Analysis]:
    """Analyse consecutive practitioner turns of one conversation.

    The third and each later closed or leading question in a run with no reflection or
    summary between them also carries the question-and-answer trap; open questions do not
    add to the run.
    """
    results: list[Analysis] = []
    run = 0
    for text in texts:
        analysis = analyse(text, context=context)
        if ends_run(analysis.act):
            run = 0
        elif adds_to_question_run(analysis):
            run += 1
            analysis = with_question_run(analysis, run, context)
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
