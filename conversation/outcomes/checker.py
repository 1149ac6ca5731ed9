"""Tell a personal outcome from a service, solution, need, professional goal or plain fact.

Pure domain code, rules only (no model, no I/O), fast enough to run on every keystroke. The
rules follow the practice guidance: an outcome is what the person wants to achieve or keep in
their life, in their words; services, inputs, outputs, referrals, equipment, needs and
professional goals are not outcomes, even with "I" in front of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conversation import model
from conversation.outcomes import advice
from conversation.outcomes import vocabulary as v
from conversation.outcomes.types import (
    AUTO_CHECKS,
    OutcomeCheck,
    OutcomeContext,
    OutcomeProblem,
)

# Only this much of a statement is read: outcomes are a sentence or three, and the cap keeps
# a pasted 100 KB line as quick as a short one. The full text is kept in the result.
MAX_ANALYSED = 2000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(
    r"^(?:[-*•·>#]+|\(?\d{1,3}[.)]|\(?[a-z][.)](?=\s)|(?:personal\s+)?(?:outcome|goal|aim|"
    r"what\s+matters|wish)\s*(?:\d{1,2}\s*)?[:\-–]+)\s*"
)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
_NEGATED_BEFORE = re.compile(
    r"\b(?:never|don't|doesn't|do not|does not|didn't|not|no one|nobody|won't|can't|isn't|"
    r"aren't|wasn't|hardly|rarely)\b[^.,;]*$"
)
# "My carers to...", "the staff to...": people already there; "someone to...": help asked for.
_OWN_DETERMINERS = frozenset({"", "my", "the", "our", "his", "her", "their"})
_ANYONE = frozenset({"someone", "somebody", "a person", "people"})
_HAS_LETTER = re.compile(r"[^\W\d_]")
_WANT_BEFORE_ABLE = frozenset(
    {
        "want",
        "wants",
        "like",
        "love",
        "hope",
        "hoping",
        "wish",
        "is",
        "be",
        "'d",
        "would",
        "need",
        "needs",
        "aim",
        "plan",
        "am",
        "are",
        "'m",
        "'re",
        "'s",
        "and",
        "or",
        "feel",
    }
)


def normalise(text: str) -> str:
    """Lower-case, straight-quoted, single-spaced text, without control characters or bullets."""
    cut = text[:MAX_ANALYSED].translate(_QUOTES)
    cut = _CONTROL.sub(" ", cut)
    cut = _SPACE.sub(" ", cut).strip().lower()
    for _ in range(3):
        stripped = _LEADING.sub("", cut)
        if stripped == cut:
            break
        cut = stripped
    return cut.strip(" \"'").strip()


@dataclass(frozen=True)
class _Frame:
    """Where a statement says something is wanted, hoped for or achieved."""

    kind: str  # "start", "want", "able" or "process"
    start: int
    obj: str
    negated: bool = False


def _split_why(norm: str) -> tuple[str, str]:
    """The wanted thing (head) and the reason given for it (purpose), split at the first 'why'."""
    for match in v.WHY.finditer(norm):
        if match.start() == 0 or match.group(0).startswith("to be able"):
            continue
        return norm[: match.start()].rstrip(" ,;"), norm[match.start() :]
    return norm, ""


def _says_why(norm: str) -> bool:
    """True when the statement gives a reason ('so that', 'because', 'to be able to'...)."""
    for match in v.WHY.finditer(norm):
        if match.start() == 0:
            continue
        if match.group(0).startswith("to be able"):
            before = norm[: match.start()].split()
            if not before or before[-1] in _WANT_BEFORE_ABLE:
                continue
        return True
    return False


def _process_match(head: str) -> re.Match[str] | None:
    """A process wording that is not negated ('my carer never listens' is not working)."""
    for match in v.PROCESS.finditer(head):
        if not _NEGATED_BEFORE.search(head[max(0, match.start() - 30) : match.start()]):
            return match
    return None


_FINITE = re.compile(
    r"\b(?:i|you|he|she|we|they|it|is|are|was|were|am|has|have|had|do|does|did|goes|went|gets|"
    r"got|lives|says|said|wants|likes|loves|uses|attends|needs|can|could|will|would|should|"
    r"must|may|might|[a-z]{3,}ed)\b|'(?:s|re|m|ve|d|ll)\b"
)


def _is_noun_phrase(head: str) -> bool:
    """True for a short phrase with no subject or finite verb ('More nights out with friends')."""
    return len(head.split()) <= 12 and _FINITE.search(head) is None


def _find_frame(head: str) -> _Frame | None:
    """The first sign that the head states something wanted, or None for a plain description."""
    if v.START.match(head):
        if v.GERUND_SUBJECT.match(head) and v.NEED.search(head):
            return None
        return _Frame("start", 0, head)
    want = v.WANT.search(head)
    if want is not None:
        return _Frame("want", want.start(), head[want.end() :], bool(want.group("neg")))
    able = v.ABLE.search(head)
    if able is not None:
        return _Frame("able", able.start(), head[able.end() :])
    process = _process_match(head)
    if process is not None:
        return _Frame("process", process.start(), "")
    return None


def _main_part(obj: str) -> str:
    """The wanted thing itself, before any 'by', 'with', 'but', comma and so on."""
    text = " " + obj.strip() + " "
    stop = v.MAIN_STOP.search(text, 1)
    return text[: stop.start()] if stop is not None else text


def _original(text: str, evidence: str) -> str:
    """The evidence as the user wrote it (same letters and case) when it can be found."""
    if not evidence:
        return evidence
    index = text[: MAX_ANALYSED + 200].lower().find(evidence)
    if index < 0:
        return evidence
    return text[index : index + len(evidence)]


_QUOTED = re.compile(r"'([^']{2,}?)'(?=[\s:;,.?)]|$)")


def _in_their_words(text: str, problem: OutcomeProblem) -> OutcomeProblem:
    """The problem with quoted words shown as the user wrote them, not lower-cased."""
    if not problem.evidence:
        return problem

    def restore(match: re.Match[str]) -> str:
        return "'" + _original(text, match.group(1)) + "'"

    return OutcomeProblem(
        problem.id,
        _QUOTED.sub(restore, problem.message),
        _QUOTED.sub(restore, problem.suggestion),
        _original(text, problem.evidence),
    )


def _subject(context: OutcomeContext | None) -> str:
    """How messages refer to the person."""
    if context is not None and context.name:
        return context.name
    return "the person"


def _object_problems(frame: _Frame, head: str, subject: str) -> list[OutcomeProblem]:
    """Problems with what is wanted: a service, help, or a fix rather than a result."""
    problems: list[OutcomeProblem] = []
    prefix = head[: frame.start]
    if frame.kind in ("want", "able") and len(prefix.split()) <= 4:
        service = v.SERVICE.search(prefix)
        if service is not None:
            problems.append(advice.service_problem(service.group(0), subject))
    if frame.negated or frame.kind == "process":
        return problems
    main = _main_part(frame.obj)
    wanted = main.strip()
    giver = v.GIVER_TO.match(wanted)
    if giver is not None:
        det = (giver.group("det") or "").strip()
        if det not in _OWN_DETERMINERS - {""} and giver.group("verb") in v.INPUT_VERBS:
            if giver.group("who") in _ANYONE:
                problems.append(advice.need_problem(wanted, subject, wanted_help=True))
            else:
                problems.append(advice.service_problem(giver.group(0).strip(), subject))
        main = " " + wanted[giver.end() :] + " "
    elif v.HELP_OBJECT.match(wanted) and _process_match(head) is None:
        problems.append(advice.need_problem(wanted, subject, wanted_help=True))
    elif v.INPUT_OBJECT.match(wanted):
        problems.append(advice.service_problem(wanted, subject))
    service = v.SERVICE.search(main)
    if service is not None and not any(p.id == "service" for p in problems):
        phrase = main.strip() if len(main.split()) <= 10 else ""
        if phrase.startswith(("to ", "a ", "an ", "the ")):
            phrase = phrase.split(" ", 1)[1]
        problems.append(advice.service_problem(service.group(0), subject, phrase))
    equipment = v.EQUIPMENT.search(main)
    if equipment is not None:
        problems.append(advice.solution_problem(equipment.group(0), subject))
    return problems


def _description_problems(
    head: str, subject: str, found: list[OutcomeProblem]
) -> list[OutcomeProblem]:
    """Problems with a statement that wants nothing: a service, fix, need or plain fact."""
    problems: list[OutcomeProblem] = []
    service = v.SERVICE.search(head)
    if service is not None:
        phrase = head.rstrip(" .!") if len(head.split()) <= 10 else service.group(0)
        if phrase.startswith(("a ", "an ", "the ")):
            phrase = phrase.split(" ", 1)[1]
        problems.append(advice.service_problem(service.group(0), subject, phrase))
    equipment = v.EQUIPMENT.search(head)
    if equipment is not None:
        problems.append(advice.solution_problem(equipment.group(0), subject))
    need = v.NEED.search(head) or v.NEED_TO.search(head)
    if need is not None:
        problems.append(advice.need_problem(head, subject, wanted_help=False))
    if not problems and not found:
        problems.append(advice.fact_problem(head, subject, question=head.endswith("?")))
    return problems


def _asks_giver_to_act(wanted: str) -> bool:
    """True for 'my carers to talk to me': how the people already there give support."""
    giver = v.GIVER_TO.match(wanted)
    return (
        giver is not None
        and (giver.group("det") or "").strip() in _OWN_DETERMINERS
        and giver.group("verb") not in v.INPUT_VERBS
        and giver.group("who") not in _ANYONE - {"people"}
    )


_PEOPLE_THEN_TO = re.compile(r"(?:[\w']+,\s*){1,5}(?:and\s+)?[\w']+(?:\s+and\s+[\w']+)?\s+to\s")
"""A list of people before what they should do: "me, mum and ama to stay together"."""


def _kind(head: str, frame: _Frame) -> model.OutcomeKind:
    """Change, maintenance or process, read from the wanted thing."""
    obj = frame.obj.strip()
    people = _PEOPLE_THEN_TO.match(obj)
    main = _main_part(obj[people.end():] if people else obj) if obj else head
    if _process_match(head) is not None or _asks_giver_to_act(main.strip()):
        return model.OutcomeKind.PROCESS
    if frame.negated or v.MAINTENANCE.search(main):
        return model.OutcomeKind.MAINTENANCE
    return model.OutcomeKind.CHANGE


def _measurable(norm: str, context: OutcomeContext | None) -> bool:
    """Something countable or observable, or a known starting point from the conversation."""
    if v.MEASURE.search(norm):
        return True
    if context is None:
        return False
    if context.scale is not None:
        return True
    return any(v.SCALE_READING.search(words.lower()) for words in context.person_words)


def check_outcome(text: str, context: OutcomeContext | None = None) -> OutcomeCheck:
    """Check one statement: is it a personal outcome, of what kind, and what would improve it."""
    norm = normalise(text)
    if not _HAS_LETTER.search(norm):
        return OutcomeCheck(
            text=text,
            personal_outcome=False,
            kind=None,
            problems=(advice.empty_problem(),),
            checks=dict.fromkeys(AUTO_CHECKS, None),
        )
    subject = _subject(context)
    head, _purpose = _split_why(norm)
    frame = _find_frame(head)
    problems: list[OutcomeProblem] = []
    professional = v.PROFESSIONAL.search(head)
    if professional is not None:
        problems.append(advice.professional_problem(professional.group(0), subject))
    if frame is None and _purpose and _is_noun_phrase(head):
        # "Two full nights of sleep a week so I don't snap at the kids": the wanted thing,
        # named without a verb, with the reason it matters.
        frame = _Frame("start", 0, head)
    if frame is None:
        problems.extend(_description_problems(head, subject, problems))
    else:
        problems.extend(_object_problems(frame, head, subject))
    personal = not problems
    kind = _kind(head, frame) if personal and frame is not None else None
    ids = {problem.id for problem in problems}
    checks: dict[str, bool | None] = {
        "no_solution": not (
            ids & {"solution", "service"}
            or v.EQUIPMENT.search(norm)
            or v.HOW.search(norm)
            or v.SERVICE.search(norm)
        ),
        "everyday_language": not ("service" in ids or v.PROFESSIONAL.search(norm)),
        "says_why": _says_why(norm),
        "measurable": _measurable(norm, context),
    }
    problems = [_in_their_words(text, p) for p in problems]
    return OutcomeCheck(
        text=text,
        personal_outcome=personal,
        kind=kind,
        problems=tuple(problems),
        checks=checks,
    )
