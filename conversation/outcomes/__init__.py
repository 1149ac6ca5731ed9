"""The outcome checker: is a statement a personal outcome, of what kind, and what would help.

Pure domain code. ``check_outcome(text, context)`` returns an :class:`OutcomeCheck` with the
verdict, the kind (change, maintenance or process), each problem in plain words with a
suggestion, and the Step 5 checks that the words can support. ``MANUAL_CHECKS`` are the checks
only the practitioner and the person can tick.
"""

from __future__ import annotations

from conversation.outcomes.checker import check_outcome, normalise
from conversation.outcomes.types import (
    AUTO_CHECKS,
    MANUAL_CHECKS,
    PROBLEM_TITLES,
    OutcomeCheck,
    OutcomeContext,
    OutcomeProblem,
)

__all__ = [
    "AUTO_CHECKS",
    "MANUAL_CHECKS",
    "PROBLEM_TITLES",
    "OutcomeCheck",
    "OutcomeContext",
    "OutcomeProblem",
    "check_outcome",
    "normalise",
]
