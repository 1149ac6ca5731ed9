"""The result types of the outcome checker and the Step 5 checks of the Outcome Sequence.

Pure domain code. The automatic checks are the ones the words of an outcome can support; the
manual checks are the practitioner's ticks, saved with the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from conversation import model

# Problem ids: the stable ids used by the command line and saved with draft outcomes.
SERVICE = "service"
SOLUTION = "solution"
NEED = "need"
PROFESSIONAL = "professional"
FACT = "fact"
EMPTY = "empty"

PROBLEM_TITLES: dict[str, str] = {
    SERVICE: "A service, input, output or referral",
    SOLUTION: "A fix or piece of equipment",
    NEED: "A need, barrier, deficit or risk",
    PROFESSIONAL: "Professional or jargon language",
    FACT: "A description, not something wanted",
    EMPTY: "Nothing written yet",
}

# The Step 5 checks the text can support, with the question as users see it.
AUTO_CHECKS: dict[str, str] = {
    "no_solution": "The outcome does not include a solution",
    "everyday_language": "In everyday language, not from a service perspective",
    "says_why": "Says why it matters ('so that', 'because')",
    "measurable": "Can we measure it, or do we know the starting point?",
}

# The Step 5 checks only the practitioner and the person can answer.
MANUAL_CHECKS: dict[str, str] = {
    "achievable": "Is it achievable?",
    "keeps_what_works": "Does it keep or build on what is working?",
    "changes_what_does_not": "Does it change what is not working?",
    "meets_assessed_need": "Where there is an assessed need, does the outcome meet it?",
    "moves_toward_aspiration": "Does it move the person closer to the change they want?",
}


@dataclass(frozen=True)
class OutcomeProblem:
    """Why a statement is not (yet) a personal outcome, in plain words, with a way forward."""

    id: str
    message: str
    suggestion: str
    evidence: str = ""

    @property
    def title(self) -> str:
        """Short name of the problem."""
        return PROBLEM_TITLES.get(self.id, self.id)


@dataclass
class OutcomeContext:
    """Facts from the conversation that help check an outcome.

    ``scale`` is the person's 1-10 reading of where they are now (a known starting point);
    ``person_words`` are things the person said, verbatim.
    """

    scale: int | None = None
    person_words: tuple[str, ...] = ()
    name: str | None = None


@dataclass(frozen=True)
class OutcomeCheck:
    """The verdict on one statement: is it a personal outcome, what kind, and what to fix."""

    text: str
    personal_outcome: bool
    kind: model.OutcomeKind | None
    problems: tuple[OutcomeProblem, ...]
    checks: dict[str, bool | None] = field(default_factory=dict)

    @property
    def problem_ids(self) -> tuple[str, ...]:
        """The ids of the problems, in order."""
        return tuple(problem.id for problem in self.problems)

    def to_json(self) -> dict[str, object]:
        """The command line's JSON object for this statement."""
        return {
            "text": self.text,
            "personal_outcome": self.personal_outcome,
            "kind": self.kind.value if self.kind is not None else None,
            "problems": [
                {
                    "id": p.id,
                    "message": p.message,
                    "suggestion": p.suggestion,
                    "evidence": p.evidence,
                }
                for p in self.problems
            ],
            "checks": dict(self.checks),
        }
