"""Plain-words explanations and suggestions for each outcome problem, fitted to the text.

Pure domain code: builds an :class:`OutcomeProblem` from the words that triggered it.
"""

from __future__ import annotations

from conversation.outcomes.types import (
    EMPTY,
    FACT,
    NEED,
    PROFESSIONAL,
    SERVICE,
    SOLUTION,
    OutcomeProblem,
)

_MAX_EVIDENCE = 60


def _quote(evidence: str) -> str:
    """The triggering words, trimmed for a message."""
    words = " ".join(evidence.split())
    if len(words) > _MAX_EVIDENCE:
        words = words[: _MAX_EVIDENCE - 1].rstrip() + "…"
    return words


def _is_referral(evidence: str) -> bool:
    """True when the service words are a referral or an assessment."""
    lowered = evidence.lower()
    return "refer" in lowered or "assess" in lowered


def service_problem(evidence: str, subject: str, phrase: str = "") -> OutcomeProblem:
    """A service, input, output or referral written where the result should be.

    ``phrase`` is the whole short statement when it is only the service ("Referral to the
    falls clinic"), so the suggestion can name it.
    """
    shown = _quote(evidence)
    named = _quote(phrase or evidence).lower()
    if _is_referral(shown):
        message = (
            f"'{shown}' is a referral or an assessment: something the service does, not the "
            "difference the person wants in their life."
        )
        suggestion = (
            f"Ask what {subject} wants the {named} to make possible, and write that "
            "down in their words: 'I want to ... so that ...'."
        )
    else:
        message = (
            f"'{shown}' is a service, input or output: what is provided or done, not the end "
            "result for the person."
        )
        suggestion = (
            f"Ask what difference '{named}' would make to {subject}'s life: what would "
            "they be doing or feeling? Keep the service for the support plan."
        )
    return OutcomeProblem(SERVICE, message, suggestion, shown)


def solution_problem(evidence: str, subject: str) -> OutcomeProblem:
    """A fix or piece of equipment named as the outcome."""
    shown = _quote(evidence)
    message = (
        f"'{shown}' is a solution: one way to get there, not what {subject} wants to "
        "achieve. An outcome says what, not how."
    )
    thing = shown.lower()
    for article in ("a ", "an ", "the "):
        thing = thing.removeprefix(article)
    suggestion = (
        f"Ask what {subject} hopes the {thing} would let them do or feel, and make that the "
        "outcome; the equipment or fix belongs in the Support Sequence."
    )
    return OutcomeProblem(SOLUTION, message, suggestion, shown)


def need_problem(evidence: str, subject: str, wanted_help: bool) -> OutcomeProblem:
    """A need, barrier, deficit or risk written instead of the hoped-for result."""
    shown = _quote(evidence)
    if wanted_help:
        message = (
            f"'{shown}' asks for help or support: a need written as a want. Help is the "
            "input; the outcome is what the help makes possible."
        )
        suggestion = (
            f"Ask what {subject} would be able to do, or how they would feel, with that help "
            "in place, and write that as the outcome."
        )
    else:
        message = (
            f"'{shown}' describes a need, difficulty or risk: what gets in the way, not what "
            f"{subject} hopes for."
        )
        suggestion = (
            "Turn it round: ask what would be different if this were no longer a problem, and "
            "write the result in the person's words."
        )
    return OutcomeProblem(NEED, message, suggestion, shown)


def professional_problem(evidence: str, subject: str) -> OutcomeProblem:
    """Professional or jargon wording, including a professional goal with 'I' in front."""
    shown = _quote(evidence)
    message = (
        f"'{shown}' is professional or service language. Putting 'I' in front of a "
        "professional goal does not make it the person's own outcome."
    )
    suggestion = (
        f"Ask why this matters to {subject} and what it would let them do, and write it the "
        "way they would say it."
    )
    return OutcomeProblem(PROFESSIONAL, message, suggestion, shown)


def fact_problem(evidence: str, subject: str, question: bool = False) -> OutcomeProblem:
    """A plain description of how things are, with nothing wanted in it."""
    shown = _quote(evidence)
    if question:
        message = "This is a question, not something the person wants to achieve or keep."
        suggestion = "Write down the answer the person gives, in their words."
    else:
        message = (
            f"'{shown}' describes how things are; it does not say what {subject} wants to "
            "change, keep or have."
        )
        suggestion = (
            "Ask what the person would like to be different, or to stay the same, and why: "
            "'I want to ... so that ...'."
        )
    return OutcomeProblem(FACT, message, suggestion, shown)


def empty_problem() -> OutcomeProblem:
    """Nothing to check yet."""
    return OutcomeProblem(
        EMPTY,
        "There is nothing written yet, so there is no outcome to check.",
        "Write what the person wants to achieve or keep, in their own words.",
    )
